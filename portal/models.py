"""The reference site's own pages: the home page and standard pages."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from praca.page_mixins import ViewRestrictionsInOneQueryMixin

from .blocks import BodyBlock

# How many open consultations the home page lists (the listing at /consultas/ has them all).
OPEN_CONSULTATIONS_SHOWN = 6


class HomePage(ViewRestrictionsInOneQueryMixin, Page):
    """The front door: a search box first, then the services people look for most."""

    hero_title = models.CharField(
        _("hero title"), max_length=120, default=_("How can we help you today?")
    )
    hero_text = models.CharField(
        _("hero text"),
        max_length=300,
        blank=True,
        help_text=_("One sentence under the title, e.g. what citizens can do on this portal."),
    )
    services_intro = models.CharField(
        _("featured services introduction"), max_length=300, blank=True
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_text")], heading=_("Hero")),
        MultiFieldPanel(
            [
                FieldPanel("services_intro"),
                InlinePanel("featured_services", label=_("Featured service"), max_num=12),
            ],
            heading=_("Featured services"),
        ),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from praca.tree_cache import cached_until_tree_changes

        from .navigation import site_navigation

        context = super().get_context(request, *args, **kwargs)
        context.update(
            cached_until_tree_changes(f"home-{self.pk}", lambda: self.front_door(request))
        )
        context["catalog_url"] = site_navigation(request)["catalog_url"]
        # Consultations open and close with the clock, not with a publish: the cache holds the
        # ones not yet closed and the clock picks the open ones on every request.
        now = timezone.now()
        context["open_consultations"] = [
            consultation
            for consultation in context.get("consultations", [])
            if consultation["opens_at"] <= now < consultation["closes_at"]
        ][:OPEN_CONSULTATIONS_SHOWN]
        return context

    def front_door(self, request):
        """Featured services, categories and consultations not yet closed, as plain data,
        cached until the tree changes."""
        from consultations.models import ConsultationIndexPage, ConsultationPage
        from service_catalog.models import Category, ServicePage, exclude_restricted

        visible = exclude_restricted(ServicePage.objects.live()).values("pk")
        featured = (
            self.featured_services.filter(service__in=visible)
            .select_related("service")
            .defer(*(f"service__{name}" for name in ServicePage.LISTING_DEFERRED_FIELDS))
        )
        return {
            "featured_services": [
                {
                    "title": item.service.title,
                    "summary": item.service.summary,
                    "url": item.service.get_url(request),
                }
                for item in featured
            ],
            "categories": [
                {"name": category.name, "slug": category.slug, "count": category.service_count}
                for category in Category.objects.with_service_counts(
                    ServicePage.objects.descendant_of(self)
                )
            ],
            "consultations": [
                {
                    "title": consultation.title,
                    "summary": consultation.summary,
                    "url": consultation.get_url(request),
                    "opens_at": consultation.opens_at,
                    "closes_at": consultation.closes_at,
                }
                for consultation in ConsultationPage.objects.live()
                .public()
                .descendant_of(self)
                .filter(closes_at__gt=timezone.now())
                .order_by("closes_at")
                .only("title", "summary", "url_path", "path", "depth", "opens_at", "closes_at")
            ],
            "consultations_url": next(
                (
                    index.get_url(request)
                    for index in ConsultationIndexPage.objects.live()
                    .public()
                    .descendant_of(self)[:1]
                ),
                "",
            ),
        }


class HomePageFeaturedService(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_services")
    service = models.ForeignKey(
        "praca_service_catalog.ServicePage",
        verbose_name=_("service"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("service", "praca_service_catalog.ServicePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured service")
        verbose_name_plural = _("featured services")


class StandardPage(ViewRestrictionsInOneQueryMixin, Page):
    """Institutional content: about the city hall, privacy notice, accessibility statement, …"""

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
