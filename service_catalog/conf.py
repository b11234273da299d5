"""Settings of the service catalog, with their defaults in one place.

Override any of them in Django settings as `PRACA_CATALOG = {"CITY_NAME": "…", …}`.
"""

from django.conf import settings

DEFAULTS = {
    # The city whose services the catalog lists (schema.org areaServed, page titles).
    "CITY_NAME": "Praça",
    # Services per page in the catalog listing.
    "PAGE_SIZE": 20,
    # Longest free-text query the catalog accepts before it asks for a shorter one.
    "MAX_QUERY_LENGTH": 200,
}


class CatalogSettings:
    def __getattr__(self, name):
        if name not in DEFAULTS:
            raise AttributeError(name)
        return getattr(settings, "PRACA_CATALOG", {}).get(name, DEFAULTS[name])


catalog_settings = CatalogSettings()
