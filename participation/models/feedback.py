""" "Was this page useful?": one answer per page per browser session, with optional reasons.

No personal data is asked or kept: not the IP, not the session; only the page, the answer, the
reason and what the citizen chose to write.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class FeedbackReason(models.TextChoices):
    NOT_FOUND = "not_found", _("I did not find what I was looking for")
    HARD_TO_UNDERSTAND = "hard_to_understand", _("It is hard to understand")
    OUT_OF_DATE = "out_of_date", _("The information is wrong or out of date")
    BROKEN = "broken", _("A link or a service does not work")
    OTHER = "other", _("Another reason")


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
        "participation.Manifestation",
        verbose_name=_("turned into manifestation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="page_feedback",
        editable=False,
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        indexes = [models.Index(fields=["page", "useful"], name="feedback_page_useful")]

    def __str__(self):
        return f"{self.page_id}: {'+' if self.useful else '-'}"


class RatingDimension(models.TextChoices):
    """What a service rating is about: the seven dimensions of gov.br's service evaluation."""

    CLARITY = "clarity", _("Clarity of the information")
    EASE = "ease", _("Ease of use")
    CHANNEL = "channel", _("Quality of the service channel")
    COST = "cost", _("Cost and effort")
    AVAILABILITY = "availability", _("Availability")
    TIME = "time", _("Time to obtain the service")
    EFFECTIVENESS = "effectiveness", _("Effectiveness")


class ServiceRating(models.Model):
    """ "Avalie este serviço": 1–5 on one of gov.br's seven dimensions, with an optional comment.

    Like page feedback, it keeps no IP and no session; one rating per service per browser session
    is counted (the session remembers it, and rating again updates it).
    """

    service = models.ForeignKey(
        "service_catalog.ServicePage",
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
