"""The search page at /busca/ and the header's search box, as a citizen uses them."""

import re

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.models import SearchLogEntry

pytestmark = pytest.mark.django_db


def result_titles(html):
    return re.findall(r'class="service-card__title"><a href="[^"]+">([^<]+)</a>', html)


def test_every_page_header_box_submits_to_the_search_page(client, search_catalog):
    html = client.get("/servicos/").content.decode()
    assert 'action="/busca/"' in html
    assert 'data-autocomplete-url="/busca/sugestoes/"' in html


def test_search_page_lists_matching_pages_with_snippets(client, search_catalog):
    response = client.get("/busca/", {"q": "buracos na rua"})
    assert response.status_code == 200
    html = response.content.decode()
    assert result_titles(html) == ["Solicitar reparo de buraco na rua"]
    assert "<mark>buracos</mark>" in html
    assert html.count("<h1") == 1


def test_search_page_shows_facets_with_counts(client, search_catalog):
    html = client.get("/busca/", {"q": "solicitar"}).content.decode()
    assert re.search(
        r'id="category-obras">\s*<label for="category-obras">[^<]+<span '
        r'class="count">\(2\)</span>',
        html,
    )
    assert re.search(r'for="search-online">[^<]+<span class="count">\(2\)</span>', html)


def test_filters_combine_with_the_query_and_stay_ticked(client, search_catalog):
    html = client.get("/busca/", {"q": "solicitar", "category": "obras", "online": "on"}).content
    html = html.decode()
    assert result_titles(html) == ["Solicitar conserto da iluminação pública"]
    assert 'value="obras" id="category-obras" checked' in html
    assert 'id="search-online" checked' in html


def test_filters_fold_into_a_disclosure_that_counts_the_applied_filters(client, search_catalog):
    html = client.get("/busca/", {"q": "solicitar", "category": "obras", "online": "on"}).content
    html = html.decode()
    details = re.search(r"<details([^>]*)>\s*<summary[^>]*>(.*?)</summary>", html, re.S)
    assert details, "the filters are not in a <details>"
    assert "open" not in details.group(1)  # folded: on a phone the results come first
    summary = re.sub(r"<[^>]+>|\s+", " ", details.group(2)).split()
    assert " ".join(summary) == "Filtrar resultados (2 filtros aplicados)"
    # The form is inside the disclosure, the disclosure before the results, and the stylesheet
    # that shows it as a sidebar on wide screens is linked.
    folded = html.split("<details", 1)[1].split("</details>", 1)[0]
    assert 'class="catalog__filters"' in folded and 'id="search-online" checked' in folded
    assert html.index("</details>") < html.index('class="catalog__results"')
    assert 'href="/static/search/search.css"' in html


def test_a_filter_sent_twice_counts_once(client, search_catalog):
    html = client.get("/busca/?q=solicitar&category=obras&category=obras").content.decode()
    summary = re.search(r"<summary[^>]*>(.*?)</summary>", html, re.S).group(1)
    assert " ".join(re.sub(r"<[^>]+>", " ", summary).split()) == (
        "Filtrar resultados (1 filtro aplicado)"
    )


def test_filter_disclosure_names_no_count_when_no_filter_is_applied(client, search_catalog):
    html = client.get("/busca/", {"q": "solicitar"}).content.decode()
    assert re.search(r"<summary[^>]*>Filtrar resultados</summary>", html)


def test_filters_stay_open_when_they_leave_no_results(client, search_catalog):
    html = client.get("/busca/", {"q": "iptu", "department": "obras"}).content.decode()
    assert result_titles(html) == []
    assert '<details class="search-filters" open>' in html


def test_the_search_box_keeps_the_query_on_the_search_page(client, search_catalog):
    html = client.get("/busca/", {"q": "iptu <b>"}).content.decode()
    assert 'id="search-page-q" type="search" name="q" value="iptu &lt;b&gt;"' in html
    assert "<b>" not in html.split("<main", 1)[1]


def test_empty_result_suggests_services_and_contact_channels(client, search_catalog):
    html = client.get("/busca/", {"q": "passaporte diplomático"}).content.decode()
    assert result_titles(html) == []
    empty = html.split('class="empty-state search-empty"', 1)[1]
    assert "search-suggested" in empty
    assert 'href="/servicos/iptu-segunda-via/"' in empty
    assert "contact-list" in empty


def test_promoted_results_come_first(client, search_catalog):
    query = Query.get("buraco")
    SearchPromotion.objects.create(
        query=query, page=search_catalog["lamp"], description="Também pode ser a iluminação."
    )
    html = client.get("/busca/", {"q": "Buraco"}).content.decode()
    promotions = html.split('class="search-promotions"', 1)[1].split("</section>", 1)[0]
    assert 'href="/servicos/iluminacao-publica/"' in promotions
    assert "Também pode ser a iluminação." in promotions


def test_without_query_or_filters_the_page_invites_a_search(client, search_catalog):
    response = client.get("/busca/")
    assert response.status_code == 200
    assert result_titles(response.content.decode()) == []
    assert not SearchLogEntry.objects.exists()


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "a" * 10_240},
        {"q": '"'},
        {"q": "*"},
        {"q": "AND("},
        {"q": "\\"},
        {"q": "'; DROP TABLE search_searchdocument; --"},
        {"q": "iptu", "category": "nao-existe", "type": "planeta", "department": "x" * 500},
        {"q": "iptu", "page": "-1"},
        {"q": "iptu", "page": "abc"},
        {"q": "iptu", "page": "99999999999999999999"},
        {"q": "iptu", "online": "talvez"},
        {"q": "\x00iptu"},
    ],
)
def test_bad_input_gets_a_normal_results_page(client, search_catalog, params):
    response = client.get("/busca/", params)
    assert response.status_code == 200
    assert b'role="search"' in response.content


