"""The case view in the admin: data, timeline, every action, concurrency, staff registration."""

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.models import ModelLogEntry

from participation.models import (
    Attachment,
    Channel,
    Event,
    Kind,
    Manifestation,
    Status,
)
from tests import factories
from tests.factories import EDITOR_PERMISSIONS, english

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(works):
    user = factories.make_staff("ana", [works.group], permissions=EDITOR_PERMISSIONS)
    user.first_name, user.last_name = "Ana", "Souza"
    user.save()
    return english(user)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def case(works):
    return factories.make_manifestation(department=works)


def case_url(manifestation):
    return reverse("participation_manifestation:case", args=[manifestation.pk])


def post_action(client, manifestation, action, version=None, **data):
    """Post one action form of the case page as the browser would, with the version it saw."""
    url = reverse("participation_manifestation:action", args=[manifestation.pk, action])
    fields = {f"{action}-{name}": value for name, value in data.items()}
    fields[f"{action}-version"] = manifestation.version if version is None else version
    return client.post(url, fields, follow=True)


def fresh(manifestation):
    return Manifestation.objects.get(pk=manifestation.pk)


def html_of(response):
    return response.content.decode()


# The page -------------------------------------------------------------------------------------


def test_case_shows_data_deadline_answers_and_whole_timeline(editor_client, editor, case):
    Manifestation.objects.filter(pk=case.pk).update(
        address="Rua das Flores, 100",
        answers=[
            {"question_id": 1, "label": "Tamanho do buraco", "answer": "Grande"},
            {"question_id": 2, "label": "Há risco?", "answer": True},
            {"question_id": 3, "label": "Materiais", "answer": ["Asfalto", "Brita"]},
        ],
    )
    case = fresh(case)
    case.reply("Vamos enviar uma equipe.", by=editor)
    case.add_note("Equipe de asfalto avisada.", by=editor)
    html = html_of(editor_client.get(case_url(case)))
    assert case.protocol in html
    assert "Há um buraco enorme na Rua das Flores" in html
    assert "Rua das Flores, 100" in html
    assert "Tamanho do buraco" in html and "Grande" in html
    assert "Asfalto, Brita" in html
    assert "Due in" in html
    assert "Vamos enviar uma equipe." in html
    assert "Equipe de asfalto avisada." in html
    assert "visible to the citizen" in html and "internal" in html
    assert "Ana Souza" in html
    assert html.count("<h1") == 1


def test_index_links_to_the_case(editor_client, case):
    html = html_of(editor_client.get(reverse("participation_manifestation:index")))
    assert f'href="{case_url(case)}"' in html


def test_edit_url_opens_the_case(editor_client, case):
    response = editor_client.get(reverse("participation_manifestation:edit", args=[case.pk]))
    assert response.status_code == 302
    assert response["Location"] == case_url(case)


def test_citizen_text_is_escaped_in_the_case(editor_client, works):
    script = "<script>alert('x')</script>"
    manifestation = factories.make_manifestation(
        department=works, description=f"Oi {script}", requester_name=script, address=script
    )
    Manifestation.objects.filter(pk=manifestation.pk).update(
        answers=[{"question_id": 1, "label": script, "answer": script}]
    )
    manifestation = fresh(manifestation)
    Event.objects.create(manifestation=manifestation, kind=Event.Kind.COMPLEMENT, message=script)
    html = html_of(editor_client.get(case_url(manifestation)))
    assert "<script>alert(" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html


def test_attachment_downloads_with_safe_headers(editor_client, case):
    attachment = Attachment.objects.create(
        manifestation=case,
        file=ContentFile(b"%PDF-1.4 laudo", name="laudo.pdf"),
        original_name="laudo.pdf",
        content_type="application/pdf",
        size=14,
    )
    html = html_of(editor_client.get(case_url(case)))
    url = reverse("participation_manifestation:attachment", args=[case.pk, attachment.pk])
    assert url in html
    response = editor_client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 laudo"
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]


def test_unexpected_attachment_type_is_sent_as_bytes(editor_client, case):
    attachment = Attachment.objects.create(
        manifestation=case,
        file=ContentFile(b"<html></html>", name="page.html"),
        original_name="page.html",
        content_type="text/html",
        size=13,
    )
    url = reverse("participation_manifestation:attachment", args=[case.pk, attachment.pk])
    response = editor_client.get(url)
    assert response["Content-Type"] == "application/octet-stream"


def test_actions_appear_in_wagtail_history(editor_client, editor, case):
    post_action(editor_client, case, "note", message="Nota para a equipe.")
    assert ModelLogEntry.objects.filter(
        object_id=str(case.pk), action="praca.manifestation.note", user=editor
    ).exists()
    history = reverse("participation_manifestation:history", args=[case.pk])
    html = html_of(editor_client.get(history))
    assert "Internal note" in html


# Actions --------------------------------------------------------------------------------------


