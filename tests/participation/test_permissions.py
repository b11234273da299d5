"""Who sees and acts on which manifestations in the admin, and who sees the requester's identity.

A department's editors (the members of its group) see only its cases, on every screen and URL;
model permissions decide what they may do; identity needs its own permission (art. 10 §7).
"""

import csv
import io

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from participation.models import Attachment, Event, Manifestation, Status
from tests import factories
from tests.factories import EDITOR_PERMISSIONS, english

pytestmark = pytest.mark.django_db

QUEUE = reverse("participation_manifestation:index")
RESTRICTED = "Identity restricted (art. 10 §7)"


@pytest.fixture
def works_case(works):
    return factories.make_manifestation(
        department=works, requester_name="Maria da Silva", requester_phone="(11) 98888-7777"
    )


@pytest.fixture
def health_case(health):
    return factories.make_manifestation(department=health, requester_name="Paulo Lima")


@pytest.fixture
def works_editor(works):
    return english(factories.make_staff("ana", [works.group], permissions=EDITOR_PERMISSIONS))


@pytest.fixture
def works_client(client, works_editor):
    client.force_login(works_editor)
    return client


def login(client, user):
    client.force_login(english(user))
    return client


def case_url(manifestation):
    return reverse("participation_manifestation:case", args=[manifestation.pk])


def action_url(manifestation, action):
    return reverse("participation_manifestation:action", args=[manifestation.pk, action])


def bulk_url(action, *manifestations):
    ids = "&".join(f"id={manifestation.pk}" for manifestation in manifestations)
    url = reverse("wagtail_bulk_action", args=["praca_participation", "manifestation", action])
    return f"{url}?{ids}&next={QUEUE}"


def assert_refused(response):
    """Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard."""
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def csv_body(response):
    return b"".join(response.streaming_content).decode("utf-8-sig")


def attach(manifestation):
    return Attachment.objects.create(
        manifestation=manifestation,
        file=ContentFile(b"\x89PNG foto", name="foto.png"),
        original_name="foto.png",
        content_type="image/png",
        size=9,
    )


# Another department's cases -------------------------------------------------------------------


def test_queue_lists_only_the_editors_department(works_client, works_case, health_case):
    html = works_client.get(QUEUE).content.decode()
    assert works_case.protocol in html
    assert health_case.protocol not in html


def test_search_does_not_reach_another_department(works_client, works_case, health_case):
    response = works_client.get(QUEUE, {"q": health_case.protocol})
    assert list(response.context["object_list"]) == []
    assert case_url(health_case) not in response.content.decode()


def test_other_departments_case_is_404(works_client, health_case):
    assert works_client.get(case_url(health_case)).status_code == 404


@pytest.mark.parametrize(
    "action, data",
    [
        ("reply", {"message": "x"}),
        ("note", {"message": "x"}),
        ("status", {"status": "in_analysis"}),
        ("complement", {"message": "x"}),
        ("answer", {"message": "x"}),
        ("assign", {"assignee": ""}),
        ("move", {"department": ""}),
        ("extend", {"reason": "x"}),
        ("duplicate", {"protocol": "x"}),
        ("reopen", {"reason": "x"}),
    ],
)
def test_other_departments_case_refuses_every_action(works_client, health_case, action, data):
    fields = {f"{action}-{name}": value for name, value in data.items()}
    fields[f"{action}-version"] = health_case.version
    assert works_client.post(action_url(health_case, action), fields).status_code == 404
    refreshed = Manifestation.objects.get(pk=health_case.pk)
    assert refreshed.version == health_case.version
    assert refreshed.events.count() == 1


def test_other_departments_attachment_is_404(works_client, works_case, health_case):
    attachment = attach(health_case)
    url = reverse("participation_manifestation:attachment", args=[health_case.pk, attachment.pk])
    assert works_client.get(url).status_code == 404
    # Nor through a case the editor may see.
    url = reverse("participation_manifestation:attachment", args=[works_case.pk, attachment.pk])
    assert works_client.get(url).status_code == 404


def test_other_departments_history_is_404(works_client, health_case):
    url = reverse("participation_manifestation:history", args=[health_case.pk])
    assert works_client.get(url).status_code == 404


