"""Template tags for the site chrome: menu, search box, breadcrumbs."""

from django import template

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


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    return {"trail": breadcrumb_trail(page, context.get("request")), "page": page}
