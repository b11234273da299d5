"""Which engine searches: Elasticsearch when ELASTICSEARCH_URL is set, the database otherwise.

When Elasticsearch does not answer, searches fall back to the database engine (and the page
says search is limited); the failure is remembered for a while so that later requests do not
wait for the timeout again. When it rejects a request (a 4xx: our bug, not an outage), that one
request is answered by the database and the error is logged; nobody else is affected.
"""

import logging

from django.conf import settings
from django.core.cache import cache

from ..conf import search_settings
from .base import EngineRejected, EngineUnavailable, SearchRequest  # noqa: F401 - re-exported
from .database import DatabaseEngine

logger = logging.getLogger(__name__)

UNAVAILABLE_KEY = "praca:search:elasticsearch-unavailable"


def elasticsearch_configured():
    return bool(getattr(settings, "ELASTICSEARCH_URL", ""))


def database_engine():
    return DatabaseEngine()


def elasticsearch_engine():
    from .elastic import ElasticsearchEngine

    return ElasticsearchEngine(settings.ELASTICSEARCH_URL, search_settings.ELASTICSEARCH_INDEX)


def primary_engine():
    return elasticsearch_engine() if elasticsearch_configured() else database_engine()


def available_engines():
    """Every engine documents are indexed into: the database always, Elasticsearch if set."""
    engines = [database_engine()]
    if elasticsearch_configured():
        engines.append(elasticsearch_engine())
    return engines


def _mark_unavailable(error):
    logger.warning("Elasticsearch unavailable, searching the database instead: %s", error)
    cache.set(UNAVAILABLE_KEY, True, search_settings.ELASTICSEARCH_RETRY_AFTER)


def _call(method, *args):
    """`method` of the primary engine; of the database engine if that one is unavailable.

    Returns (answer, degraded): degraded is True when the answer came from the fallback.
    """
    engine = primary_engine()
    if engine.name != DatabaseEngine.name:
        if not cache.get(UNAVAILABLE_KEY):
            try:
                return getattr(engine, method)(*args), False
            except EngineUnavailable as error:
                _mark_unavailable(error)
            except EngineRejected:
                logger.exception("Elasticsearch rejected a %s request", method)
        return getattr(database_engine(), method)(*args), True
    return getattr(engine, method)(*args), False


def search(request):
    return _call("search", request)


def autocomplete(query, limit):
    return _call("autocomplete", query, limit)
