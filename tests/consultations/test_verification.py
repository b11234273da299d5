"""Consultations answered by verified email: a link confirms the answer; one answer per email."""

import datetime
import email

import pytest
from django.core import mail
from django.test import Client

from consultations.models.pages import Answer, ConsultationResponse
from consultations.results import questionnaire_results
from praca.models import OutgoingEmail

from .conftest import answer_data, confirmation_path, make_consultation


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
    return confirmation_path(mail.outbox[-1].body)


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
    link = confirmation_link()

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


def test_a_confirmed_email_answering_again_is_told_by_email_not_on_the_form(
    client, verified, freezer_at, django_capture_on_commit_callbacks
):
    start = datetime.datetime.now(datetime.UTC)
    freezer_at(start)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(verified.url, verified_data())
    ConsultationResponse.objects.get().confirm()
    freezer_at(start + datetime.timedelta(minutes=11))
    anyone = Client(REMOTE_ADDR="10.9.9.9")

    with django_capture_on_commit_callbacks(execute=True):
        response = anyone.post(verified.url, verified_data(email="ANA@example.org"))

    # The same answer as for a new answer: "check your email"; nothing stored.
    with django_capture_on_commit_callbacks(execute=True):
        new_email = anyone.post(verified.url, verified_data(email="bia@example.org"))
    assert response.status_code == new_email.status_code == 302
    assert response.url == new_email.url
    assert anyone.get(response.url).context["pending"] is True
    assert ConsultationResponse.objects.filter(email="ana@example.org").count() == 1
    assert Answer.objects.filter(response__email="ana@example.org").count() == 6
    # Ana is told by email that an answer from her address already counts.
    assert [message.to for message in mail.outbox] == [
        ["ana@example.org"],
        ["ana@example.org"],
        ["bia@example.org"],
    ]
    assert "/confirmar/" not in mail.outbox[1].body
    assert verified.url in mail.outbox[1].body


def test_the_already_counted_notice_follows_the_ten_minute_rule(
    client, verified, freezer_at, django_capture_on_commit_callbacks
):
    start = datetime.datetime.now(datetime.UTC)
    freezer_at(start)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(verified.url, verified_data())
        ConsultationResponse.objects.get().confirm()
        freezer_at(start + datetime.timedelta(minutes=11))
        client.post(verified.url, verified_data())
        freezer_at(start + datetime.timedelta(minutes=15))
        refused = client.post(verified.url, verified_data())

    assert refused.status_code == 200
    assert refused.context["form"].non_field_errors()
    assert len(mail.outbox) == 2
    assert ConsultationResponse.objects.count() == 1


def confirmation_links():
    return [confirmation_path(message.body) for message in mail.outbox]


def test_answering_again_within_ten_minutes_is_refused_and_nothing_is_stored(
    client, verified, freezer_at, django_capture_on_commit_callbacks
):
    start = datetime.datetime.now(datetime.UTC)
    freezer_at(start)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(verified.url, verified_data(qual_o_seu_bairro="Centro"))
        freezer_at(start + datetime.timedelta(minutes=5))
        response = client.post(verified.url, verified_data(qual_o_seu_bairro="Vila Nova"))

    # Refused with a message on the form, not "received" and silently dropped.
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert ConsultationResponse.objects.count() == 1
    assert list(
        Answer.objects.filter(question="qual_o_seu_bairro").values_list("value", flat=True)
    ) == ["Centro"]
    assert len(mail.outbox) == 1


