"""Public consultations: the pages, their questionnaire, answers, comments and decisions.

A consultation's questionnaire is built by editors on Wagtail's form builder
(`wagtail.contrib.forms`). Each answer is also stored as one `Answer` row per question (per
option, for multiple choice), so results are counted by the database and a question keeps its
answers when it is renamed: rows are keyed by the question's `clean_name`, set once on creation.
"""

import datetime
import hashlib
import uuid

from django.conf import settings
from django.core import signing
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, models, transaction
from django.db.models import F, Q
from django.db.models.signals import post_delete
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.contrib.forms.models import AbstractFormField, AbstractFormSubmission, FormMixin
from wagtail.contrib.forms.utils import get_field_clean_name
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.signals import page_published

from portal.page_mixins import ViewRestrictionsInOneQueryMixin

from .manifestations import private_storage

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


# Pages ---------------------------------------------------------------------------------------


class ConsultationIndexPage(ViewRestrictionsInOneQueryMixin, Page):
    """Every consultation, open, upcoming and closed, filterable (demo: /consultas/)."""

    introduction = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link", "ul"]
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    template = "participation/consultations/consultation_index_page.html"
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["participation.ConsultationPage"]
    max_count = 1

    class Meta:
        verbose_name = _("consultation index")
        verbose_name_plural = _("consultation indexes")

    def get_context(self, request, *args, **kwargs):
        from participation.consultations.views import index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(index_context(request, self))
        return context


