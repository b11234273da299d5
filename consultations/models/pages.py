"""Public consultations: the index page and the consultation page (dates, questionnaire
settings, comments settings, results), with its documents.

The questionnaire, answers, decisions and announcements are in `answers`, the comments in
`comments`; their names are importable from here too (the app's modules import them from here).
"""

from django.db import IntegrityError, models, transaction
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
from wagtail.contrib.forms.models import FormMixin
from wagtail.contrib.forms.utils import get_field_clean_name
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.signals import page_published

from praca.page_mixins import PracaPageMixin

# Every name of the two other modules is importable from here.
from .answers import (  # noqa: F401
    CHOICE_TYPES_WITH_OPTIONS,
    CONFIRMATION_RESEND_INTERVAL,
    CONFIRMATION_SALT,
    COUNTED_TYPES,
    EMAILED_RECENTLY_MESSAGE,
    FREE_TEXT_TYPES,
    SCALES,
    Announcement,
    Answer,
    ConsultationDecision,
    ConsultationError,
    ConsultationQuestion,
    ConsultationResponse,
    ConsultationUpload,
    DecisionStatus,
    QuestionType,
    ResponseStatus,
    answer_rows,
    answers_as_json,
    consultation_upload_path,
    delete_upload_file,
    signed_answer,
    split_options,
)
from .comments import (  # noqa: F401
    CommentFlag,
    CommentKind,
    CommentQuerySet,
    CommentStatus,
    CommentSupport,
    ConsultationComment,
    voter_key,
)

# Pages ---------------------------------------------------------------------------------------


class ConsultationIndexPage(PracaPageMixin, Page):
    """Every consultation, open, upcoming and closed, filterable (demo: /consultas/)."""

    introduction = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link", "ul"]
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    template = "consultations/consultation_index_page.html"
    subpage_types = ["praca_consultations.ConsultationPage"]
    max_count = 1

    class Meta:
        verbose_name = _("consultation index")
        verbose_name_plural = _("consultation indexes")

    def get_context(self, request, *args, **kwargs):
        from ..views import index_context

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
        from ..forms import RESERVED_NAMES

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


class ConsultationPage(PracaPageMixin, RoutablePageMixin, FormMixin, Page):
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
        "praca.Department",
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
            "Shown next to the consent box when personal data is asked (an email, a file, or a "
            "question marked as personal data); link to the full privacy notice."
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
    template = "consultations/consultation_page.html"
    landing_page_template = "consultations/answer_received.html"
    parent_page_types = ["praca_consultations.ConsultationIndexPage"]
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
        """Whether the questionnaire asks for consent to the privacy notice: it asks for an
        email, or a question holds personal data (marked so, or a file)."""
        questions = self.get_form_fields() if questions is None else questions
        return self.asks_email or any(question.holds_personal_data for question in questions)

    def get_form_fields(self):
        # Cached for the request: the form, the results and the template all read the questions.
        if not hasattr(self, "_questions"):
            self._questions = list(self.form_fields.all())
        return self._questions

    def get_submission_class(self):
        return ConsultationResponse

    @property
    def form_builder(self):
        from ..forms import QuestionnaireBuilder

        return QuestionnaireBuilder

    def get_form_class(self):
        from ..forms import questionnaire_form_class

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
        from ..uploads import store_uploads

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
        from ..views import consultation_detail

        request.is_preview = True
        return consultation_detail(request, self)

    preview_modes = [("", _("Default"))]

    @path("")
    def detail(self, request):
        from ..views import consultation_detail

        return consultation_detail(request, self)

    @path("resposta/<int:answer_id>/<str:stamp>/<str:signature>/", name="answer_received")
    def answer_received(self, request, **link):
        from ..views import answer_received

        return answer_received(request, self, link)

    @path("resposta/confirme-pelo-email/", name="check_email")
    def check_email(self, request):
        from ..views import check_email

        return check_email(request, self)

    @path("confirmar/<int:answer_id>/<str:stamp>/<str:signature>/", name="confirm")
    def confirm(self, request, **link):
        from ..views import confirm_answer

        return confirm_answer(request, self, link)

    @path("comentar/", name="comment")
    def comment(self, request):
        from ..views import post_comment

        return post_comment(request, self)

    @path("comentarios/<int:comment_id>/apoiar/", name="support")
    def support(self, request, comment_id):
        from ..views import support_comment

        return support_comment(request, self, comment_id)

    @path("comentarios/<int:comment_id>/denunciar/", name="flag")
    def flag(self, request, comment_id):
        from ..views import flag_comment

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


def announce_on_publish(sender, instance, revision=None, **kwargs):
    """Publishing results or decisions emails the participants who asked to hear about them."""
    from ..notifications import announce_published

    announce_published(instance, revision)


page_published.connect(
    announce_on_publish, sender=ConsultationPage, dispatch_uid="praca-consultation-announce"
)
