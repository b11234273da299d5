"""Settings of the search, with their defaults in one place.

Override any of them in Django settings as `PRACA_SEARCH = {"PAGE_SIZE": 20, …}`.
"""

from praca.conf import AppSettings

DEFAULTS = {
    # The host's own page types that the search covers, as "pages": {"app_label.Model": "page"}.
    "PAGE_TYPES": {},
    # Results per page of the search page.
    "PAGE_SIZE": 10,
    # Longest query the search takes; longer ones are cut (and the page says so).
    "MAX_QUERY_LENGTH": 200,
    # Words of a query that count; the rest are ignored (a pasted paragraph stays cheap).
    "MAX_QUERY_WORDS": 12,
    # Suggestions the autocomplete returns.
    "AUTOCOMPLETE_LIMIT": 8,
    # Matches the database engine ranks in Python; facet counts are exact up to this many.
    "MAX_CANDIDATES": 1000,
    # Days the query log keeps a search (`manage.py search_purge_log`, e.g. daily from cron).
    "LOG_RETENTION_DAYS": 365,
    # Searches and result clicks one client (IP address) adds to the query log per window
    # (how many, per how many seconds); beyond, it still searches, but is not logged, so a
    # script cannot fill the reports or the "most opened" suggestions.
    "LOG_RATE_LIMIT": (60, 10 * 60),
    # Elasticsearch: the alias searched, and how long to wait for the server (seconds).
    "ELASTICSEARCH_INDEX": "praca-search",
    "ELASTICSEARCH_TIMEOUT": 3,
    # Seconds to stop asking an Elasticsearch server that did not answer.
    "ELASTICSEARCH_RETRY_AFTER": 30,
}


search_settings = AppSettings("PRACA_SEARCH", DEFAULTS)
