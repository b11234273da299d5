"""Admin registration for public consultations."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from .admin_views import URL_NAMESPACE, manages_consultation
from .dashboard import ModerationPanel
from .models.pages import ConsultationPage
from .viewsets import ConsultationsMenu


@hooks.register("register_admin_viewset")
def register_consultations_menu():
    return ConsultationsMenu()


@hooks.register("filter_form_submissions_for_user")
def hide_consultations_from_form_submissions(user, editable_forms):
    """Consultation answers have their own screens, which guard personal data; Wagtail's
    generic "Forms" listing and export would not."""
    return editable_forms.not_type(ConsultationPage)


def results_button(page, user, priority):
    if not issubclass(page.specific_class or object, ConsultationPage):
        return []
    if not user.has_perm("praca_consultations.view_consultationresponse"):
        return []
    if not manages_consultation(user, page.pk):
        return []
    return [
        Button(
            _("Answers and results"),
            reverse(f"{URL_NAMESPACE}:results", args=[page.pk]),
            icon_name="form",
            priority=priority,
        )
    ]


@hooks.register("register_page_listing_more_buttons")
def page_listing_results_button(page, user, next_url=None):
    yield from results_button(page, user, priority=60)


@hooks.register("register_page_header_buttons")
def page_header_results_button(page, user, view_name=None, next_url=None):
    yield from results_button(page, user, priority=60)


@hooks.register("construct_homepage_panels")
def add_moderation_panel(request, panels):
    if ModerationPanel.is_shown(request.user):
        panels.append(ModerationPanel(request))
