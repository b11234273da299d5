"""Admin reports: usefulness, services, deadlines, and the law's yearly reports.

A report is a list of `Section`s (a title, column headings, rows, and optionally a chart), built
once from `participation.reports` and written three ways: as an admin page, as CSV
(`?export=csv`) and as a printable page (`?export=print`) that a browser turns into PDF.
Figures are scoped to what the user may see (their departments' cases and pages).
"""

import csv
import datetime
from dataclasses import dataclass, field

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Site

from praca import charts
from praca.exports import neutralise_formula

from . import reports

MAX_PERIOD_DAYS = 5 * 366
REPORT_PERMISSIONS = (
    "praca_participation.view_manifestation",
    "praca_participation.view_pagefeedback",
    "praca_participation.view_servicerating",
)


def can_see_reports(user):
    return user.is_active and (
        user.is_superuser or any(user.has_perm(permission) for permission in REPORT_PERMISSIONS)
    )


class PeriodForm(forms.Form):
    start = forms.DateField(label=gettext_lazy("From"), required=False)
    end = forms.DateField(label=gettext_lazy("To"), required=False)

    def __init__(self, data, default):
        super().__init__(data)
        self.default = default
        self.fields["start"].widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        self.fields["end"].widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")

    def clean(self):
        cleaned = super().clean()
        start = cleaned.get("start") or self.default.start
        end = cleaned.get("end") or self.default.end
        if start > end:
            raise forms.ValidationError(_("The start date must be on or before the end date."))
        if (end - start).days > MAX_PERIOD_DAYS:
            raise forms.ValidationError(_("Choose a period of at most five years."))
        cleaned["period"] = reports.Period(start, end)
        return cleaned

    def period(self):
        """The chosen period, or the default one when the input is invalid (errors shown)."""
        if self.is_valid():
            return self.cleaned_data["period"]
        return self.default


@dataclass
class Section:
    key: str
    title: str
    headings: list
    rows: list
    chart: str = ""
    note: str = ""
    numeric: set = field(default_factory=set)


def one_decimal(value):
    return None if value is None else round(float(value), 1)


def in_days(duration):
    return None if duration is None else round(duration.total_seconds() / 86400, 1)


class ReportView(WagtailAdminTemplateMixin, TemplateView):
    """A report for a period, as an admin page, CSV or a printable page."""

    template_name = "participation/admin/reports/report.html"
    print_template_name = "participation/admin/reports/print.html"
    header_icon = "table"
    slug = ""

    def dispatch(self, request, *args, **kwargs):
        if not can_see_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def default_period(self):
        return reports.Period.this_year()

    def get(self, request, *args, **kwargs):
        self.form = PeriodForm(request.GET or None, self.default_period())
        self.period = self.form.period() if request.GET else self.form.default
        self.scope = reports.Scope(request.user)
        self.sections = self.get_sections()
        export = request.GET.get("export")
        if export == "csv":
            return self.as_csv()
        if export == "print":
            return render(request, self.print_template_name, self.print_context())
        return super().get(request, *args, **kwargs)

    def get_sections(self):
        raise NotImplementedError

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def query_string(self, export):
        params = {"start": self.period.start.isoformat(), "end": self.period.end.isoformat()}
        return "?" + "&".join(
            f"{key}={value}" for key, value in {**params, "export": export}.items()
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            form=self.form,
            period=self.period,
            sections=self.sections,
            scoped=not self.scope.everything,
            csv_url=self.query_string("csv"),
            print_url=self.query_string("print"),
        )
        return context

    def print_context(self):
        site = Site.objects.filter(is_default_site=True).first()
        return {
            "title": self.page_title,
            "site_name": site.site_name if site else "",
            "period": self.period,
            "sections": self.sections,
            "generated_at": timezone.localtime(),
            "scoped": not self.scope.everything,
        }

    def as_csv(self):
        filename = f"{slugify(self.slug or self.page_title)}-{self.period.start}-{self.period.end}"
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
        response.write("\ufeff")  # so that spreadsheet programs read the accents right
        writer = csv.writer(response)
        writer.writerow([str(self.page_title)])
        writer.writerow([_("Period"), self.period.start.isoformat(), self.period.end.isoformat()])
        for section in self.sections:
            writer.writerow([])
            writer.writerow([str(section.title)])
            writer.writerow([str(heading) for heading in section.headings])
            for row in section.rows:
                writer.writerow(
                    ["" if cell is None else neutralise_formula(str(cell)) for cell in row]
                )
        return response


