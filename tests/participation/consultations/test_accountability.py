"""What we heard, what we did: decisions on the page and emails to participants who asked."""

import datetime

import pytest

from participation.models import OutgoingEmail
from participation.models.consultations import (
    Announcement,
    ConsultationDecision,
    ConsultationPage,
    ResultsVisibility,
)

from .conftest import make_consultation


@pytest.fixture
def participated(consultations):
    page = make_consultation(
        consultations,
        participation_mode="verified_email",
        questions=[("Aprova?", "yesno", "", True)],
    )
    for email, wants in (
        ("a@example.org", True),
        ("b@example.org", False),
        ("c@example.org", True),
    ):
        response, _ = page.record_answer({"aprova": "yes"}, email=email, wants_updates=wants)
        if email != "c@example.org":  # c never confirmed: not a participant
            response.confirm()
    return ConsultationPage.objects.get(pk=page.pk)


def test_publishing_decisions_emails_participants_who_asked_once(participated):
    participated.decisions = [
        ConsultationDecision(title="Instalar bebedouros", status="adopted"),
    ]
    participated.save_revision().publish()

    assert list(OutgoingEmail.objects.values_list("to", flat=True)) == ["a@example.org"]

    # Publishing again without a change sends nothing more.
    participated.save_revision().publish()
    assert OutgoingEmail.objects.count() == 1

    # A decision's status changing is news again.
    page = ConsultationPage.objects.get(pk=participated.pk)
    decision = page.decisions.first()
    decision.status = "done"
    page.decisions = [decision]
    page.save_revision().publish()
    assert OutgoingEmail.objects.count() == 2


def test_live_results_published_email_participants(participated):
    participated.results_visibility = ResultsVisibility.LIVE
    participated.save_revision().publish()

    assert Announcement.objects.get().kind == "results"
    assert list(OutgoingEmail.objects.values_list("to", flat=True)) == ["a@example.org"]


def test_results_after_close_are_announced_at_the_first_view_after_close(
    client, participated, freezer_at
):
    assert participated.results_visibility == ResultsVisibility.AFTER_CLOSE
    client.get(participated.url)
    assert OutgoingEmail.objects.count() == 0

    freezer_at(participated.closes_at + datetime.timedelta(hours=1))
    client.get(participated.url)
    client.get(participated.url)

    assert OutgoingEmail.objects.count() == 1


def test_decisions_are_shown_with_their_status(client, participated):
    participated.what_we_heard = "<p>Pedidos por mais sombra.</p>"
    participated.decisions = [
        ConsultationDecision(
            title="Plantar 40 árvores", status="adopted", description="Até março."
        ),
    ]
    participated.save_revision().publish()

    html = client.get(participated.url).content.decode()

    assert 'id="accountability"' in html
    assert "Plantar 40 árvores" in html
    assert "Pedidos por mais sombra." in html
    assert "decision__status--adopted" in html


def test_a_scheduled_run_announces_results_nobody_has_viewed_yet(participated, freezer_at):
    from participation.consultations.notifications import announce_due

    assert announce_due() == 0
    freezer_at(participated.closes_at + datetime.timedelta(hours=1))

    assert announce_due() == 1
    assert announce_due() == 0
    assert list(OutgoingEmail.objects.values_list("to", flat=True)) == ["a@example.org"]
