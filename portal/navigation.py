"""The site's menu, catalog link and contact channels, cached per site.

Every public page shows them; caching keeps each page's query count constant and small (the
catalog's budget is 12 queries). The cache is dropped whenever the page tree or the contact
settings change.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

CACHE_VERSION_KEY = "praca:navigation:version"
CACHE_TIMEOUT = 60 * 60


def _version():
    return cache.get_or_set(CACHE_VERSION_KEY, 1, None)


def _bump_version():
    try:
        cache.incr(CACHE_VERSION_KEY)
    except ValueError:
        cache.set(CACHE_VERSION_KEY, 2, None)


def invalidate(**kwargs):
    """Drop everything cached from the page tree, now and again once the change is committed.

    Some signals come inside the transaction that makes the change (a page deleted, a page
    approved in a workflow): a request served between the signal and the commit would cache
    the old state under the new version, so the version moves once more after the commit.
    """
    _bump_version()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_bump_version)


def cached_until_tree_changes(name, build):
    """`build()`'s result, cached until a page is published, unpublished, moved or deleted."""
    key = f"praca:tree:{name}:{_version()}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, CACHE_TIMEOUT)
    return value


def site_navigation(request):
    """Menu items, the catalog URL, site name and contact settings of the request's site."""
    site = Site.find_for_request(request)
    if site is None:
        return {"menu": [], "catalog_url": "", "site_name": "", "contact": None}
    key = f"praca:navigation:{site.pk}:{_version()}"
    data = cache.get(key)
    if data is None:
        from portal.models import ContactSettings
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
            "contact": ContactSettings.for_site(site),
        }
        cache.set(key, data, CACHE_TIMEOUT)
    return data


def connect_signals():
    from portal.models import ContactSettings

    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(invalidate, dispatch_uid=f"praca-navigation-{id(signal)}")
    # A view restriction hides a page from listings as surely as unpublishing it.
    for model in (Page, Site, ContactSettings, PageViewRestriction):
        post_delete.connect(
            invalidate, sender=model, dispatch_uid=f"praca-nav-del-{model.__name__}"
        )
    for model in (Site, ContactSettings, PageViewRestriction):
        post_save.connect(invalidate, sender=model, dispatch_uid=f"praca-nav-save-{model.__name__}")


def breadcrumb_trail(page, request):
    """[(title, url), …] from the home page down to `page`'s parent, cached by the parent's path."""
    parent_path = page.path[: -Page.steplen]
    key = f"praca:breadcrumbs:{parent_path}:{_version()}"
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
    key = f"praca:site:{hostname}:{request.get_port()}:{_version()}"
    site = cache.get(key)
    if site is None:
        site = Site._find_for_request(request)
        if site is not None:
            site.root_page.specific  # noqa: B018 - load the page routing starts from
        cache.set(key, site or _NO_SITE, CACHE_TIMEOUT)
    return None if site == _NO_SITE else site