class Status(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


class ParticipationMode(models.TextChoices):
    ANONYMOUS = "anonymous", _("Anyone, anonymously")
    VERIFIED_EMAIL = "verified_email", _("Identified by a verified email (one answer each)")


class ModerationMode(models.TextChoices):
    BEFORE = "before", _("Before publication: a moderator approves each comment")
    AFTER = "after", _("After publication: comments appear at once and may be hidden")


class ResultsVisibility(models.TextChoices):
    HIDDEN = "hidden", _("Not public")
    LIVE = "live", _("Public while the consultation is open")
    AFTER_CLOSE = "after_close", _("Public once the consultation closes")


class ConsultationQuerySet(PageQuerySet):
    """Status follows the clock: each filter compares the dates with the current time."""

    def open(self, now=None):
        now = now or timezone.now()
        return self.filter(opens_at__lte=now, closes_at__gt=now)

    def upcoming(self, now=None):
        return self.filter(opens_at__gt=now or timezone.now())

    def closed(self, now=None):
        return self.filter(closes_at__lte=now or timezone.now())

    def with_status(self, status, now=None):
        return {
            Status.OPEN: self.open,
            Status.UPCOMING: self.upcoming,
            Status.CLOSED: self.closed,
        }[status](now)


ConsultationPageManager = PageManager.from_queryset(ConsultationQuerySet)


class ConsultationPageForm(WagtailAdminFormPageForm):
    """The editor's form: dates in order, and every choice question with options to choose."""

    def clean(self):
        cleaned = super().clean()
        opens_at, closes_at = cleaned.get("opens_at"), cleaned.get("closes_at")
        if opens_at and closes_at and closes_at <= opens_at:
            self.add_error("closes_at", _("The consultation must close after it opens."))
        from participation.consultations.forms import RESERVED_NAMES

        questions = self.formsets.get("form_fields")
        if questions is not None:
            for form in questions.forms:
                if not form.is_valid() or form.cleaned_data.get("DELETE"):
                    continue
                name = form.instance.clean_name or get_field_clean_name(
                    form.cleaned_data.get("label", "")
                )
                if name in RESERVED_NAMES:
                    form.add_error("label", _("This label is reserved; reword the question."))
                if form.cleaned_data.get("field_type") in CHOICE_TYPES_WITH_OPTIONS:
                    options = split_options(form.cleaned_data.get("choices", ""))
                    if len(options) < 2:
                        form.add_error(
                            "choices",
                            _("Give at least two options, one a line."),
                        )
        return cleaned


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


class ConsultationPage(ViewRestrictionsInOneQueryMixin, RoutablePageMixin, FormMixin, Page):
    """One public consultation: what is being decided, its questionnaire, comments, results.

    Open between `opens_at` and `closes_at`, with no manual step: status is worked out from the
    clock on every request.
    """

    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences: what is being decided and why your opinion matters."),
    )
    body = RichTextField(_("body"), blank=True)
    department = models.ForeignKey(
        "service_catalog.Department",
        verbose_name=_("department responsible"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="consultations",
    )
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(_("closes at"))
    participation_mode = models.CharField(
        _("who may answer"),
        max_length=20,
        choices=ParticipationMode.choices,
        default=ParticipationMode.ANONYMOUS,
    )
    privacy_notice = RichTextField(
        _("privacy notice summary"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_(
            "Shown next to the consent box when personal data is asked (an email, or a question "
            "marked as personal data); link to the full privacy notice."
        ),
    )
    comments_enabled = models.BooleanField(_("accept comments and proposals"), default=True)
    moderation = models.CharField(
        _("moderation of comments"),
        max_length=10,
        choices=ModerationMode.choices,
        default=ModerationMode.AFTER,
    )
    flags_to_hide = models.PositiveSmallIntegerField(
        _("flags that hide a comment"),
        default=3,
        help_text=_("A published comment is hidden for review once this many people flag it."),
    )
    results_visibility = models.CharField(
        _("results"),
        max_length=12,
        choices=ResultsVisibility.choices,
        default=ResultsVisibility.AFTER_CLOSE,
    )
    what_we_heard = RichTextField(
        _("what we heard"),
        blank=True,
        help_text=_("A summary of what participants said, in plain words."),
    )

    objects = ConsultationPageManager()

    base_form_class = ConsultationPageForm
    template = "participation/consultations/consultation_page.html"
    landing_page_template = "participation/consultations/answer_received.html"
    parent_page_types = ["participation.ConsultationIndexPage"]
    subpage_types = []

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("opens_at"),
        index.FilterField("closes_at"),
    ]

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("department"),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")], heading=_("Dates")),
        InlinePanel("documents", label=_("Document")),
    ]
    questionnaire_panels = [
        FieldPanel("participation_mode"),
        FieldPanel("privacy_notice"),
        InlinePanel("form_fields", label=_("Question")),
    ]
    comments_panels = [
        FieldPanel("comments_enabled"),
        FieldPanel("moderation"),
        FieldPanel("flags_to_hide"),
    ]
    results_panels = [
        FieldPanel("results_visibility"),
        MultiFieldPanel(
            [FieldPanel("what_we_heard"), InlinePanel("decisions", label=_("Decision"))],
            heading=_("What we heard, what we did"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(questionnaire_panels, heading=_("Questionnaire")),
            ObjectList(comments_panels, heading=_("Comments")),
            ObjectList(results_panels, heading=_("Results and decisions")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    class Meta:
        verbose_name = _("public consultation")
        verbose_name_plural = _("public consultations")

    # The clock ------------------------------------------------------------------------------

    def status_at(self, moment=None):
        moment = moment or timezone.now()
        if moment < self.opens_at:
            return Status.UPCOMING
        if moment < self.closes_at:
            return Status.OPEN
        return Status.CLOSED

    @property
    def status(self):
        return self.status_at()

    @property
    def status_label(self):
        return Status(self.status).label

    @property
    def is_open(self):
        return self.status == Status.OPEN

    def results_are_public(self, moment=None):
        if self.results_visibility == ResultsVisibility.LIVE:
            return self.status_at(moment) != Status.UPCOMING
        if self.results_visibility == ResultsVisibility.AFTER_CLOSE:
            return self.status_at(moment) == Status.CLOSED
        return False

    # The questionnaire ----------------------------------------------------------------------

    @property
    def asks_email(self):
        return self.participation_mode == ParticipationMode.VERIFIED_EMAIL

    def asks_personal_data(self, questions=None):
        questions = self.get_form_fields() if questions is None else questions
        return self.asks_email or any(question.is_personal_data for question in questions)

    def get_form_fields(self):
        # Cached for the request: the form, the results and the template all read the questions.
        if not hasattr(self, "_questions"):
            self._questions = list(self.form_fields.all())
        return self._questions

    def get_submission_class(self):
        return ConsultationResponse

    @property
    def form_builder(self):
        from participation.consultations.forms import QuestionnaireBuilder

        return QuestionnaireBuilder

    def get_form_class(self):
        from participation.consultations.forms import questionnaire_form_class

        return questionnaire_form_class(self)

    def record_answer(
        self,
        answers,
        *,
        email="",
        privacy_consent=False,
        wants_updates=False,
        idempotency_key=None,
        uploads=(),
        moment=None,
    ):
        """Save one participant's answers; returns (response, created).

        `answers` maps question clean names to cleaned values. Refuses answers once the
        consultation is closed (the clock is read now, not when the form was opened). A
        repeated idempotency key returns the first response.

        In verified-email mode each submission is its own pending response, confirmed only by
        the link emailed for it: nobody who merely knows an email can change what its owner's
        link confirms. An email that received a link (or a notice) less than ten minutes ago is
        refused, so nobody can flood an inbox. An email whose answer already counts gets
        nothing stored and a notice by email; the caller shows the same "check your email" as
        for a new answer, so the form never tells who took part. The caller emails the
        confirmation link of a new pending response.
        """
        from participation.consultations.uploads import store_uploads

        moment = moment or timezone.now()
        if self.status_at(moment) != Status.OPEN:
            raise ConsultationError(
                _("This consultation is closed and no longer accepts answers.")
                if self.status_at(moment) == Status.CLOSED
                else _("This consultation has not opened yet.")
            )
        if idempotency_key:
            earlier = self.responses.filter(idempotency_key=idempotency_key).first()
            if earlier is not None:
                return earlier, False
        email = (email or "").strip().lower()
        pending = self.asks_email
        with transaction.atomic():
            if email:
                counted = self.responses_of(email).filter(status=ResponseStatus.CONFIRMED)
                counted = counted.select_for_update().first()
                if self.emailed_recently(email, moment):
                    raise ConsultationError(EMAILED_RECENTLY_MESSAGE)
                if counted is not None:
                    counted.tell_already_counted(moment)
                    return counted, False
            response = ConsultationResponse(
                page=self,
                email=email,
                submit_time=moment,
                status=ResponseStatus.PENDING if pending else ResponseStatus.CONFIRMED,
                confirmed_at=None if pending else moment,
                last_emailed_at=moment if pending and email else None,
                form_data=answers_as_json(answers),
                privacy_consent_at=moment if privacy_consent else None,
                wants_updates=bool(wants_updates and email),
                idempotency_key=idempotency_key,
            )
            try:
                with transaction.atomic():
                    response.save()
            except IntegrityError:
                # The same form sent twice at once: the first one won.
                earlier = (
                    self.responses.filter(idempotency_key=idempotency_key).first()
                    if idempotency_key
                    else None
                )
                if earlier is not None:
                    return earlier, False
                if email:  # two counted answers from one email at the same moment
                    raise ConsultationError(
                        _(
                            "Another answer from this email arrived at the same moment. Check "
                            "your email for the confirmation link."
                        )
                    ) from None
                raise
            Answer.objects.bulk_create(answer_rows(self, response, answers))
            store_uploads(response, uploads)
        return response, True

    def responses_of(self, email):
        return self.responses.filter(email=(email or "").strip().lower())

    def emailed_recently(self, email, moment=None):
        """Whether this consultation emailed `email` (a link or a notice) in the last minutes."""
        moment = moment or timezone.now()
        return (
            self.responses_of(email)
            .filter(last_emailed_at__gt=moment - CONFIRMATION_RESEND_INTERVAL)
            .exists()
        )

    # Comments -------------------------------------------------------------------------------

    def accepts_comments(self, moment=None):
        return self.comments_enabled and self.status_at(moment) == Status.OPEN

    def add_comment(
        self,
        *,
        kind,
        body,
        author_name="",
        author_email="",
        privacy_consent=False,
        idempotency_key=None,
    ):
        """Receive a comment or proposal: published at once or held for moderation, as the
        consultation says. The name and email are kept only with consent. A repeated
        idempotency key returns the first comment."""
        if not self.accepts_comments():
            raise ConsultationError(_("This consultation is not accepting comments."))
        if idempotency_key:
            earlier = self.comments.filter(idempotency_key=idempotency_key).first()
            if earlier is not None:
                return earlier
        fields = {
            "page": self,
            "kind": kind,
            "body": body,
            "author_name": (author_name or "").strip() if privacy_consent else "",
            "author_email": (author_email or "").strip() if privacy_consent else "",
            "privacy_consent_at": timezone.now() if privacy_consent else None,
            "status": CommentStatus.PUBLISHED
            if self.moderation == ModerationMode.AFTER
            else CommentStatus.PENDING,
            "idempotency_key": idempotency_key,
        }
        try:
            with transaction.atomic():
                return ConsultationComment.objects.create(**fields)
        except IntegrityError:
            # The same form sent twice at once: the first one won.
            earlier = self.comments.filter(idempotency_key=idempotency_key).first()
            if earlier is None:
                raise
            return earlier

    # Results --------------------------------------------------------------------------------

    def counted_responses(self):
        return self.responses.filter(status=ResponseStatus.CONFIRMED)

    # Routes ---------------------------------------------------------------------------------

    def serve(self, request, *args, **kwargs):
        # RoutablePageMixin dispatches; FormMixin's serve (form on GET, submission on POST) is
        # replaced by the routes below.
        return RoutablePageMixin.serve(self, request, *args, **kwargs)

    def serve_preview(self, request, mode_name):
        from participation.consultations.views import consultation_detail

        request.is_preview = True
        return consultation_detail(request, self)

    preview_modes = [("", _("Default"))]

    @path("")
    def detail(self, request):
        from participation.consultations.views import consultation_detail

        return consultation_detail(request, self)

    @path("resposta/<int:answer_id>/<str:stamp>/<str:signature>/", name="answer_received")
    def answer_received(self, request, **link):
        from participation.consultations.views import answer_received

        return answer_received(request, self, link)

    @path("resposta/confirme-pelo-email/", name="check_email")
    def check_email(self, request):
        from participation.consultations.views import check_email

        return check_email(request, self)

    @path("confirmar/<int:answer_id>/<str:stamp>/<str:signature>/", name="confirm")
    def confirm(self, request, **link):
        from participation.consultations.views import confirm_answer

        return confirm_answer(request, self, link)

    @path("comentar/", name="comment")
    def comment(self, request):
        from participation.consultations.views import post_comment

        return post_comment(request, self)

    @path("comentarios/<int:comment_id>/apoiar/", name="support")
    def support(self, request, comment_id):
        from participation.consultations.views import support_comment

        return support_comment(request, self, comment_id)

    @path("comentarios/<int:comment_id>/denunciar/", name="flag")
    def flag(self, request, comment_id):
        from participation.consultations.views import flag_comment

        return flag_comment(request, self, comment_id)


class ConsultationDocument(Orderable):
    page = ParentalKey(ConsultationPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("title"), max_length=255, blank=True, help_text=_("Leave empty to use the file's title.")
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    @property
    def display_title(self):
        return self.title or self.document.title


class DecisionStatus(models.TextChoices):
    UNDER_STUDY = "under_study", _("Under study")
    ADOPTED = "adopted", _("Adopted")
    PARTLY_ADOPTED = "partly_adopted", _("Partly adopted")
    NOT_ADOPTED = "not_adopted", _("Not adopted")
    DONE = "done", _("Done")


class ConsultationDecision(Orderable):
    """What the city hall did with what it heard: one decision and where it stands."""

    page = ParentalKey(ConsultationPage, on_delete=models.CASCADE, related_name="decisions")
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

    page = ParentalKey(ConsultationPage, on_delete=models.CASCADE, related_name="form_fields")
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

    page = models.ForeignKey(ConsultationPage, on_delete=models.CASCADE, related_name="responses")
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
        from participation.consultations.notifications import notify_already_counted

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

    page = models.ForeignKey(ConsultationPage, on_delete=models.CASCADE, related_name="+")
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


# Comments and proposals ----------------------------------------------------------------------


class CommentKind(models.TextChoices):
    COMMENT = "comment", _("Comment")
    PROPOSAL = "proposal", _("Proposal")


class CommentStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for moderation")
    PUBLISHED = "published", _("Published")
    HIDDEN = "hidden", _("Hidden")


class CommentQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=CommentStatus.PUBLISHED)

    def moderated_by(self, user):
        """The comments `user` may moderate: their departments', or all with the permission."""
        if user.is_superuser or user.has_perm("participation.manage_all_consultations"):
            return self
        return self.filter(page__department__group__in=user.groups.all())


def voter_key(value):
    """A one-way key for a browser session or an email: who supported or flagged, not stored."""
    return hashlib.sha256(f"{settings.SECRET_KEY}:{value}".encode()).hexdigest()


class ConsultationComment(models.Model):
    """A public comment or proposal on a consultation, moderated as the consultation says."""

    page = models.ForeignKey(
        ConsultationPage,
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
        from participation.consultations.notifications import notify_comment_author

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
        from participation.consultations.notifications import notify_comment_author

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


# Accountability ------------------------------------------------------------------------------


class Announcement(models.Model):
    """A "results are out" or "decisions changed" email round, so none is sent twice."""

    class Kind(models.TextChoices):
        RESULTS = "results", _("Results published")
        DECISIONS = "decisions", _("Decisions published")

    page = models.ForeignKey(ConsultationPage, on_delete=models.CASCADE, related_name="+")
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


def announce_on_publish(sender, instance, revision=None, **kwargs):
    """Publishing results or decisions emails the participants who asked to hear about them."""
    from participation.consultations.notifications import announce_published

    announce_published(instance, revision)


page_published.connect(
    announce_on_publish, sender=ConsultationPage, dispatch_uid="praca-consultation-announce"
)
