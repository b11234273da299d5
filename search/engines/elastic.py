"""The Elasticsearch 8 engine, written with `elasticsearch.dsl`.

Documents are analysed in Brazilian Portuguese (lower case, ASCII folding, stop words, the
`brazilian` stemmer); at search time the editors' synonyms are expanded too. Searches hit an
alias; `rebuild()` fills a new index and swaps the alias in one atomic call, so searching never
stops while the index is rebuilt.
"""

import logging
from datetime import UTC, datetime
from functools import lru_cache

from django.core.cache import cache
from django.utils.html import escape
from django.utils.safestring import mark_safe
from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch, helpers
from elasticsearch.dsl import (
    Boolean,
    Document,
    FacetedSearch,
    Index,
    Integer,
    Keyword,
    Q,
    Search,
    SearchAsYouType,
    TermsFacet,
    Text,
    analyzer,
    token_filter,
)

from ..conf import search_settings
from ..models import Kind, SearchDocument
from ..synonyms import elasticsearch_rules
from .base import (
    EngineRejected,
    EngineUnavailable,
    Hit,
    SearchEngine,
    SearchResponse,
    Suggestion,
    clamp_page,
)
from .database import build_facets

logger = logging.getLogger(__name__)

# --- analysis ------------------------------------------------------------------------------

portuguese_stop = token_filter("praca_pt_stop", type="stop", stopwords="_brazilian_")
portuguese_stemmer = token_filter("praca_pt_stemmer", type="stemmer", language="brazilian")

portuguese_index_analyzer = analyzer(
    "praca_pt",
    tokenizer="standard",
    filter=["lowercase", "asciifolding", portuguese_stop, portuguese_stemmer],
)
folding_analyzer = analyzer(
    "praca_folding", tokenizer="standard", filter=["lowercase", "asciifolding"]
)


def portuguese_search_analyzer(rules):
    """The search-time analyzer: the index's, with the editors' synonyms expanded first."""
    filters = ["lowercase", "asciifolding"]
    if rules:
        filters.append(
            token_filter("praca_synonyms", type="synonym_graph", synonyms=rules, lenient=True)
        )
    return analyzer(
        "praca_pt_search",
        tokenizer="standard",
        filter=[*filters, portuguese_stop, portuguese_stemmer],
    )


def portuguese_text(**kwargs):
    return Text(analyzer=portuguese_index_analyzer, search_analyzer="praca_pt_search", **kwargs)


class PageDocument(Document):
    """One `SearchDocument` in Elasticsearch; its id is the page id."""

    page_id = Integer()
    kind = Keyword()
    title = portuguese_text(
        fields={"suggest": SearchAsYouType(analyzer=folding_analyzer), "raw": Keyword()}
    )
    keywords = portuguese_text()
    summary = portuguese_text()
    body = portuguese_text()
    url = Keyword(index=False)
    category_slug = Keyword()
    category_name = Keyword(index=False)
    department_slug = Keyword()
    department_name = Keyword(index=False)
    is_online = Boolean()

    @classmethod
    def from_search_document(cls, document):
        return cls(
            meta={"id": document.page_id},
            page_id=document.page_id,
            kind=document.kind,
            title=document.title,
            keywords=document.keywords,
            summary=document.summary,
            body=document.body,
            url=document.url,
            category_slug=document.category_slug,
            category_name=document.category_name,
            department_slug=document.department_slug,
            department_name=document.department_name,
            is_online=document.is_online,
        )


def build_index(name, rules):
    """The index definition: settings, both analyzers and the mapping of `PageDocument`."""
    index = Index(name)
    index.settings(number_of_shards=1, number_of_replicas=0)
    index.analyzer(portuguese_search_analyzer(rules))
    index.document(PageDocument)
    return index


# --- searching -----------------------------------------------------------------------------

SEARCH_FIELDS = ["title^4", "keywords^3", "summary^2", "body"]


class PageFacetedSearch(FacetedSearch):
    """Full text with typo tolerance, and the four facets, each counted with the other filters."""

    doc_types = [PageDocument]
    fields = SEARCH_FIELDS
    facets = {
        "kind": TermsFacet(field="kind", size=10),
        "category": TermsFacet(field="category_slug", size=200),
        "department": TermsFacet(field="department_slug", size=200),
        "online": TermsFacet(field="is_online", size=2),
    }

    def __init__(self, client, index, query=None, filters=None):
        self.using = client
        self.index = index
        super().__init__(query, filters or {})

    def query(self, search, query):
        if not query:
            return search.sort("title.raw")
        return search.query(
            Q(
                "bool",
                should=[
                    Q(
                        "multi_match",
                        query=query,
                        fields=SEARCH_FIELDS,
                        type="cross_fields",
                        operator="and",
                        boost=3,
                    ),
                    Q(
                        "multi_match",
                        query=query,
                        fields=["title^2", "keywords"],
                        type="phrase",
                        boost=2,
                    ),
                    Q(
                        "multi_match",
                        query=query,
                        fields=SEARCH_FIELDS,
                        fuzziness="AUTO",
                        prefix_length=1,
                        minimum_should_match="2<75%",
                    ),
                ],
                minimum_should_match=1,
            )
        )

    def highlight(self, search):
        # encoder="html" escapes the page text; only the <mark> tags are markup.
        return search.highlight_options(
            encoder="html", pre_tags=["<mark>"], post_tags=["</mark>"]
        ).highlight("summary", "body", fragment_size=200, number_of_fragments=1)

    def search(self):
        return super().search().extra(track_total_hits=True)


