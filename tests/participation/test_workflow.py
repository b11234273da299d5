"""The case workflow owned by Manifestation: protocol, transitions, concurrency, timeline, email."""

import datetime
import threading
import zoneinfo

import pytest
from django.core import mail
from django.db import connection
from wagtail.models import ModelLogEntry

from participation.models import (
    Event,
    Kind,
    Manifestation,
    StaleManifestation,
    Status,
    WorkflowError,
)
from praca.models import OutgoingEmail
from praca.outbox import deliver_pending
from tests import factories

pytestmark = pytest.mark.django_db
SAO_PAULO = zoneinfo.ZoneInfo("America/Sao_Paulo")


def test_protocols_are_sequential_per_year(freezer_at):
    freezer_at(datetime.datetime(2026, 12, 31, 10, tzinfo=SAO_PAULO))
    first = factories.make_manifestation()
    second = factories.make_manifestation()
    freezer_at(datetime.datetime(2027, 1, 2, 10, tzinfo=SAO_PAULO))
    third = factories.make_manifestation()
    assert [first.protocol, second.protocol, third.protocol] == [
        "2026-000001",
        "2026-000002",
        "2027-000001",
    ]


def test_tracking_token_is_unguessable_and_checked():
    manifestation = factories.make_manifestation()
    other = factories.make_manifestation()
    assert len(manifestation.tracking_token) == 32
    assert manifestation.tracking_token != other.tracking_token
    assert manifestation.check_token(manifestation.tracking_token)
    assert not manifestation.check_token(other.tracking_token)
    assert not manifestation.check_token("")
    assert not manifestation.check_token(None)


def test_same_idempotency_key_creates_one_manifestation():
    import uuid

    key = uuid.uuid4()
    praise = {"kind": Kind.PRAISE, "description": "Ótimo atendimento.", "is_anonymous": True}
    first, created = Manifestation.receive(channel="web", idempotency_key=key, **praise)
    again, created_again = Manifestation.receive(channel="web", idempotency_key=key, **praise)
    assert created and not created_again
    assert first.pk == again.pk
    assert Manifestation.objects.count() == 1


def test_department_comes_from_the_service(catalog):
    department = factories.make_department("Secretaria de Obras")
    service = factories.make_service(catalog, department=department)
    manifestation = factories.make_manifestation(service=service, kind=Kind.SOLICITATION)
    assert manifestation.department == department


def test_invalid_transition_raises_a_clear_error():
    manifestation = factories.make_manifestation()
    with pytest.raises(WorkflowError) as error:
        manifestation.change_status(Status.CLOSED)
    assert "cannot go from" in str(error.value) or "não pode passar de" in str(error.value)
    assert Manifestation.objects.get(pk=manifestation.pk).status == Status.RECEIVED


def test_answer_requires_a_message():
    manifestation = factories.make_manifestation()
    with pytest.raises(WorkflowError):
        manifestation.answer("  ")


def test_full_timeline_is_recorded_with_authors_and_audit_log():
    editor = factories.make_staff("editor", superuser=True)
    manifestation = factories.make_manifestation()
    manifestation.change_status(Status.IN_ANALYSIS, by=editor, public=False)
    manifestation.add_note("Verificar com a equipe de campo.", by=editor)
    manifestation.assign(editor, by=editor)
    manifestation.reply("Estamos analisando.", by=editor)
    manifestation.answer("O buraco foi tapado em 10/03.", by=editor)
    kinds = list(manifestation.events.values_list("kind", flat=True))
    assert kinds == ["received", "status", "note", "assignment", "reply", "status"]
    public = [event.kind for event in manifestation.public_events()]
    assert "note" not in public and "assignment" not in public
    assert manifestation.first_response_at is not None
    assert manifestation.answered_at is not None
    actions = set(
        ModelLogEntry.objects.filter(object_id=str(manifestation.pk)).values_list(
            "action", flat=True
        )
    )
    assert {"praca.manifestation.note", "praca.manifestation.reply"} <= actions


def test_second_editor_acting_on_a_stale_copy_is_refused():
    editor = factories.make_staff("editor", superuser=True)
    manifestation = factories.make_manifestation()
    first_screen = Manifestation.objects.get(pk=manifestation.pk)
    second_screen = Manifestation.objects.get(pk=manifestation.pk)
    first_screen.reply("Primeira resposta.", by=editor)
    with pytest.raises(StaleManifestation):
        second_screen.change_status(Status.REJECTED, by=editor, message="Fora de escopo.")
    assert Manifestation.objects.get(pk=manifestation.pk).status == Status.RECEIVED


def test_duplicate_points_to_the_original_and_closes():
    editor = factories.make_staff("editor", superuser=True)
    original = factories.make_manifestation()
    copy = factories.make_manifestation()
    copy.mark_duplicate(original, by=editor)
    copy.refresh_from_db()
    assert copy.status == Status.DUPLICATE
    assert copy.duplicate_of == original
    with pytest.raises(WorkflowError):
        original.mark_duplicate(original, by=editor)


