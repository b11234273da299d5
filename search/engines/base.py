"""The one small interface every search engine implements, and the shapes it answers with."""

from dataclasses import dataclass, field


class EngineUnavailable(Exception):
    """The engine's server cannot be reached; the caller falls back to the database engine."""


class EngineRejected(Exception):
    """The engine's server answered that our request was wrong (a 4xx): a bug on our side.

    The caller answers this one request from the database engine and logs the error; the
    engine is not marked unavailable, since the server itself is fine.
    """


# Elasticsearch refuses `from + size` beyond `index.max_result_window` (10,000 by default), so
# no engine offers a page past that window: the last reachable page is shown instead.
MAX_RESULT_WINDOW = 10_000


@dataclass(frozen=True)
class SearchRequest:
    """What a citizen asked for: words, filters and a page, already validated by the form."""

    query: str = ""
    kinds: tuple = ()
    categories: tuple = ()
    department: str = ""
    online: bool = False
    page: int = 1
    page_size: int = 10

    @property
    def filter_count(self):
        """How many filter values are applied: each content type and category ticked counts."""
        return (
            len(set(self.kinds)) + len(set(self.categories)) + bool(self.department) + self.online
        )

    @property
    def has_filters(self):
        return bool(self.filter_count)


@dataclass
class Hit:
    page_id: int
    kind: str
    title: str
    url: str
    summary: str
    snippet: str
    category_name: str = ""
    department_name: str = ""
    is_online: bool = False


@dataclass
class Suggestion:
    page_id: int
    title: str
    url: str
    category_name: str = ""


@dataclass
class SearchResponse:
    """One page of ranked hits, the total, and the facets counted with the other filters."""

    hits: list
    total: int
    page: int
    num_pages: int
    facets: dict = field(default_factory=dict)
    engine: str = ""
    corrections: dict = field(default_factory=dict)


class SearchEngine:
    """Search, autocomplete and keep an index of `SearchDocument`s.

    Facets are returned as {"kind" | "category" | "department": [{"value", "label", "count",
    "selected"}], "online": {"count", "selected"}}, each counted with the other filters applied.
    """

    name = ""

    def search(self, request):
        raise NotImplementedError

    def autocomplete(self, query, limit):
        raise NotImplementedError

    def index_documents(self, documents):
        """Add or replace these documents in the engine's index."""
        raise NotImplementedError

    def remove_documents(self, page_ids):
        raise NotImplementedError

    def rebuild(self, documents, total, progress=None):
        """Replace the whole index with `documents` (an iterable of `total` documents)."""
        raise NotImplementedError


def last_reachable_page(page_size):
    """The last page whose results lie within MAX_RESULT_WINDOW."""
    return max(1, MAX_RESULT_WINDOW // page_size)


def clamp_page(page, total, page_size):
    """The nearest existing page: bad numbers never fail, they show the first or last page.

    Pages past the result window do not exist either: 20,000 results make 1,000 pages of 10.
    """
    num_pages = min(max(1, -(-total // page_size)), last_reachable_page(page_size))
    return min(max(1, page), num_pages), num_pages
