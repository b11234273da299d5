"""Admin registration for the participation app."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import dashboard, report_views
from .admin_views import BULK_ACTIONS
from .models import Event
from .viewsets import ManifestationViewSet, PageFeedbackViewSet, ServiceRatingViewSet


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


@hooks.register("register_admin_viewset")
def register_service_rating_viewset():
    return ServiceRatingViewSet()


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = [
        path(f"{slug}/", view.as_view(), name=slug.replace("-", "_"))
        for slug, view in report_views.REPORTS
    ]
    return [path("praca-reports/", include((urls, "praca_reports"), namespace="praca_reports"))]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return report_views.can_see_reports(request.user)


REPORT_MENU = (
    ("usefulness", _("Page usefulness"), "help", 1010),
    ("services", _("Services: ratings and complaints"), "pick", 1020),
    ("deadlines", _("Deadline adherence"), "time", 1030),
    ("satisfaction_survey", _("Satisfaction survey (art. 23)"), "tick-inverse", 1040),
    ("management_report", _("Management report (arts. 14–15)"), "doc-full", 1050),
)


def report_menu_item(name, label, icon, order):
    @hooks.register("register_reports_menu_item")
    def register():
        return ReportMenuItem(
            label,
            reverse(f"praca_reports:{name}"),
            name=f"praca-{name}",
            icon_name=icon,
            order=order,
        )


for menu_entry in REPORT_MENU:
    report_menu_item(*menu_entry)


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    dashboard.add_panels(request, panels)
