"""Template tags that link other pages of the site to the service desk."""

from django import template

from participation.desk import service_desk_path

register = template.Library()


@register.simple_tag
def service_desk_url():
    """The live service desk page's URL, or "" when there is none."""
    return service_desk_path()
