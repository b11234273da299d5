"""Admin views of consultations: the moderation queue's form, results, answer selection, export.

Who may do what: a consultation belongs to its department; members of the department's group
see its answers and moderate its comments, and `praca_consultations.manage_all_consultations` sees
every department's. Exporting needs `view_consultationresponse`; choosing which free-text
answers are published needs `change_consultationresponse`; personal data in exports needs
`view_consultation_personal_data`.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from praca.exports import XLSX_MAX_ROWS, fits_in_a_worksheet
from praca.uploads import staff_download

from .exports import export_response
from .models.comments import (
    HIDDEN_BY_FLAGS,
    manages_all_consultations,
)
from .models.pages import (
    FREE_TEXT_TYPES,
    Answer,
    CommentStatus,
    ConsultationComment,
    ConsultationError,
    ConsultationPage,
    ConsultationUpload,
    ResponseStatus,
)
from .results import questionnaire_results

URL_NAMESPACE = "participation_consultations"
MAX_ID = 2**63 - 1
ANSWERS_PER_PAGE = 50
# Files listed on the results screen (the export names every file of every answer).
MAX_UPLOADS_LISTED = 200


# Where `manages_consultation` keeps, on the user object of a request, the ids of the
# consultations that user manages (Wagtail's permission policies cache theirs there too).
MANAGED_IDS_CACHE = "_praca_managed_consultation_ids"


def consultations_managed_by(user):
    """The consultations whose answers `user` may see: their departments', or all."""
    pages = ConsultationPage.objects.all()
    if manages_all_consultations(user):
        return pages
    return pages.filter(department__group__in=user.groups.all())


def manages_consultation(user, page_id):
    """Whether `user` may see the answers of consultation `page_id`.

    Asked for every row of the admin's page listing: the ids are read once and kept on the
    user object, which lives as long as its request, so a listing costs one query whatever
    its length.
    """
    if manages_all_consultations(user):
        return True
    managed = getattr(user, MANAGED_IDS_CACHE, None)
    if managed is None:
        managed = frozenset(consultations_managed_by(user).values_list("pk", flat=True))
        setattr(user, MANAGED_IDS_CACHE, managed)
    return page_id in managed


# Moderation ---------------------------------------------------------------------------------


class ModerationForm(WagtailAdminModelForm):
    """Publish or hide a comment; hiding needs a reason, which its author is told."""

    status = forms.ChoiceField(
        label=gettext_lazy("Decision"),
        choices=[
            (CommentStatus.PUBLISHED, gettext_lazy("Publish (or show again)")),
            (CommentStatus.HIDDEN, gettext_lazy("Hide")),
        ],
        widget=forms.RadioSelect,
    )

    class Meta:
        model = ConsultationComment
        fields = ["status", "moderation_reason"]

    def clean(self):
        data = super().clean()
        if (
            data.get("status") == CommentStatus.HIDDEN
            and not (data.get("moderation_reason") or "").strip()
        ):
            self.add_error(
                "moderation_reason",
                _("Say why the comment is hidden; its author will be told."),
            )
        return data


class ModerateView(generic.EditView):
    """The edit view of the queue: a moderation decision, through ConsultationComment.moderate."""

    def get_success_message(self):
        if self.object.author_email:
            return _("Moderation decision saved; the author is told by email.")
        return _("Moderation decision saved.")

    def get_queryset(self):
        # Another department's comment is a 404, as if it did not exist.
        return ConsultationComment.objects.moderated_by(self.request.user).select_related("page")

    def save_instance(self):
        comment = self.get_queryset().get(pk=self.object.pk)
        try:
            comment.moderate(
                self.form.cleaned_data["status"],
                self.form.cleaned_data.get("moderation_reason", ""),
                self.request.user,
            )
        except ConsultationError as error:  # the form checks the same rules first
            raise PermissionDenied(str(error)) from error
        return comment


class CommentQueueView(generic.IndexView):
    """What needs a moderator comes first: comments waiting to be published, then those hidden
    by citizens' flags and not yet reviewed, then the rest, newest first."""

    def get_base_queryset(self):
        return (
            ConsultationComment.objects.moderated_by(self.request.user)
            .select_related("page")
            .annotate(
                urgency=Case(
                    When(status=CommentStatus.PENDING, then=Value(0)),
                    When(HIDDEN_BY_FLAGS, then=Value(1)),
                    default=Value(2),
                    output_field=IntegerField(),
                )
            )
            .order_by("urgency", "-created_at", "-pk")
        )


# Results, answers and export ----------------------------------------------------------------


