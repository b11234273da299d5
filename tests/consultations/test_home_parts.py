"""The consultations' part of a home page, for any page of a host: `{% open_consultations %}` and
the OpenConsultationsBlock."""

import datetime

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone
from wagtail.models import PageViewRestriction, Site

from consultations.blocks import OpenConsultationsBlock
from portal.models import StandardPage

from .conftest import make_consultation

pytestmark = pytest.mark.django_db

TAG = "{% load consultation_tags %}{% open_consultations limit=6 %}"
DAY = datetime.timedelta(days=1)


def site_request(path="/"):
    """A request whose Wagtail site is the default site, as Wagtail's serve view leaves it."""
    request = RequestFactory().get(path)
    request._wagtail_site = Site.objects.select_related("root_page").get(is_default_site=True)
    return request


def render(source, request):
    return Template(source).render(Context({"request": request}))


@pytest.fixture
def timeline(consultations):
    now = timezone.now()
    private = make_consultation(
        consultations, title="Consulta interna", opens_at=now - DAY, closes_at=now + 5 * DAY
    )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    draft = make_consultation(
        consultations, title="Consulta despublicada", opens_at=now - DAY, closes_at=now + DAY
    )
    draft.unpublish()
    return {
        "later": make_consultation(
            consultations, title="Praça aberta", opens_at=now - DAY, closes_at=now + 9 * DAY
        ),
        "sooner": make_consultation(
            consultations, title="Parque linear", opens_at=now - 2 * DAY, closes_at=now + 2 * DAY
        ),
        "upcoming": make_consultation(
            consultations, title="Ciclovia futura", opens_at=now + 3 * DAY, closes_at=now + 30 * DAY
        ),
        "closed": make_consultation(
            consultations,
            title="Orçamento encerrado",
            opens_at=now - 40 * DAY,
            closes_at=now - 10 * DAY,
        ),
    }


def test_tag_lists_the_open_consultations_closing_soonest_first(timeline):
    html = render(TAG, site_request())

    assert '<h2 id="consultations-title">Consultas públicas abertas</h2>' in html
    assert html.index("Parque linear") < html.index("Praça aberta")
    assert f'<a href="{timeline["sooner"].url}">Parque linear</a>' in html
    assert "Aberta até" in html
    assert "Ciclovia futura" not in html  # not open yet
    assert "Orçamento encerrado" not in html  # closed
    assert "Consulta interna" not in html  # behind a view restriction
    assert "Consulta despublicada" not in html
    assert 'href="/consultas/">Ver todas as consultas públicas</a>' in html


def test_tag_shows_at_most_limit_consultations(timeline):
    html = render("{% load consultation_tags %}{% open_consultations limit=1 %}", site_request())

    assert "Parque linear" in html
    assert "Praça aberta" not in html


def test_tag_follows_the_clock_from_a_warm_cache_without_a_query(
    timeline, freezer_at, django_assert_num_queries
):
    minute = datetime.timedelta(minutes=1)
    freezer_at(timeline["upcoming"].opens_at - minute)
    assert "Ciclovia futura" not in render(TAG, site_request())  # cached now
    freezer_at(timeline["upcoming"].opens_at + minute)
    request = site_request()

    with django_assert_num_queries(0):
        html = render(TAG, request)

    assert "Ciclovia futura" in html  # opened with the clock, no publish needed
    freezer_at(timeline["sooner"].closes_at + minute)
    assert "Parque linear" not in render(TAG, site_request())  # closed with the clock


def test_tag_says_when_none_is_open(consultations):
    html = render(TAG, site_request())

    assert "No momento, não há consultas públicas abertas." in html
    assert 'href="/consultas/"' in html


def test_home_page_lists_the_open_consultations_within_its_budget(
    client, home, timeline, django_assert_max_num_queries
):
    client.get("/")
    with django_assert_max_num_queries(1):
        html = client.get("/").content.decode()

    assert "Parque linear" in html and "Praça aberta" in html
    assert "Ciclovia futura" not in html and "Consulta interna" not in html


def test_block_renders_the_open_consultations_with_the_editors_heading(timeline):
    block = OpenConsultationsBlock()
    value = block.to_python({"heading": "Participe", "limit": 1})

    html = block.render(value, context={"request": site_request()})

    assert '<link rel="stylesheet" href="/static/praca/css/praca.css">' in html
    assert '<h2 id="praca-open-consultations-participe">Participe</h2>' in html
    assert "Parque linear" in html
    assert "Praça aberta" not in html  # limit 1


def test_editors_put_the_open_consultations_on_any_page(client, home, timeline):
    page = StandardPage(
        title="Participe", slug="participe", body=[("open_consultations", {"limit": 6})]
    )
    home.add_child(instance=page)
    page.save_revision().publish()

    html = client.get("/participe/").content.decode()

    assert '<div class="praca">' in html
    assert '<h2 id="praca-open-consultations">Consultas públicas abertas</h2>' in html
    assert "Parque linear" in html
    assert "Orçamento encerrado" not in html


def test_block_is_labelled_for_editors():
    from django.utils import translation

    with translation.override("en"):
        assert str(OpenConsultationsBlock().label) == "Open public consultations"
    assert OpenConsultationsBlock().meta.icon == "comment"