def engine_error(error):
    """The exception an Elasticsearch failure becomes.

    No answer (connection refused, timeout, TLS), a 5xx or a 429 (overloaded) mean the server
    is unavailable: the caller falls back to the database for a while. Any other 4xx means our
    request was wrong; the server is fine, so only this request is answered otherwise.
    """
    status = getattr(error, "status_code", None) if isinstance(error, ApiError) else None
    if status is None or status >= 500 or status == 429:
        return EngineUnavailable(str(error))
    return EngineRejected(str(error))


STALE_MARGIN = 5
STALE_REMOVAL_KEY = "praca:search:stale-removal:{}"
STALE_REMOVAL_DEBOUNCE = 300


def stale_hits(hits):
    """The hits whose page is no longer searchable (no SearchDocument): one query.

    Elasticsearch may still hold a page unpublished, restricted or deleted while it could not be
    reached; the database is the reference, so such hits are never shown. Their removal is
    queued (once every few minutes per page) so that Elasticsearch catches up by itself.
    """
    page_ids = {hit.page_id for hit in hits}
    if not page_ids:
        return []
    searchable = set(
        SearchDocument.objects.filter(page_id__in=page_ids).values_list("page_id", flat=True)
    )
    stale = [hit for hit in hits if hit.page_id not in searchable]
    missing = sorted({hit.page_id for hit in stale})
    if missing:
        logger.warning("Elasticsearch still holds pages that are not searchable: %s", missing)
        queue = [
            page_id
            for page_id in missing
            if cache.add(STALE_REMOVAL_KEY.format(page_id), True, STALE_REMOVAL_DEBOUNCE)
        ]
        if queue:
            from ..tasks import remove_search_documents

            remove_search_documents.enqueue(queue)
    return stale


@lru_cache(maxsize=4)
def client_for(url, timeout):
    return Elasticsearch(url, request_timeout=timeout, max_retries=0, retry_on_timeout=False)


