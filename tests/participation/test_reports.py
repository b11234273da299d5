"""Dashboard, reports and the law's yearly reports, checked against a known fixture.

The clock stops on 15 June 2026. Works (Poda de árvores) received three cases in June, health
(Vacinação) one, and one more in December 2025, outside the year's period.
"""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from participation import reports
from participation.models import (
    FeedbackReason,
    Kind,
    Manifestation,
    PageFeedback,
    RatingDimension,
    ServiceRating,
    Status,
)
from tests import factories

pytestmark = pytest.mark.django_db

TZ = ZoneInfo("America/Sao_Paulo")
PERIOD = reports.Period(datetime.date(2026, 1, 1), datetime.date(2026, 6, 15))
REPORT_PERMISSIONS = (*factories.EDITOR_PERMISSIONS, "view_pagefeedback", "view_servicerating")


def at(day, hour=10, month=6, year=2026):
    return datetime.datetime(year, month, day, hour, tzinfo=TZ)


def case(service, kind, received, **fields):
    manifestation = factories.make_manifestation(service, kind=kind)
    Manifestation.objects.filter(pk=manifestation.pk).update(received_at=received, **fields)
    return manifestation


@pytest.fixture
def fixture(catalog, works, health, freezer_at):
    freezer_at(at(15, 12))
    pruning = factories.make_service(catalog, title="Poda de árvores", department=works)
    vaccines = factories.make_service(catalog, title="Vacinação", department=health)
    answered = {"status": Status.ANSWERED}
    case(
        pruning,
        Kind.SOLICITATION,
        at(1),
        due_at=at(10),
        first_response_at=at(2),
        answered_at=at(3),
        satisfaction_score=5,
        satisfaction_solved=True,
        satisfaction_at=at(4),
        **answered,
    )
    case(
        pruning,
        Kind.COMPLAINT,
        at(1),
        due_at=at(5),
        first_response_at=at(4),
        answered_at=at(8),
        satisfaction_score=2,
        satisfaction_solved=False,
        satisfaction_at=at(9),
        **answered,
    )
    case(pruning, Kind.COMPLAINT, at(2), due_at=at(10), status=Status.IN_ANALYSIS)
    case(
        vaccines,
        Kind.SUGGESTION,
        at(3),
        due_at=at(3, month=7),
        extended_at=at(20, month=6),
        first_response_at=at(5),
        answered_at=at(12),
        **answered,
    )
    case(
        vaccines,
        Kind.COMPLAINT,
        at(20, month=12, year=2025),
        due_at=at(30, month=12, year=2025),
        answered_at=at(22, month=12, year=2025),
        **answered,
    )
    for service, score, dimension in (
        (pruning, 4, RatingDimension.CLARITY),
        (pruning, 5, RatingDimension.CLARITY),
        (vaccines, 1, RatingDimension.TIME),
    ):
        ServiceRating.objects.create(
            service=service, score=score, dimension=dimension, created_at=at(10)
        )
    for page, useful, reason in (
        (catalog, True, ""),
        (catalog, False, FeedbackReason.OUT_OF_DATE),
        (pruning, False, FeedbackReason.BROKEN),
        (pruning, False, FeedbackReason.BROKEN),
        (pruning, True, ""),
    ):
        PageFeedback.objects.create(page=page, useful=useful, reason=reason, created_at=at(11))
    return {"pruning": pruning, "vaccines": vaccines, "catalog": catalog}


@pytest.fixture
def admin(django_user_model):
    return django_user_model.objects.create_superuser("chefe", "chefe@example.org", "x")


@pytest.fixture
def works_editor(works):
    return factories.make_staff("obras", groups=[works.group], permissions=REPORT_PERMISSIONS)


def test_management_report_counts_by_kind_deadline_and_complaint_incidence(fixture, admin):
    report = reports.management_report(reports.Scope(admin), PERIOD)
    assert report["totals"] == {
        "total": 4,
        "answered": 3,
        "on_time": 2,
        "on_time_share": 66.7,
        "extended": 1,
        "open": 1,
        "reopened": 0,
    }
    assert [(row["kind"], row["count"]) for row in report["by_kind"]] == [
        (Kind.COMPLAINT, 2),
        (Kind.SOLICITATION, 1),
        (Kind.SUGGESTION, 1),
    ]
    ranking = report["complaint_ranking"]
    assert [(row["title"], row["complaints"], row["complaint_share"]) for row in ranking] == [
        ("Poda de árvores", 2, 66.7)
    ]
    by_department = {row["title"]: row for row in report["deadlines_by_department"]}
    works = by_department["Secretaria de Obras"]
    assert (works["total"], works["answered"], works["on_time"], works["overdue"]) == (3, 2, 1, 1)
    assert works["on_time_share"] == 50.0
    health = by_department["Secretaria de Saúde"]
    assert (health["on_time"], health["extended"], health["within_promise"]) == (1, 1, 0)


