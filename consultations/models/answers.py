"""The questionnaire of a consultation, its answers and what came of them.

Questions are fields of Wagtail's form builder (`wagtail.contrib.forms`). Each answer is also
stored as one `Answer` row per question (per option, for multiple choice), so results are
counted by the database and a question keeps its answers when it is renamed: rows are keyed by
the question's `clean_name`, set once on creation. Decisions and the announcements of results
and decisions close the loop.

The pages (`consultations.models.pages`) and the comments import this module, never
the other way round: models here name the page by its label, and `ConsultationError`, which
every rule of a consultation raises, is defined here.
"""

import datetime
import uuid

from django.core import signing
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.db.models import Q
from django.db.models.signals import post_delete
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.forms.models import AbstractFormField, AbstractFormSubmission
from wagtail.models import Orderable

from praca.storage import private_storage

CONFIRMATION_SALT = "praca.consultation.confirm"
# A pending answer sent again gets a new confirmation email only after this long.
CONFIRMATION_RESEND_INTERVAL = datetime.timedelta(minutes=10)
EMAILED_RECENTLY_MESSAGE = _(
    "Your answers were not recorded: we sent an email to this address less than 10 minutes "
    "ago. Look for it (in the spam folder too) and follow its link, or send your answers again "
    "in a few minutes."
)


class ConsultationError(Exception):
    """A rule of the consultation refused the citizen's action; the message says which."""


def split_options(text):
    """The options of a choice question: one a line (or, on a single line, separated by commas)."""
    text = (text or "").strip()
    parts = text.splitlines() if "\n" in text else text.split(",")
    seen, options = set(), []
    for part in (part.strip() for part in parts):
        if part and part not in seen:
            seen.add(part)
            options.append(part)
    return options


# The questionnaire ---------------------------------------------------------------------------


class QuestionType(models.TextChoices):
    # Where a type is also Wagtail's, it keeps Wagtail's name, so its FormBuilder method applies.
    SHORT_TEXT = "singleline", _("Short text")
    LONG_TEXT = "multiline", _("Long text")
    SINGLE_CHOICE = "radio", _("Single choice")
    MULTIPLE_CHOICE = "checkboxes", _("Multiple choice")
    SCALE_5 = "scale5", _("Scale from 1 to 5")
    SCALE_10 = "scale10", _("Scale from 0 to 10")
    YES_NO = "yesno", _("Yes or no")
    DATE = "date", _("Date")
    FILE = "file", _("File upload")


CHOICE_TYPES_WITH_OPTIONS = {QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE}
# Question types whose answers are counted per option in the results.
COUNTED_TYPES = CHOICE_TYPES_WITH_OPTIONS | {
    QuestionType.SCALE_5,
    QuestionType.SCALE_10,
    QuestionType.YES_NO,
}
FREE_TEXT_TYPES = {QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT}
SCALES = {QuestionType.SCALE_5: range(1, 6), QuestionType.SCALE_10: range(0, 11)}


