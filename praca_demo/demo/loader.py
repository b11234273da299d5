"""The demo loader: the Vila Serena demo under any page of a host site.

`DemoLoader(stdout, style).load(parent)` runs the stages of the apps the host installed, in this
order: departments (and the catalog's taxonomies and locations), the contact channels of the
parent's site, the catalog (/servicos/ and its services), an admin login, the service desk
(/atendimento/, teams, staff and sample cases), consultations (/consultas/) and the search's
synonyms and promotions. The stage of an app the host did not install is skipped and the report
says so.

Idempotent: objects are looked up by slug (locations by name, pages by slug under their parent),
created when missing and updated only when they differ from `praca_demo.demo.data`. Pages get a
new revision only when created or changed, so a second run writes nothing.
"""

from datetime import date
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import check_password
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Page, Site

from praca.conf import is_installed
from praca.models import ContactSettings, Department
from praca.progress import ProgressBar
from praca_demo.demo import data

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "admin"  # noqa: S105 (the documented demo login)
ADMIN_EMAIL = "admin@vilaserena.sp.gov.br"

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"

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

# The stages that need an app besides `praca`: (what the report calls it, the apps it needs).
OPTIONAL_STAGES = {
    "catalog": ("service catalog", ("service_catalog",)),
    "desk": ("service desk", ("service_catalog", "participation")),
    "consultations": ("consultations", ("consultations",)),
    "search": ("search synonyms and promotions", ("search",)),
}


def stream_data(stream_value):
    """A StreamField value as [{"type", "value"}, …], without block ids, for comparisons."""
    return [{"type": block["type"], "value": block["value"]} for block in stream_value.raw_data]


def stream(block_type, values):
    return [{"type": block_type, "value": value} for value in values]


def find_parent(value):
    """The page named by `--parent`: a page id, a URL path of the default site ("/" is its root
    page) or, when None, the default site's root page. CommandError when there is none."""
    value = (value or "").strip()
    if value.isdigit():
        page = Page.objects.filter(pk=int(value)).first()
        if page is None:
            raise CommandError(f"No page has the id {value}: pass an existing page's id or path.")
        if page.is_root():
            raise CommandError(
                f"Page {value} is the root of the page tree, which no site serves: pass a page "
                "of a site, e.g. --parent / for the default site's home page."
            )
        return page.specific
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        raise CommandError(
            "There is no default site: create one in Settings → Sites, or pass a page id with "
            "--parent."
        )
    path = value.strip("/")
    url_path = site.root_page.url_path + (f"{path}/" if path else "")
    page = Page.objects.filter(url_path=url_path).first()
    if page is None:
        shown = f"/{path}/" if path else "/"
        raise CommandError(
            f"No page at {shown} on the default site ({site.hostname}): pass the URL path of an "
            "existing page (e.g. --parent /) or its id."
        )
    return page.specific


def app_installed(name):
    """Whether Praça's app `name` is installed (by its praca_ label, see praca.conf)."""
    return is_installed(name)


class Tally:
    """How many objects of a stage were created, updated or left unchanged."""

    def __init__(self):
        self.counts = {CREATED: 0, UPDATED: 0, UNCHANGED: 0}

    def add(self, outcome):
        self.counts[outcome] += 1

    def __str__(self):
        return ", ".join(f"{count} {name}" for name, count in self.counts.items() if count)