def test_public_reply_is_recorded_and_emailed(
    editor_client, editor, case, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = post_action(editor_client, case, "reply", message="Equipe enviada.")
    assert response.redirect_chain[-1][0] == case_url(case)
    assert "Reply sent to the citizen." in html_of(response)
    event = case.events.get(kind=Event.Kind.PUBLIC_REPLY)
    assert (event.message, event.author, event.is_public) == ("Equipe enviada.", editor, True)
    assert "Equipe enviada." in html_of(response)
    assert [message.to for message in mail.outbox] == [["maria@example.org"]]


def test_internal_note_is_not_public(editor_client, case):
    post_action(editor_client, case, "note", message="Só para a equipe.")
    event = case.events.get(kind=Event.Kind.INTERNAL_NOTE)
    assert not event.is_public


def test_change_status_offers_only_allowed_statuses(editor_client, case):
    html = html_of(editor_client.get(case_url(case)))
    assert 'value="in_analysis"' in html
    assert 'value="closed"' not in html
    response = post_action(editor_client, case, "status", status="in_analysis", message="")
    assert fresh(case).status == Status.IN_ANALYSIS
    assert "Status changed to" in html_of(response)
    assert case.events.filter(kind=Event.Kind.STATUS_CHANGE, to_status="in_analysis").exists()


def test_invalid_transition_shows_an_error(editor_client, case):
    response = post_action(editor_client, case, "status", status="closed")
    assert response.status_code == 200
    assert "Select a valid choice" in html_of(response)
    assert fresh(case).status == Status.RECEIVED


def test_rule_refusal_is_a_message_not_an_error_page(editor_client, case):
    response = post_action(editor_client, case, "status", status="answered", message=" ")
    assert response.status_code == 200
    assert "Write the answer the citizen will receive." in html_of(response)
    assert fresh(case).status == Status.RECEIVED


def test_request_complement_pauses_the_case(editor_client, case):
    post_action(editor_client, case, "complement", message="Envie uma foto do local.")
    case = fresh(case)
    assert case.status == Status.AWAITING_CITIZEN
    assert case.paused_at is not None


def test_answer_finishes_the_case(editor_client, case):
    post_action(editor_client, case, "answer", message="Buraco tapado em 3 dias.")
    case = fresh(case)
    assert case.status == Status.ANSWERED
    assert case.events.get(to_status=Status.ANSWERED).message == "Buraco tapado em 3 dias."


def test_assign_offers_the_department_team_and_superusers(
    editor_client, editor, works, health, case
):
    colleague = factories.make_staff("bruno", [works.group], permissions=EDITOR_PERMISSIONS)
    outsider = factories.make_staff("carla", [health.group], permissions=EDITOR_PERMISSIONS)
    boss = factories.make_staff("chefe", superuser=True)
    response = editor_client.get(case_url(case))
    assign = next(form for form in response.context["action_forms"] if form.action == "assign")
    assert set(assign.fields["assignee"].queryset) == {editor, colleague, boss}
    post_action(editor_client, case, "assign", assignee=colleague.pk)
    assert fresh(case).assignee == colleague
    assert case.events.get(kind=Event.Kind.ASSIGNMENT).data == {"assignee": "bruno"}
    response = post_action(editor_client, fresh(case), "assign", assignee=outsider.pk)
    assert "Select a valid choice" in html_of(response)
    assert fresh(case).assignee == colleague


def test_move_to_another_department_leaves_the_editor_on_the_queue(editor_client, health, case):
    response = post_action(editor_client, case, "move", department=health.pk)
    assert fresh(case).department == health
    assert response.redirect_chain[-1][0] == reverse("participation_manifestation:index")
    assert "Case moved to Secretaria de Saúde." in html_of(response)


def test_extend_deadline_needs_a_reason(editor_client, case):
    response = post_action(editor_client, case, "extend", reason="")
    assert "This field is required." in html_of(response)
    assert fresh(case).extended_at is None


def test_extend_deadline_once_then_the_form_is_gone(editor_client, case):
    due = case.due_at
    response = post_action(editor_client, case, "extend", reason="Obra depende de licitação.")
    case = fresh(case)
    assert case.extended_at is not None and case.due_at > due
    assert "Deadline extended to" in html_of(response)
    assert 'action="' + reverse(
        "participation_manifestation:action", args=[case.pk, "extend"]
    ) not in html_of(response)


def test_extend_twice_is_refused(editor_client, case):
    post_action(editor_client, case, "extend", reason="Primeira prorrogação.")
    case = fresh(case)
    due = case.due_at
    response = post_action(editor_client, case, "extend", reason="Segunda prorrogação.")
    assert "single extension" in html_of(response)
    assert fresh(case).due_at == due


def test_mark_duplicate_by_protocol(editor_client, works, case):
    original = factories.make_manifestation(department=works)
    post_action(editor_client, case, "duplicate", protocol=original.protocol)
    case = fresh(case)
    assert case.status == Status.DUPLICATE
    assert case.duplicate_of == original
    html = html_of(editor_client.get(case_url(case)))
    assert f'href="{case_url(original)}"' in html


def test_duplicate_of_unknown_protocol_is_a_form_error(editor_client, case):
    response = post_action(editor_client, case, "duplicate", protocol="1999-999999")
    assert "There is no case with this protocol" in html_of(response)
    assert fresh(case).status == Status.RECEIVED


def test_duplicate_of_itself_is_refused(editor_client, case):
    response = post_action(editor_client, case, "duplicate", protocol=case.protocol)
    assert "cannot be a duplicate of itself" in html_of(response)


def test_reopen_an_answered_case(editor_client, editor, case):
    case.answer("Resolvido.", by=editor)
    post_action(editor_client, fresh(case), "reopen", reason="O cidadão ligou: não resolveu.")
    assert fresh(case).status == Status.IN_ANALYSIS


def test_every_action_form_carries_the_version_shown(editor_client, case):
    html = html_of(editor_client.get(case_url(case)))
    for action in ("reply", "note", "status", "complement", "answer", "assign", "move"):
        assert f'name="{action}-version" value="{case.version}"' in html


# Concurrency ------------------------------------------------------------------------------------


def test_stale_version_is_refused_with_a_message(editor_client, works, case):
    seen_version = case.version
    other = factories.make_staff("bruno", [works.group], permissions=EDITOR_PERMISSIONS)
    case.reply("Resposta da outra pessoa.", by=other)
    response = post_action(
        editor_client, case, "status", version=seen_version, status="rejected", message="Não"
    )
    assert "changed by someone else meanwhile" in html_of(response)
    case = fresh(case)
    assert case.status == Status.RECEIVED
    assert not case.events.filter(kind=Event.Kind.STATUS_CHANGE).exists()


def test_stale_note_is_not_added(editor_client, works, case):
    seen_version = case.version
    case.assign(None, by=None)
    response = post_action(editor_client, case, "note", version=seen_version, message="Nota")
    assert "changed by someone else meanwhile" in html_of(response)
    assert not case.events.filter(kind=Event.Kind.INTERNAL_NOTE).exists()


def test_form_without_version_is_refused(editor_client, case):
    url = reverse("participation_manifestation:action", args=[case.pk, "note"])
    response = editor_client.post(url, {"note-message": "Sem versão"})
    assert response.status_code == 200
    assert "reload the case" in html_of(response)
    assert not case.events.filter(kind=Event.Kind.INTERNAL_NOTE).exists()


def test_unknown_action_is_404(editor_client, case):
    url = reverse("participation_manifestation:action", args=[case.pk, "delete"])
    assert editor_client.post(url, {}).status_code == 404


# Staff registration ---------------------------------------------------------------------------

ADD = reverse("participation_manifestation:add")


def registration(**fields):
    data = {
        "channel": Channel.PHONE,
        "kind": Kind.COMPLAINT,
        "description": "Ligou para reclamar do lixo acumulado.",
        "priority": 2,
        "idempotency_key": "6f1c1b8e-2d6f-4a55-9a50-8f7e7d7e9b10",
    }
    data.update(fields)
    return data


def test_staff_register_a_phone_manifestation(editor_client, editor, works):
    form = html_of(editor_client.get(ADD))
    assert 'value="phone"' in form and 'value="web"' not in form
    response = editor_client.post(
        ADD,
        registration(
            department=works.pk,
            requester_name="João Pereira",
            requester_phone="(11) 99999-0000",
            privacy_notice_given="on",
        ),
        follow=True,
    )
    manifestation = Manifestation.objects.get()
    assert manifestation.channel == Channel.PHONE
    assert manifestation.requester_name == "João Pereira"
    assert manifestation.privacy_consent_at is not None
    assert manifestation.department == works
    assert manifestation.events.get().author == editor
    assert response.redirect_chain[-1][0] == case_url(manifestation)
    assert manifestation.protocol in html_of(response)


def test_resubmitted_registration_creates_one_manifestation(editor_client, works):
    data = registration(department=works.pk, is_anonymous="on")
    editor_client.post(ADD, data)
    editor_client.post(ADD, data)
    assert Manifestation.objects.count() == 1


def test_registration_takes_the_department_from_the_service(editor_client, catalog, works):
    service = factories.make_service(catalog, department=works)
    editor_client.post(
        ADD,
        registration(
            kind=Kind.SOLICITATION,
            service=service.pk,
            requester_name="João",
            requester_email="joao@example.org",
            privacy_notice_given="on",
        ),
    )
    assert Manifestation.objects.get().department == works


def test_registration_refuses_the_web_channel(editor_client, works):
    response = editor_client.post(ADD, registration(channel=Channel.WEB, is_anonymous="on"))
    assert response.status_code == 200
    assert not Manifestation.objects.exists()


def test_request_for_a_service_cannot_be_anonymous(editor_client, works):
    response = editor_client.post(ADD, registration(kind=Kind.SOLICITATION, is_anonymous="on"))
    assert "cannot be anonymous" in html_of(response)
    assert not Manifestation.objects.exists()


def test_identity_needs_the_privacy_notice(editor_client, works):
    response = editor_client.post(ADD, registration(requester_name="João"))
    assert "privacy notice" in html_of(response)
    assert not Manifestation.objects.exists()
