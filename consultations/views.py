"""Citizen-facing views of consultations (routes of ConsultationPage, context of the index).

Every change goes through a model method (`ConsultationPage.record_answer`,
`ConsultationComment.add_support`, …); these views check the request, call it and say what
happened. Nothing here answers 500 to bad input: each refusal is a translated message.
"""

import uuid

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Case, F, IntegerField, Value, When
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from praca.http import keep_private
from praca.ratelimit import limit_exceeded, too_many_requests

from .conf import consultations_settings
from .filters import ConsultationFilter
from .forms import CommentForm, FlagForm
from .models.pages import (
    CONFIRMATION_SALT,
    CommentStatus,
    CommentSupport,
    ConsultationError,
    ConsultationPage,
    ConsultationResponse,
    ResponseStatus,
    Status,
    signed_answer,
    voter_key,
)
from .notifications import send_confirmation
from .results import questionnaire_results

RECEIVED_SALT = "praca.consultation.received"
RECEIVED_MAX_AGE = 24 * 60 * 60


# The index ----------------------------------------------------------------------------------


def index_context(request, page):
    """Consultations under `page`: open ones first (closing soonest), then upcoming, then closed
    (latest first); filtered by status, department and text, paginated."""
    now = timezone.now()
    consultations = (
        ConsultationPage.objects.live()
        .public()
        .child_of(page)
        .select_related("department")
        .annotate(
            rank=Case(
                When(opens_at__gt=now, then=Value(1)),
                When(closes_at__lte=now, then=Value(2)),
                default=Value(0),
                output_field=IntegerField(),
            )
        )
        .annotate(
            open_order=Case(When(rank__lt=2, then=F("closes_at")), default=None),
        )
        .order_by("rank", "open_order", "-closes_at", "pk")
    )
    filterset = ConsultationFilter(request.GET or None, queryset=consultations)
    ignored = []
    if filterset.is_bound and not filterset.form.is_valid():
        ignored = [str(filterset.form.fields[name].label) for name in filterset.form.errors]
    paginator = Paginator(filterset.qs, consultations_settings.CONSULTATIONS_PER_PAGE)
    results = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "filter": filterset,
        "consultations": results,
        "ignored_filters": ignored,
        "filter_query": query.urlencode(),
        "now": now,
    }


# The consultation page ----------------------------------------------------------------------


VERIFIED_EMAIL_SESSION_KEY = "praca_consultation_verified_email"


def session_voters(request, create=False):
    """Who supports or flags: the email this browser confirmed an answer with and the browser
    session (none if it has no session yet). A support or flag counts once for all of them, so
    a browser that supported before confirming an email cannot support again after."""
    voters = []
    email = request.session.get(VERIFIED_EMAIL_SESSION_KEY)
    if email:
        voters.append(f"email:{email}")
    if not request.session.session_key and create:
        request.session.save()
    if request.session.session_key:
        voters.append(request.session.session_key)
    return voters


def detail_context(request, page, form=None, comment_form=None):
    now = timezone.now()
    status = page.status_at(now)
    context = {
        "status": status,
        "statuses": Status,
        "documents": page.documents.select_related("document"),
        "decisions": list(page.decisions.all()),
    }
    if status == Status.OPEN and page.get_form_fields():
        context["form"] = form or page.get_form(
            page=page, initial={"idempotency_key": uuid.uuid4()}
        )
        context["form_has_files"] = any(
            question.field_type == "file" for question in page.get_form_fields()
        )
    if page.comments_enabled:
        comments = (
            page.comments.published()
            .order_by("-support_count", "-created_at", "-pk")
            .only("pk", "kind", "body", "author_name", "support_count", "created_at", "page_id")
        )
        context["comments"] = Paginator(
            comments, consultations_settings.COMMENTS_PER_PAGE
        ).get_page(request.GET.get("comentarios"))
        voters = session_voters(request)
        context["supported"] = (
            set(
                CommentSupport.objects.filter(
                    comment__in=[comment.pk for comment in context["comments"]],
                    voter__in=[voter_key(voter) for voter in voters],
                ).values_list("comment_id", flat=True)
            )
            if voters and context["comments"]
            else set()
        )
        context["flag_form"] = FlagForm(auto_id="flag_%s")
        if status == Status.OPEN:
            context["comment_form"] = comment_form or CommentForm(
                initial={"idempotency_key": uuid.uuid4()}
            )
    if page.results_are_public(now):
        context["participants"], context["results"] = questionnaire_results(page)
    return context


