"""Citizen manifestations (Lei 13.460/2017): protocol, deadlines, status workflow and timeline.

`Manifestation` owns every rule of a case: how it is received, which status may follow which, how
the deadline is computed, paused, extended and shown, who may see it. Admin screens, citizen
pages and the API call these methods; none of them changes a case's fields by hand.
"""

import datetime
import hmac
import secrets
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, models, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from praca.models import staff_of
from praca.storage import private_storage

from .. import deadlines


class Kind(models.TextChoices):
    SOLICITATION = "solicitation", _("Request")
    COMPLAINT = "complaint", _("Complaint")
    REPORT = "report", _("Report of wrongdoing")
    SUGGESTION = "suggestion", _("Suggestion")
    PRAISE = "praise", _("Praise")
    SIMPLIFY = "simplify", _("Simplifique (cut red tape)")


# A request for a service needs someone to deliver it to; everything else may be anonymous.
KINDS_REQUIRING_IDENTITY = {Kind.SOLICITATION}

# What breaks the identity rule, by field: the citizen's form and the staff's registration word
# the message each for their reader; the model's own words are the staff's.
IDENTITY_MESSAGES = {
    "anonymous_not_allowed": _(
        "A request for a service cannot be anonymous: record who is asking."
    ),
    "name_required": _("Record the name of who is asking."),
    "contact_required": _("Record an email address or a phone number."),
}


def identity_problems(kind, is_anonymous=False, name="", email="", phone=""):
    """The one identity rule of a new case, as {field: error code}; empty when it holds.

    A request for a service cannot be anonymous; a case that is not anonymous names who sent it
    and how to reach them (an email or a phone), so that it can be answered.
    """
    if is_anonymous:
        return {"is_anonymous": "anonymous_not_allowed"} if kind in KINDS_REQUIRING_IDENTITY else {}
    problems = {}
    if not (name or "").strip():
        problems["requester_name"] = "name_required"
    if not email and not (phone or "").strip():
        problems["requester_email"] = "contact_required"
    return problems


