"""Admin registration for the participation app."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .admin_views import BULK_ACTIONS
from .models import Event
from .viewsets import ManifestationViewSet, PageFeedbackViewSet


@hooks.register("register_log_actions")
def register_manifestation_log_actions(actions):
    for kind, label in Event.Kind.choices:
        actions.register_action(
            f"praca.manifestation.{kind}", label, _("Manifestation: %(action)s") % {"action": label}
        )


@hooks.register("register_admin_viewset")
def register_manifestation_viewset():
    return ManifestationViewSet()


for bulk_action in BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action)


@hooks.register("register_admin_viewset")
def register_page_feedback_viewset():
    return PageFeedbackViewSet()


# Public consultations register their own admin views and hooks.
from .consultations import wagtail_hooks as consultation_hooks  # noqa: E402, F401
