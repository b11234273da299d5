"""Behaviour shared by every page type of Praça."""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction

from .conf import praca_settings


def base_template_context(context=None):
    """`context` with the host's base template, which `praca/base.html` extends."""
    context = {} if context is None else context
    context["praca_base_template"] = praca_settings.BASE_TEMPLATE
    return context


def exclude_restricted(pages):
    """Leave out pages behind a view restriction (on themselves or an ancestor).

    Does what `PageQuerySet.public()` does in one subquery, instead of a query of its own.
    """
    restrictions = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return pages.exclude(Exists(restrictions))


class ViewRestrictionsInOneQueryMixin:
    """Check view restrictions in one query instead of Wagtail's two.

    Wagtail loads the page's ancestors, then their restrictions. A page's ancestors are the
    prefixes of its tree path, so both fit in one query: restrictions on the page and its
    ancestors, and on the pages that any of them is an alias of.
    """

    def get_view_restrictions(self):
        steplen = Page.steplen
        paths = [self.path[:end] for end in range(steplen, len(self.path) + 1, steplen)]
        alias_sources = Page.objects.filter(path__in=paths, alias_of__isnull=False).values(
            "alias_of_id"
        )
        return PageViewRestriction.objects.filter(
            Q(page__path__in=paths, page__alias_of__isnull=True) | Q(page__in=alias_sources)
        )


class PracaPageMixin(ViewRestrictionsInOneQueryMixin):
    """What every page type of Praça does: view restrictions in one query, and the host's base
    template in the context (`PRACA["BASE_TEMPLATE"]`)."""

    def get_context(self, request, *args, **kwargs):
        return base_template_context(super().get_context(request, *args, **kwargs))
