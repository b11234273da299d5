"""Load the demo content: the fictional Município de Vila Serena (SP).

Idempotent: objects are looked up by slug (locations by name, pages by slug under their parent),
created when missing and updated only when they differ from `praca_demo.demo.data`. Pages get a new
revision only when created or changed, so a second run writes nothing.
"""

import importlib
import time
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Page, Site

from portal.models import HomePage, HomePageFeaturedService, StandardPage
from praca.models import ContactSettings, Department
from praca.progress import ProgressBar
from praca_demo.demo import data
from praca_demo.demo import participation as demo_participation
from service_catalog.models import (
    Audience,
    Category,
    Location,
    ServiceChannel,
    ServiceIndexPage,
    ServicePage,
)

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "admin"  # noqa: S105 (the documented demo login)
ADMIN_EMAIL = "admin@vilaserena.sp.gov.br"

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"

# Later stages, each a module of `praca_demo.demo` with `load(command) -> summary line`, run in this
# order after the catalog and the service desk (a module not written yet is skipped).
EXTRA_STAGES = ("praca_demo.demo.consultations", "praca_demo.demo.search")

SERVICE_FIELDS = (
    "title",
    "summary",
    "other_names",
    "description",
    "audience_details",
    "requirements",
    "priority_groups",
    "max_delivery_time",
    "max_delivery_time_unit",
    "waiting_time_minutes",
    "is_free",
    "cost_details",
    "how_to_track",
    "how_to_complain",
    "other_information",
)
CHANNEL_FIELDS = ("kind", "label", "url", "phone", "email", "location_id", "notes")


def stream_data(stream_value):
    """A StreamField value as [{"type", "value"}, …], without block ids, for comparisons."""
    return [{"type": block["type"], "value": block["value"]} for block in stream_value.raw_data]


def stream(block_type, values):
    return [{"type": block_type, "value": value} for value in values]


class Tally:
    """How many objects of a stage were created, updated or left unchanged."""

    def __init__(self):
        self.counts = {CREATED: 0, UPDATED: 0, UNCHANGED: 0}

    def add(self, outcome):
        self.counts[outcome] += 1

    def __str__(self):
        return ", ".join(f"{count} {name}" for name, count in self.counts.items() if count)


