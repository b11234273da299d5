"""The manifestation queue in the admin: columns, filters, search, paging, export, query budget."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from participation.admin_views import ESTIMATE_FROM_ROWS, QueuePaginator, estimated_row_count
from participation.models import Channel, Kind, Manifestation, Status
from tests import factories
from tests.factories import EDITOR_PERMISSIONS, english

pytestmark = pytest.mark.django_db

QUEUE = reverse("participation_manifestation:index")


@pytest.fixture
def works(db):
    group = Group.objects.create(name="Equipe de Obras")
    return factories.make_department("Secretaria de Obras", group=group)


@pytest.fixture
def health(db):
    group = Group.objects.create(name="Equipe de Saúde")
    return factories.make_department("Secretaria de Saúde", group=group)


@pytest.fixture
def works_editor(works):
    return english(factories.make_staff("ana", [works.group], permissions=EDITOR_PERMISSIONS))


@pytest.fixture
def admin_user(db):
    return english(factories.make_staff("root", superuser=True))


def rows(response):
    return response.content.decode()


def csv_rows(response):
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body)))


def test_queue_lists_protocol_kind_status_deadline_and_assignee(client, works, admin_user):
    manifestation = factories.make_manifestation(department=works, kind=Kind.SUGGESTION)
    manifestation.assign(admin_user, by=admin_user)
    client.force_login(admin_user)
    html = rows(client.get(QUEUE))
    case = reverse("participation_manifestation:case", args=[manifestation.pk])
    assert f'href="{case}"' in html
    assert manifestation.protocol in html
    assert "Suggestion" in html
    assert "Received" in html
    assert "Due in" in html
    assert "root" in html


def test_overdue_cases_say_so_in_words_not_only_in_colour(client, works, admin_user):
    manifestation = factories.make_manifestation(department=works)
    Manifestation.objects.filter(pk=manifestation.pk).update(
        due_at=timezone.now() - datetime.timedelta(days=3)
    )
    client.force_login(admin_user)
    html = rows(client.get(QUEUE))
    assert "Overdue by 3 days" in html
    assert "icon-warning" in html


def test_queue_is_newest_first(client, works, admin_user):
    older = factories.make_manifestation(department=works)
    Manifestation.objects.filter(pk=older.pk).update(
        received_at=timezone.now() - datetime.timedelta(days=2)
    )
    newer = factories.make_manifestation(department=works)
    client.force_login(admin_user)
    html = rows(client.get(QUEUE))
    assert html.index(newer.protocol) < html.index(older.protocol)


def test_filters_by_status_kind_department_channel_and_assignee(client, works, health, admin_user):
    complaint = factories.make_manifestation(department=works, kind=Kind.COMPLAINT)
    praise = factories.make_manifestation(
        department=health, kind=Kind.PRAISE, channel=Channel.PHONE
    )
    praise.change_status(Status.IN_ANALYSIS, by=admin_user)
    praise.assign(admin_user, by=admin_user)
    client.force_login(admin_user)

    def listed(**params):
        html = rows(client.get(QUEUE, params))
        return {m.protocol for m in (complaint, praise) if m.protocol in html}

    assert listed(status="in_analysis") == {praise.protocol}
    assert listed(status=["received", "in_analysis"]) == {complaint.protocol, praise.protocol}
    assert listed(kind="complaint") == {complaint.protocol}
    assert listed(department=works.pk) == {complaint.protocol}
    assert listed(channel="phone") == {praise.protocol}
    assert listed(assignee=admin_user.pk) == {praise.protocol}
    assert listed(assignee="null") == {complaint.protocol}


def test_filters_overdue_and_received_date_range(client, works, admin_user):
    late = factories.make_manifestation(department=works)
    Manifestation.objects.filter(pk=late.pk).update(
        due_at=timezone.now() - datetime.timedelta(days=1),
        received_at=timezone.now() - datetime.timedelta(days=40),
    )
    on_time = factories.make_manifestation(department=works)
    client.force_login(admin_user)

    def listed(**params):
        html = rows(client.get(QUEUE, params))
        return {m.protocol for m in (late, on_time) if m.protocol in html}

    assert listed(overdue="yes") == {late.protocol}
    assert listed(overdue="no") == {on_time.protocol}
    today = timezone.localdate()
    assert listed(received_from=str(today), received_to=str(today)) == {on_time.protocol}
    assert listed(received_to=str(today - datetime.timedelta(days=30))) == {late.protocol}


def test_filters_by_service(client, catalog, works, admin_user):
    service = factories.make_service(catalog, title="Tapa-buraco", department=works)
    with_service = factories.make_manifestation(service=service, kind=Kind.SOLICITATION)
    without = factories.make_manifestation(department=works)
    client.force_login(admin_user)
    html = rows(client.get(QUEUE, {"service": service.pk}))
    assert with_service.protocol in html
    assert without.protocol not in html
    assert "Tapa-buraco" in html


def test_search_by_protocol_and_by_description(client, works, admin_user):
    pothole = factories.make_manifestation(department=works, description="Buraco na Rua A")
    lamp = factories.make_manifestation(department=works, description="Lâmpada queimada")
    client.force_login(admin_user)
    response = client.get(QUEUE, {"q": pothole.protocol})
    assert list(response.context["object_list"]) == [pothole]
    response = client.get(QUEUE, {"q": "lâmpada"})
    assert list(response.context["object_list"]) == [lamp]
    response = client.get(QUEUE, {"q": "rua a"})
    assert list(response.context["object_list"]) == [pothole]


def test_results_view_serves_the_filtered_table(client, works, admin_user):
    manifestation = factories.make_manifestation(department=works, kind=Kind.PRAISE)
    client.force_login(admin_user)
    url = reverse("participation_manifestation:index_results")
    html = rows(client.get(url, {"kind": "praise"}))
    assert manifestation.protocol in html


def test_queue_pages_by_fifty(client, works, admin_user):
    for _ in range(51):
        factories.make_manifestation(department=works)
    client.force_login(admin_user)
    response = client.get(QUEUE)
    assert len(response.context["object_list"]) == 50
    assert response.context["paginator"].num_pages == 2
    assert len(client.get(QUEUE, {"p": 2}).context["object_list"]) == 1


def test_unfiltered_count_is_exact_without_postgresql_statistics(works):
    factories.make_manifestation(department=works)
    factories.make_manifestation(department=works)
    paginator = QueuePaginator(Manifestation.objects.all(), 50)
    assert paginator.count == 2
    if connection.vendor != "postgresql":
        assert estimated_row_count(Manifestation) is None


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row estimates come from PostgreSQL's pg_class"
)
def test_postgresql_estimate_follows_the_table_statistics(works):
    for _ in range(3):
        factories.make_manifestation(department=works)
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {Manifestation._meta.db_table}")
    assert estimated_row_count(Manifestation) == 3


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row estimates come from PostgreSQL's pg_class"
)
def test_unfiltered_queue_counts_by_the_estimate_and_filtered_exactly(works):
    now = timezone.now()
    Manifestation.objects.bulk_create(
        Manifestation(
            protocol=f"1999-{number:06d}",
            kind=Kind.COMPLAINT,
            description="Carga para estatística.",
            channel=Channel.WEB,
            department=works,
            received_at=now,
            due_at=now,
        )
        for number in range(ESTIMATE_FROM_ROWS)
    )
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {Manifestation._meta.db_table}")
    factories.make_manifestation(department=works, kind=Kind.PRAISE)  # after the statistics
    assert QueuePaginator(Manifestation.objects.all(), 50).count == ESTIMATE_FROM_ROWS
    praise = Manifestation.objects.filter(kind=Kind.PRAISE)
    assert QueuePaginator(praise, 50).count == 1


def test_filtered_count_is_exact(works, health):
    factories.make_manifestation(department=works)
    factories.make_manifestation(department=health)
    paginator = QueuePaginator(Manifestation.objects.filter(department=works), 50)
    assert paginator.count == 1


def test_registration_button_shows_for_staff_who_may_register(client, works_editor):
    client.force_login(works_editor)
    html = rows(client.get(QUEUE))
    assert reverse("participation_manifestation:add") in html
    assert "Register a manifestation" in html


def test_queue_escapes_citizen_text(client, works, admin_user):
    factories.make_manifestation(department=works, requester_name="<script>alert(1)</script>")
    client.force_login(admin_user)
    html = rows(client.get(QUEUE))
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


# Export ---------------------------------------------------------------------------------------


def test_csv_export_has_the_filtered_queue(client, works, admin_user):
    suggestion = factories.make_manifestation(
        department=works, kind=Kind.SUGGESTION, description="Mais ciclovias"
    )
    factories.make_manifestation(department=works, kind=Kind.PRAISE)
    client.force_login(admin_user)
    response = client.get(QUEUE, {"kind": "suggestion", "export": "csv"})
    assert response.status_code == 200
    assert response.streaming
    assert "attachment" in response["Content-Disposition"]
    header, *data = csv_rows(response)
    assert header[:4] == ["Protocol", "Received at", "Kind", "Status"]
    assert len(data) == 1
    row = dict(zip(header, data[0], strict=True))
    assert row["Protocol"] == suggestion.protocol
    assert row["Kind"] == "Suggestion"
    assert row["Department"] == "Secretaria de Obras"
    assert row["Description"] == "Mais ciclovias"
    assert row["Overdue"] == "No"
    assert row["Requester name"] == "Maria da Silva"


def test_csv_export_neutralises_spreadsheet_formulas(client, works, admin_user):
    factories.make_manifestation(department=works, description='=HYPERLINK("http://x")')
    client.force_login(admin_user)
    header, row = csv_rows(client.get(QUEUE, {"export": "csv"}))
    assert dict(zip(header, row, strict=True))["Description"] == '\'=HYPERLINK("http://x")'


def test_xlsx_export_reads_back(client, works, admin_user):
    from openpyxl import load_workbook

    manifestation = factories.make_manifestation(
        department=works, description="=1+1 não é fórmula\x0b aqui"
    )
    client.force_login(admin_user)
    response = client.get(QUEUE, {"export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    header, row = list(workbook.active.iter_rows(values_only=True))
    data = dict(zip(header, row, strict=True))
    assert data["Protocol"] == manifestation.protocol
    assert data["Description"] == "=1+1 não é fórmula aqui"
    assert isinstance(data["Received at"], datetime.datetime)
    assert data["Requester email"] == "maria@example.org"


# Query budget -----------------------------------------------------------------------------------


def fill_queue(catalog, department, count):
    assignee = factories.make_staff(f"atendente{count}", [department.group])
    services = [factories.make_service(catalog, department=department) for _ in range(3)]
    for number in range(count):
        manifestation = factories.make_manifestation(
            service=services[number % 3], kind=Kind.SOLICITATION, department=department
        )
        manifestation.assign(assignee, by=None)


@pytest.mark.parametrize("count", [10, 60])
def test_queue_query_budget_for_a_superuser(
    client, catalog, works, admin_user, count, django_assert_max_num_queries
):
    fill_queue(catalog, works, count)
    client.force_login(admin_user)
    client.get(QUEUE)  # warm caches that outlive a request (content types, site)
    with django_assert_max_num_queries(15):
        response = client.get(QUEUE)
    assert len(response.context["object_list"]) == min(count, 50)


@pytest.mark.parametrize("count", [10, 60])
def test_queue_query_budget_for_a_department_editor(
    client, catalog, works, works_editor, count, django_assert_max_num_queries
):
    fill_queue(catalog, works, count)
    client.force_login(works_editor)
    client.get(QUEUE)
    with django_assert_max_num_queries(15):
        response = client.get(QUEUE)
    assert len(response.context["object_list"]) == min(count, 50)


def test_xlsx_export_refuses_more_rows_than_a_worksheet_holds(
    client, works, admin_user, monkeypatch
):
    from praca import exports

    monkeypatch.setattr(exports, "XLSX_MAX_ROWS", 1)  # a worksheet holds 1,048,575 rows
    factories.make_manifestation(department=works)
    factories.make_manifestation(department=works)
    client.force_login(admin_user)
    response = client.get(QUEUE, {"kind": "complaint", "export": "xlsx"}, follow=True)
    assert response.redirect_chain[-1][0] == f"{QUEUE}?kind=complaint"
    assert "Too many manifestations for a spreadsheet" in response.content.decode()
