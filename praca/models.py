"""Models every Praça app shares: the city's departments, its contact channels and the email
outbox."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.search import index


class Department(index.Indexed, models.Model):
    """A unit of the city hall that is responsible for services (secretaria, autarquia, …)."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("staff group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="departments",
        help_text=_("Members of this group see and handle the department's manifestations."),
    )

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("acronym"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("department")
        verbose_name_plural = _("departments")

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def staff(self):
        """Who may take the department's cases: active members of its group, and superusers."""
        return staff_of(self)


def staff_of(department):
    """Active members of `department`'s group, and superusers (for a case with no department
    too), ordered by name."""
    from django.contrib.auth import get_user_model

    condition = Q(is_superuser=True)
    if department is not None and department.group_id:
        condition |= Q(groups=department.group_id)
    return (
        get_user_model()
        .objects.filter(condition, is_active=True)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


@register_setting(icon="site")
class ContactSettings(BaseSiteSetting):
    """The channels through which citizens reach the city hall (footer and home page)."""

    phone = models.CharField(_("phone"), max_length=40, blank=True)
    whatsapp = models.CharField(
        _("WhatsApp"),
        max_length=40,
        blank=True,
        help_text=_("Digits with country code, e.g. 5511999990000."),
    )
    email = models.EmailField(_("email"), blank=True)
    address = models.TextField(_("address"), blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    ombudsman_phone = models.CharField(_("ombudsman phone"), max_length=40, blank=True)
    ombudsman_email = models.EmailField(_("ombudsman email"), blank=True)
    ombudsman_url = models.URLField(_("ombudsman page"), blank=True)
    footer_text = RichTextField(_("footer text"), blank=True, features=["bold", "italic", "link"])

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("whatsapp"),
                FieldPanel("email"),
                FieldPanel("address"),
                FieldPanel("opening_hours"),
            ],
            heading=_("City hall"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("ombudsman_phone"),
                FieldPanel("ombudsman_email"),
                FieldPanel("ombudsman_url"),
            ],
            heading=_("Ombudsman"),
        ),
        FieldPanel("footer_text"),
    ]

    class Meta:
        verbose_name = _("contact channels")

    @property
    def whatsapp_url(self):
        digits = "".join(ch for ch in self.whatsapp if ch.isdigit())
        return f"https://wa.me/{digits}" if digits else ""


class OutgoingEmail(models.Model):
    """An email saved with the change that caused it, sent by a task and retried until it goes.

    A failing mail server never loses a manifestation: the case is saved first, the email waits.
    """

    to = models.EmailField()
    subject = models.CharField(max_length=250)
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    next_attempt_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            models.Index(
                fields=["next_attempt_at"], name="email_pending", condition=Q(sent_at__isnull=True)
            )
        ]
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")

    def __str__(self):
        return f"{self.to}: {self.subject}"
