"""Data steps of the consultations' migrations, run backwards and forwards on real rows."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from participation.consultations.notifications import announce_due, fingerprint
from participation.models import OutgoingEmail
from participation.models.consultations import (
    Announcement,
    ConsultationPage,
    ConsultationResponse,
)
from tests import factories

from .conftest import make_consultation, make_index

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("participation", "0011_privacy_notice_mentions_files")]
AFTER = [("participation", "0012_results_announced_once_per_participant")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


def test_0012_takes_every_participant_of_an_announced_round_as_told():
    import datetime

    from django.utils import timezone

    home, _catalog = factories.make_site()
    index = make_index(home)
    announced = make_consultation(index, questions=[("Aprova?", "yesno", "", True)])
    quiet = make_consultation(index, questions=[("Aprova?", "yesno", "", True)])

    def take_part(page, name):
        answer, _ = page.record_answer(
            {"aprova": "yes"}, email=f"{name}@example.org", wants_updates=True
        )
        answer.confirm()

    for page in (announced, quiet):
        page.participation_mode = "verified_email"
        page.save_revision().publish()
    take_part(announced, "ana")
    round_ = Announcement.objects.create(
        page=announced,
        kind=Announcement.Kind.RESULTS,
        fingerprint=fingerprint("results", "closed"),
        recipients=1,
    )
    take_part(announced, "bia")  # confirmed after the round: never told, and not told now
    take_part(quiet, "ana")
    take_part(quiet, "bia")

    migrate(BEFORE)
    migrate(AFTER)

    by_page = {
        page.pk: dict(
            ConsultationResponse.objects.filter(page=page).values_list(
                "email", "results_announced_at"
            )
        )
        for page in (announced, quiet)
    }
    assert by_page == {
        announced.pk: {"ana@example.org": round_.created_at, "bia@example.org": round_.created_at},
        quiet.pk: {"ana@example.org": None, "bia@example.org": None},
    }
    # Nobody of the announced consultation is emailed, months later, by the next run.
    ConsultationPage.objects.filter(pk=announced.pk).update(
        closes_at=timezone.now() - datetime.timedelta(days=90)
    )
    OutgoingEmail.objects.all().delete()
    assert announce_due() == 0
    assert not OutgoingEmail.objects.exists()
