"""The public catalog listing: filters, their counts, sorting, paging and bad input."""

import re

import pytest

from service_catalog.models import ChannelKind
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalog_data(catalog):
    """Three categories, two departments, two audiences and six services with varied channels."""
    taxes = factories.make_category("Tributos", slug="tributos")
    health = factories.make_category("Saúde", slug="saude")
    works = factories.make_category("Obras", slug="obras")
    finance = factories.make_department("Secretaria da Fazenda", slug="fazenda", acronym="SEFAZ")
    health_dept = factories.make_department("Secretaria da Saúde", slug="sms", acronym="SMS")
    citizen = factories.make_audience("Cidadão", slug="cidadao")
    company = factories.make_audience("Empresa", slug="empresa")
    place = factories.make_location()
    online = {"kind": ChannelKind.ONLINE, "url": "https://example.org/"}
    desk = {"kind": ChannelKind.IN_PERSON, "location": place}
    phone = {"kind": ChannelKind.PHONE, "phone": "156"}
    services = {
        "iptu": factories.make_service(
            catalog,
            title="IPTU 2ª via",
            category=taxes,
            department=finance,
            channels=[online],
            audiences=[citizen, company],
        ),
        "iss": factories.make_paid_service(
            catalog,
            title="ISS de autônomos",
            category=taxes,
            department=finance,
            channels=[online, desk],
            audiences=[company],
        ),
        "certidao": factories.make_paid_service(
            catalog,
            title="Certidão negativa",
            category=taxes,
            department=finance,
            channels=[desk],
            audiences=[citizen, company],
        ),
        "vacina": factories.make_service(
            catalog,
            title="Vacinação",
            category=health,
            department=health_dept,
            channels=[desk, phone],
            audiences=[citizen],
        ),
        "consulta": factories.make_service(
            catalog,
            title="Agendamento de consulta",
            category=health,
            department=health_dept,
            channels=[online, phone],
            audiences=[citizen],
        ),
        "buraco": factories.make_service(
            catalog,
            title="Tapa-buraco",
            category=works,
            department=finance,
            channels=[phone],
            audiences=[citizen],
        ),
    }
    factories.make_service(catalog, title="Serviço em rascunho", category=works, publish=False)
    return services


def titles(response):
    return re.findall(
        r'class="service-card__title"><a href="[^"]*">([^<]+)</a>', response.content.decode()
    )


def facet_count(response, input_id):
    """The count shown next to a filter option, read from the rendered page."""
    html = response.content.decode()
    match = re.search(
        rf'<label for="{re.escape(input_id)}">[^<]*<span class="count">\((\d+)\)', html
    )
    assert match, f"no count shown for {input_id}"
    return int(match.group(1))


def test_listing_shows_live_services_sorted_by_name(client, catalog_data):
    response = client.get("/servicos/")
    assert response.status_code == 200
    assert titles(response) == sorted(titles(response))
    assert len(titles(response)) == 6
    assert "Serviço em rascunho" not in response.content.decode()
    assert "6 serviços encontrados" in response.content.decode()


def test_filter_by_category_and_counts_each_option(client, catalog_data):
    response = client.get("/servicos/?category=tributos")
    assert sorted(titles(response)) == ["Certidão negativa", "IPTU 2ª via", "ISS de autônomos"]
    # A category's count ignores the category filter itself, so siblings stay visible.
    assert facet_count(response, "category-tributos") == 3
    assert facet_count(response, "category-saude") == 2
    assert facet_count(response, "category-obras") == 1
    # Other facets are counted within the chosen category.
    assert facet_count(response, "channel-in_person") == 2
    assert facet_count(response, "id_online") == 2
    assert facet_count(response, "id_free") == 1


def test_several_categories_combine_with_or(client, catalog_data):
    response = client.get("/servicos/?category=saude&category=obras")
    assert sorted(titles(response)) == ["Agendamento de consulta", "Tapa-buraco", "Vacinação"]


