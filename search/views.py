"""The search page, the autocomplete endpoint and the click-through that the query log counts."""

from datetime import timedelta

from django.core.cache import cache
from django.db.models import Count, Q
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page

from praca.page_mixins import base_template_context, exclude_restricted
from praca.ratelimit import limit_exceeded

from . import engines
from .conf import search_settings
from .forms import SearchForm
from .models import Kind, SearchDocument, SearchLogEntry
from .querylog import (
    click_token,
    read_click_token,
    read_search_token,
    record_click,
    record_search,
    search_token,
)
from .text import fold

SUGGESTED_CACHE_KEY = "praca:search:suggested"


def log_limit_exceeded(request):
    """Whether this client has added its share to the query log for now (searches and clicks
    alike); it goes on searching, it is just not logged."""
    return bool(limit_exceeded(request, "search-log", search_settings.LOG_RATE_LIMIT))


SUGGESTED_COUNT = 6


@require_GET
def search_page(request):
    form = SearchForm(request.GET)
    search_request = form.search_request()
    notices = []
    if form.shortened:
        notices.append(
            _("Your search was too long; only its first %(count)s characters were used.")
            % {"count": search_settings.MAX_QUERY_LENGTH}
        )
    ignored = form.ignored_filters()
    if ignored:
        notices.append(
            _("Some filters could not be understood and were ignored: %(filters)s.")
            % {"filters": ", ".join(ignored)}
        )
    response, degraded, log_id = None, False, None
    searched = bool(search_request.query.strip() or search_request.has_filters)
    if searched:
        response, degraded = engines.search(search_request)
        if "page" in request.GET:
            log_id = read_search_token(request.GET.get("s", ""))  # the search being paged
        elif search_request.query.strip() and not log_limit_exceeded(request):
            entry = record_search(
                search_request.query, response.total, response.engine, search_request.has_filters
            )
            log_id = entry.pk if entry else None
    hits = []
    if response:
        start = (response.page - 1) * search_request.page_size
        for position, hit in enumerate(response.hits, start=start + 1):
            url = hit.url
            if log_id is not None:
                url = reverse("search:click", args=[click_token(log_id, hit.page_id, position)])
            hits.append(
                {"hit": hit, "url": url, "position": position, "kind_label": Kind(hit.kind).label}
            )
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    query_without_page["q"] = search_request.query  # a 10 kB query is not copied into links
    query_without_page.pop("s", None)
    if log_id is not None:
        query_without_page["s"] = search_token(log_id)
    context = {
        "form": form,
        "query": search_request.query,
        "search_request": search_request,
        "searched": searched,
        "response": response,
        "hits": hits,
        "degraded": degraded,
        "notices": notices,
        "promotions": promotions_for(search_request.query, request)
        if search_request.query.strip() and (not response or response.page == 1)
        else [],
        "suggested": suggested_services() if searched and not hits else [],
        "page_obj": _PageInfo(response) if response else None,
        "query_without_page": query_without_page.urlencode(),
        "has_filters": search_request.has_filters,
        "filter_count": search_request.filter_count,
    }
    return render(request, "search/search_page.html", base_template_context(context))


class _Pages:
    def __init__(self, num_pages):
        self.num_pages = num_pages


class _PageInfo:
    """What includes/pagination.html reads from a Django Page, for an engine's page."""

    def __init__(self, response):
        self.number = response.page
        self.paginator = _Pages(response.num_pages)

    def has_previous(self):
        return self.number > 1

    def has_next(self):
        return self.number < self.paginator.num_pages

    def previous_page_number(self):
        return self.number - 1

    def next_page_number(self):
        return self.number + 1


def promotions_for(query, request):
    """Editors' promoted results for this query (Wagtail's search promotions)."""
    normalised = " ".join(query.lower().split())
    # A promoted page shows only while it is live and public (no view restriction on it or
    # its ancestors): its title and description must not leak otherwise.
    visible = exclude_restricted(Page.objects.live()).values("pk")
    promotions = (
        SearchPromotion.objects.filter(query__query_string__in={normalised, fold(normalised)})
        .filter(Q(page__isnull=True) | Q(page__in=visible))
        .select_related("page")
        .order_by("sort_order")
    )
    found = []
    for promotion in promotions:
        url = promotion.page.get_url(request) if promotion.page_id else promotion.external_link_url
        found.append({"title": promotion.title, "url": url, "description": promotion.description})
    return found


def suggested_services():
    """For an empty result: the services most opened from searches in the last 90 days, then
    the pages editors promote in search results, then the first by name; cached for 15
    minutes."""
    suggested = cache.get(SUGGESTED_CACHE_KEY)
    if suggested is None:
        since = timezone.now() - timedelta(days=90)
        popular = list(
            SearchLogEntry.objects.filter(searched_at__gte=since, clicked_page__isnull=False)
            .values("clicked_page")
            .annotate(clicks=Count("pk"))
            .order_by("-clicks")
            .values_list("clicked_page", flat=True)[:SUGGESTED_COUNT]
        )
        featured = (
            SearchPromotion.objects.filter(page__isnull=False)
            .order_by("sort_order", "pk")
            .values_list("page", flat=True)[:SUGGESTED_COUNT]
        )
        documents = SearchDocument.objects.filter(kind=Kind.SERVICE).only("title", "url", "page")
        by_page = documents.filter(page__in=[*popular, *featured]).in_bulk(field_name="page_id")
        order = list(dict.fromkeys([*popular, *featured]))
        suggested = [
            {"title": by_page[page].title, "url": by_page[page].url}
            for page in order
            if page in by_page
        ][:SUGGESTED_COUNT]
        if len(suggested) < SUGGESTED_COUNT:
            seen = {item["url"] for item in suggested}
            for document in documents.order_by("title")[: SUGGESTED_COUNT * 2]:
                if document.url not in seen and len(suggested) < SUGGESTED_COUNT:
                    suggested.append({"title": document.title, "url": document.url})
        cache.set(SUGGESTED_CACHE_KEY, suggested, 60 * 15)
    return suggested


@require_GET
@cache_control(max_age=60, public=True)
def autocomplete(request):
    """Services whose title starts like what the citizen is typing, as JSON."""
    query = request.GET.get("q", "")[: search_settings.MAX_QUERY_LENGTH]
    suggestions, degraded = engines.autocomplete(query, search_settings.AUTOCOMPLETE_LIMIT)
    return JsonResponse(
        {
            "query": query,
            "degraded": degraded,
            "suggestions": [
                {"title": item.title, "url": item.url, "category": item.category_name}
                for item in suggestions
            ],
        }
    )


@require_GET
def click(request, token):
    """Count the result a citizen opened, then send them to it."""
    parsed = read_click_token(token)
    document = None
    if parsed:
        entry_id, page_id, position = parsed
        document = SearchDocument.objects.filter(page_id=page_id).only("url").first()
    if document is None:
        return HttpResponseRedirect(reverse("search:search"))
    if not log_limit_exceeded(request):
        record_click(entry_id, page_id, position)
    return HttpResponseRedirect(document.url)
