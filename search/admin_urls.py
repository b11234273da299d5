from django.urls import path

from . import reports

app_name = "search_reports"

urlpatterns = [
    path("", reports.SearchQueryReport.as_view(), name="top"),
    path("results/", reports.SearchQueryReport.as_view(results_only=True), name="top_results"),
    path("sem-resultado/", reports.ZeroResultsReport.as_view(), name="zero"),
    path(
        "sem-resultado/results/",
        reports.ZeroResultsReport.as_view(results_only=True),
        name="zero_results",
    ),
    path("sem-clique/", reports.NoClickReport.as_view(), name="no_click"),
    path(
        "sem-clique/results/",
        reports.NoClickReport.as_view(results_only=True),
        name="no_click_results",
    ),
]