def test_satisfaction_survey_results(fixture, admin):
    survey = reports.satisfaction_survey(reports.Scope(admin), PERIOD)
    assert survey["ratings"]["count"] == 3
    assert round(survey["ratings"]["average"], 2) == 3.33
    assert survey["ratings"]["distribution"] == [(1, 1), (2, 0), (3, 0), (4, 1), (5, 1)]
    dimensions = {
        row["dimension"]: (row["count"], row["average"])
        for row in survey["ratings"]["by_dimension"]
    }
    assert dimensions == {RatingDimension.CLARITY: (2, 4.5), RatingDimension.TIME: (1, 1.0)}
    assert (survey["surveys"]["count"], survey["surveys"]["average"]) == (2, 3.5)
    assert survey["surveys"]["solved_share"] == 50.0
    assert survey["usefulness"] == {"total": 5, "yes": 2, "useful_share": 40.0}
    assert [(row["reason"], row["count"]) for row in survey["reasons"]] == [
        (FeedbackReason.BROKEN, 2),
        (FeedbackReason.OUT_OF_DATE, 1),
    ]


def test_pages_ranked_by_usefulness_least_useful_first(fixture, admin):
    rows = reports.pages_by_usefulness(reports.Scope(admin), PERIOD)
    assert [(row["page__title"], row["yes"], row["no"], row["useful_share"]) for row in rows] == [
        ("Poda de árvores", 1, 2, 33.3),
        ("Carta de Serviços", 1, 1, 50.0),
    ]


def test_dashboard_figures(fixture, admin):
    scope = reports.Scope(admin)
    assert reports.overdue_count(scope) == 1
    times = reports.response_times(scope)
    assert times["first_response"] == datetime.timedelta(days=2)  # 1, 2 and 3 days
    assert times["answer"] == datetime.timedelta(days=7)  # 2, 7 and 9 days
    statuses = {row["status"]: row["total"] for row in reports.status_counts(scope)}
    assert statuses[Status.ANSWERED] == 4 and statuses[Status.IN_ANALYSIS] == 1
    trend = reports.satisfaction_trend(scope)
    assert len(trend) == 12
    assert trend[-1]["week"] == datetime.date(2026, 6, 15)
    week_of_8_june = next(row for row in trend if row["week"] == datetime.date(2026, 6, 8))
    assert week_of_8_june["ratings"]["count"] == 3
    assert week_of_8_june["surveys"]["average"] == 2.0
    volume = {row["week"]: (row["yes"], row["no"]) for row in reports.feedback_volume(scope)}
    assert volume[datetime.date(2026, 6, 8)] == (2, 3)


def test_department_editors_see_their_departments_figures_only(fixture, works_editor):
    scope = reports.Scope(works_editor)
    assert reports.management_report(scope, PERIOD)["totals"]["total"] == 3
    assert [row["page__title"] for row in reports.pages_by_usefulness(scope, PERIOD)] == [
        "Poda de árvores"
    ]
    survey = reports.satisfaction_survey(scope, PERIOD)
    assert survey["ratings"]["count"] == 2
    assert survey["usefulness"]["total"] == 3


def test_wagtail_dashboard_shows_accessible_charts_with_data_tables(
    client, fixture, admin, django_assert_max_num_queries
):
    client.force_login(admin)
    with django_assert_max_num_queries(40):
        response = client.get(reverse("wagtailadmin_home"))
    html = response.content.decode()
    for panel in ("praca-service-desk", "praca-satisfaction"):
        assert f'id="{panel}' in html
    assert html.count('role="img"') >= 3
    assert '<title id="chart-status-title">' in html
    assert 'id="kpi-overdue"' in html and "7,0 dias" in html
    assert html.count("<table") >= 3


