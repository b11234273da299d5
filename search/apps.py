from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    label = "praca_search"
    verbose_name = _("Search")

    def ready(self):
        from . import indexing, synonyms

        indexing.connect_signals()
        synonyms.connect_signals()
