from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServiceCatalogConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "service_catalog"
    label = "praca_service_catalog"
    verbose_name = _("Service catalog")

    def ready(self):
        from .taxonomy import connect_signals

        connect_signals()
