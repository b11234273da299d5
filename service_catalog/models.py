"""The Carta de Serviços ao Usuário (Lei 13.460/2017 art. 7): service pages and their taxonomies."""

import json

from django import forms
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Count, Q
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from praca.conf import is_installed
from praca.models import Department  # noqa: F401 - services belong to departments
from praca.page_mixins import PracaPageMixin, exclude_restricted  # noqa: F401 - re-exported

from .blocks import DocumentsBlock, LegalBasisBlock, StepsBlock
from .conf import catalog_settings

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]

# Characters that would let JSON inside a <script> element break out of it.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


class CategoryQuerySet(models.QuerySet):
    def with_service_counts(self, services=None):
        """Categories that have live services anyone may see, among `services` (a ServicePage
        queryset: a site's, say; every service by default), each annotated with
        `service_count`: the number the catalog lists when filtered by the category.

        Services behind a view restriction are not counted: a citizen would otherwise read
        "3 services" and find two, and learn that a hidden one exists.
        """
        if services is None:
            services = ServicePage.objects.all()
        public = exclude_restricted(services.live()).values("pk")
        return (
            self.annotate(
                service_count=Count("services", filter=Q(services__in=public), distinct=True)
            )
            .filter(service_count__gt=0)
            .order_by("sort_order", "name")
        )


class Category(index.Indexed, models.Model):
    """A theme of the catalog (Tributos, Saúde, Educação, …) that citizens browse by."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.CharField(_("description"), max_length=300, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = CategoryQuerySet.as_manager()

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self):
        return self.name


class Audience(models.Model):
    """Who may request a service: citizens, companies, public bodies, …"""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")

    def __str__(self):
        return self.name


class Location(index.Indexed, models.Model):
    """A place where citizens are served in person, with its opening hours."""

    name = models.CharField(_("name"), max_length=200)
    address = models.CharField(_("address"), max_length=300)
    neighbourhood = models.CharField(_("neighbourhood"), max_length=100, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    state = models.CharField(_("state"), max_length=2, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    opening_hours = models.CharField(
        _("opening hours"), max_length=200, help_text=_("E.g. Segunda a sexta, das 8h às 17h.")
    )
    opening_hours_spec = models.CharField(
        _("opening hours (machine-readable)"),
        max_length=100,
        blank=True,
        help_text=_('schema.org format, e.g. "Mo-Fr 08:00-17:00".'),
    )
    accessibility = models.CharField(
        _("accessibility"),
        max_length=300,
        blank=True,
        help_text=_("E.g. step-free access, accessible toilet, Libras interpreter."),
    )

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("address"),
        index.SearchField("neighbourhood"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("neighbourhood"), FieldPanel("city"), FieldPanel("state")]),
        FieldRowPanel([FieldPanel("postal_code"), FieldPanel("phone")]),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("opening_hours"),
        FieldPanel("opening_hours_spec"),
        FieldPanel("accessibility"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("location")
        verbose_name_plural = _("locations")

    def __str__(self):
        return self.name

    @property
    def full_address(self):
        parts = [self.address, self.neighbourhood]
        city = " - ".join(part for part in (self.city, self.state) if part)
        parts += [city, self.postal_code]
        return ", ".join(part for part in parts if part)

    def clean(self):
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both latitude and longitude, or neither."))


class ServiceIndexPage(PracaPageMixin, Page):
    """The catalog: every service below it, filterable by citizens with shareable URLs."""

    template = "service_catalog/service_index_page.html"

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    subpage_types = ["praca_service_catalog.ServicePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("service catalog")
        verbose_name_plural = _("service catalogs")

    def services(self):
        return exclude_restricted(ServicePage.objects.live().descendant_of(self))

    def route(self, request, path_components):
        """Load a service, its category and department in one query (Wagtail's default takes 3)."""
        if path_components:
            try:
                service = (
                    ServicePage.objects.child_of(self)
                    .select_related("category", "department")
                    .get(slug=path_components[0])
                )
            except ServicePage.DoesNotExist:
                raise Http404 from None
            return service.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        from .views import catalog_listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalog_listing_context(request, self.services(), scope=self.pk))
        context["catalog_url"] = self.get_url(request)
        return context


