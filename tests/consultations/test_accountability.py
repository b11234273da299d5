"""What we heard, what we did: decisions on the page and emails to participants who asked."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command

from consultations.models.pages import (
    Announcement,
    ConsultationDecision,
    ConsultationPage,
    ResultsVisibility,
)
from praca.models import OutgoingEmail

from .conftest import make_consultation


def participants_of(page):
    """a (asks for news), b (does not) confirmed; c never confirmed, so is no participant."""
    for email, wants in (
        ("a@example.org", True),
        ("b@example.org", False),
        ("c@example.org", True),
    ):
        response, _ = page.record_answer({"aprova": "yes"}, email=email, wants_updates=wants)
        if email != "c@example.org":
            response.confirm()
    return ConsultationPage.objects.get(pk=page.pk)


@pytest.fixture
def participated(consultations):
    return participants_of(
        make_consultation(
            consultations,
            participation_mode="verified_email",
            questions=[("Aprova?", "yesno", "", True)],
        )
    )


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


def test_live_results_are_announced_at_the_close_not_at_the_first_publish(
    consultations, freezer_at
):
    from consultations.notifications import announce_due

    page = participants_of(
        make_consultation(
            consultations,
            participation_mode="verified_email",
            results_visibility=ResultsVisibility.LIVE,
            questions=[("Aprova?", "yesno", "", True)],
        )
    )
    page.save_revision().publish()  # results public while open: not news yet
    assert not Announcement.objects.filter(kind="results").exists()
    assert OutgoingEmail.objects.count() == 0

    freezer_at(page.closes_at + datetime.timedelta(hours=1))

    assert announce_due() == 1
    assert Announcement.objects.get(kind="results").recipients == 1
    assert list(OutgoingEmail.objects.values_list("to", flat=True)) == ["a@example.org"]


def test_viewing_the_page_after_the_close_announces_nothing(client, participated, freezer_at):
    assert participated.results_visibility == ResultsVisibility.AFTER_CLOSE
    freezer_at(participated.closes_at + datetime.timedelta(hours=1))

    client.get(participated.url)

    assert OutgoingEmail.objects.count() == 0
    assert not Announcement.objects.exists()


def test_previewing_draft_decisions_announces_nothing_and_publishing_them_does(
    participated, freezer_at, django_capture_on_commit_callbacks
):
    freezer_at(participated.closes_at + datetime.timedelta(hours=1))
    participated.decisions = [ConsultationDecision(title="Fechar a praça", status="adopted")]
    revision = participated.save_revision()

    with django_capture_on_commit_callbacks(execute=True):
        preview = revision.as_object().make_preview_request()

    assert preview.status_code == 200
    assert "Fechar a praça" in preview.content.decode()
    assert OutgoingEmail.objects.count() == 0
    assert not Announcement.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        revision.publish()

    assert set(Announcement.objects.values_list("kind", flat=True)) == {"results", "decisions"}
    assert list(OutgoingEmail.objects.values_list("to", flat=True)) == ["a@example.org"] * 2
    # Published from a request, the emails wait in the outbox for its task runner or cron
    # (`send_pending_emails`): no email goes out by SMTP inside the editor's request.
    assert mail.outbox == []
    assert not OutgoingEmail.objects.filter(sent_at__isnull=False).exists()


def test_a_draft_never_published_is_not_announced_by_a_scheduled_run(participated, freezer_at):
    from consultations.notifications import announce_due

    participated.decisions = [ConsultationDecision(title="Fechar a praça", status="adopted")]
    participated.save_revision()
    freezer_at(participated.closes_at + datetime.timedelta(hours=1))

    announce_due()

    assert list(Announcement.objects.values_list("kind", flat=True)) == ["results"]


def test_the_command_announces_the_results_of_closed_consultations(
    participated, freezer_at, django_capture_on_commit_callbacks
):
    freezer_at(participated.closes_at + datetime.timedelta(hours=1))
    output = io.StringIO()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("announce_consultations", stdout=output)

    assert Announcement.objects.get().kind == "results"
    assert [message.to for message in mail.outbox] == [["a@example.org"]]
    assert OutgoingEmail.objects.get().sent_at is not None
    assert "1" in output.getvalue()

    call_command("announce_consultations", stdout=io.StringIO())
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
    from consultations.notifications import announce_due

    assert announce_due() == 0
    freezer_at(participated.closes_at + datetime.timedelta(hours=1))

    assert announce_due() == 1
    assert announce_due() == 0
    assert list(OutgoingEmail.objects.values_list("to", flat=True)) == ["a@example.org"]


def test_an_answer_confirmed_after_the_results_round_is_told_once_by_the_next_run(
    client, consultations, freezer_at
):
    from django.utils import timezone

    from consultations.notifications import announce_due

    page = participants_of(
        make_consultation(
            consultations,
            participation_mode="verified_email",
            questions=[("Aprova?", "yesno", "", True)],
            closes_at=timezone.now() + datetime.timedelta(hours=1),
        )
    )
    late = page.responses.get(email="c@example.org")
    freezer_at(page.closes_at + datetime.timedelta(hours=1))
    assert announce_due() == 1  # the round: only a@ counted then

    link = page.url + page.reverse_subpage("confirm", kwargs=late.confirmation_link)
    confirmed = client.post(link)

    assert confirmed.status_code == 200
    late.refresh_from_db()
    assert late.status == "confirmed"
    # Following the link emails nothing itself: announcements come from the scheduled run.
    assert list(OutgoingEmail.objects.values_list("to", flat=True)) == ["a@example.org"]

    assert announce_due() == 1
    assert announce_due() == 0
    page.save_revision().publish()  # publishing again tells nobody twice either
    assert list(OutgoingEmail.objects.order_by("pk").values_list("to", flat=True)) == [
        "a@example.org",
        "c@example.org",
    ]
    assert "resultados" in OutgoingEmail.objects.get(to="c@example.org").subject
    assert Announcement.objects.get(kind="results").recipients == 2
