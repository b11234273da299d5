"""Load the demo into the reference site: its home page as the default site's root, its standard
pages, then Praça's demo (`praca_demo`) under the home page and the home page's featured services.

    manage.py load_demo [--quiet]            the reference site, as `make run` does
    manage.py load_demo --parent PAGE        only Praça's demo under PAGE, as a host site would

This command shadows `praca_demo`'s (`portal` comes first in INSTALLED_APPS). Idempotent.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import CommandError
from wagtail.models import Page, Site

from portal.management import demo_content
from portal.models import HomePage, HomePageFeaturedService, StandardPage
from praca_demo.demo.loader import CREATED, UNCHANGED, UPDATED, DemoLoader
from praca_demo.management.commands import load_demo


class ReferenceSiteLoader(DemoLoader):
    """The plugin's loader, with the reference site's home page, Site record and pages."""

    def load(self, parent=None):
        root = Page.get_first_root_node()
        if root is None:
            raise CommandError("The page tree has no root: run `manage.py migrate` first.")
        self.home, self.home_outcome = self.sync_home(root)
        self.site_outcome = self.sync_site(self.home)
        self.delete_welcome_page(root)
        super().load(self.home)
        self.load_featured_services()

    def site_of(self, page):
        return self.reference_site

    def page_steps(self):
        # Home page, Site, then the plugin's (contact channels, catalog), then the standard pages:
        # the order the pages had before the demo loader became a plugin, so menus stay the same.
        return [
            lambda: self.home_outcome,
            lambda: self.site_outcome,
            *super().page_steps(),
            *(lambda item=item: self.sync_standard_page(item) for item in self.standard_pages()),
        ]

    def standard_pages(self):
        return demo_content.STANDARD_PAGES

    def sync_home(self, root):
        fields = dict(demo_content.HOME_PAGE)
        slug = fields.pop("slug")
        home = HomePage.objects.child_of(root).first()
        if home is None:
            return self.sync_page(root, HomePage, slug, fields)
        # Keep the slug of an existing home page: it does not show in URLs.
        return home, self.update_page(home, fields)

    def sync_site(self, home):
        site = (
            Site.objects.filter(is_default_site=True).first()
            or Site.objects.filter(hostname="localhost", port=80).first()
        )
        values = {
            "hostname": "localhost",
            "port": 80,
            "site_name": demo_content.SITE_NAME,
            "root_page_id": home.pk,
            "is_default_site": True,
        }
        if site is None:
            site, outcome = Site(**values), CREATED
        elif all(getattr(site, name) == value for name, value in values.items()):
            self.reference_site = site
            return UNCHANGED
        else:
            for name, value in values.items():
                setattr(site, name, value)
            outcome = UPDATED
        site.full_clean()
        site.save()
        self.reference_site = site
        return outcome

    def delete_welcome_page(self, root):
        """Delete Wagtail's "Welcome to your new Wagtail site!" page once nothing uses it."""
        plain_page = ContentType.objects.get_for_model(Page)
        for page in Page.objects.child_of(root).filter(content_type=plain_page, slug="home"):
            if (
                not page.get_children().exists()
                and not Site.objects.filter(root_page=page).exists()
            ):
                page.delete()

    def sync_standard_page(self, item):
        fields = {key: value for key, value in item.items() if key not in {"slug", "body"}}
        fields["body"] = [{"type": kind, "value": value} for kind, value in item["body"]]
        _, outcome = self.sync_page(self.home, StandardPage, item["slug"], fields)
        return outcome

    def load_featured_services(self):
        wanted = [self.services[slug].pk for slug in demo_content.FEATURED_SERVICES]
        current = [featured.service_id for featured in self.home.featured_services.all()]
        if current != wanted:
            self.home.featured_services = [
                HomePageFeaturedService(service_id=pk, sort_order=position)
                for position, pk in enumerate(wanted)
            ]
            self.home.save_revision().publish()

    # Output --------------------------------------------------------------------------------

    def where(self):
        return ""

    def loaded_parts(self):
        return [*super().loaded_parts(), f"{len(self.standard_pages())} standard pages"]


class Command(load_demo.Command):
    help = (
        "Load the demo into the reference site (the fictional Município de Vila Serena): its home "
        "page as the default site's root, its standard pages and contact channels, Praça's "
        "catalog, service desk, consultations and search under the home page, and an admin "
        "user. With --parent, only Praça's demo under that page, as a host site would get it. "
        "Idempotent."
    )
    # The reference site is a demo site: `make run` and the benchmarks load it with DEBUG off too.
    refuse_without_debug = False

    def make_loader(self, options, quiet):
        loader_class = DemoLoader if options["parent"] else ReferenceSiteLoader
        return loader_class(self.stdout, self.style, quiet=quiet)

    def load(self, loader, options):
        if options["parent"]:
            super().load(loader, options)
        else:
            loader.load()
