"""Template tags every Praça template may use, whatever apps a host installed."""

from django import template
from wagtail.models import Site

from ..models import ContactSettings
from ..tree_cache import cached_until_tree_changes

register = template.Library()


@register.simple_tag(takes_context=True)
def contact_settings(context):
    """The request's site's ContactSettings, cached until the tree or the settings change."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    return cached_until_tree_changes(f"contact-{site.pk}", lambda: ContactSettings.for_site(site))
