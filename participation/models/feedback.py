""" "Was this page useful?": one answer per page per browser session, with optional reasons.

No personal data is asked or kept: not the IP, not the session; only the page, the answer, the
reason and what the citizen chose to write.
"""

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

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        indexes = [models.Index(fields=["page", "useful"], name="feedback_page_useful")]

    def __str__(self):
        return f"{self.page_id}: {'+' if self.useful else '-'}"
