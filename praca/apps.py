from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracaConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "praca"
    label = "praca"
    verbose_name = _("Praça")

    def ready(self):
        from . import checks, departments, tree_cache

        tree_cache.connect_signals()
        departments.connect_signals()
        checks.register()
