"""The tree cache: values built from the page tree, kept until the tree changes.

Every public page shows things read from the tree (menus, catalog counts, the desk's URL);
caching them keeps each page's query count constant and small. Publishing, unpublishing, moving,
renaming or deleting a page, a site or a view restriction moves the cache's version, which drops
everything cached under the old one.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

CACHE_VERSION_KEY = "praca:navigation:version"
CACHE_TIMEOUT = 60 * 60


def version():
    """The tree's current version: part of every key cached from the tree."""
    return cache.get_or_set(CACHE_VERSION_KEY, 1, None)


def _bump_version():
    try:
        cache.incr(CACHE_VERSION_KEY)
    except ValueError:
        cache.set(CACHE_VERSION_KEY, 2, None)


def invalidate(**kwargs):
    """Drop everything cached from the page tree, now and again once the change is committed.

    Some signals come inside the transaction that makes the change (a page deleted, a page
    approved in a workflow): a request served between the signal and the commit would cache
    the old state under the new version, so the version moves once more after the commit.
    """
    _bump_version()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_bump_version)


def cached_until_tree_changes(name, build):
    """`build()`'s result, cached until a page is published, unpublished, moved or deleted."""
    key = f"praca:tree:{name}:{version()}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, CACHE_TIMEOUT)
    return value


def invalidate_on_change_of(*models):
    """Drop the tree cache whenever a row of one of `models` is saved or deleted."""
    for model in models:
        label = model._meta.label_lower
        post_save.connect(invalidate, sender=model, dispatch_uid=f"praca-tree-save-{label}")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"praca-tree-del-{label}")


def connect_signals():
    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(invalidate, dispatch_uid=f"praca-navigation-{id(signal)}")
    post_delete.connect(invalidate, sender=Page, dispatch_uid="praca-tree-del-page")
    # A view restriction hides a page from listings as surely as unpublishing it.
    from .models import ContactSettings

    invalidate_on_change_of(Site, PageViewRestriction, ContactSettings)
