"""Panels of the Wagtail dashboard: the service desk's state and the citizens' satisfaction.

Figures come from `participation.reports`, scoped to the user's departments, and are drawn as
accessible SVG with their data tables (see `participation.charts`).
"""

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component

from praca import charts

from . import reports
from .report_views import can_see_reports, in_days, one_decimal


def week_label(week):
    return date_format(week, "d/m")


class ServiceDeskPanel(Component):
    name = "praca_service_desk"
    order = 50
    template_name = "participation/admin/dashboard/service_desk.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        scope = reports.Scope(self.request.user)
        statuses = reports.status_counts(scope)
        times = reports.response_times(scope)
        items = [(row["label"], row["total"]) for row in statuses]
        return {
            "statuses": statuses,
            "status_chart": charts.bar_chart(
                "chart-status",
                _("Manifestations by status"),
                _("How many manifestations are in each status now."),
                items,
            ),
            "overdue": reports.overdue_count(scope),
            "first_response_days": in_days(times["first_response"]),
            "answer_days": in_days(times["answer"]),
            "days": times["days"],
            "scoped": not scope.everything,
            "queue_url": reverse("participation_manifestation:index"),
        }


class SatisfactionPanel(Component):
    name = "praca_satisfaction"
    order = 60
    template_name = "participation/admin/dashboard/satisfaction.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        scope = reports.Scope(self.request.user)
        trend = reports.satisfaction_trend(scope)
        volume = reports.feedback_volume(scope)
        labels = [week_label(row["week"]) for row in trend]
        rating_series = [one_decimal(row["ratings"]["average"]) for row in trend]
        survey_series = [one_decimal(row["surveys"]["average"]) for row in trend]
        return {
            "trend": [
                {
                    "label": label,
                    "week": row["week"],
                    "ratings": one_decimal(row["ratings"]["average"]),
                    "rating_count": row["ratings"]["count"],
                    "surveys": one_decimal(row["surveys"]["average"]),
                    "survey_count": row["surveys"]["count"],
                }
                for label, row in zip(labels, trend, strict=True)
            ],
            "trend_chart": charts.line_chart(
                "chart-satisfaction",
                _("Satisfaction in the last 12 weeks"),
                _(
                    "Average weekly score, from 1 to 5, of service ratings and of the "
                    "surveys of answered manifestations."
                ),
                labels,
                [
                    (_("Service ratings"), rating_series),
                    (_("Manifestation surveys"), survey_series),
                ],
                y_max=5,
            ),
            "volume": [{"label": label, **row} for label, row in zip(labels, volume, strict=True)],
            "volume_chart": charts.stacked_columns(
                "chart-feedback",
                _("“Was this page useful?” answers in the last 12 weeks"),
                _("Weekly answers, stacked: “yes” at the bottom, “no” (hatched) on top."),
                labels,
                [
                    (_("Yes"), [row["yes"] for row in volume]),
                    (_("No"), [row["no"] for row in volume]),
                ],
            ),
            "scoped": not scope.everything,
            "reports_url": reverse("praca_reports:services"),
        }


def add_panels(request, panels):
    if can_see_reports(request.user):
        panels.append(ServiceDeskPanel(request))
        panels.append(SatisfactionPanel(request))
