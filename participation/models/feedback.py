""" "Was this page useful?": one answer per page per browser session, with optional reasons.

No personal data is asked or kept: not the IP, not the session; only the page, the answer, the
reason and what the citizen chose to write.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class FeedbackReason(models.TextChoices):
    NOT_FOUND = "not_found", _("I did not find what I was looking for")
    HARD_TO_UNDERSTAND = "hard_to_understand", _("It is hard to understand")
    OUT_OF_DATE = "out_of_date", _("The information is wrong or out of date")
    BROKEN = "broken", _("A link or a service does not work")
    OTHER = "other", _("Another reason")


def sees_every_department(user):
    """Superusers and the ombudsman (`view_all_manifestations`) see the figures of every page."""
    return user.is_superuser or user.has_perm("praca_participation.view_all_manifestations")


def pages_in_scope(user, field="page"):
    """The pages whose feedback `user` may read: those they can edit, and their departments'
    services (a department's staff answer for its services even if they cannot edit them)."""
    from wagtail.models import Page
    from wagtail.permission_policies.pages import PagePermissionPolicy

    editable = PagePermissionPolicy().instances_user_has_any_permission_for(
        user, ["change", "publish"]
    )
    departments = Page.objects.filter(servicepage__department__group__in=user.groups.all()).values(
        "pk"
    )
    return Q(**{f"{field}__in": editable.values("pk")}) | Q(**{f"{field}__in": departments})


class ScopedByPageQuerySet(models.QuerySet):
    """Feedback or ratings whose page (`page_field`) the user may read."""

    page_field = "page"

    def visible_to(self, user):
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if sees_every_department(user):
            return self
        return self.filter(pages_in_scope(user, field=self.page_field))


class PageFeedback(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="feedback",
    )
    useful = models.BooleanField(_("useful"))
    reason = models.CharField(
        _("what went wrong"), max_length=30, choices=FeedbackReason.choices, blank=True
    )
    comment = models.TextField(_("comment"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, db_index=True)
    manifestation = models.OneToOneField(
        "praca_participation.Manifestation",
        verbose_name=_("turned into manifestation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="page_feedback",
        editable=False,
    )

    objects = ScopedByPageQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        # Per page over a period: the usefulness report, and a department's weekly volume.
        indexes = [models.Index(fields=["page", "created_at"], name="feedback_page_time")]

    def __str__(self):
        return f"{self.page_id}: {'+' if self.useful else '-'}"

    @property
    def can_become_manifestation(self):
        return not self.useful and bool(self.comment.strip()) and self.manifestation_id is None

    def turn_into_manifestation(self, user):
        """Send a "No" with a comment to the page's owner as a suggestion in the service desk.

        The suggestion is routed to the department of the service the page describes (the
        ombudsman's queue for other pages), runs on the usual 30-day deadline and keeps a link
        back to this feedback. Turning the same feedback twice returns the first manifestation.
        """
        from django.conf import settings
        from django.db import transaction
        from django.utils import translation

        from service_catalog.models import ServicePage

        from .manifestations import Channel, Kind, Manifestation, WorkflowError

        with transaction.atomic():
            feedback = PageFeedback.objects.select_for_update().get(pk=self.pk)
            if feedback.manifestation_id:
                return feedback.manifestation
            if not feedback.can_become_manifestation:
                raise WorkflowError(_("Only a “No” with a comment can become a manifestation."))
            page = feedback.page.specific
            with translation.override(settings.LANGUAGE_CODE):
                reason = feedback.get_reason_display() or _("No reason given")
                description = _(
                    "Comment left on “Was this page useful?” of the page “%(title)s” (%(url)s) "
                    "on %(date)s.\nWhat went wrong: %(reason)s.\n\n%(comment)s"
                ) % {
                    "title": page.title,
                    "url": page.full_url or page.url_path,
                    "date": timezone.localtime(feedback.created_at).strftime("%d/%m/%Y"),
                    "reason": reason,
                    "comment": feedback.comment,
                }
            service = page if isinstance(page, ServicePage) else None
            manifestation, _created = Manifestation.receive(
                author=user,
                kind=Kind.SUGGESTION,
                channel=Channel.WEB,
                service=service,
                department=getattr(page, "department", None),
                description=description[:4000],
                is_anonymous=True,
            )
            feedback.manifestation = manifestation
            feedback.save(update_fields=["manifestation"])
        self.manifestation = manifestation
        return manifestation


class RatingDimension(models.TextChoices):
    """What a service rating is about: the seven dimensions of gov.br's service evaluation."""

    CLARITY = "clarity", _("Clarity of the information")
    EASE = "ease", _("Ease of use")
    CHANNEL = "channel", _("Quality of the service channel")
    COST = "cost", _("Cost and effort")
    AVAILABILITY = "availability", _("Availability")
    TIME = "time", _("Time to obtain the service")
    EFFECTIVENESS = "effectiveness", _("Effectiveness")


class ServiceRatingQuerySet(ScopedByPageQuerySet):
    page_field = "service"


class ServiceRating(models.Model):
    """ "Avalie este serviço": 1–5 on one of gov.br's seven dimensions, with an optional comment.

    Like page feedback, it keeps no IP and no session; one rating per service per browser session
    is counted (the session remembers it, and rating again updates it).
    """

    service = models.ForeignKey(
        "praca_service_catalog.ServicePage",
        verbose_name=_("service"),
        on_delete=models.CASCADE,
        related_name="ratings",
    )
    score = models.PositiveSmallIntegerField(
        _("score"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    dimension = models.CharField(_("about"), max_length=20, choices=RatingDimension.choices)
    comment = models.TextField(_("comment"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, db_index=True)

    objects = ServiceRatingQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("service rating")
        verbose_name_plural = _("service ratings")
        indexes = [models.Index(fields=["service", "created_at"], name="rating_service_time")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(score__gte=1, score__lte=5), name="rating_score_1_to_5"
            )
        ]

    def __str__(self):
        return f"{self.service_id}: {self.score}"
