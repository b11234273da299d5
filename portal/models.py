"""The reference site's own pages: the home page and standard pages."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from consultations.blocks import OpenConsultationsBlock
from praca.page_mixins import ViewRestrictionsInOneQueryMixin, exclude_restricted
from praca.tree_cache import cached_until_tree_changes
from service_catalog.blocks import CategoriesBlock, FeaturedServicesBlock

from .blocks import BodyBlock


class PageBodyBlock(BodyBlock):
    """The body of the site's pages: institutional content, and Praça's parts (featured
    services, categories with their counts, open consultations) anywhere an editor wants them."""

    featured_services = FeaturedServicesBlock()
    categories = CategoriesBlock()
    open_consultations = OpenConsultationsBlock()


class HomePage(ViewRestrictionsInOneQueryMixin, Page):
    """The front door: a search box first, then the services people look for most.

    Built from Praça's parts as any host's page could be (templates/portal/home_page.html): the
    search box (search_tags), the featured services chosen here, the categories with their counts
    (service_catalog_tags), the open consultations (consultation_tags) and the contact channels
    (praca_tags).
    """

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
    body = StreamField(PageBodyBlock(), verbose_name=_("body"), blank=True)

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
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):  # the editor's unsaved choice, never cached
            context["featured_services"] = self.featured_service_cards(request)
        else:
            context["featured_services"] = cached_until_tree_changes(
                f"home-featured-{self.pk}-{translation.get_language()}",
                lambda: self.featured_service_cards(request),
            )
        return context

    def featured_service_cards(self, request):
        """The featured services that are live and public, in the editors' order, as the plain
        data of service_catalog/includes/featured_services.html."""
        from service_catalog.models import ServicePage

        chosen = [item.service_id for item in self.featured_services.all()]
        services = (
            exclude_restricted(ServicePage.objects.live().filter(pk__in=chosen))
            .defer(*ServicePage.LISTING_DEFERRED_FIELDS)
            .in_bulk()
        )
        return [
            {
                "title": services[pk].title,
                "summary": services[pk].summary,
                "url": services[pk].get_url(request),
            }
            for pk in chosen
            if pk in services
        ]


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
    body = StreamField(PageBodyBlock(), verbose_name=_("body"), blank=True)

    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
