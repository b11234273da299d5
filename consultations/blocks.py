"""StreamField blocks of public consultations for any page of a host."""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class OpenConsultationsBlock(blocks.StructBlock):
    """The consultations open now, closing soonest first, and a link to all of them: the
    `{% open_consultations %}` tag (consultation_tags) as a block editors add to any page of a
    host whose StreamField lists it."""

    heading = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        max_length=120,
        help_text=_("Leave empty for “Open public consultations”."),
    )
    limit = blocks.IntegerBlock(
        label=_("How many to show at most"), default=6, min_value=1, max_value=24
    )

    class Meta:
        icon = "comment"
        label = _("Open public consultations")
        template = "consultations/includes/open_consultations_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # Headings label their sections: each needs its own id on the page.
        heading = slugify(value.get("heading") or "")
        context["heading_id"] = "-".join(filter(None, ["praca-open-consultations", heading]))
        return context
