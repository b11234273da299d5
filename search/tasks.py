"""Background work of the search (django-tasks): each task takes ids, never model instances."""

from django_tasks import task


@task()
def sync_search_documents(page_ids):
    """Rewrite the search documents of these pages in every engine."""
    from .indexing import sync_pages

    sync_pages(page_ids)


@task()
def remove_search_documents(page_ids):
    """Remove deleted pages from the engines other than the database (which did it at once)."""
    import logging

    from .engines import available_engines
    from .engines.base import EngineUnavailable

    for engine in available_engines()[1:]:
        try:
            engine.remove_documents(page_ids)
        except EngineUnavailable as error:
            logging.getLogger(__name__).warning("Could not update %s: %s", engine.name, error)


@task()
def rebuild_search_index():
    """Rebuild the Elasticsearch index behind its alias (after the synonyms changed)."""
    from .engines import elasticsearch_configured, elasticsearch_engine
    from .models import SearchDocument

    if elasticsearch_configured():
        documents = SearchDocument.objects.order_by("pk")
        elasticsearch_engine().rebuild(documents.iterator(), documents.count())
