"""Parts of public consultations that a host puts on any of its pages: the consultations open
now (`{% load consultation_tags %}{% open_consultations limit=6 %}`)."""

from django import template
from django.utils import timezone, translation
from wagtail.models import Site

from praca.page_mixins import exclude_restricted
from praca.tree_cache import cached_until_tree_changes

from ..models import ConsultationIndexPage, ConsultationPage

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


def site_consultations(request):
    """The live, public consultations of the request's site not yet closed, closing soonest
    first, and the consultations index's URL, as plain data.

    Cached per site and language until the page tree changes. Consultations open and close with
    the clock, not with a publish: the cache holds the ones not yet closed, and each request picks
    the open ones (`open_now`).
    """
    site = request_site(request)
    if site is None:
        return {"consultations": [], "consultations_url": ""}

    def build():
        root = site.root_page
        consultations = (
            exclude_restricted(ConsultationPage.objects.live().descendant_of(root))
            .filter(closes_at__gt=timezone.now())
            .order_by("closes_at", "path")
            .only("title", "summary", "url_path", "path", "depth", "opens_at", "closes_at")
        )
        index = (
            exclude_restricted(ConsultationIndexPage.objects.live().descendant_of(root))
            .only("url_path", "path", "depth")
            .first()
        )
        return {
            "consultations": [
                {
                    "title": consultation.title,
                    "summary": consultation.summary,
                    "url": consultation.get_url(request),
                    "opens_at": consultation.opens_at,
                    "closes_at": consultation.closes_at,
                }
                for consultation in consultations
            ],
            "consultations_url": index.get_url(request) if index else "",
        }

    return cached_until_tree_changes(
        f"open-consultations-{site.pk}-{translation.get_language()}", build
    )


def open_now(consultations, limit=None):
    """The consultations (from `site_consultations`) open at this moment, at most `limit`."""
    now = timezone.now()
    return [
        consultation
        for consultation in consultations
        if consultation["opens_at"] <= now < consultation["closes_at"]
    ][:limit]


@register.inclusion_tag("consultations/includes/open_consultations.html", takes_context=True)
def open_consultations(context, limit=6, heading="", heading_id="consultations-title"):
    """The consultations open now, closing soonest first (at most `limit`), or a line saying that
    none is open, and a link to the consultations index."""
    data = site_consultations(context.get("request"))
    return {
        "open_consultations": open_now(data["consultations"], limit),
        "consultations_url": data["consultations_url"],
        "heading": heading,
        "heading_id": heading_id,
    }
