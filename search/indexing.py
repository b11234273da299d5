"""Keeping the search documents in step with the pages.

Publishing, unpublishing, moving or deleting a page, or changing its view restrictions, queues
a django-tasks task that rewrites (or removes) the page's `SearchDocument` and sends it to every
engine. `rebuild_documents()` rewrites them all in place (used by `manage.py search_reindex`).
"""

import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .analysis import forget_vocabulary
from .engines.base import EngineUnavailable
from .models import SearchDocument, SearchTerm
from .registry import document_fields, indexed_models, vocabulary

logger = logging.getLogger(__name__)


def _is_public(page):
    return not page.get_view_restrictions().exists()


def _document_for(page):
    """An unsaved SearchDocument for a live public page of an indexed type, else None."""
    if not page.live or not _is_public(page):
        return None
    fields = document_fields(page, page.get_url() or page.url_path)
    if fields["kind"] is None:
        return None
    return SearchDocument(page_id=page.pk, **fields)


def _remember_words(fields_list):
    words = set()
    for fields in fields_list:
        words |= vocabulary(fields)
    if words:
        SearchTerm.objects.bulk_create(
            [SearchTerm(word=word) for word in sorted(words)],
            ignore_conflicts=True,
            batch_size=1000,
        )
        forget_vocabulary()


def sync_pages(page_ids):
    """Rewrite the documents of these pages (removing those no longer searchable)."""
    from .engines import available_engines

    page_ids = list(page_ids)
    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()}
    kept, removed = [], []
    for page_id in page_ids:
        page = pages.get(page_id)
        document = _document_for(page) if page is not None else None
        if document is None:
            removed.append(page_id)
            continue
        existing = SearchDocument.objects.filter(page_id=page_id).values_list("pk", flat=True)
        document.pk = existing.first()
        document.save()
        kept.append(document)
    _remember_words(
        [
            {name: getattr(doc, name) for name in ("title", "keywords", "summary", "body")}
            for doc in kept
        ]
    )
    # The database first: once a document is gone from it, no engine shows its page (the
    # Elasticsearch engine drops hits without a document), even if Elasticsearch is not told.
    database, *others = available_engines()
    database.remove_documents(removed)
    SearchDocument.objects.filter(page_id__in=removed).delete()
    database.index_documents(kept)
    failures = []
    for engine in others:
        try:
            engine.remove_documents(removed)
            engine.index_documents(kept)
        except EngineUnavailable as error:
            logger.warning("Could not update the %s search index: %s", engine.name, error)
            failures.append(f"{engine.name}: {error}")
    if failures:
        # The task fails, so the worker records it (and can run it again); meanwhile the
        # engine hides these pages and re-queues their removal when it meets them.
        raise EngineUnavailable("; ".join(failures))
    return len(kept), len(removed)


def subtree_ids(page_id):
    page = Page.objects.filter(pk=page_id).only("path", "depth").first()
    if page is None:
        return [page_id]
    return list(Page.objects.filter(path__startswith=page.path).values_list("pk", flat=True))


def searchable_pages():
    """Every live page of an indexed type (specific), in tree order."""
    for model, _kind in indexed_models():
        queryset = model.objects.filter(live=True).order_by("path")
        if hasattr(model, "category"):
            queryset = queryset.select_related("category", "department")
        yield from queryset.iterator(chunk_size=500)


def count_searchable_pages():
    return sum(model.objects.filter(live=True).count() for model, _kind in indexed_models())


DOCUMENT_FIELDS = (
    "kind",
    "title",
    "url",
    "summary",
    "keywords",
    "body",
    "category_slug",
    "category_name",
    "department_slug",
    "department_name",
    "is_online",
    "title_stems",
    "keyword_stems",
    "text_stems",
    "updated_at",
)


