"""The Elasticsearch engine without a server: its index definition, the queries it builds, and
the fallback to the database when the server does not answer.

The engine's behaviour against a real server is the contract suite (test_engine_contract.py),
which runs when ELASTICSEARCH_URL is set.
"""

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from search.engines.base import SearchRequest
from search.engines.elastic import ElasticsearchEngine, build_index
from search.models import SearchLogEntry, Synonym

pytestmark = pytest.mark.django_db


def test_index_analyses_brazilian_portuguese_with_ascii_folding():
    definition = build_index("praca-search-1", []).to_dict()
    analysis = definition["settings"]["analysis"]
    assert analysis["analyzer"]["praca_pt"]["filter"] == [
        "lowercase",
        "asciifolding",
        "praca_pt_stop",
        "praca_pt_stemmer",
    ]
    assert analysis["filter"]["praca_pt_stemmer"] == {"type": "stemmer", "language": "brazilian"}
    title = definition["mappings"]["properties"]["title"]
    assert (title["analyzer"], title["search_analyzer"]) == ("praca_pt", "praca_pt_search")
    assert title["fields"]["suggest"]["type"] == "search_as_you_type"


def test_search_analyzer_carries_the_editors_synonyms(db):
    Synonym.objects.create(terms="IPTU, Imposto Predial, imposto da casa")
    from search.synonyms import elasticsearch_rules

    analysis = build_index("praca-search-1", elasticsearch_rules()).to_dict()["settings"][
        "analysis"
    ]
    assert analysis["filter"]["praca_synonyms"]["synonyms"] == [
        "iptu, imposto predial, imposto da casa"
    ]
    assert analysis["analyzer"]["praca_pt_search"]["filter"].index("praca_synonyms") < analysis[
        "analyzer"
    ]["praca_pt_search"]["filter"].index("praca_pt_stemmer")


def test_query_is_fuzzy_and_facets_count_with_the_other_filters():
    engine = ElasticsearchEngine("http://127.0.0.1:9", "praca-search")
    request = SearchRequest(query="licensa", categories=("meio-ambiente",), online=True)
    body = engine.faceted_search(request).build_search().to_dict()
    should = body["query"]["bool"]["should"]
    assert any(clause["multi_match"].get("fuzziness") == "AUTO" for clause in should)
    # Filters go to post_filter; each facet's aggregation applies the other filters only.
    assert "post_filter" in body
    category_agg = body["aggs"]["_filter_category"]["filter"]
    assert "is_online" in str(category_agg) and "category_slug" not in str(category_agg)
    assert body["highlight"]["encoder"] == "html"


@pytest.fixture
def unreachable_elasticsearch(closed_port_url, search_catalog):
    with override_settings(ELASTICSEARCH_URL=closed_port_url):
        yield


def test_search_page_falls_back_to_the_database_and_says_so(client, unreachable_elasticsearch):
    response = client.get("/busca/", {"q": "buracos"})
    assert response.status_code == 200
    html = response.content.decode()
    # String assertion (English msgid until the catalogs are compiled): the limited-search notice.
    assert "Search is temporarily limited" in html or "temporariamente limitada" in html
    assert "Solicitar reparo de buraco na rua" in html
    assert SearchLogEntry.objects.get().engine == "database"


def test_autocomplete_falls_back_and_flags_it(client, unreachable_elasticsearch):
    data = client.get("/busca/sugestoes/", {"q": "ilumin"}).json()
    assert data["degraded"] is True
    assert [item["title"] for item in data["suggestions"]] == [
        "Solicitar conserto da iluminação pública"
    ]


def test_after_a_failure_the_server_is_not_asked_again_for_a_while(
    client, unreachable_elasticsearch, monkeypatch
):
    client.get("/busca/", {"q": "iptu"})
    calls = []
    monkeypatch.setattr(ElasticsearchEngine, "search", lambda self, request: calls.append(1))
    assert client.get("/busca/", {"q": "iptu"}).status_code == 200
    assert calls == []


def test_publishing_while_elasticsearch_is_down_still_works(
    catalog, closed_port_url, django_capture_on_commit_callbacks
):
    from tests import factories

    with override_settings(ELASTICSEARCH_URL=closed_port_url):
        with django_capture_on_commit_callbacks(execute=True):
            service = factories.make_service(catalog, title="Adotar um animal")
        assert service.live
        from search.engines.database import DatabaseEngine

        hits = DatabaseEngine().search(SearchRequest(query="adotar animal")).hits
        assert [hit.title for hit in hits] == ["Adotar um animal"]