def test_export_leaves_out_other_departments(works_client, works_case, health_case):
    body = csv_body(works_client.get(QUEUE, {"export": "csv"}))
    assert works_case.protocol in body
    assert health_case.protocol not in body


def test_duplicate_cannot_point_to_an_invisible_case(works_client, works_case, health_case):
    response = works_client.post(
        action_url(works_case, "duplicate"),
        {"duplicate-protocol": health_case.protocol, "duplicate-version": works_case.version},
    )
    assert "There is no case with this protocol" in response.content.decode()
    assert Manifestation.objects.get(pk=works_case.pk).status == Status.RECEIVED


def test_holder_of_view_all_sees_every_department(client, works_case, health_case):
    ombudsman = factories.make_staff(
        "ouvidora", permissions=(*EDITOR_PERMISSIONS, "view_all_manifestations")
    )
    login(client, ombudsman)
    html = client.get(QUEUE).content.decode()
    assert works_case.protocol in html and health_case.protocol in html
    assert client.get(case_url(health_case)).status_code == 200


# Bulk actions ---------------------------------------------------------------------------------


def test_bulk_action_on_only_other_departments_cases_is_404(works_client, health_case):
    assert works_client.get(bulk_url("assign", health_case)).status_code == 404
    response = works_client.post(bulk_url("move_department", health_case), {"department": ""})
    assert response.status_code == 404


def test_bulk_action_ignores_other_departments_ids(works_client, works_case, health_case):
    url = bulk_url("change_status", works_case, health_case)
    html = works_client.get(url).content.decode()
    assert works_case.protocol in html and health_case.protocol not in html
    works_client.post(url, {"status": "in_analysis", "message": "", "public": "on"})
    assert Manifestation.objects.get(pk=works_case.pk).status == Status.IN_ANALYSIS
    assert Manifestation.objects.get(pk=health_case.pk).status == Status.RECEIVED


def test_bulk_change_status_skips_invalid_transitions_and_says_so(works_client, works, works_case):
    closed = factories.make_manifestation(department=works)
    closed.change_status(Status.REJECTED)
    response = works_client.post(
        bulk_url("change_status", works_case, closed),
        {"status": "in_analysis", "message": "Em análise", "public": "on"},
        follow=True,
    )
    html = response.content.decode()
    assert Manifestation.objects.get(pk=works_case.pk).status == Status.IN_ANALYSIS
    assert Manifestation.objects.get(pk=closed.pk).status == Status.REJECTED
    assert f"{closed.protocol} was not changed" in html
    assert "1 manifestation changed." in html


def test_bulk_assign_through_the_model(works_client, works, works_case):
    colleague = factories.make_staff("bruno", [works.group], permissions=EDITOR_PERMISSIONS)
    second = factories.make_manifestation(department=works)
    works_client.post(bulk_url("assign", works_case, second), {"assignee": colleague.pk})
    assert set(Manifestation.objects.values_list("assignee", flat=True)) == {colleague.pk}
    assert Event.objects.filter(kind=Event.Kind.ASSIGNMENT).count() == 2


def test_bulk_assign_skips_cases_outside_the_assignees_department(
    client, works, health, works_case, health_case
):
    nurse = factories.make_staff("enfermeira", [health.group], permissions=EDITOR_PERMISSIONS)
    login(client, factories.make_staff("root", superuser=True))
    response = client.post(
        bulk_url("assign", works_case, health_case), {"assignee": nurse.pk}, follow=True
    )
    assert Manifestation.objects.get(pk=health_case.pk).assignee == nurse
    assert Manifestation.objects.get(pk=works_case.pk).assignee is None
    assert f"{works_case.protocol} was not changed" in response.content.decode()


def test_bulk_move_department(works_client, health, works_case):
    response = works_client.post(
        bulk_url("move_department", works_case), {"department": health.pk}, follow=True
    )
    assert Manifestation.objects.get(pk=works_case.pk).department == health
    assert response.redirect_chain[-1][0] == QUEUE


# Model permissions ----------------------------------------------------------------------------


