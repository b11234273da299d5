"""The catalog listing, shared by the ServiceIndexPage route."""

import hashlib

from django.core.paginator import Paginator
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from praca.tree_cache import cached_until_tree_changes

from .conf import catalog_settings
from .filters import ServiceFilter
from .models import ServicePage


class CountedPaginator(Paginator):
    """A paginator told its total up front, so it does not run a COUNT query of its own."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self):
        return self._known_count


def catalog_facets(filterset, scope):
    """The filterset's facet counts and whether they were just counted (not cached).

    Without words they are cached per catalog (`scope`) and filter combination until the catalog
    changes: they change only when a service is published, unpublished, moved, restricted or
    deleted, or a category, audience or department is edited, and each of these drops the cache
    (see portal.navigation). Five grouped queries become none for a combination asked for before.
    With words they are always counted: a text is rarely asked for twice (caching each would
    crowd the cache out), and the search index may lag a publish by a task's run.
    """
    if filterset.form.cleaned_data.get("q"):
        return filterset.facets(), True
    counted = []

    def count():
        counted.append(True)
        return filterset.facets()

    chosen = sorted(
        (name, sorted(value) if isinstance(value, list) else value)
        for name, value in filterset.form.cleaned_data.items()
        if name not in ("order", "page") and value not in (None, "", [], False)
    )
    digest = hashlib.sha256(repr(chosen).encode()).hexdigest()[:32]
    facets = cached_until_tree_changes(f"catalog-facets:{scope}:{get_language()}:{digest}", count)
    return facets, bool(counted)


def catalog_listing_context(request, services, scope):
    """Filter, count and paginate `services` (the catalog `scope`'s) from the GET parameters.

    Bad parameters never raise: the filters that could not be understood are ignored and named
    in a warning, and an out-of-range or non-numeric page shows the nearest valid page.
    """
    services = services.select_related("category", "department").defer(
        *ServicePage.LISTING_DEFERRED_FIELDS
    )
    filterset = ServiceFilter(request.GET, queryset=services, request=request)
    filter_warning = ""
    if not filterset.form.is_valid():
        labels = ", ".join(str(filterset.form.fields[name].label) for name in filterset.form.errors)
        filter_warning = _(
            "Some filters could not be understood and were ignored: %(filters)s."
        ) % {"filters": labels}
    results = filterset.qs
    if not filterset.form.cleaned_data.get("order"):
        results = results.order_by("title")
    facets, just_counted = catalog_facets(filterset, scope)
    if not just_counted:
        # Cached counts guide the filters, but the listing is always counted itself, so a count
        # cached in the moment before a change took effect can never hide a service.
        facets = {**facets, "total": results.count()}
    paginator = CountedPaginator(results, catalog_settings.PAGE_SIZE, count=facets["total"])
    page = paginator.get_page(request.GET.get("page"))
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    return {
        "filterset": filterset,
        "facets": facets,
        "filter_warning": filter_warning,
        "services_page": page,
        "query_without_page": query_without_page.urlencode(),
        "has_filters": any(
            any(values) for name, values in request.GET.lists() if name not in {"page", "order"}
        ),
    }