# Ranked reports ------------------------------------------------------------------------------


class UsefulnessReportView(ReportView):
    page_title = gettext_lazy("Page usefulness")
    slug = "page-usefulness"

    def get_sections(self):
        rows = reports.pages_by_usefulness(self.scope, self.period)
        return [
            Section(
                "pages",
                _("Pages ranked by usefulness (least useful first)"),
                [_("Page"), _("Useful"), _("Not useful"), _("Answers"), _("Useful (%)")],
                [
                    [row["page__title"], row["yes"], row["no"], row["total"], row["useful_share"]]
                    for row in rows
                ],
                numeric={1, 2, 3, 4},
            )
        ]


def service_rows(rows):
    return [
        [
            row["title"],
            row["rating_count"],
            one_decimal(row["rating_average"]),
            row["survey_count"],
            one_decimal(row["survey_average"]),
            row["manifestations"],
            row["complaints"],
            row["complaint_share"],
        ]
        for row in rows
    ]


def service_headings():
    return [
        _("Service"),
        _("Ratings"),
        _("Average rating"),
        _("Surveys"),
        _("Survey average"),
        _("Manifestations"),
        _("Complaints"),
        _("Complaints (%)"),
    ]


class ServicesReportView(ReportView):
    page_title = gettext_lazy("Services: ratings and complaints")
    slug = "services"

    def get_sections(self):
        rows = reports.services_by_rating(self.scope, self.period)
        return [
            Section(
                "by-rating",
                _("Services ranked by rating (worst rated first)"),
                service_headings(),
                service_rows(reports.rank_by_rating(rows)),
                numeric=set(range(1, 8)),
            ),
            Section(
                "by-complaints",
                _("Services ranked by complaints"),
                service_headings(),
                service_rows(reports.rank_by_complaints(rows)),
                numeric=set(range(1, 8)),
            ),
        ]


def adherence_headings(name):
    return [
        name,
        _("Received"),
        _("Answered"),
        _("Answered by the deadline"),
        _("By the deadline (%)"),
        _("Within the published time"),
        _("Deadline extended"),
        _("Overdue now"),
    ]


def adherence_rows(rows):
    return [
        [
            row["title"] or _("(none)"),
            row["total"],
            row["answered"],
            row["on_time"],
            row["on_time_share"],
            row["within_promise"],
            row["extended"],
            row["overdue"],
        ]
        for row in rows
    ]


class DeadlinesReportView(ReportView):
    page_title = gettext_lazy("Deadline adherence")
    slug = "deadlines"

    def get_sections(self):
        note = _(
            "Cases received in the period. “By the deadline” counts the legal extension; "
            "“within the published time” does not (the promise on the service's page)."
        )
        return [
            Section(
                f"by-{by}",
                title,
                adherence_headings(name),
                adherence_rows(reports.deadline_adherence(self.scope, self.period, by)),
                note=note,
                numeric=set(range(1, 8)),
            )
            for by, title, name in (
                ("department", _("By department"), _("Department")),
                ("service", _("By service"), _("Service")),
            )
        ]


# The law's yearly reports --------------------------------------------------------------------


def last_calendar_year():
    year = timezone.localdate().year - 1
    return reports.Period(datetime.date(year, 1, 1), datetime.date(year, 12, 31))


def indicator_section(key, title, items):
    return Section(
        key, title, [_("Indicator"), _("Value")], [list(item) for item in items], numeric={1}
    )


def count_section(key, title, heading, rows, chart_description):
    items = [(row["label"], row["count"]) for row in rows]
    return Section(
        key,
        title,
        [heading, _("Manifestations")],
        [list(item) for item in items],
        chart=charts.bar_chart(f"chart-{key}", title, chart_description, items) if items else "",
        numeric={1},
    )