class ServiceLifeEvent(TaggedItemBase):
    """Life events ("abrir uma empresa", "ter um filho") that group services across categories."""

    content_object = ParentalKey(
        "praca_service_catalog.ServicePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class DeliveryTimeUnit(models.TextChoices):
    HOURS = "hours", _("hours")
    DAYS = "days", _("calendar days")
    BUSINESS_DAYS = "business_days", _("business days")


class ServicePage(PracaPageMixin, Page):
    """One service of the Carta de Serviços, with every item of Lei 13.460/2017 art. 7 §§2–3."""

    template = "service_catalog/service_page.html"

    # Dados básicos
    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences in plain language: what the citizen gets."),
    )
    other_names = models.CharField(
        _("other names and keywords"),
        max_length=300,
        blank=True,
        help_text=_(
            "Words citizens use for this service, separated by commas (e.g. 2ª via, boleto)."
        ),
    )
    description = RichTextField(
        _("what is it?"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Art. 7 §2 I: the service offered."),
    )
    category = models.ForeignKey(
        Category,
        verbose_name=_("category"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="services",
    )
    department = models.ForeignKey(
        Department,
        verbose_name=_("responsible department"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="services",
    )
    life_events = ClusterTaggableManager(
        verbose_name=_("life events"), through=ServiceLifeEvent, blank=True
    )

    # Solicitante
    audiences = ParentalManyToManyField(Audience, verbose_name=_("who can request"), blank=True)
    audience_details = RichTextField(
        _("who can request it?"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Conditions the requester must meet."),
    )
    requirements = RichTextField(
        _("requirements"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Art. 7 §2 II: requirements, forms and information needed."),
    )
    documents = StreamField(DocumentsBlock(), verbose_name=_("documents"), blank=True)
    priority_groups = RichTextField(
        _("priority service"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "Art. 7 §3 I: who is served first (elderly, pregnant, people with disabilities…)."
        ),
    )

    # Etapas
    steps = StreamField(
        StepsBlock(), verbose_name=_("main steps"), help_text=_("Art. 7 §2 III, in order.")
    )
    max_delivery_time = models.PositiveIntegerField(
        _("maximum delivery time"),
        help_text=_("Art. 7 §2 IV. 0 means the service is delivered immediately."),
    )
    max_delivery_time_unit = models.CharField(
        _("unit"),
        max_length=20,
        choices=DeliveryTimeUnit.choices,
        default=DeliveryTimeUnit.BUSINESS_DAYS,
    )
    waiting_time_minutes = models.PositiveIntegerField(
        _("expected waiting time (minutes)"),
        null=True,
        blank=True,
        help_text=_("Art. 7 §3 II: how long the citizen waits to be served in person or by phone."),
    )
    is_free = models.BooleanField(_("free of charge"), default=True)
    cost_amount = models.DecimalField(
        _("cost (R$)"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    cost_details = RichTextField(_("cost and how to pay"), features=RICH_TEXT_FEATURES, blank=True)

    # Outras informações
    how_to_track = RichTextField(
        _("how to track your request"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Art. 7 §3 V."),
    )
    how_to_complain = RichTextField(
        _("how to complain, suggest or praise"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Art. 7 §2 VI and §3 IV. Leave empty to show the portal's standard text."),
    )
    other_information = RichTextField(
        _("other information"), features=RICH_TEXT_FEATURES, blank=True
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    review_by = models.DateField(
        _("review by"),
        null=True,
        blank=True,
        help_text=_("Art. 7 §4: the Carta must be kept up to date."),
    )

    # Legislação
    legal_basis = StreamField(LegalBasisBlock(), verbose_name=_("legal basis"), blank=True)

    # Kept in step with the channels on save, so that listings can filter and count without joins.
    is_available_online = models.BooleanField(_("available online"), default=False, editable=False)

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("other_names"),
        index.AutocompleteField("other_names"),
        index.SearchField("description"),
        index.SearchField("requirements"),
        index.SearchField("steps"),
        index.FilterField("category"),
        index.FilterField("department"),
        index.FilterField("is_free"),
        index.FilterField("is_available_online"),
        index.RelatedFields("category", [index.SearchField("name")]),
        index.RelatedFields(
            "department", [index.SearchField("name"), index.SearchField("acronym")]
        ),
        index.RelatedFields("life_events", [index.SearchField("name")]),
    ]

    basic_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("other_names"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("category"), FieldPanel("department")]),
        FieldPanel("life_events"),
    ]
    requester_panels = [
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("audience_details"),
        FieldPanel("requirements"),
        FieldPanel("documents"),
        FieldPanel("priority_groups"),
    ]
    steps_panels = [
        FieldPanel("steps"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("max_delivery_time"), FieldPanel("max_delivery_time_unit")]
                ),
                FieldPanel("waiting_time_minutes"),
            ],
            heading=_("Time"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_free"), FieldPanel("cost_amount"), FieldPanel("cost_details")],
            heading=_("Cost"),
        ),
        InlinePanel("channels", heading=_("Channels"), label=_("Channel"), min_num=1),
    ]
    other_panels = [
        FieldPanel("how_to_track"),
        FieldPanel("how_to_complain"),
        FieldPanel("other_information"),
        FieldRowPanel(
            [FieldPanel("last_reviewed"), FieldPanel("review_by")], heading=_("Freshness")
        ),
    ]
    legislation_panels = [FieldPanel("legal_basis")]
    request_form_panels = [
        InlinePanel(
            "questions",
            heading=_("Questions of the request form"),
            label=_("Question"),
            help_text=_("What citizens must answer when they request this service."),
        )
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(basic_panels, heading=_("Basic data")),
            ObjectList(requester_panels, heading=_("Requester")),
            ObjectList(steps_panels, heading=_("Steps")),
            ObjectList(other_panels, heading=_("Other information")),
            ObjectList(legislation_panels, heading=_("Legislation")),
            ObjectList(request_form_panels, heading=_("Request form")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )

    parent_page_types = ["praca_service_catalog.ServiceIndexPage"]
    subpage_types = []

    # What listings and cards never show: rich text and StreamFields, costly to load and decode.
    LISTING_DEFERRED_FIELDS = [
        "description",
        "audience_details",
        "requirements",
        "documents",
        "priority_groups",
        "steps",
        "cost_details",
        "how_to_track",
        "how_to_complain",
        "other_information",
        "legal_basis",
    ]

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The desk adds its figures, request link and rating form where a host installed it.
        context["desk_installed"] = is_installed("participation")
        return context

    def clean(self):
        super().clean()
        errors = {}
        if (
            not self.is_free
            and self.cost_amount is None
            and not strip_tags(self.cost_details or "")
        ):
            errors["cost_amount"] = _(
                "A paid service needs its amount or a description of the cost."
            )
        if self.is_free and self.cost_amount:
            errors["cost_amount"] = _("A free service cannot have a cost amount.")
        if self.last_reviewed and self.review_by and self.review_by < self.last_reviewed:
            errors["review_by"] = _("The review date must come after the last review.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.is_available_online = any(
            channel.kind == ChannelKind.ONLINE for channel in self.channels.all()
        )
        return super().save(*args, **kwargs)

    @cached_property
    def channel_list(self):
        return list(self.channels.select_related("location"))

    @cached_property
    def audience_list(self):
        return list(self.audiences.all())

    @cached_property
    def life_event_list(self):
        return list(self.life_events.all())

    # Presentation helpers used by templates, JSON-LD and later the deadline computation.

    @property
    def max_delivery_time_display(self):
        if self.max_delivery_time == 0:
            return _("Immediately")
        count = self.max_delivery_time
        if self.max_delivery_time_unit == DeliveryTimeUnit.HOURS:
            return ngettext("Up to %(count)d hour", "Up to %(count)d hours", count) % {
                "count": count
            }
        if self.max_delivery_time_unit == DeliveryTimeUnit.DAYS:
            return ngettext("Up to %(count)d day", "Up to %(count)d days", count) % {"count": count}
        return ngettext("Up to %(count)d business day", "Up to %(count)d business days", count) % {
            "count": count
        }

    @property
    def waiting_time_display(self):
        if self.waiting_time_minutes is None:
            return ""
        count = self.waiting_time_minutes
        if count < 60 or count % 60:
            return ngettext("Up to %(count)d minute", "Up to %(count)d minutes", count) % {
                "count": count
            }
        hours = count // 60
        return ngettext("Up to %(count)d hour", "Up to %(count)d hours", hours) % {"count": hours}

    @property
    def needs_review(self):
        return bool(self.review_by and self.review_by < timezone.localdate())

    @cached_property
    def keyword_list(self):
        return [word.strip() for word in self.other_names.split(",") if word.strip()]

    def schema_org(self, request=None):
        """The service as a schema.org GovernmentService, for search engines and assistants."""
        data = {
            "@context": "https://schema.org",
            "@type": "GovernmentService",
            "name": self.title,
            "description": self.summary,
            "url": self.get_full_url(request),
            "areaServed": {"@type": "City", "name": catalog_settings.CITY_NAME},
        }
        if self.category_id:
            data["serviceType"] = self.category.name
        if self.department_id:
            data["provider"] = {
                "@type": "GovernmentOrganization",
                "name": self.department.name,
            }
            if self.department.email:
                data["provider"]["email"] = self.department.email
            if self.department.phone:
                data["provider"]["telephone"] = self.department.phone
        audiences = [audience.name for audience in self.audience_list]
        if audiences:
            data["audience"] = [{"@type": "Audience", "audienceType": name} for name in audiences]
        if self.is_free:
            data["offers"] = {"@type": "Offer", "price": "0", "priceCurrency": "BRL"}
        elif self.cost_amount is not None:
            data["offers"] = {
                "@type": "Offer",
                "price": str(self.cost_amount),
                "priceCurrency": "BRL",
            }
        channels = [channel.schema_org() for channel in self.channel_list]
        if channels:
            data["availableChannel"] = channels
        keywords = self.keyword_list + [tag.name for tag in self.life_event_list]
        if keywords:
            data["keywords"] = ", ".join(keywords)
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        return data

    def schema_org_script(self, request=None):
        payload = json.dumps(self.schema_org(request), cls=DjangoJSONEncoder, ensure_ascii=False)
        payload = payload.translate(_JSON_SCRIPT_ESCAPES)
        return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308


class ChannelKind(models.TextChoices):
    ONLINE = "online", _("Online")
    PHONE = "phone", _("Phone")
    EMAIL = "email", _("Email")
    WHATSAPP = "whatsapp", _("WhatsApp or chat")
    IN_PERSON = "in_person", _("In person")


class ServiceChannel(Orderable):
    """A way to obtain the service (art. 7 §2 V): a link, a phone, an email, a chat or a desk."""

    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="channels")
    kind = models.CharField(_("kind"), max_length=20, choices=ChannelKind.choices)
    label = models.CharField(
        _("label"), max_length=150, blank=True, help_text=_("E.g. Portal do Contribuinte.")
    )
    url = models.URLField(_("link"), blank=True)
    phone = models.CharField(_("phone or WhatsApp number"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    location = models.ForeignKey(
        Location,
        verbose_name=_("location"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    notes = models.CharField(
        _("notes"), max_length=300, blank=True, help_text=_("E.g. hours, scheduling required.")
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("label")]),
        FieldPanel("url"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("location"),
        FieldPanel("notes"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("channel")
        verbose_name_plural = _("channels")
        indexes = [models.Index(fields=["kind", "page"])]

    def __str__(self):
        return self.label or self.get_kind_display()

    def clean(self):
        required = {
            ChannelKind.ONLINE: ("url", _("An online channel needs a link.")),
            ChannelKind.PHONE: ("phone", _("A phone channel needs a phone number.")),
            ChannelKind.EMAIL: ("email", _("An email channel needs an email address.")),
            ChannelKind.IN_PERSON: ("location", _("An in-person channel needs a location.")),
        }
        if self.kind == ChannelKind.WHATSAPP and not (self.phone or self.url):
            raise ValidationError(
                {"phone": _("A WhatsApp or chat channel needs a number or a link.")}
            )
        if self.kind in required:
            field, message = required[self.kind]
            if not getattr(self, field if field != "location" else "location_id"):
                raise ValidationError({field: message})

    @property
    def whatsapp_url(self):
        digits = "".join(ch for ch in self.phone if ch.isdigit())
        return f"https://wa.me/{digits}" if digits else self.url

    def schema_org(self):
        channel = {"@type": "ServiceChannel", "name": str(self)}
        if self.url:
            channel["serviceUrl"] = self.url
        if self.kind == ChannelKind.WHATSAPP and self.phone:
            channel["serviceUrl"] = self.whatsapp_url
        if self.phone:
            channel["servicePhone"] = {"@type": "ContactPoint", "telephone": self.phone}
        if self.email:
            channel["servicePhone"] = channel.get("servicePhone") or {
                "@type": "ContactPoint",
                "email": self.email,
            }
            channel["servicePhone"]["email"] = self.email
        if self.location_id:
            place = {
                "@type": "Place",
                "name": self.location.name,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": self.location.address,
                    "addressLocality": self.location.city,
                    "addressRegion": self.location.state,
                    "postalCode": self.location.postal_code,
                    "addressCountry": "BR",
                },
            }
            if self.location.opening_hours_spec:
                place["openingHours"] = self.location.opening_hours_spec
            if self.location.latitude is not None:
                place["geo"] = {
                    "@type": "GeoCoordinates",
                    "latitude": str(self.location.latitude),
                    "longitude": str(self.location.longitude),
                }
            channel["serviceLocation"] = place
        return channel


class QuestionType(models.TextChoices):
    TEXT = "text", _("Text")
    NUMBER = "number", _("Number")
    DATE = "date", _("Date")
    SINGLE_CHOICE = "single_choice", _("Single choice")
    MULTIPLE_CHOICE = "multiple_choice", _("Multiple choice")
    YES_NO = "yes_no", _("Yes or no")


CHOICE_TYPES = {QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE}


class ServiceQuestion(Orderable):
    """An extra question a service's request form asks (as Open311 service attributes do)."""

    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="questions")
    label = models.CharField(_("question"), max_length=250)
    help_text = models.CharField(_("help text"), max_length=300, blank=True)
    field_type = models.CharField(
        _("type"), max_length=20, choices=QuestionType.choices, default=QuestionType.TEXT
    )
    choices = models.TextField(
        _("choices"), blank=True, help_text=_("For choice questions: one option per line.")
    )
    required = models.BooleanField(_("required"), default=True)

    panels = [
        FieldRowPanel([FieldPanel("label"), FieldPanel("field_type")]),
        FieldPanel("help_text"),
        FieldPanel("choices"),
        FieldPanel("required"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.label

    @property
    def choice_list(self):
        return [line.strip() for line in self.choices.splitlines() if line.strip()]

    def clean(self):
        if self.field_type in CHOICE_TYPES and len(self.choice_list) < 2:
            raise ValidationError({"choices": _("Give at least two options, one per line.")})
