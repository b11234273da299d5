"""Retry queued emails that could not be sent (run it every few minutes from cron)."""

from django.core.management.base import BaseCommand

from praca.outbox import deliver_pending


class Command(BaseCommand):
    help = "Send the queued emails whose next attempt is due."

    def handle(self, *args, **options):
        sent, failed = deliver_pending()
        self.stdout.write(f"{sent} sent, {failed} still failing")