def rebuild_documents(progress=None):
    """Rewrite every document from the pages, in place; returns how many there are.

    Each document keeps its id (it is updated by page), and only the documents of pages that
    are no longer searchable are deleted, so the engines' indexes stay valid while this runs:
    the caller wraps it in a transaction with the database engine's rebuild, and a search in
    the meantime sees the old documents, never an empty index.
    """
    restricted = set(PageViewRestriction.objects.values_list("page__path", flat=True))
    existing = dict(SearchDocument.objects.values_list("page_id", "pk"))
    batch, total, seen = [], 0, set()
    for page in searchable_pages():
        if progress:
            progress()
        if any(page.path.startswith(path) for path in restricted):
            continue
        fields = document_fields(page, page.get_url() or page.url_path)
        batch.append(SearchDocument(pk=existing.get(page.pk), page_id=page.pk, **fields))
        seen.add(page.pk)
        if len(batch) == 500:
            total += _save_batch(batch)
            batch = []
    if batch:
        total += _save_batch(batch)
    gone = [page_id for page_id in existing if page_id not in seen]
    for start in range(0, len(gone), 500):
        SearchDocument.objects.filter(page_id__in=gone[start : start + 500]).delete()
    return total


def _save_batch(batch):
    now = timezone.now()
    for document in batch:
        document.updated_at = now
    SearchDocument.objects.bulk_update(
        [document for document in batch if document.pk], DOCUMENT_FIELDS, batch_size=500
    )
    SearchDocument.objects.bulk_create([document for document in batch if not document.pk])
    _remember_words(
        [
            {name: getattr(doc, name) for name in ("title", "keywords", "summary", "body")}
            for doc in batch
        ]
    )
    return len(batch)


# --- signals -------------------------------------------------------------------------------


def _enqueue(page_ids):
    from .tasks import sync_search_documents

    page_ids = [int(page_id) for page_id in page_ids]
    transaction.on_commit(lambda: sync_search_documents.enqueue(page_ids))


def on_page_changed(instance, **kwargs):
    _enqueue([instance.pk])


def on_subtree_changed(instance, **kwargs):
    _enqueue(subtree_ids(instance.pk))


def on_page_deleted(instance, **kwargs):
    """Drop a deleted page from the database index now (its document goes with the page), and
    from the other engines through a task once the deletion is committed."""
    from .engines import database_engine, elasticsearch_configured

    if not isinstance(instance, Page):
        return
    database_engine().remove_documents([instance.pk])
    if elasticsearch_configured():
        from .tasks import remove_search_documents

        page_ids = [instance.pk]
        transaction.on_commit(lambda: remove_search_documents.enqueue(page_ids))


def on_restriction_changed(instance, **kwargs):
    _enqueue(subtree_ids(instance.page_id))


def on_taxonomy_changed(instance, created=False, **kwargs):
    """A renamed category or department: rewrite the documents that show its name."""
    services = getattr(instance, "services", None)  # a department's, where the catalog is installed
    if not created and services is not None:
        page_ids = list(services.values_list("pk", flat=True))
        if page_ids:
            _enqueue(page_ids)


def connect_signals():
    from praca.models import Department

    from .taxonomy import category_model

    page_published.connect(on_page_changed, dispatch_uid="praca-search-published")
    page_unpublished.connect(on_page_changed, dispatch_uid="praca-search-unpublished")
    post_page_move.connect(on_subtree_changed, dispatch_uid="praca-search-moved")
    page_slug_changed.connect(on_subtree_changed, dispatch_uid="praca-search-slug")
    pre_delete.connect(on_page_deleted, dispatch_uid="praca-search-deleted")
    for signal, name in ((post_save, "save"), (post_delete, "delete")):
        signal.connect(
            on_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"praca-search-restriction-{name}",
        )
    for model in (m for m in (category_model(), Department) if m is not None):
        post_save.connect(
            on_taxonomy_changed, sender=model, dispatch_uid=f"praca-search-{model.__name__}"
        )
