"""StreamField blocks of a service page: ordered steps, required documents and legal basis."""

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
