from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "participation"
    label = "praca_participation"
    verbose_name = _("Participation")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .deadlines import forget_local_holidays
        from .models import LocalHoliday

        post_save.connect(forget_local_holidays, sender=LocalHoliday, dispatch_uid="praca-holidays")
        post_delete.connect(
            forget_local_holidays, sender=LocalHoliday, dispatch_uid="praca-holidays-delete"
        )