class ElasticsearchEngine(SearchEngine):
    name = "elasticsearch"

    def __init__(self, url, alias):
        self.url = url
        self.alias = alias
        self.client = client_for(url, search_settings.ELASTICSEARCH_TIMEOUT)

    def faceted_search(self, request):
        filters = {}
        if request.kinds:
            filters["kind"] = list(request.kinds)
        if request.categories:
            filters["category"] = list(request.categories)
        if request.department:
            filters["department"] = [request.department]
        if request.online:
            filters["online"] = [True]
        return PageFacetedSearch(self.client, self.alias, request.query.strip(), filters)

    def search(self, request):
        start = (max(1, request.page) - 1) * request.page_size
        try:
            response = self.faceted_search(request)[start : start + request.page_size].execute()
            total = response.hits.total.value
            page, _ = clamp_page(request.page, total, request.page_size)
            if page != request.page and total:
                # Past the last page: ask again for the last one (FacetedSearch slices in place).
                start = (page - 1) * request.page_size
                response = self.faceted_search(request)[start : start + request.page_size].execute()
        except (TransportError, ApiError) as error:
            raise engine_error(error) from error
        return self.search_response(response, request, page)

    def search_response(self, response, request, page):
        """Our SearchResponse from Elasticsearch's answer (a FacetedResponse).

        Hits whose page has no SearchDocument any more (unpublished, restricted or deleted while
        Elasticsearch could not be told) are dropped, taken out of the total and the facets, and
        their removal from Elasticsearch is queued again.
        """
        hits = list(response)
        stale = stale_hits(hits)
        stale_ids = {hit.page_id for hit in stale}
        total = max(0, response.hits.total.value - len(stale))
        num_pages = max(page, clamp_page(page, total, request.page_size)[1])
        return SearchResponse(
            hits=[self._hit(hit) for hit in hits if hit.page_id not in stale_ids],
            total=total,
            page=page,
            num_pages=num_pages,
            facets=self._facets(response, request, stale),
            engine=self.name,
        )

    def _hit(self, hit):
        highlight = getattr(hit.meta, "highlight", None)
        fragments = []
        if highlight:
            for name in ("summary", "body"):
                fragments += list(getattr(highlight, name, []))
        snippet = mark_safe(fragments[0]) if fragments else escape(hit.summary)  # noqa: S308
        return Hit(
            page_id=hit.page_id,
            kind=hit.kind,
            title=hit.title,
            url=hit.url,
            summary=hit.summary,
            snippet=snippet,
            category_name=hit.category_name or "",
            department_name=hit.department_name or "",
            is_online=bool(hit.is_online),
        )

    def _facets(self, response, request, stale=()):
        from ..taxonomy import category_choices, department_choices

        labels = {
            "kind": dict(Kind.choices),
            "category": dict(category_choices()),
            "department": dict(department_choices()),
        }
        counts = {
            name: {value: count for value, count, _selected in response.facets[name]}
            for name in ("kind", "category", "department")
        }
        online = sum(count for value, count, _s in response.facets["online"] if value in (True, 1))
        # A stale hit passed every filter, so every facet's aggregation counted it once.
        for hit in stale:
            for name, value in (
                ("kind", hit.kind),
                ("category", hit.category_slug),
                ("department", hit.department_slug),
            ):
                if counts[name].get(value):
                    counts[name][value] -= 1
                    if not counts[name][value]:
                        del counts[name][value]
            if hit.is_online:
                online = max(0, online - 1)
        selected = {
            "kind": set(request.kinds),
            "category": set(request.categories),
            "department": {request.department} if request.department else set(),
        }
        return build_facets(counts, labels, selected, online, request.online)

    def autocomplete(self, query, limit):
        query = query.strip()
        if len(query) < 2:
            return []
        search = (
            Search(using=self.client, index=self.alias)
            .filter("term", kind=Kind.SERVICE.value)
            .query(
                "multi_match",
                query=query,
                type="bool_prefix",
                fields=["title.suggest", "title.suggest._2gram", "title.suggest._3gram"],
            )
            # A few more than asked for, in case some are stale (see `stale_hits`).
            .source(["page_id", "title", "url", "category_name"])[: limit + STALE_MARGIN]
        )
        try:
            response = search.execute()
        except (TransportError, ApiError) as error:
            raise engine_error(error) from error
        hits = list(response)
        stale_ids = {hit.page_id for hit in stale_hits(hits)}
        return [
            Suggestion(
                page_id=hit.page_id,
                title=hit.title,
                url=hit.url,
                category_name=hit.category_name or "",
            )
            for hit in hits
            if hit.page_id not in stale_ids
        ][:limit]

    # --- indexing ----------------------------------------------------------------------

    def _bulk(self, actions):
        try:
            helpers.bulk(self.client, actions, chunk_size=500, refresh="wait_for")
        except (TransportError, ApiError, helpers.BulkIndexError) as error:
            raise EngineUnavailable(str(error)) from error

    def ensure_index(self):
        """Create the first index behind the alias, if there is none yet."""
        try:
            if not self.client.indices.exists_alias(name=self.alias):
                self._create_index_behind_alias()
        except (TransportError, ApiError) as error:
            raise EngineUnavailable(str(error)) from error

    def index_documents(self, documents):
        documents = list(documents)
        if not documents:
            return
        self.ensure_index()
        self._bulk(
            PageDocument.from_search_document(document).to_dict(include_meta=True)
            | {"_index": self.alias}
            for document in documents
        )

    def remove_documents(self, page_ids):
        if not page_ids:
            return
        self.ensure_index()
        self._bulk(
            {"_op_type": "delete", "_index": self.alias, "_id": page_id} for page_id in page_ids
        )

    def new_index_name(self):
        return f"{self.alias}-{datetime.now(UTC):%Y%m%d%H%M%S%f}"

    def _create_index_behind_alias(self):
        name = self.new_index_name()
        build_index(name, elasticsearch_rules()).create(using=self.client)
        self.client.indices.update_aliases(actions=[{"add": {"index": name, "alias": self.alias}}])
        return name

    def rebuild(self, documents, total, progress=None):
        """Fill a new index, then point the alias at it and drop the old ones in one step."""
        name = self.new_index_name()

        def actions():
            for document in documents:
                if progress:
                    progress()
                yield PageDocument.from_search_document(document).to_dict(include_meta=True) | {
                    "_index": name
                }

        try:
            build_index(name, elasticsearch_rules()).create(using=self.client)
            helpers.bulk(self.client, actions(), chunk_size=500)
            self.client.indices.refresh(index=name)
            old = []
            if self.client.indices.exists_alias(name=self.alias):
                old = list(self.client.indices.get_alias(name=self.alias).body)
            swap = [{"remove": {"index": index, "alias": self.alias}} for index in old]
            swap.append({"add": {"index": name, "alias": self.alias}})
            self.client.indices.update_aliases(actions=swap)
            for index in old:
                self.client.indices.delete(index=index)
        except (TransportError, ApiError, helpers.BulkIndexError) as error:
            raise EngineUnavailable(str(error)) from error
        return name