def test_department_editor_dashboard_is_scoped(client, fixture, works_editor):
    client.force_login(works_editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Números dos seus departamentos apenas." in html


@pytest.mark.parametrize(
    "name", ["usefulness", "services", "deadlines", "satisfaction_survey", "management_report"]
)
def test_every_report_renders_downloads_as_csv_and_prints(client, fixture, admin, name):
    client.force_login(admin)
    url = reverse(f"praca_reports:{name}")
    params = {"start": "2026-01-01", "end": "2026-06-15"}
    page = client.get(url, params)
    assert page.status_code == 200
    assert "Poda de árvores" in page.content.decode()
    exported = client.get(url, {**params, "export": "csv"})
    assert exported["Content-Type"].startswith("text/csv")
    assert "Poda de árvores" in exported.content.decode("utf-8-sig")
    printable = client.get(url, {**params, "export": "print"}).content.decode()
    assert "<h1>" in printable and "Poda de árvores" in printable
    assert "wagtail" not in printable.lower()  # a standalone page, without the admin around it


def test_management_report_csv_has_the_fixture_numbers(client, fixture, admin):
    client.force_login(admin)
    response = client.get(
        reverse("praca_reports:management_report"),
        {"start": "2026-01-01", "end": "2026-06-15", "export": "csv"},
    )
    lines = response.content.decode("utf-8-sig").splitlines()
    assert "Manifestações recebidas,4" in lines
    assert "Reclamação,2" in lines


def test_yearly_reports_default_to_last_calendar_year(client, fixture, admin):
    client.force_login(admin)
    html = client.get(reverse("praca_reports:management_report")).content.decode()
    assert "01/01/2025" in html and "31/12/2025" in html
    # The only case of 2025: Vacinação's complaint.
    assert "Vacinação" in html and "Poda de árvores" not in html


@pytest.mark.parametrize(
    "params, message",
    [
        ({"start": "2026-06-15", "end": "2026-01-01"}, "A data inicial deve ser anterior"),
        ({"start": "2000-01-01", "end": "2026-01-01"}, "no máximo cinco anos"),
        ({"start": "ontem", "end": "2026-01-01"}, "Informe uma data válida"),
    ],
)
def test_bad_periods_are_explained_never_a_500(client, fixture, admin, params, message):
    client.force_login(admin)
    response = client.get(reverse("praca_reports:deadlines"), params)
    assert response.status_code == 200
    assert message in response.content.decode()


def test_reports_need_a_participation_permission(client, fixture):
    plain = factories.make_staff("leitor")
    client.force_login(plain)
    assert client.get(reverse("praca_reports:management_report")).status_code in (302, 403)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "praca-service-desk" not in html


def test_comments_appear_in_no_report(client, fixture, admin):
    PageFeedback.objects.create(
        page=fixture["pruning"], useful=False, comment="Meu telefone é 99999-0000"
    )
    client.force_login(admin)
    for name in ("usefulness", "satisfaction_survey", "management_report"):
        html = client.get(reverse(f"praca_reports:{name}")).content.decode()
        assert "99999-0000" not in html


def more_rows(fixture, count):
    """`count` more cases, ratings and answers for the same services and pages."""
    for n in range(count):
        case(fixture["pruning"], Kind.COMPLAINT, at(1 + n % 10), due_at=at(12))
        ServiceRating.objects.create(
            service=fixture["vaccines"], score=1 + n % 5, dimension=RatingDimension.EASE
        )
        PageFeedback.objects.create(page=fixture["catalog"], useful=bool(n % 2))


@pytest.mark.parametrize(
    "name, budget",
    [
        ("usefulness", 12),
        ("services", 13),
        ("deadlines", 13),
        ("satisfaction_survey", 20),
        ("management_report", 24),
    ],
)
def test_report_queries_do_not_grow_with_the_rows(
    client, fixture, works_editor, django_assert_max_num_queries, name, budget
):
    client.force_login(works_editor)
    url = reverse(f"praca_reports:{name}")
    params = {"start": "2026-01-01", "end": "2026-06-15"}
    client.get(url, params)
    with django_assert_max_num_queries(budget):
        client.get(url, params)
    more_rows(fixture, 30)
    with django_assert_max_num_queries(budget):
        assert client.get(url, params).status_code == 200


def test_dashboard_queries_do_not_grow_with_the_rows(
    client, fixture, works_editor, django_assert_max_num_queries
):
    client.force_login(works_editor)
    client.get(reverse("wagtailadmin_home"))
    more_rows(fixture, 30)
    with django_assert_max_num_queries(25):
        assert client.get(reverse("wagtailadmin_home")).status_code == 200
