"""Template tags for the site chrome: menu, search box, breadcrumbs."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from portal.navigation import breadcrumb_trail, site_navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def site_name(context):
    request = context.get("request")
    return site_navigation(request)["site_name"] if request else ""


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    current = context.get("page")
    items = []
    for item in site_navigation(request)["menu"]:
        active = bool(current and getattr(current, "path", "").startswith(item["path"]))
        items.append({**item, "active": active})
    return {"menu_items": items}


@register.inclusion_tag("includes/search_box.html", takes_context=True)
def search_box(context, input_id="header-search", visible_label=False):
    """The search form of the header, the home page and the search page itself.

    It searches the whole portal (services, consultations, pages), so its label says the portal,
    not the services: the catalog's own filter form is the one labelled "Search services".
    It submits to the search page; with JavaScript it becomes an ARIA 1.2 combobox that
    suggests services as the citizen types (search/static/search/combobox.js).
    """
    from search.conf import search_settings

    request = context["request"]
    max_length = search_settings.MAX_QUERY_LENGTH
    return {
        "action": reverse("search:search"),
        "autocomplete_url": reverse("search:autocomplete"),
        "input_id": input_id,
        "visible_label": visible_label,
        "label": _("Search the portal"),
        "max_length": max_length,
        "query": request.GET.get("q", "")[:max_length] if input_id != "header-search" else "",
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    return {"trail": breadcrumb_trail(page, context.get("request")), "page": page}


@register.simple_tag(takes_context=True)
def contact_settings(context):
    """The site's ContactSettings, from the navigation cache (no query on a warm cache)."""
    request = context.get("request")
    return site_navigation(request)["contact"] if request else None