class ConsultationMixin:
    """Finds the consultation among those the user manages (else 404) and checks a permission."""

    permission = "praca_consultations.view_consultationresponse"

    def dispatch(self, request, page_id, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        if page_id > MAX_ID:  # a page's id is a foreign key: Django does not range-check it
            raise Http404
        self.page = get_object_or_404(consultations_managed_by(request.user), pk=page_id)
        return super().dispatch(request, *args, **kwargs)


class ConsultationListView(WagtailAdminTemplateMixin, TemplateView):
    """Every consultation the user manages, with its answers and comments counted."""

    template_name = "consultations/admin/index.html"
    page_title = gettext_lazy("Answers and results")
    header_icon = "form"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("praca_consultations.view_consultationresponse"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["consultations"] = (
            consultations_managed_by(self.request.user)
            .select_related("department")
            .annotate(
                confirmed=Count(
                    "responses",
                    filter=Q(responses__status=ResponseStatus.CONFIRMED),
                    distinct=True,
                ),
                pending=Count(
                    "responses", filter=Q(responses__status=ResponseStatus.PENDING), distinct=True
                ),
                waiting_comments=Count(
                    "comments", filter=Q(comments__status=CommentStatus.PENDING), distinct=True
                ),
            )
            .order_by("-closes_at")
        )
        return context


class ResultsView(ConsultationMixin, WagtailAdminTemplateMixin, TemplateView):
    """The results as the public sees them, and the free-text answers to choose from."""

    template_name = "consultations/admin/results.html"
    header_icon = "form"

    def get_page_title(self):
        return self.page.title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(f"{URL_NAMESPACE}:index"), "label": _("Answers and results")},
            {"url": "", "label": self.page.title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        participants, results = questionnaire_results(self.page)
        text_questions = {
            question.clean_name: question.label
            for question in self.page.get_form_fields()
            if question.field_type in FREE_TEXT_TYPES and not question.holds_personal_data
        }
        answers = (
            Answer.objects.filter(
                page=self.page,
                question__in=list(text_questions),
                response__status=ResponseStatus.CONFIRMED,
            )
            .order_by("question", "pk")
            .only("pk", "question", "value", "is_featured")
        )
        page_of_answers = Paginator(answers, ANSWERS_PER_PAGE).get_page(self.request.GET.get("p"))
        for answer in page_of_answers:
            answer.question_label = text_questions.get(answer.question, answer.question)
        can_see_personal_data = self.request.user.has_perm(
            "praca_consultations.view_consultation_personal_data"
        )
        uploads = (
            ConsultationUpload.objects.filter(response__page=self.page)
            .order_by("-pk")
            .only("pk", "original_name", "size", "response_id")[:MAX_UPLOADS_LISTED]
            if can_see_personal_data
            else []
        )
        context.update(
            {
                "pending": self.page.responses.filter(status=ResponseStatus.PENDING).count(),
                "uploads": uploads,
                "consultation": self.page,
                "participants": participants,
                "results": results,
                "text_answers": page_of_answers,
                "can_feature": self.request.user.has_perm(
                    "praca_consultations.change_consultationresponse"
                ),
                "can_see_personal_data": can_see_personal_data,
            }
        )
        return context


class FeatureAnswerView(ConsultationMixin, View):
    """Show or stop showing one free-text answer in the public results (POST)."""

    permission = "praca_consultations.change_consultationresponse"

    def post(self, request, answer_id):
        answer = get_object_or_404(Answer, page=self.page, pk=answer_id)
        answer.is_featured = request.POST.get("featured") == "1"
        answer.save(update_fields=["is_featured"])
        messages.success(
            request,
            _("The answer is now shown in the public results.")
            if answer.is_featured
            else _("The answer is no longer shown in the public results."),
        )
        url = reverse(f"{URL_NAMESPACE}:results", args=[self.page.pk])
        page_number = request.POST.get("p", "")
        return redirect(f"{url}?p={page_number}#answers" if page_number.isdigit() else url)


class UploadView(ConsultationMixin, View):
    """A file sent as an answer, always as a download: it may show a person or a home, so it
    needs the personal-data permission as well."""

    permission = "praca_consultations.view_consultation_personal_data"

    def get(self, request, upload_id):
        if not request.user.has_perm("praca_consultations.view_consultationresponse"):
            raise PermissionDenied
        return staff_download(
            get_object_or_404(
                ConsultationUpload.objects.filter(response__page=self.page), pk=upload_id
            )
        )


class ExportView(ConsultationMixin, View):
    def get(self, request, export_format):
        if export_format not in ("csv", "xlsx"):
            raise Http404
        if export_format == "xlsx" and not fits_in_a_worksheet(self.page.responses):
            messages.warning(
                request,
                _("Too many answers for a spreadsheet (more than %(limit)s): export CSV instead.")
                % {"limit": XLSX_MAX_ROWS},
            )
            return redirect(f"{URL_NAMESPACE}:results", self.page.pk)
        return export_response(self.page, request.user, export_format)
