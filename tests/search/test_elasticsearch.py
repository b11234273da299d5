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


def document_source(page, **changes):
    """The _source Elasticsearch holds for `page` (a page of the search catalog)."""
    return {
        "page_id": page.pk,
        "kind": "service",
        "title": page.title,
        "url": page.url,
        "summary": "Informe buracos <no> asfalto.",
        "category_slug": "obras",
        "category_name": "Obras e zeladoria",
        "department_slug": "obras",
        "department_name": "Secretaria de Obras",
        "is_online": False,
    } | changes


def search_answer(sources, total=None, highlights=None):
    """Elasticsearch 8's JSON answer to a faceted search returning `sources` (facets fixed)."""
    highlights = highlights or {}
    return {
        "took": 3,
        "timed_out": False,
        "hits": {
            "total": {"value": len(sources) if total is None else total, "relation": "eq"},
            "hits": [
                {
                    "_index": "praca-search-20261129",
                    "_id": str(source["page_id"]),
                    "_score": 7.1 - position,
                    "_source": source,
                }
                | (
                    {"highlight": highlights[source["page_id"]]}
                    if source["page_id"] in highlights
                    else {}
                )
                for position, source in enumerate(sources)
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


def elasticsearch_answer(faceted, raw):
    """`raw` (as an 8.x server sends it) as the DSL wraps it for `faceted`."""
    from elasticsearch.dsl.faceted_search_base import FacetedResponse

    response = FacetedResponse(faceted._s, raw)
    response._faceted_search = faceted
    return response


def two_hits(search_catalog):
    pothole, lamp = search_catalog["pothole"], search_catalog["lamp"]
    return search_answer(
        [
            document_source(pothole),
            document_source(lamp, title="Poda", summary="<b>Poda</b>", is_online=True),
        ],
        highlights={pothole.pk: {"summary": ["Informe <mark>buracos</mark> &lt;no&gt; asfalto."]}},
    )


def test_elasticsearch_answer_becomes_hits_with_safe_snippets_and_facets(search_catalog):
    engine = ElasticsearchEngine("http://127.0.0.1:9", "praca-search")
    request = SearchRequest(query="buracos", categories=("obras",))
    answer = elasticsearch_answer(engine.faceted_search(request), two_hits(search_catalog))
    response = engine.search_response(answer, request, 1)
    first, second = response.hits
    pothole = search_catalog["pothole"]
    assert (first.page_id, first.title, first.url) == (
        pothole.pk,
        "Solicitar reparo de buraco na rua",
        pothole.url,
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


# --- a canned server: the real client, with a transport that answers from the test ---------


class CannedTransport:
    """Stands in for the client's transport: `answer(method, path, body)` gives (status, body).

    The client's own code still turns a status into its exception (BadRequestError for a 400),
    so the engine sees exactly what a real server would make it see.
    """

    def __init__(self, real, answer):
        self.serializers = real.serializers  # the bulk helper serialises with them
        self.answer = answer
        self.requests = []

    def perform_request(self, method, target, *, body=None, **kwargs):
        from elastic_transport import ApiResponseMeta, HttpHeaders, NodeConfig, TransportApiResponse

        self.requests.append((method, target, body))
        status, payload = self.answer(method, target, body)
        headers = HttpHeaders(
            {"x-elastic-product": "Elasticsearch", "content-type": "application/json"}
        )
        node = NodeConfig("http", "127.0.0.1", 9200)
        meta = ApiResponseMeta(status, "1.1", headers, 0.001, node)
        return TransportApiResponse(meta, payload)


WINDOW_ERROR = {
    "error": {
        "type": "search_phase_execution_exception",
        "root_cause": [
            {"type": "illegal_argument_exception", "reason": "Result window is too large"}
        ],
    },
    "status": 400,
}


@pytest.fixture
def canned_elasticsearch(search_catalog, monkeypatch):
    """ELASTICSEARCH_URL set, and the client answering from `answer` (set by the test)."""
    from django.core.cache import cache

    from search.engines import elasticsearch_engine

    cache.clear()
    with override_settings(ELASTICSEARCH_URL="http://127.0.0.1:9"):
        client = elasticsearch_engine().client
        transport = CannedTransport(
            client.transport, lambda method, path, body: (200, search_answer([]))
        )
        monkeypatch.setattr(client, "_transport", transport)
        yield transport
    cache.clear()


def test_a_page_past_the_result_window_shows_the_last_reachable_page(
    client, canned_elasticsearch, search_catalog
):
    def answer(method, path, body):
        if body["from"] + body["size"] > 10_000:
            return 400, WINDOW_ERROR
        return 200, search_answer([document_source(search_catalog["pothole"])], total=20_000)

    canned_elasticsearch.answer = answer
    response = client.get("/busca/", {"q": "buraco", "page": "10000"})
    assert response.status_code == 200
    assert [body["from"] for _m, _p, body in canned_elasticsearch.requests] == [9_990]
    assert response.context["response"].page == 1_000
    assert response.context["response"].num_pages == 1_000
    assert response.context["degraded"] is False


def test_the_form_never_asks_for_a_page_past_the_result_window():
    from search.forms import SearchForm

    assert SearchForm({"q": "iptu", "page": "10000"}).search_request().page == 1_000


def test_a_rejected_request_is_answered_by_the_database_without_switching_elasticsearch_off(
    client, canned_elasticsearch, caplog
):
    from django.core.cache import cache

    from search.engines import UNAVAILABLE_KEY

    canned_elasticsearch.answer = lambda method, path, body: (400, WINDOW_ERROR)
    response = client.get("/busca/", {"q": "buracos"})
    assert response.status_code == 200
    assert "Solicitar reparo de buraco na rua" in response.content.decode()
    assert cache.get(UNAVAILABLE_KEY) is None
    assert "Elasticsearch rejected a search request" in caplog.text
    # The next citizen is served by Elasticsearch again.
    client.get("/busca/", {"q": "iptu"})
    assert len(canned_elasticsearch.requests) == 2


def test_a_server_error_still_switches_to_the_database_for_a_while(client, canned_elasticsearch):
    from django.core.cache import cache

    from search.engines import UNAVAILABLE_KEY

    canned_elasticsearch.answer = lambda method, path, body: (503, {"error": "unavailable"})
    assert client.get("/busca/", {"q": "buracos"}).status_code == 200
    assert cache.get(UNAVAILABLE_KEY) is True


def test_hits_of_pages_no_longer_searchable_are_dropped(
    client, canned_elasticsearch, search_catalog
):
    from search.models import SearchDocument

    pothole, lamp = search_catalog["pothole"], search_catalog["lamp"]
    # The lamp service was unpublished while Elasticsearch could not be told.
    SearchDocument.objects.filter(page=lamp).delete()

    def answer(method, path, body):
        if path.endswith("/_search"):
            return 200, two_hits(search_catalog)
        return 200, {"errors": False, "items": []}  # the alias check and the removal

    canned_elasticsearch.answer = answer
    response = client.get("/busca/", {"q": "buracos"})
    found = response.context["response"]
    assert [hit.page_id for hit in found.hits] == [pothole.pk]
    assert found.total == 1
    assert found.facets["online"]["count"] == 0  # the stale hit was the online one
    categories = {option["value"]: option["count"] for option in found.facets["category"]}
    assert categories["obras"] == 1
    assert "Poda" not in response.content.decode()
    # Its removal from Elasticsearch is queued again.
    assert any("_bulk" in path for _method, path, _body in canned_elasticsearch.requests)


def test_autocomplete_drops_suggestions_of_pages_no_longer_searchable(
    client, canned_elasticsearch, search_catalog
):
    from search.models import SearchDocument

    lamp, licence = search_catalog["lamp"], search_catalog["licence"]
    SearchDocument.objects.filter(page=lamp).delete()
    canned_elasticsearch.answer = lambda method, path, body: (
        200,
        search_answer([document_source(lamp), document_source(licence)]),
    )
    data = client.get("/busca/sugestoes/", {"q": "solicitar"}).json()
    assert [item["title"] for item in data["suggestions"]] == [licence.title]
