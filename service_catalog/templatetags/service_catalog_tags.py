"""Parts of the catalog that a host puts on any of its pages: the categories with their counts
and a list of chosen services (`{% load service_catalog_tags %}`)."""

import hashlib

from django import template
from django.utils import translation
from wagtail.models import Page, Site

from praca.page_mixins import exclude_restricted
from praca.tree_cache import cached_until_tree_changes

from ..models import Category, ServiceIndexPage, ServicePage

register = template.Library()


def request_site(request):
    """The request's Wagtail site; without a request (a StreamField rendered as `{{ page.body }}`
    instead of `{% include_block page.body %}`), the default site, cached until the tree changes."""
    if request is not None:
        return Site.find_for_request(request)
    return cached_until_tree_changes(
        "default-site",
        lambda: Site.objects.select_related("root_page").filter(is_default_site=True).first(),
    )


def site_categories(request):
    """The categories of the request's site's services, each with the number of live, public
    services the catalog lists for it, and the catalog's URL, as plain data.

    Cached per site and language until the page tree or the taxonomies change, so a warm cache
    costs no query.
    """
    site = request_site(request)
    if site is None:
        return {"categories": [], "catalog_url": ""}

    def build():
        root = site.root_page
        catalog = ServiceIndexPage.objects.live().descendant_of(root).first()
        return {
            "categories": [
                {"name": category.name, "slug": category.slug, "count": category.service_count}
                for category in Category.objects.with_service_counts(
                    ServicePage.objects.descendant_of(root)
                )
            ],
            "catalog_url": catalog.get_url(request) if catalog else "",
        }

    return cached_until_tree_changes(
        f"catalog-categories-{site.pk}-{translation.get_language()}", build
    )


def public_services(services, request):
    """The live services among `services` (ServicePage objects, in their order; None for one
    deleted) that are behind no view restriction, as plain data for a card.

    Which of them are public is cached until the page tree changes, so a warm cache costs no
    query beyond loading the pages themselves.
    """
    chosen = [service for service in services if service is not None and service.live]
    if not chosen:
        return []
    ids = sorted({service.pk for service in chosen})
    # The key names the set of pages, in a fixed length whatever their number.
    key = hashlib.sha256(",".join(map(str, ids)).encode()).hexdigest()[:32]
    public = cached_until_tree_changes(
        f"public-pages-{key}",
        lambda: set(
            exclude_restricted(Page.objects.filter(pk__in=ids)).values_list("pk", flat=True)
        ),
    )
    return [
        {
            "title": service.title,
            "summary": getattr(service, "summary", ""),
            "url": service.get_url(request),
        }
        for service in chosen
        if service.pk in public
    ]


@register.inclusion_tag("service_catalog/includes/service_categories.html", takes_context=True)
def service_categories(context, heading="", heading_id="categories-title"):
    """The catalog's categories with their counts, each a link to the catalog filtered by it,
    and a link to the whole catalog; nothing when the site has no public service.

    `{% service_categories %}` or `{% service_categories heading="Temas" heading_id="temas" %}`.
    """
    return {**site_categories(context.get("request")), "heading": heading, "heading_id": heading_id}


@register.inclusion_tag("service_catalog/includes/featured_services.html", takes_context=True)
def featured_services(context, services, heading="", intro="", heading_id="featured-title"):
    """Cards of the chosen `services` (ServicePage objects, e.g. a FeaturedServicesBlock's),
    leaving out those not live or behind a view restriction; nothing when none is left."""
    return {
        "services": public_services(services or [], context.get("request")),
        "heading": heading,
        "intro": intro,
        "heading_id": heading_id,
    }
