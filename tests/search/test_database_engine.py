"""The database engine's search by filters alone: counted and paged by the database, with the
same answer as counting every document in Python (each facet with the other filters applied)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.engines.base import SearchRequest, clamp_page
from search.engines.database import CANDIDATE_FIELDS, DatabaseEngine, count_facets, passes
from search.models import SearchDocument

pytestmark = pytest.mark.django_db


def counted_in_python(request):
    """(total, facets, titles of the page) from every document, one by one."""
    documents = list(SearchDocument.objects.order_by("title", "pk").values(*CANDIDATE_FIELDS))
    matching = [document for document in documents if passes(document, request)]
    page, _num_pages = clamp_page(request.page, len(matching), request.page_size)
    start = (page - 1) * request.page_size
    titles = [document["title"] for document in matching[start : start + request.page_size]]
    return len(matching), count_facets(documents, request), titles


@pytest.mark.parametrize(
    "request_",
    [
        SearchRequest(categories=("obras",)),
        SearchRequest(categories=("obras", "tributos"), online=True),
        SearchRequest(kinds=("service",), department="fazenda"),
        SearchRequest(kinds=("page",)),
        SearchRequest(online=True, page=2, page_size=2),
        SearchRequest(categories=("tributos",), department="obras"),
        SearchRequest(categories=("nao-existe",)),
        SearchRequest(kinds=("service", "page"), online=True, page=9, page_size=1),
        SearchRequest(query="de", department="obras"),  # a stop word only: the filters alone
    ],
    ids=lambda request: repr(request)[len("SearchRequest(") : -1],
)
def test_filters_alone_count_and_page_as_every_document_counted_in_python(search_catalog, request_):
    response = DatabaseEngine().search(request_)
    total, facets, titles = counted_in_python(request_)
    assert response.total == total
    assert response.facets == facets
    assert [hit.title for hit in response.hits] == titles


def test_filters_alone_count_each_facet_with_the_other_filters(search_catalog):
    response = DatabaseEngine().search(SearchRequest(categories=("obras",), online=True))
    assert [hit.title for hit in response.hits] == ["Solicitar conserto da iluminação pública"]
    assert response.facets["category"] == [
        {"value": "meio-ambiente", "label": "Meio ambiente", "count": 1, "selected": False},
        {"value": "obras", "label": "Obras e zeladoria", "count": 1, "selected": True},
        {"value": "tributos", "label": "Tributos e finanças", "count": 1, "selected": False},
    ]
    # Of the two works services only the lamp is online; the pothole is reported by phone.
    assert response.facets["online"] == {"count": 1, "selected": True}
    assert response.facets["kind"] == [
        {"value": "service", "label": "Serviços", "count": 1, "selected": False}
    ]


def test_filters_alone_read_the_page_from_the_database_not_every_document(search_catalog):
    request = SearchRequest(online=True, page=2, page_size=2)
    with CaptureQueriesContext(connection) as captured:
        DatabaseEngine().search(request)
    assert len(captured) == 2
    grouped, page = (query["sql"].upper() for query in captured.captured_queries)
    assert "GROUP BY" in grouped
    assert "LIMIT 2" in page and "OFFSET 2" in page
