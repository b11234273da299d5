"""The portal's search box, for any template of a host or of Praça."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from ..conf import search_settings

register = template.Library()


@register.inclusion_tag("search/includes/search_box.html", takes_context=True)
def search_box(context, input_id="header-search", visible_label=False):
    """The search form of the header, the home page and the search page itself.

    It searches the whole portal (services, consultations, pages), so its label says the portal,
    not the services: the catalog's own filter form is the one labelled "Search services".
    It submits to the search page; with JavaScript it becomes an ARIA 1.2 combobox that
    suggests services as the citizen types (search/static/search/combobox.js).
    """
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
