"""Background work of the search (django-tasks): each task takes ids, never model instances."""

from praca.tasks import task


@task()
def sync_search_documents(page_ids):
    """Rewrite the search documents of these pages in every engine."""
    from .indexing import sync_pages

    sync_pages(page_ids)


@task()
def remove_search_documents(page_ids):
    """Remove deleted (or no longer searchable) pages from the engines other than the database.

    An unavailable engine fails the task, so that the worker records it and it can be run
    again; meanwhile the Elasticsearch engine hides pages that have no SearchDocument.
    """
    from .engines import available_engines

    for engine in available_engines()[1:]:
        engine.remove_documents(page_ids)


@task()
def rebuild_search_index():
    """Rebuild the Elasticsearch index behind its alias (after the synonyms changed)."""
    from .engines import elasticsearch_configured, elasticsearch_engine
    from .models import SearchDocument

    if elasticsearch_configured():
        documents = SearchDocument.objects.order_by("pk")
        elasticsearch_engine().rebuild(documents.iterator(), documents.count())
