"""Delete searches older than the retention period from the query log (run it daily)."""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from search.conf import search_settings
from search.models import SearchLogEntry


class Command(BaseCommand):
    help = (
        "Delete query log entries older than PRACA_SEARCH['LOG_RETENTION_DAYS'] days "
        "(or --days). The reports only need recent searches; keeping less is safer."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="keep this many days instead")

    def handle(self, *args, **options):
        days = (
            options["days"] if options["days"] is not None else search_settings.LOG_RETENTION_DAYS
        )
        if days < 1:
            raise CommandError("--days must be at least 1.")
        cutoff = timezone.now() - timedelta(days=days)
        deleted, _by_model = SearchLogEntry.objects.filter(searched_at__lt=cutoff).delete()
        self.stdout.write(f"Deleted {deleted} searches older than {days} days.")