def test_a_long_query_is_shortened_and_the_page_says_so(client, search_catalog):
    html = client.get("/busca/", {"q": "iptu " + "x" * 10_240}).content.decode()
    # String assertion (shown in English until the catalogs are compiled): the notice.
    assert 'class="notice notice--warning" role="status"' in html
    assert result_titles(html)[0] == "Emitir 2ª via do boleto do IPTU"


def test_unknown_filter_values_are_ignored_and_named(client, search_catalog):
    html = client.get("/busca/", {"q": "iptu", "category": ["tributos", "nao-existe"]}).content
    html = html.decode()
    assert 'class="notice notice--warning" role="status"' in html
    assert result_titles(html) == ["Emitir 2ª via do boleto do IPTU"]


def test_page_number_out_of_range_shows_the_last_page(client, search_catalog, settings):
    settings.PRACA_SEARCH = {"PAGE_SIZE": 2}
    html = client.get("/busca/", {"q": "solicitar", "page": "-1"}).content.decode()
    assert len(result_titles(html)) == 2
    html = client.get("/busca/", {"q": "solicitar", "page": "7"}).content.decode()
    assert len(result_titles(html)) == 1
    assert 'start="3"' in html


def test_corrected_words_are_shown(client, search_catalog):
    html = client.get("/busca/", {"q": "licensa ambiental"}).content.decode()
    assert 'class="search-corrections"' in html and "<strong>licenca</strong>" in html


def test_search_page_query_budget_does_not_grow_with_the_catalog(
    client, search_catalog, catalog, django_assert_max_num_queries
):
    from tests import factories

    params = {"q": "solicitar", "category": "obras", "online": "on"}
    client.get("/busca/", params)  # warm the navigation, taxonomy and synonym caches
    # Known words, candidates, the page's documents, the log entry, promotions.
    with django_assert_max_num_queries(5):
        client.get("/busca/", params)
    category = factories.make_category()
    department = factories.make_department()
    factories.make_many_services(catalog, 40, category, department, [], factories.make_location())
    from tests.search.conftest import reindex

    reindex()
    client.get("/busca/", {"q": "solicitar"})
    with django_assert_max_num_queries(5):
        client.get("/busca/", {"q": "serviço massa", "page": "2"})


def test_search_by_filters_alone_runs_as_many_queries_for_40_documents_as_for_5(
    client, catalog, django_assert_max_num_queries
):
    from tests import factories
    from tests.search.conftest import reindex

    category = factories.make_category("Obras e zeladoria", slug="obras")
    department, location = factories.make_department(), factories.make_location()
    params = {"category": "obras", "online": "on"}
    counts, made = [], 0
    for documents in (5, 40):
        factories.make_many_services(catalog, documents - made, category, department, [], location)
        made = documents
        reindex()
        client.get("/busca/", params)  # warm the navigation and taxonomy caches
        # The documents grouped by what the filters read (facets and total), then the page.
        with django_assert_max_num_queries(2) as captured:
            html = client.get("/busca/", params).content.decode()
        assert f"{documents} resultados" in html
        counts.append(len(captured))
    assert counts[0] == counts[1]


def test_autocomplete_answers_json_for_the_combobox(client, search_catalog):
    response = client.get("/busca/sugestoes/", {"q": "ilumi"})
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["suggestions"] == [
        {
            "title": "Solicitar conserto da iluminação pública",
            "url": "/servicos/iluminacao-publica/",
            "category": "Obras e zeladoria",
        }
    ]
    assert data["degraded"] is False


@pytest.mark.parametrize("query", ["", "a", '"*AND(\\', "x" * 10_240])
def test_autocomplete_bad_input_answers_an_empty_list(client, search_catalog, query):
    response = client.get("/busca/sugestoes/", {"q": query})
    assert response.status_code == 200
    assert response.json()["suggestions"] == []


def test_search_page_refuses_post(client, search_catalog):
    assert client.post("/busca/", {"q": "iptu"}).status_code == 405


def test_each_search_landmark_has_its_own_name(client, search_catalog):
    html = client.get("/busca/", {"q": "buraco"}).content.decode()
    forms = re.findall(r"<form[^>]*>", html)
    landmarks = [form for form in forms if 'role="search"' in form]
    names = [re.search(r'aria-label="([^"]+)"', form).group(1) for form in landmarks]
    assert names == ["Busca rápida", "Busca principal"]


def test_both_search_boxes_are_labelled_for_the_whole_portal(client, search_catalog):
    html = client.get("/busca/", {"q": "buraco"}).content.decode()
    assert '<label for="header-search" class="visually-hidden">Buscar no portal</label>' in html
    assert '<label for="search-page-q" class="">Buscar no portal</label>' in html
    assert "Pesquisar serviços" not in html


@pytest.mark.parametrize("hidden_by", ["unpublished", "restricted"])
def test_promoted_pages_that_are_not_live_and_public_are_not_shown(
    client, search_catalog, hidden_by
):
    from wagtail.models import PageViewRestriction

    lamp = search_catalog["lamp"]
    if hidden_by == "unpublished":
        lamp.unpublish()
    else:
        PageViewRestriction.objects.create(page=lamp, restriction_type="password", password="x")
    SearchPromotion.objects.create(
        query=Query.get("buraco"), page=lamp, description="Descrição reservada da iluminação."
    )
    SearchPromotion.objects.create(
        query=Query.get("buraco"),
        external_link_url="https://example.org/buracos",
        external_link_text="Mapa dos buracos",
        description="Mapa público.",
    )
    html = client.get("/busca/", {"q": "buraco"}).content.decode()
    assert "Descrição reservada da iluminação." not in html
    assert "Mapa público." in html
