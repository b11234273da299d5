"""The reference site's menu, catalog link and breadcrumbs, cached per site.

Every public page shows them; caching keeps each page's query count constant and small (the
catalog's budget is 12 queries). The cache is dropped whenever the page tree changes.
"""

from django.core.cache import cache
from wagtail.models import Page, Site

from praca.tree_cache import CACHE_TIMEOUT, version


def site_navigation(request):
    """Menu items, the catalog URL and the site name of the request's site."""
    site = Site.find_for_request(request)
    if site is None:
        return {"menu": [], "catalog_url": "", "site_name": ""}
    key = f"praca:navigation:{site.pk}:{version()}"
    data = cache.get(key)
    if data is None:
        from service_catalog.models import ServiceIndexPage

        root = site.root_page
        menu = [
            {"title": page.title, "url": page.get_url(request), "path": page.path}
            for page in root.get_children()
            .live()
            .public()
            .in_menu()
            .only("title", "url_path", "path", "depth")
        ]
        catalog = ServiceIndexPage.objects.live().descendant_of(root).first()
        data = {
            "menu": menu,
            "catalog_url": catalog.get_url(request) if catalog else "",
            "site_name": site.site_name or root.title,
        }
        cache.set(key, data, CACHE_TIMEOUT)
    return data


def breadcrumb_trail(page, request):
    """[(title, url), …] from the home page down to `page`'s parent, cached by the parent's path."""
    parent_path = page.path[: -Page.steplen]
    key = f"praca:breadcrumbs:{parent_path}:{version()}"
    trail = cache.get(key)
    if trail is None:
        ancestors = (
            Page.objects.filter(
                path__in=[
                    parent_path[:end]
                    for end in range(Page.steplen * 2, len(parent_path) + 1, Page.steplen)
                ]
            )
            .order_by("path")
            .only("title", "url_path", "path", "depth")
        )
        trail = [(ancestor.title, ancestor.get_url(request)) for ancestor in ancestors]
        cache.set(key, trail, CACHE_TIMEOUT)
    return trail


_NO_SITE = "no-site"


class CachedSiteMiddleware:
    """Find the request's Wagtail site, with its root page, in the cache instead of the database.

    Wagtail looks the site up (and then loads the root page) on every request. The answer only
    changes when a site is saved or the page tree changes, which drop this cache.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        site = cached_site_for_request(request)
        if site is not None:
            request._wagtail_site = site
        return self.get_response(request)


def cached_site_for_request(request):
    from django.http.request import split_domain_port

    hostname = split_domain_port(request._get_raw_host())[0]
    key = f"praca:site:{hostname}:{request.get_port()}:{version()}"
    site = cache.get(key)
    if site is None:
        site = Site._find_for_request(request)
        if site is not None:
            site.root_page.specific  # noqa: B018 - load the page routing starts from
        cache.set(key, site or _NO_SITE, CACHE_TIMEOUT)
    return None if site == _NO_SITE else site
