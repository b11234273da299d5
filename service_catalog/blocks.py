"""StreamField blocks of a service page (ordered steps, required documents and legal basis), and
the catalog's blocks for any page of a host (featured services, categories with their counts)."""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class StepBlock(blocks.StructBlock):
    """One main step of the service (art. 7 §2 III), shown as a numbered list."""

    title = blocks.CharBlock(label=_("Step"), max_length=200)
    description = blocks.RichTextBlock(
        label=_("Description"), required=False, features=["bold", "italic", "link", "ol", "ul"]
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")
        template = "service_catalog/blocks/step.html"


class DocumentRequirementBlock(blocks.StructBlock):
    """A document the citizen must bring or upload (art. 7 §2 II)."""

    name = blocks.CharBlock(label=_("Document"), max_length=200)
    notes = blocks.CharBlock(
        label=_("Notes"),
        required=False,
        max_length=300,
        help_text=_("E.g. original and copy, or which cases require it."),
    )
    mandatory = blocks.BooleanBlock(label=_("Mandatory"), required=False, default=True)

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "service_catalog/blocks/document_requirement.html"


class LegislationBlock(blocks.StructBlock):
    """A law, decree or ordinance that governs the service."""

    title = blocks.CharBlock(
        label=_("Title"), max_length=250, help_text=_("E.g. Lei nº 13.460/2017")
    )
    url = blocks.URLBlock(label=_("Link"), required=False)
    description = blocks.CharBlock(label=_("What it rules"), required=False, max_length=300)

    class Meta:
        icon = "clipboard-list"
        label = _("Legislation")
        template = "service_catalog/blocks/legislation.html"


class StepsBlock(blocks.StreamBlock):
    step = StepBlock()


class DocumentsBlock(blocks.StreamBlock):
    document = DocumentRequirementBlock()


class LegalBasisBlock(blocks.StreamBlock):
    legislation = LegislationBlock()


# Blocks for a host's own StreamFields ---------------------------------------------------------
# Each renders a part of the reference site's home page with the catalog's template tags
# (service_catalog_tags), inside Praça's stylesheet and container, so that editors add them to
# any page of a host whose StreamField lists them.


class PracaPartBlock(blocks.StructBlock):
    """A part of Praça on a host's page, with an optional heading of the editor's."""

    heading_id_prefix = "praca-part"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # Headings label their sections: each needs its own id on the page.
        heading = slugify(value.get("heading") or "")
        context["heading_id"] = "-".join(filter(None, [self.heading_id_prefix, heading]))
        return context


class FeaturedServicesBlock(PracaPartBlock):
    """Services the editor chooses, as cards; those unpublished or behind a view restriction
    are left out."""

    heading = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        max_length=120,
        help_text=_("Leave empty for “Most requested services”."),
    )
    intro = blocks.CharBlock(label=_("Introduction"), required=False, max_length=300)
    services = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="praca_service_catalog.ServicePage", label=_("Service")),
        label=_("Services"),
        min_num=1,
        max_num=12,
    )

    heading_id_prefix = "praca-featured-services"

    class Meta:
        icon = "pick"
        label = _("Featured services")
        template = "service_catalog/blocks/featured_services.html"


class CategoriesBlock(PracaPartBlock):
    """The catalog's categories with the number of services in each, every one a link to the
    catalog filtered by it."""

    heading = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        max_length=120,
        help_text=_("Leave empty for “Services by category”."),
    )

    heading_id_prefix = "praca-categories"

    class Meta:
        icon = "folder-open-1"
        label = _("Service categories")
        template = "service_catalog/blocks/categories.html"
