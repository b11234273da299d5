"""Comments and proposals on a consultation: moderated as the consultation says, supported
and flagged by participants. The pages are in `consultations.models.pages`.
"""

import hashlib

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .answers import ConsultationError


class CommentKind(models.TextChoices):
    COMMENT = "comment", _("Comment")
    PROPOSAL = "proposal", _("Proposal")


class CommentStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for moderation")
    PUBLISHED = "published", _("Published")
    HIDDEN = "hidden", _("Hidden")


# Hidden by citizens' flags (`add_flag`) and not reviewed by a moderator yet.
HIDDEN_BY_FLAGS = Q(status=CommentStatus.HIDDEN, moderated_by__isnull=True)


def manages_all_consultations(user):
    """Whether `user` exports and moderates every department's consultations."""
    return user.is_superuser or user.has_perm("praca_consultations.manage_all_consultations")


class CommentQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=CommentStatus.PUBLISHED)

    def moderated_by(self, user):
        """The comments `user` may moderate: their departments', or all with the permission."""
        if manages_all_consultations(user):
            return self
        return self.filter(page__department__group__in=user.groups.all())


def voter_key(value):
    """A one-way key for a browser session or an email: who supported or flagged, not stored."""
    return hashlib.sha256(f"{settings.SECRET_KEY}:{value}".encode()).hexdigest()


class ConsultationComment(models.Model):
    """A public comment or proposal on a consultation, moderated as the consultation says."""

    page = models.ForeignKey(
        "praca_consultations.ConsultationPage",
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    kind = models.CharField(
        _("kind"), max_length=10, choices=CommentKind.choices, default=CommentKind.COMMENT
    )
    body = models.TextField(_("text"))
    author_name = models.CharField(_("name shown"), max_length=80, blank=True)
    author_email = models.EmailField(_("email for moderation notices"), blank=True)
    privacy_consent_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=CommentStatus.choices, db_index=True
    )
    moderation_reason = models.TextField(_("moderation reason"), blank=True)
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    support_count = models.PositiveIntegerField(_("supports"), default=0)
    flag_count = models.PositiveIntegerField(_("flags"), default=0)
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, db_index=True)
    idempotency_key = models.UUIDField(null=True, blank=True, editable=False)
    # The author's email is not verified: it is told of each decision (published, hidden) at
    # most once, so moderating back and forth cannot turn the comment into a mailing.
    published_notice_at = models.DateTimeField(null=True, blank=True, editable=False)
    hidden_notice_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("consultation comment")
        verbose_name_plural = _("consultation comments")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "idempotency_key"],
                condition=Q(idempotency_key__isnull=False),
                name="consultation_comment_idempotency",
            )
        ]

    def __str__(self):
        return self.body[:60]

    @property
    def display_name(self):
        return self.author_name or _("Anonymous participant")

    def add_support(self, *voters):
        """Count one support from whoever `voters` name (the email a browser confirmed, its
        session): False if any of them already supported this comment."""
        if self.status != CommentStatus.PUBLISHED:
            raise ConsultationError(_("Only published comments can be supported."))
        keys = [voter_key(voter) for voter in voters if voter]
        if not keys or CommentSupport.objects.filter(comment=self, voter__in=keys).exists():
            return False
        try:
            with transaction.atomic():
                CommentSupport.objects.create(comment=self, voter=keys[0])
        except IntegrityError:
            return False
        ConsultationComment.objects.filter(pk=self.pk).update(support_count=F("support_count") + 1)
        self.support_count += 1
        return True

    def add_flag(self, *voters, reason=""):
        """Count one flag from whoever `voters` name (as for supports); hide the comment for
        review at the page's threshold."""
        from ..notifications import notify_comment_author

        if self.status != CommentStatus.PUBLISHED:
            return False
        keys = [voter_key(voter) for voter in voters if voter]
        if not keys or CommentFlag.objects.filter(comment=self, voter__in=keys).exists():
            return False
        with transaction.atomic():
            try:
                with transaction.atomic():
                    CommentFlag.objects.create(comment=self, voter=keys[0], reason=reason)
            except IntegrityError:
                return False
            ConsultationComment.objects.filter(pk=self.pk).update(flag_count=F("flag_count") + 1)
            self.refresh_from_db(fields=["flag_count", "status"])
            threshold = self.page.flags_to_hide
            if (
                threshold
                and self.flag_count >= threshold
                and self.status == CommentStatus.PUBLISHED
            ):
                hidden = ConsultationComment.objects.filter(
                    pk=self.pk, status=CommentStatus.PUBLISHED
                ).update(
                    status=CommentStatus.HIDDEN,
                    moderation_reason=_("Hidden automatically after flags, waiting for review."),
                    moderated_at=timezone.now(),
                    moderated_by=None,
                )
                if hidden:
                    self.refresh_from_db()
                    notify_comment_author(self)
        return True

    def moderate(self, status, reason, user):
        """A moderator publishes, hides or shows again this comment, saying why."""
        from ..notifications import notify_comment_author

        if status not in (CommentStatus.PUBLISHED, CommentStatus.HIDDEN):
            raise ConsultationError(_("Choose whether to publish or hide the comment."))
        if status == CommentStatus.HIDDEN and not (reason or "").strip():
            raise ConsultationError(_("Say why the comment is hidden; its author will be told."))
        with transaction.atomic():
            previous = self.status
            self.status = status
            self.moderation_reason = (reason or "").strip()
            self.moderated_at = timezone.now()
            self.moderated_by = user
            # Only the moderation fields: supports and flags counted since this comment was
            # loaded are kept.
            fields = ["status", "moderation_reason", "moderated_at", "moderated_by"]
            if status == CommentStatus.PUBLISHED and previous == CommentStatus.HIDDEN:
                # Shown again after review: earlier flags were judged; new ones count afresh.
                self.flag_count = 0
                fields.append("flag_count")
            self.save(update_fields=fields)
            if previous != status:
                notify_comment_author(self)


class CommentSupport(models.Model):
    comment = models.ForeignKey(
        ConsultationComment, on_delete=models.CASCADE, related_name="supports"
    )
    voter = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["comment", "voter"], name="one_support_per_voter")
        ]

    def __str__(self):
        return f"{self.comment_id}"


class CommentFlag(models.Model):
    comment = models.ForeignKey(ConsultationComment, on_delete=models.CASCADE, related_name="flags")
    voter = models.CharField(max_length=64)
    reason = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["comment", "voter"], name="one_flag_per_voter")
        ]

    def __str__(self):
        return self.reason or str(self.comment_id)
