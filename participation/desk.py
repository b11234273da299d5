"""Where the service desk page lives, for links from other pages and from emails."""

from praca.tree_cache import cached_until_tree_changes


def service_desk_path():
    """The live ServiceDeskPage's URL path ("" if none), cached until the page tree changes."""

    def find():
        from .pages import ServiceDeskPage

        desk = ServiceDeskPage.objects.live().first()
        return (desk.url or "") if desk else ""

    return cached_until_tree_changes("service-desk-path", find)
