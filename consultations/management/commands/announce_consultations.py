"""Tell participants of closed consultations that the results are out (run it from cron)."""

from django.core.management.base import BaseCommand

from consultations.notifications import announce_due


class Command(BaseCommand):
    help = (
        "Email the participants who asked for news of every closed consultation whose results "
        "are public, once per consultation (and of decisions not yet announced)."
    )

    def handle(self, *args, **options):
        queued = announce_due(send_now=True)
        self.stdout.write(f"{queued} email(s) queued")
