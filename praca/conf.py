"""App settings: defaults in one dict, overridden by one Django setting (as django-filter does).

Every Praça app reads its settings through an `AppSettings`; `praca_settings` are the shared ones.
"""

from django.conf import settings


class AppSettings:
    """`AppSettings("PRACA_CATALOG", {"PAGE_SIZE": 20})().PAGE_SIZE` reads
    `settings.PRACA_CATALOG["PAGE_SIZE"]` when set, else the default; unknown names fail loudly."""

    def __init__(self, setting_name, defaults):
        self._setting_name = setting_name
        self._defaults = defaults

    def __getattr__(self, name):
        if name.startswith("_") or name not in self._defaults:
            raise AttributeError(name)
        return getattr(settings, self._setting_name, {}).get(name, self._defaults[name])


DEFAULTS = {
    # The host's base template that Praça's pages extend (their body fills `{% block content %}`).
    "BASE_TEMPLATE": "base.html",
    # Where private files (citizens' attachments, consultation uploads) are kept when the host
    # defines no `STORAGES["private"]`: a folder beside MEDIA_ROOT, never inside it.
    "PRIVATE_MEDIA_ROOT": None,
    # Largest file a citizen may upload where an app sets no limit of its own (10 MiB).
    "MAX_UPLOAD_BYTES": 10 * 1024 * 1024,
}

praca_settings = AppSettings("PRACA", DEFAULTS)


def is_installed(app):
    """Whether Praça's app `app` ("service_catalog", "participation", "consultations", "search")
    is installed. By label, not by module name: a host's own app called `search` (as
    `wagtail start` makes one) is not Praça's search."""
    from django.apps import apps

    return f"praca_{app}" in apps.app_configs