class Command(BaseCommand):
    help = (
        "Load the demo content (the fictional Município de Vila Serena): taxonomies, locations, "
        "the home page, standard pages, the service catalog and an admin user. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="Print nothing but errors.")

    def handle(self, *args, **options):
        self.quiet = options["quiet"] or options["verbosity"] == 0
        started = time.perf_counter()
        try:
            with transaction.atomic():
                self.load()
        except ValidationError as error:
            raise CommandError(f"Invalid demo data: {error}") from error
        if not self.quiet:
            self.report(time.perf_counter() - started)

    # Stages --------------------------------------------------------------------------------

    def load(self):
        self.load_taxonomies()
        self.load_pages()
        self.load_services()
        self.load_featured_services()
        self.admin_created = self.load_admin()
        self.desk_summary = demo_participation.load(self)
        self.extra_summaries = []
        for name in EXTRA_STAGES:
            try:
                module = importlib.import_module(name)
            except ModuleNotFoundError as error:
                if error.name != name:
                    raise
                continue
            self.extra_summaries.append(module.load(self))

    def progress(self, label, total):
        return ProgressBar(self.stdout, label, total, enabled=not self.quiet)

    def load_taxonomies(self):
        total = (
            len(data.AUDIENCES) + len(data.DEPARTMENTS) + len(data.CATEGORIES) + len(data.LOCATIONS)
        )
        bar, tally = self.progress("taxonomies and locations", total), Tally()
        self.audiences, self.departments, self.categories, self.locations = {}, {}, {}, {}
        for model, items, registry in (
            (Audience, data.AUDIENCES, self.audiences),
            (Department, data.DEPARTMENTS, self.departments),
            (Category, data.CATEGORIES, self.categories),
        ):
            for item in items:
                values = {key: value for key, value in item.items() if key != "slug"}
                obj, outcome = self.sync_object(model, {"slug": item["slug"]}, values)
                registry[item["slug"]] = obj
                tally.add(outcome)
                bar.advance()
        for item in data.LOCATIONS:
            values = {
                key: value
                for key, value in item.items()
                if key not in {"key", "name", "latitude", "longitude"}
            }
            values.update(
                city="Vila Serena",
                state="SP",
                latitude=Decimal(item["latitude"]),
                longitude=Decimal(item["longitude"]),
            )
            obj, outcome = self.sync_object(Location, {"name": item["name"]}, values)
            self.locations[item["key"]] = obj
            tally.add(outcome)
            bar.advance()
        bar.finish(tally)

    def load_pages(self):
        bar, tally = self.progress("site and pages", 4 + len(data.STANDARD_PAGES)), Tally()
        root = Page.get_first_root_node()
        if root is None:
            raise CommandError("The page tree has no root: run `manage.py migrate` first.")

        home_data = dict(data.HOME_PAGE)
        slug = home_data.pop("slug")
        self.home = HomePage.objects.child_of(root).first()
        if self.home is None:
            self.home, outcome = self.sync_page(root, HomePage, slug, home_data)
        else:  # Keep the slug of an existing home page: it does not show in URLs.
            outcome = self.update_page(self.home, home_data)
        tally.add(outcome)
        bar.advance()

        self.site, outcome = self.sync_site(self.home)
        self.delete_welcome_page(root)
        tally.add(outcome)
        bar.advance()

        tally.add(self.sync_contact_settings(self.site))
        bar.advance()

        catalog_data = dict(data.SERVICE_INDEX_PAGE)
        self.catalog, outcome = self.sync_page(
            self.home, ServiceIndexPage, catalog_data.pop("slug"), catalog_data
        )
        tally.add(outcome)
        bar.advance()

        for item in data.STANDARD_PAGES:
            fields = {key: value for key, value in item.items() if key not in {"slug", "body"}}
            fields["body"] = [{"type": kind, "value": value} for kind, value in item["body"]]
            _, outcome = self.sync_page(self.home, StandardPage, item["slug"], fields)
            tally.add(outcome)
            bar.advance()
        bar.finish(tally)

    def load_services(self):
        bar, tally = self.progress("services", len(data.SERVICES)), Tally()
        self.services = {}
        for item in data.SERVICES:
            fields = {name: item[name] for name in SERVICE_FIELDS}
            fields.update(
                search_description=item["summary"],
                category_id=self.categories[item["category"]].pk,
                department_id=self.departments[item["department"]].pk,
                cost_amount=Decimal(item["cost_amount"]) if item["cost_amount"] else None,
                last_reviewed=date.fromisoformat(item["last_reviewed"]),
                review_by=date.fromisoformat(item["review_by"]),
                steps=stream("step", item["steps"]),
                documents=stream("document", item["documents"]),
                legal_basis=stream("legislation", item["legal_basis"]),
            )
            page, outcome = self.sync_page(
                self.catalog,
                ServicePage,
                item["slug"],
                fields,
                relations=lambda page, creating, item=item: self.service_relations(
                    page, item, creating
                ),
            )
            self.services[item["slug"]] = page
            tally.add(outcome)
            bar.advance()
        bar.finish(tally)

    def load_featured_services(self):
        wanted = [self.services[slug].pk for slug in data.FEATURED_SERVICES]
        current = [featured.service_id for featured in self.home.featured_services.all()]
        if current != wanted:
            self.home.featured_services = [
                HomePageFeaturedService(service_id=pk, sort_order=position)
                for position, pk in enumerate(wanted)
            ]
            self.home.save_revision().publish()

    def load_admin(self):
        user_model = get_user_model()
        if user_model.objects.filter(username=ADMIN_USERNAME).exists():
            return False
        user_model.objects.create_superuser(ADMIN_USERNAME, ADMIN_EMAIL, ADMIN_PASSWORD)
        return True

    # Helpers -------------------------------------------------------------------------------

    def sync_object(self, model, lookup, values):
        """Create the object found by `lookup`, or update the fields that differ from `values`."""
        obj = model.objects.filter(**lookup).first()
        if obj is None:
            obj = model(**lookup, **values)
            outcome = CREATED
        else:
            changed = {name for name, value in values.items() if getattr(obj, name) != value}
            if not changed:
                return obj, UNCHANGED
            for name in changed:
                setattr(obj, name, values[name])
            outcome = UPDATED
        obj.full_clean()
        obj.save()
        return obj, outcome

    def sync_page(self, parent, model, slug, fields, relations=None):
        """Find the page of `model` with `slug` under `parent`; create, update or keep it."""
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is not None:
            return page, self.update_page(page, fields, relations)
        if Page.objects.child_of(parent).filter(slug=slug).exists():
            raise CommandError(
                f"A page of another type already uses the slug {slug!r} under {parent.title!r}."
            )
        page = model(slug=slug, **fields)
        if relations:
            relations(page, creating=True)
        self.validate_streams(page)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page, CREATED

    def update_page(self, page, fields, relations=None):
        changed = False
        for name, value in fields.items():
            current = getattr(page, name)
            if hasattr(current, "raw_data"):
                current = stream_data(current)
            if current != value:
                setattr(page, name, value)
                changed = True
        if relations:
            changed = relations(page, creating=False) or changed
        if not changed and page.live:
            return UNCHANGED
        self.validate_streams(page)
        page.save_revision().publish()
        return UPDATED

    def validate_streams(self, page):
        """Check StreamField values against their blocks (model validation does not)."""
        for field in page._meta.concrete_fields:
            if hasattr(field, "stream_block"):
                try:
                    field.stream_block.clean(getattr(page, field.name))
                except ValidationError as error:
                    raise CommandError(
                        f"Invalid {field.name} on page {page.slug!r}: {error}"
                    ) from error

    def service_relations(self, page, item, creating):
        """Set channels, audiences and life events of a service; True if any changed."""
        changed = False

        channels = []
        for position, channel in enumerate(item["channels"]):
            values = {
                name: channel.get(name, "") for name in CHANNEL_FIELDS if name != "location_id"
            }
            location = channel.get("location")
            values["location_id"] = self.locations[location].pk if location else None
            channels.append(ServiceChannel(sort_order=position, **values))
        wanted = [tuple(getattr(channel, name) for name in CHANNEL_FIELDS) for channel in channels]
        current = (
            []
            if creating
            else [
                tuple(getattr(channel, name) for name in CHANNEL_FIELDS)
                for channel in page.channels.all()
            ]
        )
        if current != wanted:
            for channel in channels:
                try:
                    channel.full_clean(exclude=["page"])
                except ValidationError as error:
                    raise CommandError(
                        f"Invalid channel {channel.kind!r} of service {item['slug']!r}: {error}"
                    ) from error
            page.channels = channels
            changed = True

        audiences = [self.audiences[slug] for slug in item["audiences"]]
        current_ids = set() if creating else {audience.pk for audience in page.audiences.all()}
        if current_ids != {audience.pk for audience in audiences}:
            page.audiences = audiences
            changed = True

        wanted_events = sorted(item["life_events"])
        current_events = [] if creating else sorted(tag.name for tag in page.life_events.all())
        if current_events != wanted_events:
            page.life_events.clear()
            page.life_events.add(*wanted_events)
            changed = True
        return changed

    def sync_site(self, home):
        site = (
            Site.objects.filter(is_default_site=True).first()
            or Site.objects.filter(hostname="localhost", port=80).first()
        )
        values = {
            "hostname": "localhost",
            "port": 80,
            "site_name": data.SITE_NAME,
            "root_page_id": home.pk,
            "is_default_site": True,
        }
        if site is None:
            site, outcome = Site(**values), CREATED
        elif all(getattr(site, name) == value for name, value in values.items()):
            return site, UNCHANGED
        else:
            for name, value in values.items():
                setattr(site, name, value)
            outcome = UPDATED
        site.full_clean()
        site.save()
        return site, outcome

    def delete_welcome_page(self, root):
        """Delete Wagtail's "Welcome to your new Wagtail site!" page once nothing uses it."""
        plain_page = ContentType.objects.get_for_model(Page)
        for page in Page.objects.child_of(root).filter(content_type=plain_page, slug="home"):
            if (
                not page.get_children().exists()
                and not Site.objects.filter(root_page=page).exists()
            ):
                page.delete()

    def sync_contact_settings(self, site):
        contact = ContactSettings.for_site(site)
        changed = {
            name for name, value in data.CONTACT_SETTINGS.items() if getattr(contact, name) != value
        }
        if not changed:
            return UNCHANGED
        for name in changed:
            setattr(contact, name, data.CONTACT_SETTINGS[name])
        contact.full_clean()
        contact.save()
        return UPDATED

    # Output --------------------------------------------------------------------------------

    def report(self, elapsed):
        services = ServicePage.objects.live().descendant_of(self.catalog)
        categories = Category.objects.filter(services__in=services).distinct().count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo loaded in {elapsed:.1f} s: {services.count()} services in {categories} "
                f"categories, {Department.objects.count()} departments, "
                f"{Location.objects.count()} locations, {len(data.STANDARD_PAGES)} standard pages."
            )
        )
        base_url = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "http://127.0.0.1:8000"
        base_url = base_url.rstrip("/")
        login = (
            f"{ADMIN_USERNAME} / {ADMIN_PASSWORD}"
            if self.admin_created or self.admin_has_demo_password()
            else f"{ADMIN_USERNAME} (existing user, password left unchanged)"
        )
        self.stdout.write(f"Service desk: {self.desk_summary}.")
        for summary in self.extra_summaries:
            self.stdout.write(f"{summary}.")
        self.stdout.write(f"Site:  {base_url}/")
        self.stdout.write(f"Admin: {base_url}/admin/  (login: {login})")
        self.stdout.write(
            "Department staff: obras / obras (Obras e Serviços Urbanos only); "
            "ouvidoria / ouvidoria (every department, with requesters' identity)."
        )

    def admin_has_demo_password(self):
        # The hasher function, not User.check_password(), which may re-hash and save the user.
        user = get_user_model().objects.filter(username=ADMIN_USERNAME).first()
        return bool(user and check_password(ADMIN_PASSWORD, user.password))
