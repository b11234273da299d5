"""The city's departments as filter options, cached until one changes."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

CACHE_KEY = "praca:departments"
CACHE_TIMEOUT = 60 * 60


def department_choices():
    """[(slug, name), …] of every department, by name."""
    choices = cache.get(CACHE_KEY)
    if choices is None:
        from .models import Department

        choices = list(Department.objects.order_by("name").values_list("slug", "name"))
        cache.set(CACHE_KEY, choices, CACHE_TIMEOUT)
    return choices


def forget_departments(**kwargs):
    cache.delete(CACHE_KEY)


def connect_signals():
    from .models import Department

    post_save.connect(forget_departments, sender=Department, dispatch_uid="praca-departments-save")
    post_delete.connect(forget_departments, sender=Department, dispatch_uid="praca-departments-del")
