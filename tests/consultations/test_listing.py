"""The consultation listing (/consultas/) and the home page's open-consultations slot."""

import datetime

import pytest
from django.utils import timezone

from tests import factories

from .conftest import make_consultation


@pytest.fixture
def three(consultations, parks):
    now = timezone.now()
    day = datetime.timedelta(days=1)
    return {
        "open": make_consultation(
            consultations,
            title="Praça aberta",
            opens_at=now - day,
            closes_at=now + 9 * day,
            department=parks,
        ),
        "upcoming": make_consultation(
            consultations, title="Ciclovia futura", opens_at=now + 3 * day, closes_at=now + 30 * day
        ),
        "closed": make_consultation(
            consultations,
            title="Orçamento encerrado",
            opens_at=now - 40 * day,
            closes_at=now - 10 * day,
        ),
    }


def titles(response):
    return [page.title for page in response.context["consultations"]]


def test_the_listing_shows_open_then_upcoming_then_closed(client, consultations, three):
    response = client.get(consultations.url)

    assert titles(response) == ["Praça aberta", "Ciclovia futura", "Orçamento encerrado"]


@pytest.mark.parametrize(
    ("status", "expected"),
    [("open", "Praça aberta"), ("upcoming", "Ciclovia futura"), ("closed", "Orçamento encerrado")],
)
def test_the_listing_filters_by_status(client, consultations, three, status, expected):
    assert titles(client.get(consultations.url, {"status": status})) == [expected]


def test_the_listing_filters_by_department_and_text(client, consultations, three, parks):
    assert titles(client.get(consultations.url, {"department": "parques"})) == ["Praça aberta"]
    assert titles(client.get(consultations.url, {"q": "ciclovia"})) == ["Ciclovia futura"]


def test_an_unknown_filter_value_is_ignored_and_named(client, consultations, three):
    response = client.get(consultations.url, {"status": "<script>", "page": "abc"})

    assert response.status_code == 200
    assert len(titles(response)) == 3
    assert response.context["ignored_filters"]
    assert "<script>" not in response.content.decode()


def test_status_follows_the_clock(client, consultations, three, freezer_at):
    freezer_at(three["upcoming"].opens_at + datetime.timedelta(minutes=1))

    assert set(titles(client.get(consultations.url, {"status": "open"}))) == {
        "Praça aberta",
        "Ciclovia futura",
    }


def test_the_listing_runs_a_fixed_number_of_queries(
    client, consultations, three, django_assert_max_num_queries
):
    for _ in range(10):
        make_consultation(consultations)
    client.get(consultations.url)
    with django_assert_max_num_queries(9):
        response = client.get(
            consultations.url, {"status": "open", "q": "a", "department": "parques"}
        )
    assert response.status_code == 200
    with django_assert_max_num_queries(9):
        client.get(consultations.url)


def test_the_home_page_lists_only_open_consultations(client, home, three, freezer_at):
    html = client.get(home.url).content.decode()

    assert "Praça aberta" in html
    assert "Ciclovia futura" not in html
    assert "Orçamento encerrado" not in html

    # The cache holds the not-yet-closed ones; the clock opens the upcoming one, no publish needed.
    freezer_at(three["upcoming"].opens_at + datetime.timedelta(minutes=1))
    assert "Ciclovia futura" in client.get(home.url).content.decode()


def test_the_home_page_keeps_its_query_budget_with_consultations(
    client, home, three, django_assert_max_num_queries
):
    client.get(home.url)
    with django_assert_max_num_queries(1):
        client.get(home.url)


def test_an_unpublished_consultation_is_not_listed(client, consultations, home, three):
    three["open"].unpublish()

    assert "Praça aberta" not in titles(client.get(consultations.url))
    assert "Praça aberta" not in client.get(home.url).content.decode()


def test_a_consultation_page_without_department_still_renders(client, consultations):
    page = make_consultation(consultations, department=factories.make_department())
    page.department.delete()

    assert client.get(page.url).status_code == 200