def test_citizen_rates_once_and_reopens_within_thirty_days(freezer_at):
    freezer_at(datetime.datetime(2026, 3, 2, 10, tzinfo=SAO_PAULO))
    manifestation = factories.make_manifestation()
    with pytest.raises(WorkflowError):
        manifestation.rate(5)
    manifestation.answer("Resolvido.")
    manifestation.rate(2, solved=False, comment="Não resolveu.")
    with pytest.raises(WorkflowError):
        manifestation.rate(5)
    freezer_at(datetime.datetime(2026, 3, 20, 10, tzinfo=SAO_PAULO))
    manifestation.reopen("O buraco voltou.")
    assert manifestation.status == Status.IN_ANALYSIS
    assert manifestation.reopen_count == 1
    manifestation.answer("Tapado de novo.")
    freezer_at(datetime.datetime(2026, 5, 1, 10, tzinfo=SAO_PAULO))
    assert not manifestation.can_be_reopened
    with pytest.raises(WorkflowError):
        manifestation.reopen("Voltou de novo.")


def test_citizen_gets_receipt_and_answer_emails(django_capture_on_commit_callbacks, home):
    with django_capture_on_commit_callbacks(execute=True):
        manifestation = factories.make_manifestation()
    assert len(mail.outbox) == 1
    assert manifestation.protocol in mail.outbox[0].subject
    assert mail.outbox[0].to == ["maria@example.org"]
    with django_capture_on_commit_callbacks(execute=True):
        manifestation.add_note("Interno: não enviar.", by=factories.make_staff("e", superuser=True))
    assert len(mail.outbox) == 1
    with django_capture_on_commit_callbacks(execute=True):
        manifestation.answer("O buraco foi tapado.")
    assert len(mail.outbox) == 2
    assert "O buraco foi tapado." in mail.outbox[1].body


def test_anonymous_requester_gets_no_email(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        factories.make_manifestation(
            is_anonymous=True, requester_name="", requester_email="", kind=Kind.REPORT
        )
    assert mail.outbox == []


def test_failing_mail_server_keeps_the_case_and_retries(
    django_capture_on_commit_callbacks, settings, freezer_at
):
    freezer_at(datetime.datetime(2026, 3, 2, 10, tzinfo=SAO_PAULO))
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    with django_capture_on_commit_callbacks(execute=True):
        manifestation = factories.make_manifestation()
    assert Manifestation.objects.filter(pk=manifestation.pk).exists()
    pending = OutgoingEmail.objects.get()
    assert pending.sent_at is None and pending.attempts == 1 and pending.last_error
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert deliver_pending() == (0, 0)  # not due yet: retried after a back-off
    freezer_at(datetime.datetime(2026, 3, 2, 10, 5, tzinfo=SAO_PAULO))
    assert deliver_pending() == (1, 0)
    assert mail.outbox[0].to == ["maria@example.org"]


@pytest.mark.django_db(transaction=True)
def test_concurrent_submissions_get_distinct_sequential_protocols():
    if connection.vendor != "postgresql":
        pytest.skip("concurrent writers need PostgreSQL; SQLite serialises every write")
    errors, protocols = [], []

    def submit():
        from django.db import connections

        try:
            for _ in range(5):
                protocols.append(factories.make_manifestation().protocol)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(protocols) == 40
    numbers = sorted(int(protocol.split("-")[1]) for protocol in protocols)
    assert numbers == list(range(1, 41))
    assert Event.objects.filter(kind=Event.Kind.RECEIVED).count() == 40


def test_receive_refuses_an_anonymous_request_for_a_service():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        Manifestation.receive(
            kind=Kind.SOLICITATION, description="Quero a poda.", channel="phone", is_anonymous=True
        )
    assert refused.value.message_dict.keys() == {"is_anonymous"}
    assert Manifestation.objects.count() == 0


def test_receive_refuses_a_named_case_nobody_could_be_answered_at():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        Manifestation.receive(
            kind=Kind.COMPLAINT, description="Buraco na rua.", channel="phone", requester_name=" "
        )
    assert refused.value.message_dict.keys() == {"requester_name", "requester_email"}
    assert Manifestation.objects.count() == 0


def test_receive_takes_an_anonymous_complaint_and_a_named_one_with_a_phone():
    anonymous, _ = Manifestation.receive(
        kind=Kind.COMPLAINT, description="Buraco na rua.", channel="web", is_anonymous=True
    )
    named, _ = Manifestation.receive(
        kind=Kind.COMPLAINT,
        description="Buraco na rua.",
        channel="phone",
        requester_name="José",
        requester_phone="(11) 3333-4444",
    )
    assert anonymous.protocol != named.protocol
