"""Consultations answered by verified email: a link confirms the answer; one answer per email."""

import datetime
import email
import re

import pytest
from django.core import mail

from participation.consultations.results import questionnaire_results
from participation.models import OutgoingEmail
from participation.models.consultations import Answer, ConsultationResponse

from .conftest import answer_data, make_consultation


@pytest.fixture
def verified(consultations):
    return make_consultation(
        consultations,
        participation_mode="verified_email",
        privacy_notice="<p>Usamos seu email só para esta consulta.</p>",
        results_visibility="live",
    )


def verified_data(email="Ana@Example.org", **overrides):
    return answer_data(
        participant_email=email, participant_consent="on", participant_updates="on", **overrides
    )


def confirmation_link():
    body = mail.outbox[-1].body
    return (
        re.search(r"https?://\S+/confirmar/\S+/", body).group(0).split("://", 1)[1].split("/", 1)[1]
    )


def test_an_answer_waits_for_its_email_confirmation(
    client, verified, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(verified.url, verified_data())

    assert response.status_code == 302
    answer = ConsultationResponse.objects.get()
    assert answer.status == "pending"
    assert answer.email == "ana@example.org"
    assert answer.wants_updates
    assert answer.privacy_consent_at is not None
    assert client.get(response.url).context["pending"] is True
    # Nothing counts before confirmation.
    participants, _results = questionnaire_results(verified)
    assert participants == 0
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ana@example.org"]


def test_following_the_link_and_pressing_the_button_confirms(
    client, verified, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(verified.url, verified_data())
    link = "/" + confirmation_link()

    # A link checker opening the link confirms nothing.
    assert client.get(link).status_code == 200
    assert ConsultationResponse.objects.get().status == "pending"

    response = client.post(link)

    assert response.status_code == 200
    assert response.context["confirmed_now"] is True
    assert ConsultationResponse.objects.get().status == "confirmed"
    participants, _results = questionnaire_results(verified)
    assert participants == 1
    # Pressing again counts nothing twice.
    assert client.post(link).context["already_confirmed"] is True


def test_a_confirmed_email_may_not_answer_again(
    client, verified, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(verified.url, verified_data())
    ConsultationResponse.objects.get().confirm()

    response = client.post(verified.url, verified_data(email="ANA@example.org"))

    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert ConsultationResponse.objects.count() == 1


def test_answering_again_before_confirming_replaces_the_pending_answer(
    client, verified, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(verified.url, verified_data(qual_o_seu_bairro="Centro"))
        client.post(verified.url, verified_data(qual_o_seu_bairro="Vila Nova"))

    assert ConsultationResponse.objects.count() == 1
    assert list(
        Answer.objects.filter(question="qual_o_seu_bairro").values_list("value", flat=True)
    ) == ["Vila Nova"]
    # The first link confirms the newer answers: no second email so soon.
    assert len(mail.outbox) == 1


def test_a_new_link_is_sent_when_the_pending_answer_is_sent_again_later(
    client, verified, freezer_at, django_capture_on_commit_callbacks
):
    start = datetime.datetime.now(datetime.UTC)
    freezer_at(start)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(verified.url, verified_data())
        freezer_at(start + datetime.timedelta(minutes=5))
        client.post(verified.url, verified_data(qual_o_seu_bairro="Vila Nova"))
        freezer_at(start + datetime.timedelta(minutes=16))
        client.post(verified.url, verified_data(qual_o_seu_bairro="Centro"))

    assert len(mail.outbox) == 2
    assert ConsultationResponse.objects.count() == 1


def test_consent_and_email_are_required(client, verified):
    response = client.post(verified.url, answer_data())

    assert set(response.context["form"].errors) == {"participant_email", "participant_consent"}
    assert ConsultationResponse.objects.count() == 0


def test_a_tampered_link_is_refused_with_a_message(
    client, verified, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(verified.url, verified_data())
    link = "/" + confirmation_link()
    tampered = link[:-3] + ("A" if link[-3] != "A" else "B") + link[-2:]

    response = client.post(tampered)

    assert response.status_code == 404
    assert response.context["answer"] is None
    assert ConsultationResponse.objects.get().status == "pending"


def test_an_expired_link_is_refused(
    client, verified, freezer_at, django_capture_on_commit_callbacks
):
    start = datetime.datetime.now(datetime.UTC)
    freezer_at(start)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(verified.url, verified_data())
    link = "/" + confirmation_link()

    freezer_at(start + datetime.timedelta(days=4))

    assert client.post(link).status_code == 404
    assert ConsultationResponse.objects.get().status == "pending"


def test_an_answer_sent_before_the_close_can_be_confirmed_after_it(
    client, consultations, freezer_at, django_capture_on_commit_callbacks
):
    closes_at = datetime.datetime(2026, 5, 4, 18, 0, tzinfo=datetime.UTC)
    freezer_at(closes_at - datetime.timedelta(hours=1))
    page = make_consultation(
        consultations,
        participation_mode="verified_email",
        opens_at=closes_at - datetime.timedelta(days=5),
        closes_at=closes_at,
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(page.url, verified_data())
    link = "/" + confirmation_link()

    freezer_at(closes_at + datetime.timedelta(hours=2))
    client.post(link)

    assert ConsultationResponse.objects.get().status == "confirmed"


def test_the_email_waits_in_the_outbox_when_the_mail_server_fails(
    client, verified, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens there
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(verified.url, verified_data())

    assert response.status_code == 302
    email = OutgoingEmail.objects.get()
    assert email.sent_at is None
    assert email.last_error
    assert ConsultationResponse.objects.count() == 1


def test_the_confirmation_email_goes_through_a_real_smtp_server(
    client, verified, smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(verified.url, verified_data())

    assert len(smtp_server.messages) == 1
    envelope = smtp_server.messages[0]
    assert envelope.rcpt_tos == ["ana@example.org"]
    body = email.message_from_bytes(envelope.content).get_payload(decode=True).decode()
    link = re.search(r"https?://[^/\s]+(/\S+/confirmar/\S+/)", body).group(1)
    client.post(link)
    assert ConsultationResponse.objects.get().status == "confirmed"