def render_detail(request, page, status=200, **kwargs):
    response = page.render(
        request,
        template="consultations/consultation_page.html",
        context_overrides=detail_context(request, page, **kwargs),
    )
    response.status_code = status
    return response


def consultation_detail(request, page):
    if request.method == "POST":
        return post_answer(request, page)
    return render_detail(request, page)


def post_answer(request, page):
    """Check and save one participant's answers; closed, unpublished or previewed pages refuse."""
    if getattr(request, "is_preview", False):
        messages.error(request, _("Answers are not accepted in a preview."))
        return render_detail(request, page)
    if retry_after := limit_exceeded(
        request, "consultation-answer", consultations_settings.CONSULTATION_ANSWER_RATE_LIMIT
    ):
        return too_many_requests(request, retry_after)
    status = page.status
    if status == Status.OPEN and not page.get_form_fields():
        messages.error(request, _("This consultation has no questionnaire to answer."))
        return render_detail(request, page, status=409)
    if status != Status.OPEN:
        messages.error(
            request,
            _("This consultation closed before your answers arrived, so they could not be counted.")
            if status == Status.CLOSED
            else _("This consultation has not opened yet."),
        )
        return render_detail(request, page, status=409)
    form = page.get_form(request.POST, request.FILES, page=page)
    if form.is_valid():
        try:
            response, created = page.record_answer(
                form.answers(),
                email=form.cleaned_data.get("participant_email", ""),
                privacy_consent=form.cleaned_data.get("participant_consent", False),
                wants_updates=form.cleaned_data.get("participant_updates", False),
                idempotency_key=form.cleaned_data.get("idempotency_key"),
                uploads=form.uploads(),
            )
        except ConsultationError as error:
            form.add_error(None, str(error))
        else:
            if created and response.status == ResponseStatus.PENDING:
                send_confirmation(response)
            if response.email:
                # The same page whether the answer waits for its link or the email's answer
                # already counted (it is told so by email): the form never says who took part.
                return redirect(page.url + page.reverse_subpage("check_email"))
            link = signed_answer(response.pk, RECEIVED_SALT)
            return redirect(page.url + page.reverse_subpage("answer_received", kwargs=link))
    if request.FILES:
        messages.warning(
            request,
            _(
                "For your safety, files are not kept when the form has a problem: choose them "
                "again before sending."
            ),
        )
    return render_detail(request, page, form=form)


def answer_received(request, page, link):
    """The confirmation a participant sees after answering."""
    response = ConsultationResponse.from_signed(page, RECEIVED_SALT, RECEIVED_MAX_AGE, **link)
    if response is None:
        raise Http404
    return keep_private(
        page.render(
            request,
            template="consultations/answer_received.html",
            context_overrides={"answer": response, "pending": response.status == "pending"},
        )
    )


def check_email(request, page):
    """After answering with an email: the answer counts once its emailed link is confirmed."""
    return keep_private(
        page.render(
            request,
            template="consultations/answer_received.html",
            context_overrides={"answer": None, "pending": True},
        )
    )