def test_view_only_editor_sees_no_action_forms_and_cannot_post(client, works, works_case):
    reader = factories.make_staff("leitor", [works.group], permissions=("view_manifestation",))
    login(client, reader)
    html = client.get(case_url(works_case)).content.decode()
    assert works_case.protocol in html
    assert "Reply to the citizen" not in html
    fields = {"note-message": "x", "note-version": works_case.version}
    assert_refused(client.post(action_url(works_case, "note"), fields))
    assert_refused(client.get(bulk_url("assign", works_case)))
    assert_refused(client.get(reverse("participation_manifestation:add")))
    assert not works_case.events.filter(kind=Event.Kind.INTERNAL_NOTE).exists()


def test_group_member_without_manifestation_permissions_is_refused(client, works, works_case):
    outsider = factories.make_staff("sem-permissao", [works.group])
    login(client, outsider)
    assert_refused(client.get(QUEUE))
    assert_refused(client.get(case_url(works_case)))
    assert_refused(client.get(QUEUE, {"export": "csv"}))
    attachment = attach(works_case)
    url = reverse("participation_manifestation:attachment", args=[works_case.pk, attachment.pk])
    assert_refused(client.get(url))


def test_anonymous_visitors_are_sent_to_the_login(client, works_case):
    response = client.get(case_url(works_case))
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


# Requester identity (art. 10 §7) --------------------------------------------------------------


def test_identity_is_restricted_without_the_permission(works_client, works_case):
    case_html = works_client.get(case_url(works_case)).content.decode()
    assert RESTRICTED in case_html
    assert "Maria da Silva" not in case_html
    assert "maria@example.org" not in case_html
    assert "98888-7777" not in case_html
    queue_html = works_client.get(QUEUE).content.decode()
    assert "Maria da Silva" not in queue_html
    body = csv_body(works_client.get(QUEUE, {"export": "csv"}))
    header = next(csv.reader(io.StringIO(body)))
    assert "Requester name" not in header and "Requester email" not in header
    assert "Maria da Silva" not in body and "maria@example.org" not in body


def test_identity_is_shown_with_the_permission(client, works, works_case):
    officer = factories.make_staff(
        "ouvidor", [works.group], permissions=(*EDITOR_PERMISSIONS, "view_requester_identity")
    )
    login(client, officer)
    case_html = client.get(case_url(works_case)).content.decode()
    assert RESTRICTED not in case_html
    assert "Maria da Silva" in case_html and "maria@example.org" in case_html
    assert "Maria da Silva" in client.get(QUEUE).content.decode()
    body = csv_body(client.get(QUEUE, {"export": "csv"}))
    assert "Requester name" in body and "Maria da Silva" in body


def test_identity_is_left_out_of_the_xlsx_export_without_the_permission(works_client, works_case):
    from openpyxl import load_workbook

    response = works_client.get(QUEUE, {"export": "xlsx"})
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    header, row = list(workbook.active.iter_rows(values_only=True))
    assert "Requester name" not in header
    assert "Maria da Silva" not in row
    assert works_case.protocol in row


def test_clerk_who_only_registers_goes_back_to_the_form(client, works):
    clerk = factories.make_staff("atendente", [works.group], permissions=("add_manifestation",))
    login(client, clerk)
    add = reverse("participation_manifestation:add")
    response = client.post(
        add,
        {
            "channel": "in_person",
            "kind": "praise",
            "description": "Elogio ao posto de saúde.",
            "priority": 2,
            "department": works.pk,
            "is_anonymous": "on",
            "idempotency_key": "0b6f4f5e-1111-4c2b-9a50-8f7e7d7e9b10",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == add
    assert Manifestation.objects.get().channel == "in_person"
    assert_refused(client.get(QUEUE))


def test_menu_shows_manifestations_to_editors_only(client, works_editor, works):
    login(client, works_editor)
    assert "Manifestations" in client.get(reverse("wagtailadmin_home")).content.decode()
    login(client, factories.make_staff("sem-permissao", [works.group]))
    assert "Manifestations" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_bulk_actions_are_offered_only_to_who_may_change(client, works, works_editor, works_case):
    bulk_assign = reverse(
        "wagtail_bulk_action", args=["praca_participation", "manifestation", "assign"]
    )
    login(client, works_editor)
    assert bulk_assign in client.get(QUEUE).content.decode()
    login(
        client, factories.make_staff("leitor", [works.group], permissions=("view_manifestation",))
    )
    html = client.get(QUEUE).content.decode()
    assert works_case.protocol in html
    assert bulk_assign not in html