class SatisfactionSurveyView(ReportView):
    """Lei 13.460/2017 art. 23: the satisfaction survey, at least yearly, with its results."""

    page_title = gettext_lazy("Satisfaction survey (Lei 13.460, art. 23)")
    slug = "satisfaction-survey"

    def default_period(self):
        return last_calendar_year()

    def get_sections(self):
        survey = reports.satisfaction_survey(self.scope, self.period)
        ratings, surveys, usefulness = survey["ratings"], survey["surveys"], survey["usefulness"]
        distribution = [
            [score, ratings_count, surveys_count]
            for (score, ratings_count), (_score, surveys_count) in zip(
                ratings["distribution"], surveys["distribution"], strict=True
            )
        ]
        return [
            indicator_section(
                "summary",
                _("Summary"),
                [
                    (_("Service ratings"), ratings["count"]),
                    (_("Average service rating (1–5)"), one_decimal(ratings["average"])),
                    (_("Answered manifestations rated by the citizen"), surveys["count"]),
                    (
                        _("Average score of answered manifestations (1–5)"),
                        one_decimal(surveys["average"]),
                    ),
                    (_("Citizens who said their case was solved (%)"), surveys["solved_share"]),
                    (_("“Was this page useful?” answers"), usefulness["total"]),
                    (_("“Yes” answers (%)"), usefulness["useful_share"]),
                ],
            ),
            Section(
                "dimensions",
                _("Service ratings by dimension"),
                [_("Dimension"), _("Ratings"), _("Average rating")],
                [
                    [row["label"], row["count"], one_decimal(row["average"])]
                    for row in ratings["by_dimension"]
                ],
                numeric={1, 2},
            ),
            Section(
                "distribution",
                _("Distribution of scores"),
                [_("Score"), _("Service ratings"), _("Manifestation surveys")],
                distribution,
                chart=charts.bar_chart(
                    "chart-distribution",
                    _("Service ratings by score"),
                    _("How many service ratings gave each score from 1 to 5."),
                    [(str(score), count) for score, count in ratings["distribution"]],
                ),
                numeric={1, 2},
            ),
            Section(
                "reasons",
                _("What went wrong on the pages"),
                [_("Reason"), _("Answers")],
                [[row["label"], row["count"]] for row in survey["reasons"]],
                numeric={1},
            ),
            Section(
                "services",
                _("Services ranked by rating (worst rated first)"),
                service_headings(),
                service_rows(survey["services"]),
                numeric=set(range(1, 8)),
            ),
        ]


class ManagementReportView(ReportView):
    """Lei 13.460/2017 arts. 14–15: the yearly management report of the ombudsman."""

    page_title = gettext_lazy("Management report (Lei 13.460, arts. 14–15)")
    slug = "management-report"

    def default_period(self):
        return last_calendar_year()

    def get_sections(self):
        report = reports.management_report(self.scope, self.period)
        totals = report["totals"]
        return [
            indicator_section(
                "summary",
                _("Summary"),
                [
                    (_("Manifestations received"), totals["total"]),
                    (_("Answered"), totals["answered"]),
                    (_("Answered by the deadline"), totals["on_time"]),
                    (_("Answered by the deadline (%)"), totals["on_time_share"]),
                    (_("Deadline extended"), totals["extended"]),
                    (_("Still open"), totals["open"]),
                    (_("Reopened by the citizen"), totals["reopened"]),
                ],
            ),
            count_section(
                "kind",
                _("By kind"),
                _("Kind"),
                report["by_kind"],
                _("Manifestations received in the period, by kind."),
            ),
            count_section(
                "channel",
                _("By channel"),
                _("Channel"),
                report["by_channel"],
                _("Manifestations received in the period, by channel."),
            ),
            count_section(
                "status",
                _("By current status"),
                _("Status"),
                report["by_status"],
                _("Manifestations received in the period, by their status today."),
            ),
            count_section(
                "department",
                _("By department"),
                _("Department"),
                report["by_department"],
                _("Manifestations received in the period, by department."),
            ),
            count_section(
                "service",
                _("By service (most frequent subjects)"),
                _("Service"),
                report["by_service"],
                _("Manifestations received in the period, by service."),
            ),
            Section(
                "complaints",
                _("Complaint incidence by service"),
                service_headings(),
                service_rows(report["complaint_ranking"]),
                numeric=set(range(1, 8)),
            ),
            Section(
                "deadlines",
                _("Deadlines met, by department"),
                adherence_headings(_("Department")),
                adherence_rows(report["deadlines_by_department"]),
                numeric=set(range(1, 8)),
            ),
            Section(
                "reasons",
                _("What went wrong on the pages"),
                [_("Reason"), _("Answers")],
                [[row["label"], row["count"]] for row in report["feedback_reasons"]],
                numeric={1},
            ),
        ]


REPORTS = (
    ("usefulness", UsefulnessReportView),
    ("services", ServicesReportView),
    ("deadlines", DeadlinesReportView),
    ("satisfaction-survey", SatisfactionSurveyView),
    ("management-report", ManagementReportView),
)