class Status(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_ANALYSIS = "in_analysis", _("In analysis")
    AWAITING_CITIZEN = "awaiting_citizen", _("Awaiting your complement")
    IN_PROGRESS = "in_progress", _("Forwarded / in progress")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")
    REJECTED = "rejected", _("Rejected")
    DUPLICATE = "duplicate", _("Duplicate")


OPEN_STATUSES = {Status.RECEIVED, Status.IN_ANALYSIS, Status.AWAITING_CITIZEN, Status.IN_PROGRESS}

# Which status may follow which. Reopening (answered/closed -> in analysis) and marking a
# duplicate have their own methods, with their own rules.
TRANSITIONS = {
    Status.RECEIVED: {
        Status.IN_ANALYSIS,
        Status.AWAITING_CITIZEN,
        Status.IN_PROGRESS,
        Status.ANSWERED,
        Status.REJECTED,
    },
    Status.IN_ANALYSIS: {
        Status.AWAITING_CITIZEN,
        Status.IN_PROGRESS,
        Status.ANSWERED,
        Status.REJECTED,
    },
    Status.AWAITING_CITIZEN: {Status.IN_ANALYSIS, Status.IN_PROGRESS, Status.CLOSED},
    Status.IN_PROGRESS: {Status.AWAITING_CITIZEN, Status.ANSWERED, Status.REJECTED},
    Status.ANSWERED: {Status.CLOSED},
    Status.CLOSED: set(),
    Status.REJECTED: set(),
    Status.DUPLICATE: set(),
}


class Channel(models.TextChoices):
    WEB = "web", _("Web")
    PHONE = "phone", _("Phone")
    EMAIL = "email", _("Email")
    IN_PERSON = "in_person", _("In person")
    API = "api", _("API (Open311)")


class Priority(models.IntegerChoices):
    LOW = 1, _("Low")
    NORMAL = 2, _("Normal")
    HIGH = 3, _("High")
    URGENT = 4, _("Urgent")


ANSWER_DEADLINE_DAYS = 30  # Lei 13.460/2017 art. 16
EXTENSION_DAYS = 30  # ... extendable once, with a reason, by as many days
REOPEN_WINDOW_DAYS = 30


class WorkflowError(ValidationError):
    """A case action that its rules do not allow; the message says why, translated."""


class StaleManifestation(WorkflowError):
    """Someone else changed the case after this screen loaded it."""

    def __init__(self):
        super().__init__(
            _("This case was changed by someone else meanwhile. Reload it and try again."),
            code="stale",
        )


class LocalHoliday(models.Model):
    """A day the city hall does not work besides national holidays (set by editors)."""

    date = models.DateField(_("date"), unique=True)
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        ordering = ["date"]
        verbose_name = _("local holiday")
        verbose_name_plural = _("local holidays")

    def __str__(self):
        return f"{self.date:%d/%m/%Y} {self.name}"


class ProtocolCounter(models.Model):
    """The last protocol number given out in a year; its row lock serialises concurrent intake."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last_number = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.year}: {self.last_number}"

    @classmethod
    def next_protocol(cls, year):
        """`YYYY-NNNNNN`, sequential per year, in one statement that is safe under concurrency.

        INSERT … ON CONFLICT DO UPDATE … RETURNING works on PostgreSQL and SQLite ≥ 3.35; the
        row stays locked until the caller's transaction ends, so numbers never repeat or skip.
        """
        table = connection.ops.quote_name(cls._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (year, last_number) VALUES (%s, 1) "  # noqa: S608
                f"ON CONFLICT (year) DO UPDATE SET last_number = {table}.last_number + 1 "
                "RETURNING last_number",
                [year],
            )
            number = cursor.fetchone()[0]
        return f"{year}-{number:06d}"


class ManifestationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Row-level permission: staff see the manifestations of their departments' groups."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_superuser or user.has_perm("praca_participation.view_all_manifestations"):
            return self
        return self.filter(department__group__in=user.groups.all())

    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def overdue(self, now=None):
        return self.filter(overdue_condition(now))


def overdue_condition(now=None):
    """The one definition of "overdue": open, the clock running, the deadline passed. A Q, so
    reports can count it inside an aggregate (`Count("id", filter=overdue_condition())`)."""
    return Q(status__in=OPEN_STATUSES, paused_at__isnull=True, due_at__lt=now or timezone.now())


def new_tracking_salt():
    return secrets.token_hex(16)


class Manifestation(models.Model):
    """A citizen's request, complaint, report, suggestion, praise or simplification proposal."""

    protocol = models.CharField(_("protocol"), max_length=20, unique=True, editable=False)
    tracking_salt = models.CharField(max_length=32, default=new_tracking_salt, editable=False)
    idempotency_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    service = models.ForeignKey(
        "praca_service_catalog.ServicePage",
        verbose_name=_("service"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="manifestations",
    )
    description = models.TextField(_("description"), max_length=4000)
    answers = models.JSONField(
        _("answers to the service's questions"), default=list, blank=True, editable=False
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)

    # Requester identity: restricted-access information (art. 10 §7).
    is_anonymous = models.BooleanField(_("anonymous"), default=False)
    requester_name = models.CharField(_("name"), max_length=200, blank=True)
    requester_email = models.EmailField(_("email"), blank=True)
    requester_phone = models.CharField(_("phone"), max_length=40, blank=True)
    privacy_consent_at = models.DateTimeField(_("privacy notice accepted at"), null=True)

    department = models.ForeignKey(
        "praca.Department",
        verbose_name=_("department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="manifestations",
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assignee"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_manifestations",
    )
    priority = models.PositiveSmallIntegerField(
        _("priority"), choices=Priority.choices, default=Priority.NORMAL
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED
    )
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("duplicate of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
    )

    received_at = models.DateTimeField(_("received at"), default=timezone.now)
    due_at = models.DateTimeField(_("due"))
    paused_at = models.DateTimeField(_("clock paused at"), null=True, blank=True)
    extended_at = models.DateTimeField(_("deadline extended at"), null=True, blank=True)
    extension_reason = models.TextField(_("reason for the extension"), blank=True)
    first_response_at = models.DateTimeField(_("first response at"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    reopen_count = models.PositiveSmallIntegerField(_("times reopened"), default=0)

    satisfaction_score = models.PositiveSmallIntegerField(_("satisfaction (1–5)"), null=True)
    satisfaction_solved = models.BooleanField(_("solved?"), null=True)
    satisfaction_comment = models.TextField(_("satisfaction comment"), max_length=2000, blank=True)
    satisfaction_at = models.DateTimeField(_("rated at"), null=True)

    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ManifestationQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("manifestation")
        verbose_name_plural = _("manifestations")
        permissions = [
            ("view_all_manifestations", _("Can see and act on every department's manifestations")),
            ("view_requester_identity", _("Can see requesters' identity")),
        ]
        indexes = [
            models.Index(fields=["-received_at"], name="manif_received"),
            models.Index(fields=["status", "-received_at"], name="manif_status_received"),
            models.Index(fields=["department", "status", "-received_at"], name="manif_dept_status"),
            models.Index(fields=["department", "-received_at"], name="manif_dept_received"),
            models.Index(fields=["kind", "-received_at"], name="manif_kind_received"),
            models.Index(fields=["status", "due_at"], name="manif_status_due"),
            models.Index(fields=["assignee", "status"], name="manif_assignee_status"),
            models.Index(fields=["service", "-received_at"], name="manif_service_received"),
            # The dashboard's 30-day medians and weekly survey scores (bench/reports.py).
            models.Index(fields=["first_response_at", "received_at"], name="manif_first_response"),
            models.Index(fields=["answered_at", "received_at"], name="manif_answered"),
            models.Index(
                fields=["satisfaction_at"],
                condition=models.Q(satisfaction_score__isnull=False),
                name="manif_satisfaction_at",
            ),
        ]

    def __str__(self):
        return self.protocol

    # Intake -------------------------------------------------------------------------------

    @classmethod
    def receive(cls, *, author=None, **fields):
        """Register a new manifestation: protocol, tracking token, department and deadline.

        Returns (manifestation, created). Resubmitting the same idempotency key (a double click,
        a reloaded form) returns the first manifestation with created=False. A case that breaks
        the identity rule (`identity_problems`) raises ValidationError, whatever screen sent it.
        """
        problems = identity_problems(
            fields.get("kind"),
            fields.get("is_anonymous", False),
            fields.get("requester_name", ""),
            fields.get("requester_email", ""),
            fields.get("requester_phone", ""),
        )
        if problems:
            raise ValidationError(
                {
                    field: ValidationError(IDENTITY_MESSAGES[code], code=code)
                    for field, code in problems.items()
                }
            )
        key = fields.get("idempotency_key")
        now = timezone.now()
        try:
            with transaction.atomic():
                manifestation = cls(received_at=now, **fields)
                if manifestation.department_id is None and manifestation.service_id:
                    manifestation.department = manifestation.service.department
                manifestation.due_at = manifestation.compute_due_at(now)
                manifestation.protocol = ProtocolCounter.next_protocol(timezone.localdate(now).year)
                manifestation.save()
                manifestation._record(
                    Event.Kind.RECEIVED, author, is_public=True, to_status=Status.RECEIVED
                )
        except IntegrityError:
            # The same form sent twice: the whole second attempt (its protocol number
            # included) is rolled back, and the first manifestation is the answer.
            existing = cls.objects.filter(idempotency_key=key).first() if key else None
            if existing is None:
                raise
            return existing, False
        return manifestation, True

    def compute_due_at(self, start):
        """When the answer is due: the service's maximum time for a request of a service, else
        30 days (art. 16), moved to the next business day when it falls on a day off."""
        from service_catalog.models import DeliveryTimeUnit

        local_start = timezone.localtime(start)
        service = self.service if self.service_id else None
        if self.kind == Kind.SOLICITATION and service is not None:
            amount, unit = service.max_delivery_time, service.max_delivery_time_unit
            if unit == DeliveryTimeUnit.HOURS:
                return start + datetime.timedelta(hours=amount)
            if unit == DeliveryTimeUnit.BUSINESS_DAYS:
                return end_of_day(deadlines.add_business_days(local_start.date(), amount))
            return end_of_day(
                deadlines.add_calendar_days_to_business_day(local_start.date(), amount)
            )
        return end_of_day(
            deadlines.add_calendar_days_to_business_day(local_start.date(), ANSWER_DEADLINE_DAYS)
        )

    # Tracking -------------------------------------------------------------------------------

    @property
    def tracking_token(self):
        """The secret of the citizen's tracking link.

        Derived from the protocol, a random per-case salt and SECRET_KEY, so it is never stored:
        neither a copy of the database nor the key alone reveals it, and every email can carry
        the link again.
        """
        value = f"{self.protocol}:{self.tracking_salt}"
        return salted_hmac("praca.manifestation.tracking", value).hexdigest()[:32]

    def check_token(self, token):
        return isinstance(token, str) and hmac.compare_digest(
            token.encode(), self.tracking_token.encode()
        )

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    @property
    def days_remaining(self):
        """Whole days to the deadline (negative when overdue); None once the case is finished."""
        if not self.is_open:
            return None
        reference = self.paused_at or timezone.now()
        return (timezone.localtime(self.due_at).date() - timezone.localtime(reference).date()).days

    @property
    def is_overdue(self):
        return self.is_open and self.paused_at is None and self.due_at < timezone.now()

    @property
    def deadline_display(self):
        if self.status == Status.AWAITING_CITIZEN:
            return str(_("Clock paused while awaiting the citizen"))
        return deadlines.describe_remaining(self.days_remaining)

    @property
    def can_be_extended(self):
        return self.is_open and self.extended_at is None

    @property
    def can_be_reopened(self):
        finished_at = self.answered_at or self.closed_at
        return (
            self.status in {Status.ANSWERED, Status.CLOSED}
            and finished_at is not None
            and timezone.now() <= finished_at + datetime.timedelta(days=REOPEN_WINDOW_DAYS)
        )

    @property
    def can_be_rated(self):
        return self.status in {Status.ANSWERED, Status.CLOSED} and self.satisfaction_at is None

    @property
    def requester_display(self):
        if self.is_anonymous:
            return str(_("Anonymous"))
        return self.requester_name or self.requester_email or self.requester_phone

    def public_events(self):
        return self.events.filter(is_public=True).select_related("author").order_by("created_at")

    # Workflow ---------------------------------------------------------------------------------

    def change_status(self, new_status, *, by=None, message="", public=True, expected_version=None):
        """Move the case to `new_status` if the rules allow it, recording who and why."""
        if new_status == self.status:
            raise WorkflowError(_("The case is already in this status."), code="same_status")
        if new_status not in TRANSITIONS[self.status]:
            raise WorkflowError(
                _("A case cannot go from “%(current)s” to “%(new)s”.")
                % {"current": self.get_status_display(), "new": Status(new_status).label},
                code="invalid_transition",
            )
        if new_status == Status.ANSWERED and not message.strip():
            raise WorkflowError(_("Write the answer the citizen will receive."), code="no_answer")
        if new_status == Status.AWAITING_CITIZEN and not message.strip():
            raise WorkflowError(
                _("Tell the citizen what they need to send."), code="no_complement_request"
            )
        now = timezone.now()
        changes = {"status": new_status}
        old_status = self.status
        if old_status == Status.AWAITING_CITIZEN and self.paused_at:
            changes.update(self._resume_clock(now))
        if new_status == Status.AWAITING_CITIZEN:
            changes["paused_at"] = now
        if new_status == Status.ANSWERED:
            changes["answered_at"] = now
        if new_status in {Status.CLOSED, Status.REJECTED}:
            changes["closed_at"] = now
        if message and public and self.first_response_at is None:
            changes["first_response_at"] = now
        self._apply(changes, expected_version)
        self._record(
            Event.Kind.STATUS_CHANGE,
            by,
            message=message,
            is_public=public,
            from_status=old_status,
            to_status=new_status,
        )
        return self

    def request_complement(self, message, *, by=None, expected_version=None):
        return self.change_status(
            Status.AWAITING_CITIZEN, by=by, message=message, expected_version=expected_version
        )

    def answer(self, message, *, by=None, expected_version=None):
        return self.change_status(
            Status.ANSWERED, by=by, message=message, expected_version=expected_version
        )

    def add_complement(self, message):
        """The citizen's complement: recorded publicly, and the clock starts again."""
        if self.status != Status.AWAITING_CITIZEN:
            raise WorkflowError(
                _("This case is not waiting for a complement."), code="not_awaiting"
            )
        if not message.strip():
            raise WorkflowError(_("Write your complement."), code="empty_complement")
        now = timezone.now()
        changes = {"status": Status.IN_ANALYSIS, **self._resume_clock(now)}
        self._apply(changes, None)
        return self._record(
            Event.Kind.COMPLEMENT,
            None,
            message=message,
            is_public=True,
            from_status=Status.AWAITING_CITIZEN,
            to_status=Status.IN_ANALYSIS,
        )

    def reply(self, message, *, by, expected_version=None):
        """A public message to the citizen that does not change the status."""
        if not message.strip():
            raise WorkflowError(_("Write the reply."), code="empty_reply")
        changes = {}
        if self.first_response_at is None:
            changes["first_response_at"] = timezone.now()
        self._apply(changes, expected_version)
        return self._record(Event.Kind.PUBLIC_REPLY, by, message=message, is_public=True)

    def add_note(self, message, *, by, expected_version=None):
        """An internal note: staff only, never shown to the citizen."""
        if not message.strip():
            raise WorkflowError(_("Write the note."), code="empty_note")
        self._apply({}, expected_version)
        return self._record(Event.Kind.INTERNAL_NOTE, by, message=message, is_public=False)

    def assign(self, assignee, *, by, expected_version=None):
        """Give the case to `assignee` (None: to nobody), who must be on its department's staff."""
        if assignee is not None and not staff_of(self.department).filter(pk=assignee.pk).exists():
            from wagtail.admin.utils import get_user_display_name

            raise WorkflowError(
                _("%(user)s is not in this case's department.")
                % {"user": get_user_display_name(assignee)}
            )
        self._apply({"assignee_id": assignee.pk if assignee else None}, expected_version)
        self.assignee = assignee
        return self._record(
            Event.Kind.ASSIGNMENT,
            by,
            is_public=False,
            data={"assignee": assignee.get_username() if assignee else None},
        )

    def move_to_department(self, department, *, by, expected_version=None):
        self._apply({"department_id": department.pk if department else None}, expected_version)
        self.department = department
        return self._record(
            Event.Kind.ASSIGNMENT,
            by,
            is_public=False,
            data={"department": str(department) if department else None},
        )

    def extend_deadline(self, reason, *, by, expected_version=None):
        """Extend the deadline once, by 30 more days, with a written reason (art. 16)."""
        if not self.is_open:
            raise WorkflowError(_("Only an open case can have its deadline extended."))
        if self.extended_at is not None:
            raise WorkflowError(
                _("The deadline was already extended once; the law allows a single extension."),
                code="already_extended",
            )
        if not reason.strip():
            raise WorkflowError(_("Give the reason for the extension."), code="no_reason")
        local_due = timezone.localtime(self.due_at).date()
        new_due = end_of_day(deadlines.add_calendar_days_to_business_day(local_due, EXTENSION_DAYS))
        self._apply(
            {"due_at": new_due, "extended_at": timezone.now(), "extension_reason": reason},
            expected_version,
        )
        return self._record(
            Event.Kind.EXTENSION,
            by,
            message=reason,
            is_public=True,
            data={"due_at": new_due.isoformat()},
        )

    def reopen(self, reason, *, by=None, expected_version=None):
        """The citizen (or staff) reopens an answered or closed case within 30 days."""
        if not self.can_be_reopened:
            raise WorkflowError(
                _(
                    "This case can no longer be reopened: reopening is possible for 30 days after "
                    "the answer."
                ),
                code="cannot_reopen",
            )
        if not reason.strip():
            raise WorkflowError(_("Tell us why the answer did not solve it."), code="no_reason")
        now = timezone.now()
        old_status = self.status
        self._apply(
            {
                "status": Status.IN_ANALYSIS,
                "reopen_count": self.reopen_count + 1,
                "answered_at": None,
                "closed_at": None,
                "due_at": end_of_day(
                    deadlines.add_calendar_days_to_business_day(
                        timezone.localdate(now), ANSWER_DEADLINE_DAYS
                    )
                ),
                "extended_at": None,
                "extension_reason": "",
            },
            expected_version,
        )
        return self._record(
            Event.Kind.REOPENED,
            by,
            message=reason,
            is_public=True,
            from_status=old_status,
            to_status=Status.IN_ANALYSIS,
        )

    def mark_duplicate(self, original, *, by, expected_version=None):
        """Close this case as a duplicate of `original`, which carries on."""
        if original.pk == self.pk:
            raise WorkflowError(_("A case cannot be a duplicate of itself."), code="self_duplicate")
        if original.status == Status.DUPLICATE:
            original = original.duplicate_of or original
        if not self.is_open:
            raise WorkflowError(_("Only an open case can be marked as a duplicate."))
        old_status = self.status
        self._apply(
            {
                "status": Status.DUPLICATE,
                "duplicate_of_id": original.pk,
                "closed_at": timezone.now(),
                "paused_at": None,
            },
            expected_version,
        )
        self.duplicate_of = original
        return self._record(
            Event.Kind.STATUS_CHANGE,
            by,
            message=_("Merged into protocol %(protocol)s, where it will be answered.")
            % {"protocol": original.protocol},
            is_public=True,
            from_status=old_status,
            to_status=Status.DUPLICATE,
            data={"original": original.protocol},
        )

    def rate(self, score, *, solved=None, comment=""):
        """The citizen's satisfaction survey, once per answer."""
        if not self.can_be_rated:
            raise WorkflowError(_("This case cannot be rated now."), code="cannot_rate")
        if score not in range(1, 6):
            raise WorkflowError(_("Choose a score from 1 to 5."), code="bad_score")
        self._apply(
            {
                "satisfaction_score": score,
                "satisfaction_solved": solved,
                "satisfaction_comment": comment,
                "satisfaction_at": timezone.now(),
            },
            None,
        )
        return self._record(
            Event.Kind.SURVEY, None, is_public=False, data={"score": score, "solved": solved}
        )

    # Internals --------------------------------------------------------------------------------

    def _resume_clock(self, now):
        """Push the deadline forward by the time the case waited for the citizen."""
        if self.paused_at is None:
            return {}
        waited = now - self.paused_at
        due = self.due_at + waited
        if self.due_at == end_of_day(timezone.localtime(self.due_at).date()):
            # A deadline counted in days still ends on a day the city hall works.
            day = timezone.localtime(due).date()
            due = end_of_day(deadlines.calendar_for(day, 0).next_business_day(day))
        return {"due_at": due, "paused_at": None}

    def _apply(self, changes, expected_version):
        """Write `changes` only if nobody changed the case since `expected_version` was read."""
        version = self.version if expected_version is None else int(expected_version)
        updated = Manifestation.objects.filter(pk=self.pk, version=version).update(
            version=F("version") + 1, updated_at=timezone.now(), **changes
        )
        if not updated:
            raise StaleManifestation()
        for field, value in changes.items():
            setattr(self, field, value)
        self.version = version + 1

    def _record(self, kind, by, *, message="", is_public, from_status="", to_status="", data=None):
        event = self.events.create(
            kind=kind,
            author=by if by is not None and by.is_authenticated else None,
            message=str(message),
            is_public=is_public,
            from_status=from_status,
            to_status=to_status,
            data=data or {},
        )
        self.log(f"praca.manifestation.{kind}", by, data={"event": event.pk, **(data or {})})
        from ..notifications import notify_event

        notify_event(event)
        return event

    def log(self, action, user, data=None):
        log(
            instance=self,
            action=action,
            user=user if user is not None and user.is_authenticated else None,
            data=data or {},
        )


def end_of_day(day):
    """The last second of `day` in the city's time zone: day-based deadlines end there."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(23, 59, 59)))


class Event(models.Model):
    """One entry of a case's timeline: received, a status change, a reply, a note, …"""

    class Kind(models.TextChoices):
        RECEIVED = "received", _("Received")
        STATUS_CHANGE = "status", _("Status changed")
        PUBLIC_REPLY = "reply", _("Reply")
        INTERNAL_NOTE = "note", _("Internal note")
        ASSIGNMENT = "assignment", _("Assignment")
        EXTENSION = "extension", _("Deadline extended")
        COMPLEMENT = "complement", _("Citizen's complement")
        REOPENED = "reopened", _("Reopened")
        SURVEY = "survey", _("Satisfaction survey")

    manifestation = models.ForeignKey(
        Manifestation, on_delete=models.CASCADE, related_name="events"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    message = models.TextField(_("message"), blank=True)
    is_public = models.BooleanField(_("visible to the citizen"), default=False)
    from_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(_("time"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("timeline event")
        verbose_name_plural = _("timeline events")
        indexes = [models.Index(fields=["manifestation", "created_at"])]

    def __str__(self):
        return f"{self.manifestation_id} {self.get_kind_display()}"


def attachment_path(instance, filename):
    return f"manifestations/{timezone.now():%Y/%m}/{uuid.uuid4().hex}/{filename}"


class Attachment(models.Model):
    """A file sent with a manifestation or its complement; never served publicly."""

    manifestation = models.ForeignKey(
        Manifestation, on_delete=models.CASCADE, related_name="attachments"
    )
    event = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="attachments"
    )
    file = models.FileField(upload_to=attachment_path, storage=private_storage, max_length=300)
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.original_name
