"""The database engine: Wagtail's database search backend (SQLite FTS5, or PostgreSQL full-text
with the `praca_portuguese` configuration) finds the documents; Python ranks them and counts
the facets.

The backend indexes the documents' Portuguese stems, so "buracos" meets "buraco" on SQLite too.
One backend query returns every document that matches any term; the ranking then keeps those
that match enough terms, and prefers matches in the title, then the keywords, then the text.
Filters without words need no ranking: the database counts the facets and cuts the page.
"""

from django.conf import settings
from django.db import connection
from django.db.models import Count, Max
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

from ..analysis import analyse
from ..conf import search_settings
from ..models import Kind, SearchDocument
from ..text import query_words, snippet
from .base import Hit, SearchEngine, SearchResponse, Suggestion, clamp_page

# Where an alternative is found -> what it adds to a document's score.
FIELD_WEIGHTS = {"title": 3.0, "keywords": 2.5, "text": 1.0}
ALL_TERMS_BONUS = 2.0
KIND_BOOST = {Kind.SERVICE: 0.5}
CANDIDATE_FIELDS = (
    "id",
    "page_id",
    "kind",
    "title",
    "category_slug",
    "category_name",
    "department_slug",
    "department_name",
    "is_online",
)
STEM_FIELDS = ("title_stems", "keyword_stems", "text_stems")
# What every filter reads: documents alike in these fall in one group of the facet count.
FILTER_FIELDS = ("kind", "category_slug", "department_slug", "is_online")


def backend_alias():
    """The database backend: "database" when Elasticsearch is the default, else "default"."""
    return "database" if "database" in settings.WAGTAILSEARCH_BACKENDS else "default"


def database_backend():
    return get_search_backend(backend_alias())


class DatabaseEngine(SearchEngine):
    name = "database"

    # --- searching ---------------------------------------------------------------------

    def search(self, request):
        analysed = analyse(request.query)
        if analysed.terms:
            candidates = self._ranked_candidates(analysed)
        elif request.query.strip() and not request.has_filters:
            candidates = []  # only punctuation or stop words: nothing to look for
        else:
            return self._filtered(request, analysed)
        facets = count_facets(candidates, request)
        matching = [doc for doc in candidates if passes(doc, request)]
        page, num_pages = clamp_page(request.page, len(matching), request.page_size)
        start = (page - 1) * request.page_size
        selected = matching[start : start + request.page_size]
        documents = SearchDocument.objects.in_bulk([doc["id"] for doc in selected])
        hits = [
            hit_from_document(documents[doc["id"]], analysed.stems)
            for doc in selected
            if doc["id"] in documents
        ]
        return SearchResponse(
            hits=hits,
            total=len(matching),
            page=page,
            num_pages=num_pages,
            facets=facets,
            engine=self.name,
            corrections=analysed.corrections,
        )

    def _filtered(self, request, analysed):
        """Filters without words, in two queries however many documents there are: the
        documents grouped by what the filters read (a few rows per category and department),
        which give the facets and the total, then the page itself, by title."""
        groups = (
            SearchDocument.objects.order_by()
            .values(*FILTER_FIELDS)
            .annotate(
                documents=Count("pk"),
                category_label=Max("category_name"),
                department_label=Max("department_name"),
            )
        )
        groups = [
            {
                **group,
                "category_name": group["category_label"],
                "department_name": group["department_label"],
            }
            for group in groups
        ]
        total = sum(group["documents"] for group in groups if passes(group, request))
        page, num_pages = clamp_page(request.page, total, request.page_size)
        start = (page - 1) * request.page_size
        documents = (
            filter_documents(SearchDocument.objects.all(), request)
            .defer(*STEM_FIELDS)
            .order_by("title", "pk")[start : start + request.page_size]
            if total
            else []
        )
        return SearchResponse(
            hits=[hit_from_document(document, analysed.stems) for document in documents],
            total=total,
            page=page,
            num_pages=num_pages,
            facets=count_facets(groups, request),
            engine=self.name,
            corrections=analysed.corrections,
        )

    def _ranked_candidates(self, analysed):
        backend_query = Or(
            [
                And([PlainText(stem_) for stem_ in alternative])
                if len(alternative) > 1
                else PlainText(alternative[0])
                for term in analysed.terms
                for alternative, _weight in term.alternatives
            ]
        )
        ranked_by_backend = connection.vendor != "sqlite"
        results = database_backend().search(
            backend_query,
            SearchDocument.objects.only(*CANDIDATE_FIELDS, *STEM_FIELDS),
            # SQLite's backend ranks with a correlated subquery that runs the full-text match
            # again for every row (seconds on a large catalog): there, every match is ranked
            # in Python instead of the backend's best MAX_CANDIDATES.
            order_by_relevance=ranked_by_backend,
        )
        if ranked_by_backend:
            results = results[: search_settings.MAX_CANDIDATES]
        scored = []
        for document in results:
            score, matched = score_document(document, analysed)
            if matched:
                scored.append((document, score, matched))
        # Most terms must match; when no document has that many (a colloquial word the catalog
        # does not use), the documents that match the most terms are kept.
        best = max((matched for _doc, _score, matched in scored), default=0)
        required = min(analysed.minimum_should_match(), best)
        ranked = []
        for document, score, matched in scored:
            if matched >= required:
                row = {name: getattr(document, name) for name in CANDIDATE_FIELDS}
                row["score"] = score
                ranked.append(row)
        ranked.sort(key=lambda row: (-row["score"], row["title"]))
        return ranked

    # --- autocomplete ------------------------------------------------------------------

    def autocomplete(self, query, limit):
        typed = query_words(query, search_settings.MAX_QUERY_WORDS)
        if not typed or len("".join(typed)) < 2:
            return []
        results = database_backend().autocomplete(
            " ".join(typed),
            SearchDocument.objects.filter(kind=Kind.SERVICE).only(
                "page_id", "title", "url", "category_name"
            ),
            operator="and",
        )[:limit]
        return [
            Suggestion(
                page_id=doc.page_id, title=doc.title, url=doc.url, category_name=doc.category_name
            )
            for doc in results
        ]

    # --- indexing ----------------------------------------------------------------------

    def index_documents(self, documents):
        documents = list(documents)
        if documents:
            database_backend().add_bulk(SearchDocument, documents)

    def remove_documents(self, page_ids):
        backend = database_backend()
        for document in SearchDocument.objects.filter(page_id__in=page_ids):
            backend.delete(document)

    def rebuild(self, documents, total, progress=None):
        backend = database_backend()
        index = backend.get_index_for_model(SearchDocument)
        if hasattr(index, "delete_stale_entries"):
            index.delete_stale_entries()
        batch = []
        for document in documents:
            batch.append(document)
            if progress:
                progress()
            if len(batch) == 500:
                backend.add_bulk(SearchDocument, batch)
                batch = []
        if batch:
            backend.add_bulk(SearchDocument, batch)