class DemoLoader:
    """Loads the demo under a parent page; `report()` prints what it did."""

    def __init__(self, stdout, style, quiet=False):
        self.stdout = stdout
        self.style = style
        self.quiet = quiet

    # Stages --------------------------------------------------------------------------------

    def load(self, parent):
        self.parent = parent
        self.site = self.site_of(parent)
        self.audiences, self.departments, self.categories, self.locations = {}, {}, {}, {}
        self.services = {}
        self.catalog = None
        self.summaries = []
        self.skipped = [
            f"{label} ({', '.join(name for name in needed if not app_installed(name))})"
            for key, (label, needed) in OPTIONAL_STAGES.items()
            if not self.runs(key)
        ]

        self.check_pages_can_go_under(parent)
        self.load_taxonomies()
        self.load_pages()
        if self.runs("catalog"):
            self.load_services()
        self.admin_created = self.load_admin()
        if self.runs("desk"):
            from praca_demo.demo import participation

            self.summaries.append(f"Service desk: {participation.load(self)}")
        if self.runs("consultations"):
            from praca_demo.demo import consultations

            self.summaries.append(consultations.load(self))
        if self.runs("search"):
            from praca_demo.demo import search

            self.summaries.append(search.load(self))

    def top_pages(self):
        """(page model, slug) of the pages the stages that run create under the parent."""
        pages = []
        if self.runs("catalog"):
            from service_catalog.models import ServiceIndexPage

            pages.append((ServiceIndexPage, data.SERVICE_INDEX_PAGE["slug"]))
        if self.runs("desk"):
            from participation.pages import ServiceDeskPage
            from praca_demo.demo.participation import SERVICE_DESK_PAGE

            pages.append((ServiceDeskPage, SERVICE_DESK_PAGE["slug"]))
        if self.runs("consultations"):
            from consultations.models import ConsultationIndexPage
            from praca_demo.demo.consultations import INDEX_PAGE

            pages.append((ConsultationIndexPage, INDEX_PAGE["slug"]))
        return pages

    def check_pages_can_go_under(self, parent):
        """CommandError before anything is written if a page of the demo cannot go under
        `parent`, rather than after seconds of loading."""
        for model, slug in self.top_pages():
            if not model.objects.child_of(parent).filter(slug=slug).exists():
                self.check_can_create(parent, model, slug)

    def runs(self, stage):
        """Whether the host installed every app the stage needs."""
        return all(app_installed(name) for name in OPTIONAL_STAGES[stage][1])

    def site_of(self, page):
        """The site whose contact channels the demo fills: the parent's (None outside any)."""
        return page.get_site()

    def progress(self, label, total):
        return ProgressBar(self.stdout, label, total, enabled=not self.quiet)

    def load_taxonomies(self):
        with_catalog = self.runs("catalog")
        groups = [(Department, data.DEPARTMENTS, self.departments)]
        total = len(data.DEPARTMENTS)
        if with_catalog:
            from service_catalog.models import Audience, Category

            groups = [
                (Audience, data.AUDIENCES, self.audiences),
                *groups,
                (Category, data.CATEGORIES, self.categories),
            ]
            total += len(data.AUDIENCES) + len(data.CATEGORIES) + len(data.LOCATIONS)
        label = "taxonomies and locations" if with_catalog else "departments"
        bar, tally = self.progress(label, total), Tally()
        for model, items, registry in groups:
            for item in items:
                values = {key: value for key, value in item.items() if key != "slug"}
                obj, outcome = self.sync_object(model, {"slug": item["slug"]}, values)
                registry[item["slug"]] = obj
                tally.add(outcome)
                bar.advance()
        if with_catalog:
            from service_catalog.models import Location

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

    def page_steps(self):
        """The steps of the "site and pages" stage, each a callable returning an outcome."""
        steps = []
        if self.site is not None:
            steps.append(self.load_contact_settings)
        if self.runs("catalog"):
            steps.append(self.load_catalog_page)
        return steps

    def load_pages(self):
        steps = self.page_steps()
        bar, tally = self.progress("site and pages", len(steps)), Tally()
        for step in steps:
            tally.add(step())
            bar.advance()
        bar.finish(tally)

    def load_contact_settings(self):
        contact = ContactSettings.for_site(self.site)
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

    def load_catalog_page(self):
        from service_catalog.models import ServiceIndexPage

        fields = dict(data.SERVICE_INDEX_PAGE)
        self.catalog, outcome = self.sync_page(
            self.parent, ServiceIndexPage, fields.pop("slug"), fields
        )
        return outcome

    def load_services(self):
        from service_catalog.models import ServicePage

        bar, tally = self.progress("services", len(data.SERVICES)), Tally()
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

    def load_admin(self):
        """A superuser admin/admin, so that whoever tries the demo can log in; an existing
        `admin` is left as it is."""
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
        self.check_can_create(parent, model, slug)
        page = model(slug=slug, **fields)
        if relations:
            relations(page, creating=True)
        self.validate_streams(page)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page, CREATED

    def check_can_create(self, parent, model, slug):
        """CommandError, before anything is written, where Wagtail would refuse the page."""
        with translation.override(None):  # the messages are in English, so are the names
            name = str(model._meta.verbose_name)
            parent_kind = str(parent.specific_class._meta.verbose_name)
        if Page.objects.child_of(parent).filter(slug=slug).exists():
            raise CommandError(
                f"A page of another type already uses the slug {slug!r} under {parent.title!r}."
            )
        if not model.can_exist_under(parent):
            raise CommandError(
                f"A {name} cannot be created under {parent.title!r} (a {parent_kind}): pass "
                "another --parent."
            )
        if (
            model.max_count_per_parent
            and model.objects.child_of(parent).count() >= model.max_count_per_parent
        ):
            raise CommandError(
                f"{parent.title!r} already has a {name} with another slug than {slug!r}, and "
                "allows only one: pass another --parent."
            )
        if model.max_count and model.objects.count() >= model.max_count:
            existing = model.objects.first()
            raise CommandError(
                f"The site already has a {name} ({existing.url_path!r}) and allows only "
                f"{model.max_count}: the demo was loaded under another page, or pass that page's "
                "parent as --parent."
            )

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
        from service_catalog.models import ServiceChannel

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

    # Output --------------------------------------------------------------------------------

    def loaded_parts(self):
        """What the first line of the report counts."""
        parts = []
        if self.catalog is not None:
            from service_catalog.models import Category, Location, ServicePage

            services = ServicePage.objects.live().descendant_of(self.catalog)
            categories = Category.objects.filter(services__in=services).distinct().count()
            parts.append(f"{services.count()} services in {categories} categories")
            parts.append(f"{Department.objects.count()} departments")
            parts.append(f"{Location.objects.count()} locations")
        else:
            parts.append(f"{Department.objects.count()} departments")
        return parts

    def where(self):
        """Where the demo went, for the report's first line."""
        return f" under {self.parent.title!r} ({self.page_url(self.parent)})"

    def base_url(self):
        base_url = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "http://127.0.0.1:8000"
        return base_url.rstrip("/")

    def page_url(self, page):
        url = page.get_url()
        if url and url.startswith(("http://", "https://")):
            return url
        return self.base_url() + (url or "/")

    def report(self, elapsed):
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo loaded{self.where()} in {elapsed:.1f} s: {', '.join(self.loaded_parts())}."
            )
        )
        for summary in self.summaries:
            self.stdout.write(f"{summary}.")
        if self.skipped:
            self.stdout.write(f"Skipped, app not installed: {'; '.join(self.skipped)}.")
        login = (
            f"{ADMIN_USERNAME} / {ADMIN_PASSWORD}"
            if self.admin_created or self.admin_has_demo_password()
            else f"{ADMIN_USERNAME} (existing user, password left unchanged)"
        )
        self.stdout.write(f"Site:  {self.page_url(self.parent)}")
        self.stdout.write(f"Admin: {self.base_url()}{self.admin_path()}  (login: {login})")
        if self.runs("desk"):
            self.stdout.write(
                "Department staff: obras / obras (Obras e Serviços Urbanos only); "
                "ouvidoria / ouvidoria (every department, with requesters' identity)."
            )

    def admin_path(self):
        try:
            return reverse("wagtailadmin_home")
        except NoReverseMatch:  # a host that has not included Wagtail's admin URLs (yet)
            return "/admin/"

    def admin_has_demo_password(self):
        # The hasher function, not User.check_password(), which may re-hash and save the user.
        user = get_user_model().objects.filter(username=ADMIN_USERNAME).first()
        return bool(user and check_password(ADMIN_PASSWORD, user.password))
