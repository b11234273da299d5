"""Cached option lists of the catalog's taxonomies (categories, audiences, departments).

The catalog's filters validate GET parameters against these lists; caching them keeps the listing's
query count constant whatever filters a citizen ticks. Any save or delete drops the cache.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from praca.departments import department_choices  # noqa: F401 - the catalog's filters read it here

CACHE_KEY = "praca:catalog:taxonomy"
CACHE_TIMEOUT = 60 * 60


def taxonomy_choices():
    data = cache.get(CACHE_KEY)
    if data is None:
        from .models import Audience, Category

        data = {
            "category": list(
                Category.objects.order_by("sort_order", "name").values_list("slug", "name")
            ),
            "audience": list(
                Audience.objects.order_by("sort_order", "name").values_list("slug", "name")
            ),
        }
        cache.set(CACHE_KEY, data, CACHE_TIMEOUT)
    return data


def category_choices():
    return taxonomy_choices()["category"]


def audience_choices():
    return taxonomy_choices()["audience"]


def invalidate(**kwargs):
    from praca.tree_cache import invalidate as invalidate_navigation

    cache.delete(CACHE_KEY)
    invalidate_navigation()  # the home page shows category names and counts


def connect_signals():
    from .models import Audience, Category, Department

    for model in (Audience, Category, Department):
        post_save.connect(
            invalidate, sender=model, dispatch_uid=f"praca-taxonomy-save-{model.__name__}"
        )
        post_delete.connect(
            invalidate, sender=model, dispatch_uid=f"praca-taxonomy-delete-{model.__name__}"
        )