def confirm_answer(request, page, link):
    """The link sent by email. GET shows a button, POST confirms: link checkers that open
    every link in an email must not confirm for the citizen."""
    answer = ConsultationResponse.from_signed(
        page,
        CONFIRMATION_SALT,
        consultations_settings.CONSULTATION_CONFIRMATION_MAX_AGE,
        **link,
    )
    context = {"answer": answer, "confirmed_now": False}
    status = 200
    if answer is None:
        status = 404
    elif request.method == "POST":
        context["confirmed_now"] = answer.confirm()
        context["already_confirmed"] = not context["confirmed_now"]
        # Another answer from this email was confirmed first: this one was discarded.
        context["other_answer_counted"] = getattr(answer, "discarded", False)
        request.session[VERIFIED_EMAIL_SESSION_KEY] = answer.email
    response = page.render(
        request,
        template="consultations/confirm_answer.html",
        context_overrides=context,
    )
    response.status_code = status
    return keep_private(response)


# Comments, supports and flags ---------------------------------------------------------------


def comment_anchor(page, comment=None, fragment="comments"):
    return page.url + (f"#comment-{comment.pk}" if comment else f"#{fragment}")


def post_comment(request, page):
    if request.method != "POST":
        return redirect(comment_anchor(page))
    if retry_after := limit_exceeded(
        request, "consultation-comment", consultations_settings.CONSULTATION_COMMENT_RATE_LIMIT
    ):
        return too_many_requests(request, retry_after)
    if not page.accepts_comments():
        messages.error(request, _("This consultation is not accepting comments."))
        return redirect(comment_anchor(page))
    form = CommentForm(request.POST)
    if not form.is_valid():
        return render_detail(request, page, comment_form=form)
    data = form.cleaned_data
    try:
        comment = page.add_comment(
            kind=data["kind"],
            body=data["body"],
            author_name=data["author_name"],
            author_email=data["author_email"],
            privacy_consent=data["privacy_consent"],
            idempotency_key=data.get("idempotency_key"),
        )
    except ConsultationError as error:
        messages.error(request, str(error))
        return redirect(comment_anchor(page))
    if comment.status == CommentStatus.PUBLISHED:
        messages.success(request, _("Thank you: your contribution is published."))
        return redirect(comment_anchor(page, comment))
    messages.success(
        request,
        _(
            "Thank you: your contribution was received and will be published after a moderator "
            "reviews it."
        ),
    )
    return redirect(comment_anchor(page))


def published_comment_or_404(page, comment_id):
    comment = page.comments.filter(pk=comment_id).first()
    if comment is None or comment.status != CommentStatus.PUBLISHED:
        raise Http404
    return comment


def support_comment(request, page, comment_id):
    if request.method != "POST":
        return redirect(comment_anchor(page))
    if retry_after := limit_exceeded(
        request, "consultation-support", consultations_settings.CONSULTATION_SUPPORT_RATE_LIMIT
    ):
        return too_many_requests(request, retry_after)
    comment = published_comment_or_404(page, comment_id)
    if page.status != Status.OPEN:
        messages.error(request, _("Supports are counted only while the consultation is open."))
    else:
        try:
            counted = comment.add_support(*session_voters(request, create=True))
        except ConsultationError as error:
            messages.error(request, str(error))
        else:
            if counted:
                messages.success(request, _("Your support was counted."))
            else:
                messages.info(request, _("You have already supported this contribution."))
    return redirect(comment_anchor(page, comment))


def flag_comment(request, page, comment_id):
    if request.method != "POST":
        return redirect(comment_anchor(page))
    if retry_after := limit_exceeded(
        request, "consultation-flag", consultations_settings.CONSULTATION_FLAG_RATE_LIMIT
    ):
        return too_many_requests(request, retry_after)
    comment = published_comment_or_404(page, comment_id)
    form = FlagForm(request.POST)
    reason = form.cleaned_data.get("reason", "") if form.is_valid() else ""
    if comment.add_flag(*session_voters(request, create=True), reason=reason):
        messages.success(request, _("Thank you: a moderator will review this contribution."))
    else:
        messages.info(request, _("You have already asked for this contribution to be reviewed."))
    comment.refresh_from_db(fields=["status"])
    if comment.status != CommentStatus.PUBLISHED:
        return redirect(comment_anchor(page))
    return redirect(comment_anchor(page, comment))
