"""The one small interface every search engine implements, and the shapes it answers with."""

from dataclasses import dataclass, field


class EngineUnavailable(Exception):
    """The engine's server cannot be reached; the caller falls back to the database engine."""


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
    def has_filters(self):
        return bool(self.kinds or self.categories or self.department or self.online)


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


def clamp_page(page, total, page_size):
    """The nearest existing page: bad numbers never fail, they show the first or last page."""
    num_pages = max(1, -(-total // page_size))
    return min(max(1, page), num_pages), num_pages