def test_reindex_reports_an_unreachable_server(unreachable_elasticsearch):
    with pytest.raises(CommandError, match="elasticsearch is unavailable"):
        call_command("search_reindex", quiet=True)


def test_deleting_a_page_while_elasticsearch_is_down_still_works(
    search_catalog, closed_port_url, django_capture_on_commit_callbacks
):
    from search.engines.database import DatabaseEngine

    with override_settings(ELASTICSEARCH_URL=closed_port_url):
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            search_catalog["pothole"].delete()
        assert len(callbacks) >= 1  # the Elasticsearch removal task, queued after commit
    assert DatabaseEngine().search(SearchRequest(query="buraco")).hits == []


def elasticsearch_answer(faceted):
    """Elasticsearch's JSON answer to `faceted` (as an 8.x server sends it), wrapped by the DSL."""
    from elasticsearch.dsl.faceted_search_base import FacetedResponse

    source = {
        "page_id": 27,
        "kind": "service",
        "title": "Solicitar reparo de buraco na rua",
        "url": "/servicos/tapa-buraco/",
        "summary": "Informe buracos <no> asfalto.",
        "category_slug": "obras",
        "category_name": "Obras e zeladoria",
        "department_slug": "obras",
        "department_name": "Secretaria de Obras",
        "is_online": False,
    }
    raw = {
        "took": 3,
        "timed_out": False,
        "hits": {
            "total": {"value": 2, "relation": "eq"},
            "hits": [
                {
                    "_index": "praca-search-20261129",
                    "_id": "27",
                    "_score": 7.1,
                    "_source": source,
                    "highlight": {"summary": ["Informe <mark>buracos</mark> &lt;no&gt; asfalto."]},
                },
                {
                    "_index": "praca-search-20261129",
                    "_id": "31",
                    "_score": 2.0,
                    "_source": source
                    | {"page_id": 31, "title": "Poda", "summary": "<b>Poda</b>", "is_online": True},
                },
            ],
        },
        "aggregations": {
            "_filter_kind": {
                "doc_count": 2,
                "kind": {"buckets": [{"key": "service", "doc_count": 2}]},
            },
            "_filter_category": {
                "doc_count": 3,
                "category": {
                    "buckets": [
                        {"key": "obras", "doc_count": 2},
                        {"key": "meio-ambiente", "doc_count": 1},
                    ]
                },
            },
            "_filter_department": {
                "doc_count": 2,
                "department": {"buckets": [{"key": "obras", "doc_count": 2}]},
            },
            "_filter_online": {
                "doc_count": 2,
                "online": {
                    "buckets": [
                        {"key": 0, "key_as_string": "false", "doc_count": 1},
                        {"key": 1, "key_as_string": "true", "doc_count": 1},
                    ]
                },
            },
        },
    }
    response = FacetedResponse(faceted._s, raw)
    response._faceted_search = faceted
    return response


def test_elasticsearch_answer_becomes_hits_with_safe_snippets_and_facets(search_catalog):
    engine = ElasticsearchEngine("http://127.0.0.1:9", "praca-search")
    request = SearchRequest(query="buracos", categories=("obras",))
    answer = elasticsearch_answer(engine.faceted_search(request))
    response = engine.search_response(answer, request, 1, 1)
    first, second = response.hits
    assert (first.page_id, first.title, first.url) == (
        27,
        "Solicitar reparo de buraco na rua",
        "/servicos/tapa-buraco/",
    )
    assert str(first.snippet) == "Informe <mark>buracos</mark> &lt;no&gt; asfalto."
    assert str(second.snippet) == "&lt;b&gt;Poda&lt;/b&gt;"  # no highlight: the summary, escaped
    assert response.total == 2 and response.engine == "elasticsearch"
    categories = {option["value"]: option for option in response.facets["category"]}
    assert categories["obras"] == {
        "value": "obras",
        "label": "Obras e zeladoria",
        "count": 2,
        "selected": True,
    }
    assert categories["meio-ambiente"]["count"] == 1
    assert response.facets["online"] == {"count": 1, "selected": False}