class ConsultationQuestion(AbstractFormField):
    """A question of the questionnaire (a field of Wagtail's form builder).

    `clean_name` is set from the label when the question is created and never changes, so
    renaming a question keeps its answers together.
    """

    page = ParentalKey(
        "praca_consultations.ConsultationPage", on_delete=models.CASCADE, related_name="form_fields"
    )
    field_type = models.CharField(
        verbose_name=_("question type"), max_length=16, choices=QuestionType.choices
    )
    field_type.required_on_save = True
    is_personal_data = models.BooleanField(
        _("asks for personal data"),
        default=False,
        help_text=_(
            "E.g. a name, an address or a phone number. Asks for consent, is never shown in "
            "public results and is exported only to people allowed to see personal data."
        ),
    )

    # Wagtail's panels without the default value, which a consultation never pre-fills.
    panels = [
        panel
        for panel in AbstractFormField.panels
        if getattr(panel, "field_name", "") != "default_value"
    ] + [FieldPanel("is_personal_data")]

    class Meta(AbstractFormField.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    @property
    def holds_personal_data(self):
        """Marked as personal data, or a file: a photo or a document may show anyone, and its
        name may be a person's. Never public; exported only with the personal-data permission."""
        return self.is_personal_data or self.field_type == QuestionType.FILE

    @property
    def options(self):
        if self.field_type in CHOICE_TYPES_WITH_OPTIONS:
            return split_options(self.choices)
        if self.field_type in SCALES:
            return [str(number) for number in SCALES[self.field_type]]
        if self.field_type == QuestionType.YES_NO:
            return ["yes", "no"]
        return []


# Answers -------------------------------------------------------------------------------------


class ResponseStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for email confirmation")
    CONFIRMED = "confirmed", _("Counted")


class ConsultationResponse(AbstractFormSubmission):
    """One participant's answers (Wagtail's form submission, with the verification state).

    Only confirmed responses count: at once in anonymous consultations, after the link sent
    by email is followed in verified-email ones.
    """

    page = models.ForeignKey(
        "praca_consultations.ConsultationPage", on_delete=models.CASCADE, related_name="responses"
    )
    form_data = models.JSONField(encoder=DjangoJSONEncoder, default=dict)
    submit_time = models.DateTimeField(_("submit time"), default=timezone.now, db_index=True)
    status = models.CharField(_("status"), max_length=10, choices=ResponseStatus.choices)
    email = models.EmailField(_("email"), blank=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    privacy_consent_at = models.DateTimeField(_("privacy consent at"), null=True, blank=True)
    wants_updates = models.BooleanField(_("wants news of results and decisions"), default=False)
    idempotency_key = models.UUIDField(null=True, blank=True, editable=False)
    # When this consultation last emailed this answer's address (its link, or a notice that an
    # answer from it already counts): the ten-minute rule against flooding an inbox reads it.
    last_emailed_at = models.DateTimeField(null=True, blank=True, editable=False)
    # When this answer's address was told that the results are public: at the results round,
    # or at the first announcement run after a link confirmed late. Never told twice.
    results_announced_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("consultation answer")
        verbose_name_plural = _("consultation answers")
        indexes = [models.Index(fields=["page", "email"], name="consultation_answer_email")]
        constraints = [
            # Any number of answers from one email may wait for their own link; one counts.
            models.UniqueConstraint(
                fields=["page", "email"],
                condition=~Q(email="") & Q(status="confirmed"),
                name="consultation_one_confirmed_answer_per_email",
            ),
            models.UniqueConstraint(
                fields=["page", "idempotency_key"],
                condition=Q(idempotency_key__isnull=False),
                name="consultation_answer_idempotency",
            ),
        ]
        permissions = [
            ("view_consultation_personal_data", _("Can see personal data in consultation answers")),
            (
                "manage_all_consultations",
                _("Can export and moderate every department's consultations"),
            ),
        ]

    def __str__(self):
        return f"{self.page_id}/{self.pk}"

    @property
    def confirmation_link(self):
        """The route kwargs of this answer's confirmation link (see `signed_answer`)."""
        return signed_answer(self.pk, CONFIRMATION_SALT)

    @classmethod
    def from_signed(cls, page, salt, max_age, answer_id, stamp, signature):
        """The answer a signed link names, or None if unknown, tampered with or expired."""
        value = f"{answer_id}:{stamp}:{signature}"
        try:
            signing.TimestampSigner(salt=salt).unsign(value, max_age=max_age)
        except signing.BadSignature:
            return None
        return cls.objects.filter(page=page, pk=answer_id).first()

    def confirm(self, moment=None):
        """Count this answer and discard the other answers of its email still waiting.

        Answers sent before the close may be confirmed after it. Returns False when nothing
        changed: this answer already counted, or another answer from its email does (this one
        is then discarded, and `discarded` is set).
        """
        if self.status == ResponseStatus.CONFIRMED:
            return False
        moment = moment or timezone.now()
        with transaction.atomic():
            # The answers of this email, locked in one order: two of its links confirmed at
            # the same moment wait for each other instead of deadlocking.
            same_email = ConsultationResponse.objects.filter(pk=self.pk)
            if self.email:
                same_email = ConsultationResponse.objects.filter(
                    page_id=self.page_id, email=self.email
                )
            statuses = dict(
                same_email.select_for_update().order_by("pk").values_list("pk", "status")
            )
            if self.pk not in statuses:  # discarded when another answer was confirmed
                self.discarded = True
                return False
            if statuses[self.pk] == ResponseStatus.CONFIRMED:
                self.refresh_from_db(fields=["status", "confirmed_at"])
                return False
            if ResponseStatus.CONFIRMED in statuses.values():
                # Another answer from this email counts already: only one does.
                ConsultationResponse.objects.filter(pk=self.pk).delete()
                self.discarded = True
                return False
            ConsultationResponse.objects.filter(pk=self.pk).update(
                status=ResponseStatus.CONFIRMED, confirmed_at=moment
            )
            self.status, self.confirmed_at = ResponseStatus.CONFIRMED, moment
            # Deleting cascades to their answers and uploads (whose files go too).
            same_email.filter(status=ResponseStatus.PENDING).delete()
        return True

    def tell_already_counted(self, moment=None):
        """Email this counted answer's address that a new answer from it was not recorded."""
        from ..notifications import notify_already_counted

        self.last_emailed_at = moment or timezone.now()
        self.save(update_fields=["last_emailed_at"])
        notify_already_counted(self)


def signed_answer(pk, salt):
    """{answer_id, stamp, signature} for a link naming answer `pk`, valid for a while.

    A signed, timestamped value split into path segments: Wagtail's page URLs allow only
    letters, digits, "_" and "-" in a segment, so Django's "pk:stamp:signature" cannot be one.
    """
    answer_id, stamp, signature = signing.TimestampSigner(salt=salt).sign(str(pk)).split(":")
    return {"answer_id": int(answer_id), "stamp": stamp, "signature": signature}


def answers_as_json(answers):
    """What the citizen answered, as JSON values (files by their names: personal data, see
    `ConsultationQuestion.holds_personal_data`)."""
    data = {}
    for name, value in answers.items():
        if hasattr(value, "content_type") and hasattr(value, "name"):
            value = value.name
        elif isinstance(value, list | tuple):
            value = [str(item) for item in value]
        elif value is None:
            value = ""
        elif hasattr(value, "isoformat"):
            value = value.isoformat()
        data[name] = value
    return data


def answer_rows(page, response, answers):
    """One Answer per question answered, one per option chosen for multiple choice."""
    rows = []
    for name, value in answers_as_json(answers).items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, bool):
                item = "yes" if item else "no"
            item = str(item)
            if item != "":
                rows.append(Answer(page=page, response=response, question=name, value=item))
    return rows


class Answer(models.Model):
    """One value of one answer, so the database counts results (`values().annotate()`)."""

    page = models.ForeignKey(
        "praca_consultations.ConsultationPage", on_delete=models.CASCADE, related_name="+"
    )
    response = models.ForeignKey(
        ConsultationResponse, on_delete=models.CASCADE, related_name="answers"
    )
    question = models.CharField(_("question"), max_length=255)
    value = models.TextField(_("answer"))
    is_featured = models.BooleanField(
        _("shown in public results"),
        default=False,
        help_text=_("Free-text answers are public only when an editor selects them."),
    )

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        indexes = [models.Index(fields=["page", "question"], name="consultation_answer_question")]

    def __str__(self):
        return self.value[:60]


def consultation_upload_path(instance, filename):
    return f"consultations/{timezone.now():%Y/%m}/{uuid.uuid4().hex}/{filename}"


class ConsultationUpload(models.Model):
    """A file sent as the answer to a file question; private, never served publicly."""

    response = models.ForeignKey(
        ConsultationResponse, on_delete=models.CASCADE, related_name="uploads"
    )
    question = models.CharField(max_length=255)
    file = models.FileField(
        upload_to=consultation_upload_path, storage=private_storage, max_length=300
    )
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("answer file")
        verbose_name_plural = _("answer files")

    def __str__(self):
        return self.original_name


def delete_upload_file(sender, instance, **kwargs):
    """A file sent with an answer goes with it (a discarded answer, a deleted consultation),
    once the deletion is committed: a rolled-back deletion keeps its files."""
    name, storage = instance.file.name, instance.file.storage
    if name:
        transaction.on_commit(lambda: storage.delete(name))


post_delete.connect(
    delete_upload_file, sender=ConsultationUpload, dispatch_uid="praca-consultation-upload-file"
)


# What came of it -----------------------------------------------------------------------------


class DecisionStatus(models.TextChoices):
    UNDER_STUDY = "under_study", _("Under study")
    ADOPTED = "adopted", _("Adopted")
    PARTLY_ADOPTED = "partly_adopted", _("Partly adopted")
    NOT_ADOPTED = "not_adopted", _("Not adopted")
    DONE = "done", _("Done")


class ConsultationDecision(Orderable):
    """What the city hall did with what it heard: one decision and where it stands."""

    page = ParentalKey(
        "praca_consultations.ConsultationPage", on_delete=models.CASCADE, related_name="decisions"
    )
    title = models.CharField(_("decision"), max_length=255)
    description = models.TextField(_("explanation"), blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=DecisionStatus.choices,
        default=DecisionStatus.UNDER_STUDY,
    )
    decided_on = models.DateField(_("date"), null=True, blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("decided_on")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")


class Announcement(models.Model):
    """A "results are out" or "decisions changed" email round, so none is sent twice."""

    class Kind(models.TextChoices):
        RESULTS = "results", _("Results published")
        DECISIONS = "decisions", _("Decisions published")

    page = models.ForeignKey(
        "praca_consultations.ConsultationPage", on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    fingerprint = models.CharField(max_length=64)
    recipients = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["page", "kind", "fingerprint"], name="one_announcement_per_change"
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.created_at:%Y-%m-%d}"
