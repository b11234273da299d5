"""The categories and departments that search results are filtered by.

Departments are Praça's own (`praca.departments`). Categories belong to the service catalog: they
are read through its public taxonomy functions, and only where a host installed the catalog
(search works for consultations and pages alone too).
"""

from django.apps import apps

from praca.conf import is_installed
from praca.departments import department_choices  # noqa: F401 - re-exported


def catalog_installed():
    return is_installed("service_catalog")


def category_choices():
    """[(slug, name), …] of the catalog's categories, or [] without a catalog."""
    if not catalog_installed():
        return []
    from service_catalog.taxonomy import category_choices as catalog_categories

    return catalog_categories()


def category_model():
    """The catalog's Category model, or None without a catalog."""
    return apps.get_model("praca_service_catalog", "Category") if catalog_installed() else None
