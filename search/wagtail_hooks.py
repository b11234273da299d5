from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from . import admin_urls
from .viewsets import SynonymViewSet

register_snippet(SynonymViewSet)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("relatorios/busca/", include(admin_urls, namespace="search_reports"))]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("praca_search.view_searchlogentry")


@hooks.register("register_reports_menu_item")
def register_top_searches():
    return SearchReportMenuItem(
        _("Top searches"), reverse("search_reports:top"), icon_name="search", order=1310
    )


@hooks.register("register_reports_menu_item")
def register_zero_results():
    return SearchReportMenuItem(
        _("Searches with no results"),
        reverse("search_reports:zero"),
        icon_name="search",
        order=1311,
    )


@hooks.register("register_reports_menu_item")
def register_no_click():
    return SearchReportMenuItem(
        _("Searches with no click"),
        reverse("search_reports:no_click"),
        icon_name="search",
        order=1312,
    )
