"""The contract every search engine keeps, run against each engine (see conftest.ENGINES).

Portuguese-aware matching, synonyms, typo tolerance, facets counted with the other filters,
paging that never fails, and autocomplete of services.
"""

import pytest

from search.engines.base import SearchRequest
from search.models import Synonym

pytestmark = pytest.mark.django_db


def titles(engine, query, **filters):
    return [hit.title for hit in engine.search(SearchRequest(query=query, **filters)).hits]


def test_query_without_accents_finds_the_accented_title(engine):
    assert titles(engine, "licenca ambiental")[0] == "Solicitar licença ambiental"


def test_plural_finds_the_singular(engine):
    assert titles(engine, "buracos")[0] == "Solicitar reparo de buraco na rua"


def test_capitals_and_accents_in_the_query_make_no_difference(engine):
    assert titles(engine, "ILUMINAÇÃO Pública")[0] == "Solicitar conserto da iluminação pública"


def test_colloquial_query_finds_the_service(engine):
    assert titles(engine, "como tirar a segunda via do iptu")[0] == (
        "Emitir 2ª via do boleto do IPTU"
    )


def test_misspelt_word_still_finds_the_service(engine):
    assert "Solicitar licença ambiental" in titles(engine, "licensa ambiental")[:3]


def test_editors_synonym_finds_the_other_words(engine):
    assert "Emitir 2ª via do boleto do IPTU" not in titles(engine, "imposto predial")
    Synonym.objects.create(terms="IPTU, imposto predial")
    assert titles(engine, "imposto predial")[0] == "Emitir 2ª via do boleto do IPTU"


def test_multi_word_synonym_is_found_from_the_single_word(engine):
    Synonym.objects.create(terms="luz da rua, iluminação pública")
    assert titles(engine, "luz da rua")[0] == "Solicitar conserto da iluminação pública"


def test_unpublished_pages_are_never_found(engine):
    assert "Serviço rascunho de IPTU" not in titles(engine, "iptu")


def test_standard_pages_are_found_beside_services(engine):
    response = engine.search(SearchRequest(query="prefeitura"))
    assert "Sobre a Prefeitura" in [hit.title for hit in response.hits]
    kinds = {option["value"]: option["count"] for option in response.facets["kind"]}
    assert kinds["page"] == 1


def test_snippet_marks_the_matching_words(engine):
    hit = engine.search(SearchRequest(query="buraco")).hits[0]
    assert "<mark>" in str(hit.snippet)


def test_facets_count_each_option_with_the_other_filters_applied(engine):
    response = engine.search(SearchRequest(query="solicitar", categories=("obras",)))
    assert {hit.title for hit in response.hits} == {
        "Solicitar reparo de buraco na rua",
        "Solicitar conserto da iluminação pública",
    }
    categories = {option["value"]: option for option in response.facets["category"]}
    # The category facet ignores its own filter, so the other categories still show counts.
    assert categories["obras"]["count"] == 2 and categories["obras"]["selected"]
    assert categories["meio-ambiente"]["count"] == 1
    departments = {option["value"]: option["count"] for option in response.facets["department"]}
    assert departments == {"obras": 2}
    assert response.facets["online"]["count"] == 1


def test_online_filter_keeps_only_services_available_online(engine):
    response = engine.search(SearchRequest(query="solicitar", online=True))
    assert {hit.title for hit in response.hits} == {
        "Solicitar conserto da iluminação pública",
        "Solicitar licença ambiental",
    }
    assert response.facets["online"]["selected"]


def test_content_type_and_department_filters_combine_with_the_query(engine):
    response = engine.search(SearchRequest(query="iptu", kinds=("page",)))
    assert [hit.title for hit in response.hits] == ["Sobre a Prefeitura"]
    response = engine.search(SearchRequest(query="iptu", department="obras"))
    assert response.total == 0


def test_filters_without_a_query_list_everything_that_matches(engine):
    response = engine.search(SearchRequest(categories=("tributos",)))
    assert response.total == 2


def test_unknown_facet_value_selected_shows_with_zero_and_nothing_breaks(engine):
    response = engine.search(SearchRequest(query="iptu", categories=("nao-existe",)))
    assert response.total == 0
    selected = [option for option in response.facets["category"] if option["selected"]]
    assert selected == [
        {"value": "nao-existe", "label": "nao-existe", "count": 0, "selected": True}
    ]


def test_pages_past_the_end_show_the_last_page(engine):
    response = engine.search(SearchRequest(query="solicitar", page=99, page_size=2))
    assert (response.page, response.num_pages, response.total) == (2, 2, 3)
    assert len(response.hits) == 1


@pytest.mark.parametrize("query", ['"', "*", "AND(", "\\", "OR NOT", "a" * 10_000, "?!."])
def test_search_syntax_and_junk_find_nothing_without_failing(engine, query):
    response = engine.search(SearchRequest(query=query[:200]))
    assert response.total == 0 and response.hits == []


def test_autocomplete_suggests_services_from_the_first_letters(engine):
    suggestions = engine.autocomplete("ilumin", 8)
    assert [item.title for item in suggestions] == ["Solicitar conserto da iluminação pública"]
    assert suggestions[0].url == "/servicos/iluminacao-publica/"


def test_autocomplete_ignores_accents_and_leaves_out_other_pages(engine):
    assert [item.title for item in engine.autocomplete("licenc", 8)] == [
        "Solicitar licença ambiental"
    ]
    assert engine.autocomplete("sobre a pref", 8) == []


def test_autocomplete_of_one_letter_or_punctuation_is_empty(engine):
    assert engine.autocomplete("a", 8) == []
    assert engine.autocomplete('"*(', 8) == []
