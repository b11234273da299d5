"""Settings of the service catalog, with their defaults in one place.

Override any of them in Django settings as `PRACA_CATALOG = {"CITY_NAME": "…", …}`.
"""

from praca.conf import AppSettings

DEFAULTS = {
    # The city whose services the catalog lists (schema.org areaServed, page titles).
    "CITY_NAME": "Praça",
    # Services per page in the catalog listing.
    "PAGE_SIZE": 20,
    # Longest free-text query the catalog accepts before it asks for a shorter one.
    "MAX_QUERY_LENGTH": 200,
}


catalog_settings = AppSettings("PRACA_CATALOG", DEFAULTS)
