from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracaDemoConfig(AppConfig):
    name = "praca_demo"
    label = "praca_demo"
    verbose_name = _("Praça demo")
