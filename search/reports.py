""" "What citizens cannot find": admin reports over the query log, with CSV and XLSX export.

Three views of the same log, grouped by query: the most searched queries, those that found
nothing, and those whose results nobody opened. Editors choose the period.
"""

from datetime import timedelta

import django_filters
from django.db.models import Avg, Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from .models import SearchLogEntry

PERIODS = [
    ("7", _("Last 7 days")),
    ("30", _("Last 30 days")),
    ("90", _("Last 90 days")),
    ("365", _("Last 12 months")),
]


class SearchLogFilterSet(WagtailFilterSet):
    period = django_filters.ChoiceFilter(
        label=_("Period"), choices=PERIODS, method="filter_period", empty_label=_("All time")
    )
    query = django_filters.CharFilter(label=_("Query contains"), lookup_expr="icontains")

    class Meta:
        model = SearchLogEntry
        fields = ["period", "query"]

    def filter_period(self, queryset, name, value):
        return queryset.filter(searched_at__gte=timezone.now() - timedelta(days=int(value)))


class SearchQueryReport(ReportView):
    """Queries grouped, most searched first."""

    model = SearchLogEntry
    permission_policy = ModelPermissionPolicy(SearchLogEntry)
    any_permission_required = ["view"]
    header_icon = "search"
    verbose_name_plural = _("queries")
    filterset_class = SearchLogFilterSet
    paginate_by = 50
    columns = [
        Column("query", label=_("Query")),
        Column("searches", label=_("Searches")),
        Column("average_results", label=_("Average results")),
        Column("clicks", label=_("Searches with a click")),
        Column("last_searched", label=_("Last searched")),
    ]
    list_export = ["query", "searches", "average_results", "clicks", "last_searched"]
    export_headings = {
        "query": _("Query"),
        "searches": _("Searches"),
        "average_results": _("Average results"),
        "clicks": _("Searches with a click"),
        "last_searched": _("Last searched"),
    }
    # Which searches the report counts.
    entries = Q()

    def get_queryset(self):
        return SearchLogEntry.objects.filter(self.entries)

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        return (
            queryset.values("query")
            .annotate(
                searches=Count("pk"),
                average_results=Avg("result_count"),
                clicks=Count("clicked_page"),
                last_searched=Max("searched_at"),
            )
            .order_by("-searches", "query")
        )

    def decorate_paginated_queryset(self, object_list):
        rows = list(object_list)
        for row in rows:
            row["average_results"] = round(row["average_results"] or 0, 1)
        return rows

    def get_filename(self):
        return f"{self.filename_prefix}-{timezone.localdate():%Y-%m-%d}"

    filename_prefix = "buscas-mais-frequentes"
    page_title = _("Top searches")
    index_url_name = "search_reports:top"
    index_results_url_name = "search_reports:top_results"


class ZeroResultsReport(SearchQueryReport):
    """What citizens looked for and the portal does not have (or does not call that way)."""

    entries = Q(result_count=0)
    page_title = _("Searches with no results")
    filename_prefix = "buscas-sem-resultado"
    index_url_name = "search_reports:zero"
    index_results_url_name = "search_reports:zero_results"


class NoClickReport(SearchQueryReport):
    """Searches that found something but whose results nobody opened."""

    entries = Q(result_count__gt=0, clicked_page__isnull=True)
    page_title = _("Searches with no click")
    filename_prefix = "buscas-sem-clique"
    index_url_name = "search_reports:no_click"
    index_results_url_name = "search_reports:no_click_results"
