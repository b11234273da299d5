"""App settings: defaults in one dict, overridden by one Django setting (as django-filter does)."""

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