def test_filters_of_different_kinds_combine_with_and(client, catalog_data):
    response = client.get("/servicos/?category=tributos&audience=cidadao&online=true")
    assert titles(response) == ["IPTU 2ª via"]


def test_filter_by_audience_department_and_channel(client, catalog_data):
    assert sorted(titles(client.get("/servicos/?audience=empresa"))) == [
        "Certidão negativa",
        "IPTU 2ª via",
        "ISS de autônomos",
    ]
    assert sorted(titles(client.get("/servicos/?department=sms"))) == [
        "Agendamento de consulta",
        "Vacinação",
    ]
    assert sorted(titles(client.get("/servicos/?channel=phone"))) == [
        "Agendamento de consulta",
        "Tapa-buraco",
        "Vacinação",
    ]


def test_available_online_and_free_filters(client, catalog_data):
    assert sorted(titles(client.get("/servicos/?online=true"))) == [
        "Agendamento de consulta",
        "IPTU 2ª via",
        "ISS de autônomos",
    ]
    response = client.get("/servicos/?online=true&free=true")
    assert sorted(titles(response)) == ["Agendamento de consulta", "IPTU 2ª via"]
    # Each box counts with the other box applied.
    assert facet_count(response, "id_online") == 2
    assert facet_count(response, "id_free") == 2


def test_an_unticked_box_does_not_filter(client, catalog_data):
    assert len(titles(client.get("/servicos/?free=false&online="))) == 6


def test_text_search_narrows_the_listing(client, catalog_data):
    response = client.get("/servicos/?q=vacinação")
    assert titles(response) == ["Vacinação"]


def test_sort_by_newest(client, catalog_data):
    response = client.get("/servicos/?order=-newest")
    assert titles(response)[0] == "Tapa-buraco"


def test_pagination_keeps_the_filters(client, catalog, settings):
    settings.PRACA_CATALOG = {"PAGE_SIZE": 5}
    category = factories.make_category("Educação", slug="educacao")
    for number in range(12):
        factories.make_service(catalog, title=f"Serviço {number:02d}", category=category)
    response = client.get("/servicos/?category=educacao&page=2")
    assert titles(response) == [f"Serviço {number:02d}" for number in range(5, 10)]
    assert 'href="?category=educacao&amp;page=3"' in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "category=nao-existe",
        "page=abc",
        "page=-1",
        "page=99999",
        "department=%00",
        "order=;DROP TABLE",
        "online=talvez",
        "channel=fax",
        "audience=" + "x" * 10_000,
        "q=" + "a" * 10_000,
        "q=%27%22%3C%3E%2A%5C",
    ],
)
def test_garbage_parameters_give_a_normal_page(client, catalog_data, query):
    response = client.get(f"/servicos/?{query}")
    assert response.status_code == 200
    assert 'class="service-card__title"' in response.content.decode()


def test_unknown_filter_value_is_named_in_a_message(client, catalog_data):
    response = client.get("/servicos/?category=nao-existe")
    html = response.content.decode()
    assert "não puderam ser entendidos e foram ignorados: Categoria" in html
    assert len(titles(response)) == 6


def test_too_long_search_is_refused_with_a_message(client, catalog_data):
    response = client.get("/servicos/?q=" + "a" * 10_000)
    assert "Pesquisar serviços" in response.content.decode()
    assert "foram ignorados" in response.content.decode()


def test_empty_result_offers_contact_channels(client, catalog_data, home):
    from wagtail.models import Site

    from praca.models import ContactSettings

    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    contact.phone = "156"
    contact.save()
    response = client.get("/servicos/?q=inexistentezzz")
    html = response.content.decode()
    assert "Nenhum serviço corresponde a estes filtros." in html
    assert 'href="tel:156"' in html


def test_restricted_services_are_not_listed(client, catalog_data):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=catalog_data["iss"], restriction_type=PageViewRestriction.LOGIN
    )
    assert "ISS de autônomos" not in titles(client.get("/servicos/"))
    assert client.get(catalog_data["iss"].url).status_code == 302