def test_answering_again_later_keeps_each_answer_with_its_own_link(
    client, verified, freezer_at, django_capture_on_commit_callbacks
):
    start = datetime.datetime.now(datetime.UTC)
    freezer_at(start)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(verified.url, verified_data(qual_o_seu_bairro="Centro"))
        freezer_at(start + datetime.timedelta(minutes=16))
        client.post(verified.url, verified_data(qual_o_seu_bairro="Vila Nova"))

    assert len(mail.outbox) == 2
    assert ConsultationResponse.objects.filter(status="pending").count() == 2
    first_link, second_link = confirmation_links()
    assert first_link != second_link

    # The second link confirms the second answers; the first ones are discarded.
    client.post(second_link)

    confirmed = ConsultationResponse.objects.get()
    assert confirmed.status == "confirmed"
    assert confirmed.form_data["qual_o_seu_bairro"] == "Vila Nova"
    # The first link names an answer that no longer exists: it confirms nothing.
    assert client.post(first_link).status_code == 404
    assert ConsultationResponse.objects.get().form_data["qual_o_seu_bairro"] == "Vila Nova"


def test_a_stranger_using_anas_email_cannot_change_what_anas_link_confirms(
    client, verified, freezer_at, django_capture_on_commit_callbacks
):
    start = datetime.datetime.now(datetime.UTC)
    freezer_at(start)
    stranger = Client(REMOTE_ADDR="10.9.9.9")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(verified.url, verified_data(qual_o_seu_bairro="Centro"))
        freezer_at(start + datetime.timedelta(minutes=30))
        stranger.post(
            verified.url,
            answer_data(
                participant_email="ana@example.org",
                participant_consent="on",
                qual_o_seu_bairro="Vila Nova",
                voce_aprova_o_projeto="no",
            ),
        )
    anas_link = confirmation_links()[0]

    client.post(anas_link)

    confirmed = ConsultationResponse.objects.get(status="confirmed")
    assert confirmed.form_data["qual_o_seu_bairro"] == "Centro"
    assert confirmed.form_data["voce_aprova_o_projeto"] == "yes"
    assert confirmed.wants_updates is True
    # The stranger's answers never count: discarded once Ana's were confirmed.
    assert ConsultationResponse.objects.count() == 1
    participants, results = questionnaire_results(verified)
    assert participants == 1
    bairro = next(r for r in results if r.question.clean_name == "qual_o_seu_bairro")
    assert {option.label: option.count for option in bairro.options}["Vila Nova"] == 0


def test_a_stranger_right_after_ana_is_refused_and_anas_answer_is_untouched(
    client, verified, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(verified.url, verified_data(qual_o_seu_bairro="Centro"))
        refused = Client(REMOTE_ADDR="10.9.9.9").post(
            verified.url, verified_data(email="ana@example.org", qual_o_seu_bairro="Vila Nova")
        )

    assert refused.status_code == 200
    assert refused.context["form"].non_field_errors()
    answer = ConsultationResponse.objects.get()
    assert answer.form_data["qual_o_seu_bairro"] == "Centro"
    assert len(mail.outbox) == 1


def test_two_links_of_one_email_confirmed_at_once_count_one_answer(verified):
    first, _ = verified.record_answer(answer_values(), email="ana@example.org")
    second, _ = verified.record_answer(
        answer_values(),
        email="ana@example.org",
        moment=first.submit_time + datetime.timedelta(minutes=11),
    )
    stale = ConsultationResponse.objects.get(pk=second.pk)  # loaded before the first confirms

    assert first.confirm() is True
    assert stale.confirm() is False
    assert stale.discarded

    assert ConsultationResponse.objects.filter(status="confirmed").count() == 1
    assert ConsultationResponse.objects.count() == 1


def answer_values():
    return {
        "qual_o_seu_bairro": "Centro",
        "nota_para_a_proposta": 4,
        "voce_aprova_o_projeto": True,
    }


def test_consent_and_email_are_required(client, verified):
    response = client.post(verified.url, answer_data())

    assert set(response.context["form"].errors) == {"participant_email", "participant_consent"}
    assert ConsultationResponse.objects.count() == 0


def test_a_tampered_link_is_refused_with_a_message(
    client, verified, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(verified.url, verified_data())
    link = confirmation_link()
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
    link = confirmation_link()

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
    link = confirmation_link()

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
    link = confirmation_path(body)
    client.post(link)
    assert ConsultationResponse.objects.get().status == "confirmed"
