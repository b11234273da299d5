"""Email each department the list of its overdue manifestations (run it daily from cron)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from participation.models import Manifestation
from participation.notifications import admin_url, queue_email
from praca.models import Department


class Command(BaseCommand):
    help = "Send each department with an email address its daily digest of overdue cases."

    def handle(self, *args, **options):
        queued = 0
        overdue = Manifestation.objects.overdue().select_related("service").order_by("due_at")
        for department in Department.objects.exclude(email=""):
            cases = list(overdue.filter(department=department)[:200])
            if not cases:
                continue
            with transaction.atomic():
                queue_email(
                    department.email,
                    "overdue_digest",
                    {
                        "department": department,
                        "cases": [(case, admin_url(case)) for case in cases],
                        "total": overdue.filter(department=department).count(),
                    },
                )
            queued += 1
        self.stdout.write(f"{queued} digest(s) queued")