@pytest.mark.parametrize("size", [20, 500])
@pytest.mark.parametrize(
    "query",
    [
        "",
        "?category=tributos&audience=cidadao&channel=online&online=true&free=true&q=serviço&page=2",
    ],
)
def test_listing_query_count_is_constant(
    client, catalog, size, query, django_assert_max_num_queries
):
    category = factories.make_category("Tributos", slug="tributos")
    audience = factories.make_audience("Cidadão", slug="cidadao")
    factories.make_many_services(
        catalog, size, category, factories.make_department(), [audience], factories.make_location()
    )
    client.get("/servicos/")  # warm the navigation and taxonomy caches, as any live site has
    with django_assert_max_num_queries(12):
        response = client.get(f"/servicos/{query}")
    assert response.status_code == 200
    assert len(titles(response)) == 20


def queries_of(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def test_repeated_filters_reuse_their_counts(client, catalog_data):
    url = "/servicos/?category=tributos&channel=online"
    client.get("/servicos/")  # warm the navigation and taxonomy caches
    counted, first = queries_of(client, url)
    cached, again = queries_of(client, url)

    # The five facet queries are not run again (the listing is counted by one query); the page
    # shows the same counts.
    assert again == first - 4
    for option in ("category-tributos", "category-saude", "channel-online", "id_free"):
        assert facet_count(cached, option) == facet_count(counted, option)
    assert facet_count(cached, "category-tributos") == 2
    assert "2 serviços encontrados" in cached.content.decode()


def test_counts_of_a_text_query_are_not_cached(client, catalog_data):
    url = "/servicos/?q=IPTU"
    client.get("/servicos/")
    _, first = queries_of(client, url)
    _, again = queries_of(client, url)
    assert again == first


def test_a_count_cached_before_a_change_never_hides_a_service(client, catalog, catalog_data):
    taxes = catalog_data["iptu"].category
    draft = factories.make_service(catalog, title="Alvará de obras", category=taxes, publish=False)
    url = "/servicos/?category=tributos"
    assert "3 serviços encontrados" in client.get(url).content.decode()  # counts now cached

    # Made live by a change whose signal has not reached the cache yet (a transaction still
    # committing, a worker behind): the cached counts are stale for a moment.
    type(draft).objects.filter(pk=draft.pk).update(live=True)

    response = client.get(url)
    assert "Alvará de obras" in titles(response)
    assert len(titles(response)) == 4
    assert "4 serviços encontrados" in response.content.decode()


def test_counts_follow_publishing_at_once(client, catalog, catalog_data):
    taxes = catalog_data["iptu"].category
    url = "/servicos/?channel=online"
    assert facet_count(client.get(url), "category-tributos") == 2

    new = factories.make_service(catalog, title="Taxa do lixo", category=taxes)
    assert facet_count(client.get(url), "category-tributos") == 3

    new.unpublish()
    assert facet_count(client.get(url), "category-tributos") == 2


def test_counts_follow_a_view_restriction_and_a_deletion_at_once(client, catalog_data):
    from wagtail.models import PageViewRestriction

    url = "/servicos/?channel=in_person"
    assert facet_count(client.get(url), "category-tributos") == 2

    restriction = PageViewRestriction.objects.create(
        page=catalog_data["iss"], restriction_type=PageViewRestriction.LOGIN
    )
    assert facet_count(client.get(url), "category-tributos") == 1
    restriction.delete()
    assert facet_count(client.get(url), "category-tributos") == 2

    catalog_data["certidao"].delete()
    assert facet_count(client.get(url), "category-tributos") == 1


def test_a_renamed_category_shows_its_new_name_at_once(client, catalog_data):
    url = "/servicos/?channel=online"
    assert "Tributos" in client.get(url).content.decode()

    taxes = catalog_data["iptu"].category
    taxes.name = "Impostos e taxas"
    taxes.save()

    html = client.get(url).content.decode()
    assert "Impostos e taxas" in html and "Tributos" not in html