def score_document(document, analysed):
    """(score, number of terms found) of one candidate, from its stems."""
    fields = {
        "title": set(document.title_stems.split()),
        "keywords": set(document.keyword_stems.split()),
        "text": set(document.text_stems.split()),
    }
    everywhere = fields["title"] | fields["keywords"] | fields["text"]
    score = 0.0
    matched = 0
    for term in analysed.terms:
        best = 0.0
        for alternative, weight in term.alternatives:
            wanted = set(alternative)
            if not wanted <= everywhere:
                continue
            for name in ("title", "keywords", "text"):
                if wanted <= fields[name]:
                    best = max(best, FIELD_WEIGHTS[name] * weight)
                    break
            else:
                best = max(best, FIELD_WEIGHTS["text"] * weight * 0.8)
        if best:
            matched += 1
            score += best
    if analysed.terms and matched == len(analysed.terms):
        score += ALL_TERMS_BONUS
    if fields["title"]:
        # A short title that is mostly the query ("Matrícula escolar") beats a long one.
        score += len(fields["title"] & analysed.stems) / len(fields["title"])
    return score + KIND_BOOST.get(document.kind, 0.0), matched


def filter_documents(queryset, request):
    """The documents that pass the request's filters: `passes`, as a query."""
    if request.kinds:
        queryset = queryset.filter(kind__in=request.kinds)
    if request.categories:
        queryset = queryset.filter(category_slug__in=request.categories)
    if request.department:
        queryset = queryset.filter(department_slug=request.department)
    if request.online:
        queryset = queryset.filter(is_online=True)
    return queryset


def passes(doc, request, ignore=None):
    """Whether a candidate passes the request's filters (all but the facet `ignore`).

    `filter_documents` is the same rule as a query: change both together.
    """
    if ignore != "kind" and request.kinds and doc["kind"] not in request.kinds:
        return False
    if ignore != "category" and request.categories:
        if doc["category_slug"] not in request.categories:
            return False
    if ignore != "department" and request.department:
        if doc["department_slug"] != request.department:
            return False
    if ignore != "online" and request.online and not doc["is_online"]:
        return False
    return True


def count_facets(candidates, request):
    """Every facet counted over the candidates that pass the other filters.

    A candidate is one document, or a group of `documents` alike in every filtered field.
    """
    kind_labels = dict(Kind.choices)
    counts = {"kind": {}, "category": {}, "department": {}}
    labels = {"kind": kind_labels, "category": {}, "department": {}}
    online = 0
    for doc in candidates:
        weight = doc.get("documents", 1)
        if passes(doc, request, ignore="kind"):
            counts["kind"][doc["kind"]] = counts["kind"].get(doc["kind"], 0) + weight
        for name in ("category", "department"):
            slug = doc[f"{name}_slug"]
            if slug and passes(doc, request, ignore=name):
                counts[name][slug] = counts[name].get(slug, 0) + weight
                labels[name][slug] = doc[f"{name}_name"]
        if doc["is_online"] and passes(doc, request, ignore="online"):
            online += weight
    selected = {
        "kind": set(request.kinds),
        "category": set(request.categories),
        "department": {request.department} if request.department else set(),
    }
    return build_facets(counts, labels, selected, online, request.online)


def build_facets(counts, labels, selected, online_count, online_selected):
    """The facets' shape shared by the engines, selected options kept even when they count 0."""
    facets = {}
    for name in ("kind", "category", "department"):
        options = [
            {
                "value": value,
                "label": str(labels[name].get(value, value)),
                "count": count,
                "selected": value in selected[name],
            }
            for value, count in counts[name].items()
        ]
        options += [
            {
                "value": value,
                "label": str(labels[name].get(value, value)),
                "count": 0,
                "selected": True,
            }
            for value in selected[name]
            if value not in counts[name]
        ]
        if name == "kind":
            order = [value for value, _label in Kind.choices]
            options.sort(
                key=lambda option: (
                    order.index(option["value"]) if option["value"] in order else len(order)
                )
            )
        else:
            options.sort(key=lambda option: option["label"])
        facets[name] = options
    facets["online"] = {"count": online_count, "selected": online_selected}
    return facets


def hit_from_document(document, query_stems):
    text = f"{document.summary} {document.body}".strip()
    return Hit(
        page_id=document.page_id,
        kind=document.kind,
        title=document.title,
        url=document.url,
        summary=document.summary,
        snippet=snippet(text, query_stems),
        category_name=document.category_name,
        department_name=document.department_name,
        is_online=document.is_online,
    )
