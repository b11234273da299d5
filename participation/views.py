"""Citizen-facing views of the service desk (routes of ServiceDeskPage).

Filing a manifestation, its receipt, following it with the tracking link (complement, survey,
reopening) and its attachments. Every change goes through a `Manifestation` method; a token
that does not match shows the same 404 as a protocol that does not exist.
"""

import re
from contextlib import nullcontext

from django.contrib import messages
from django.db import transaction
from django.db.models import Q
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from praca.http import keep_private
from praca.page_mixins import exclude_restricted
from service_catalog.models import ServicePage

from .forms import (
    ComplementForm,
    IntakeForm,
    PageFeedbackForm,
    RatingForm,
    ReopenForm,
    ResendLinkForm,
    ServiceRatingForm,
    TrackLookupForm,
)
from .models import (
    Channel,
    Event,
    Kind,
    Manifestation,
    PageFeedback,
    ServiceRating,
    Status,
    WorkflowError,
)
from .notifications import queue_email, tracking_url
from .ratelimit import (
    feedback_limit_exceeded,
    intake_limit_exceeded,
    lookup_limit_exceeded,
    too_many_requests,
)
from .satisfaction import forget_service_satisfaction
from .uploads import attach

SERVICE_ID = re.compile(r"[0-9]{1,18}")


# Helpers ------------------------------------------------------------------------------------


def live_services():
    """The services a citizen may choose: published and not behind a view restriction."""
    return exclude_restricted(ServicePage.objects.live()).order_by("title")


def find_service(raw_id):
    """The live service with this id (with its department and questions), or None."""
    raw_id = (raw_id or "").strip()
    if not SERVICE_ID.fullmatch(raw_id):
        return None
    return (
        live_services()
        .filter(pk=int(raw_id))
        .select_related("department")
        .prefetch_related("questions")
        .first()
    )


def subpage_url(request, page, name, manifestation):
    kwargs = {"protocol": manifestation.protocol, "token": manifestation.tracking_token}
    return page.get_url(request) + page.reverse_subpage(name, kwargs=kwargs)


def case_or_404(protocol, token):
    """The case whose tracking link this is; one 404 for an unknown protocol or a wrong token."""
    manifestation = (
        Manifestation.objects.select_related("service").filter(protocol=protocol).first()
    )
    if manifestation is None or not manifestation.check_token(token):
        raise Http404
    return manifestation


def citizen_attachments(manifestation):
    """Files the citizen may see: theirs, and those of public timeline events, never staff notes."""
    return manifestation.attachments.filter(Q(event__isnull=True) | Q(event__is_public=True))


# Intake -------------------------------------------------------------------------------------


def intake(request, page):
    """The form of a new manifestation; a valid one is received and redirected to its receipt."""
    source = request.POST if request.method == "POST" else request.GET
    raw_service = source.get("service", "")
    service = find_service(raw_service)
    # Arriving from a service page's "Request this service" button fixes the service.
    service_is_fixed = bool(request.GET.get("service"))
    options = {"service": service, "services": live_services()}
    notice = ""

    if request.method == "POST" and "refresh" in request.POST:
        # "Show this service's questions": the form again, for the chosen service, unsaved.
        form = IntakeForm(initial=refreshed_initial(request, service), **options)
    elif request.method == "POST":
        if retry_after := intake_limit_exceeded(request):
            return too_many_requests(request, retry_after)
        form = IntakeForm(request.POST, request.FILES, service_is_fixed=service_is_fixed, **options)
        if form.is_valid():
            manifestation = receive(form)
            return redirect(subpage_url(request, page, "receipt", manifestation))
        if request.FILES:
            notice = _(
                "For your safety, files are not kept when the form has a problem: choose "
                "them again before sending."
            )
    else:
        initial = {}
        if request.GET.get("kind") in Kind.values:
            initial["kind"] = request.GET["kind"]
        if service is not None:
            initial["service"] = service.pk
        elif raw_service:
            notice = _(
                "We could not find the service you chose; it may no longer be offered. You can "
                "still send your message, choosing another service or none."
            )
        form = IntakeForm(initial=initial, service_is_fixed=service is not None, **options)

    return page.render(request, context_overrides={"form": form, "notice": notice})


def refreshed_initial(request, service):
    """What the citizen had typed, to fill in the form again after choosing a service."""
    form = IntakeForm(service=service)
    initial = {}
    for name in form.fields:
        if name in ("attachments", "website") or name not in request.POST:
            continue
        values = request.POST.getlist(name)
        initial[name] = values if len(values) > 1 else values[0]
    initial["service"] = service.pk if service else ""
    return initial


def receive(form):
    """Register the manifestation and its attachments, together or not at all."""
    fields = form.manifestation_fields()
    if form.cleaned_data["privacy_consent"]:
        fields["privacy_consent_at"] = timezone.now()
    uploads = form.cleaned_data["attachments"]
    # One transaction for the case and its files; none needed (nor paid for) without files.
    with transaction.atomic() if uploads else nullcontext():
        manifestation, created = Manifestation.receive(channel=Channel.WEB, **fields)
        if created and uploads:
            attach(manifestation, uploads)
    return manifestation


def receipt(request, page, protocol, token):
    manifestation = case_or_404(protocol, token)
    track_url = request.build_absolute_uri(subpage_url(request, page, "track", manifestation))
    response = page.render(
        request,
        template="participation/desk/receipt.html",
        context_overrides={
            "manifestation": manifestation,
            "tracking_url": track_url,
            "emailed": bool(manifestation.requester_email and not manifestation.is_anonymous),
        },
    )
    return keep_private(response)


# Tracking -----------------------------------------------------------------------------------

TRACKING_ACTIONS = {"complement": ComplementForm, "rate": RatingForm, "reopen": ReopenForm}


def track(request, page, protocol, token):
    """A case as its citizen sees it, with what they can do next."""
    manifestation = case_or_404(protocol, token)
    forms = {}
    status = 200
    if request.method == "POST":
        if retry_after := intake_limit_exceeded(request):
            return too_many_requests(request, retry_after)
        action = request.POST.get("action", "")
        form_class = TRACKING_ACTIONS.get(action)
        if form_class is None:
            return keep_private(
                render_tracking(request, page, manifestation, {}, status=400, unknown_action=True)
            )
        form = form_class(request.POST, request.FILES)
        forms[action] = form
        if form.is_valid():
            try:
                success = perform(action, manifestation, form)
            except WorkflowError as error:
                form.add_error(None, error)
                status = 400
            else:
                messages.success(request, success)
                return redirect(subpage_url(request, page, "track", manifestation))
    if manifestation.status == Status.AWAITING_CITIZEN:
        forms.setdefault("complement", ComplementForm())
    if manifestation.can_be_rated:
        forms.setdefault("rate", RatingForm())
    if manifestation.can_be_reopened:
        forms.setdefault("reopen", ReopenForm())
    return keep_private(render_tracking(request, page, manifestation, forms, status=status))


def perform(action, manifestation, form):
    """Carry out a tracking page action through the model; returns the success message."""
    data = form.cleaned_data
    if action == "complement":
        with transaction.atomic():
            event = manifestation.add_complement(data["message"])
            attach(manifestation, data["attachments"], event=event)
        return _("Thank you: we received your complement, and your case is back in analysis.")
    if action == "rate":
        manifestation.rate(data["score"], solved=data["solved"], comment=data["comment"])
        return _("Thank you for rating our answer.")
    manifestation.reopen(data["reason"])
    return _("Your case was reopened. We will answer it within the legal deadline.")


def render_tracking(request, page, manifestation, forms, *, status=200, unknown_action=False):
    events = list(manifestation.public_events())
    attachments = list(citizen_attachments(manifestation).order_by("uploaded_at", "pk"))
    base_url = page.get_url(request)
    for attachment in attachments:
        attachment.citizen_url = base_url + page.reverse_subpage(
            "attachment",
            kwargs={
                "protocol": manifestation.protocol,
                "token": manifestation.tracking_token,
                "attachment_id": attachment.pk,
            },
        )
    for event in events:
        event.citizen_attachments = [item for item in attachments if item.event_id == event.pk]
    latest = {event.to_status: event for event in events if event.to_status}
    response = page.render(
        request,
        template="participation/desk/track.html",
        context_overrides={
            "manifestation": manifestation,
            "events": events,
            "intake_attachments": [item for item in attachments if item.event_id is None],
            "answers": [
                (answer.get("label", ""), answer_display(answer.get("answer")))
                for answer in manifestation.answers
            ],
            "complement_request": latest.get(Status.AWAITING_CITIZEN)
            if manifestation.status == Status.AWAITING_CITIZEN
            else None,
            "answer": latest.get(Status.ANSWERED)
            if manifestation.status in {Status.ANSWERED, Status.CLOSED}
            else None,
            "forms": forms,
            "unknown_action": unknown_action,
            "citizen_event_kinds": {Event.Kind.COMPLEMENT, Event.Kind.REOPENED},
        },
    )
    response.status_code = status
    return response


def answer_display(value):
    """An answer to a service question as the citizen gave it."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def track_lookup(request, page):
    """Protocol + tracking code -> the tracking page; one generic error whatever does not match."""
    form = TrackLookupForm()
    if request.method == "POST":
        if retry_after := lookup_limit_exceeded(request):
            return too_many_requests(request, retry_after)
        form = TrackLookupForm(request.POST)
        if form.is_valid():
            protocol, code = form.cleaned_data["protocol"], form.cleaned_data["code"]
            manifestation = Manifestation.objects.filter(protocol=protocol).first()
            if manifestation is not None and manifestation.check_token(code):
                return redirect(subpage_url(request, page, "track", manifestation))
            form.add_error(
                None,
                _(
                    "We could not find a case with this protocol and tracking code. Check both, "
                    "or ask us to send the link again."
                ),
            )
    return page.render(
        request, template="participation/desk/track_lookup.html", context_overrides={"form": form}
    )


def resend_link(request, page):
    """Send the tracking link again to the case's email; the answer never says if they matched."""
    form = ResendLinkForm()
    if request.method == "POST":
        if retry_after := lookup_limit_exceeded(request):
            return too_many_requests(request, retry_after)
        form = ResendLinkForm(request.POST)
        if form.is_valid():
            manifestation = (
                Manifestation.objects.filter(
                    protocol=form.cleaned_data["protocol"],
                    is_anonymous=False,
                    requester_email__iexact=form.cleaned_data["email"],
                )
                .exclude(requester_email="")
                .first()
            )
            if manifestation is not None:
                queue_email(
                    manifestation.requester_email,
                    "resend_link",
                    {"manifestation": manifestation, "tracking_url": tracking_url(manifestation)},
                )
            messages.success(
                request,
                _(
                    "If this protocol and email belong to a case, we have sent its tracking link "
                    "to that email. It may take a few minutes; check your spam folder too."
                ),
            )
            return redirect(page.get_url(request) + page.reverse_subpage("resend_link"))
    return page.render(
        request, template="participation/desk/resend_link.html", context_overrides={"form": form}
    )


# Attachments --------------------------------------------------------------------------------


def citizen_attachment(request, page, protocol, token, attachment_id):
    """A file of the case, downloaded (never shown inline) by whoever holds its tracking link."""
    manifestation = case_or_404(protocol, token)
    attachment = citizen_attachments(manifestation).filter(pk=attachment_id).first()
    if attachment is None:
        raise Http404
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return keep_private(response)


FEEDBACK_SESSION_KEY = "praca_feedback"


def page_feedback(request, page_id):
    """Record "Was this page useful?" (and, after a no, the reason) for a live page.

    One answer per page per browser session is counted; answering again only updates the reason
    and comment. Works as a plain POST that returns to the page, and answers JSON to the script
    that enhances it.
    """
    if request.method != "POST":
        raise Http404
    page = Page.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise Http404
    wants_json = request.headers.get("Accept", "").startswith("application/json")
    back = page.get_url(request) or "/"
    if retry_after := feedback_limit_exceeded(request):
        return too_many_requests(request, retry_after)
    form = PageFeedbackForm(request.POST)
    if not form.is_valid() or form.cleaned_data["website"]:
        if wants_json:
            return JsonResponse({"state": "error", "errors": form.errors}, status=400)
        messages.error(request, _("We could not record your answer. Please try again."))
        return redirect(back + "#page-feedback")
    answered = request.session.get(FEEDBACK_SESSION_KEY, {})
    feedback_id = answered.get(str(page.pk))
    feedback = PageFeedback.objects.filter(pk=feedback_id, page=page).first()
    if feedback is None:
        feedback = PageFeedback.objects.create(page=page, useful=form.cleaned_data["useful"])
        answered[str(page.pk)] = feedback.pk
        request.session[FEEDBACK_SESSION_KEY] = answered
    elif form.cleaned_data["reason"] or form.cleaned_data["comment"]:
        feedback.reason = form.cleaned_data["reason"]
        feedback.comment = form.cleaned_data["comment"]
        feedback.save(update_fields=["reason", "comment"])
    state = "details" if not feedback.useful and not feedback.reason else "thanks"
    if wants_json:
        return JsonResponse({"state": state})
    return redirect(f"{back}?feedback={state}#page-feedback")


RATING_SESSION_KEY = "praca_service_ratings"


def service_rating(request, service_id):
    """Record "Avalie este serviço" for a live service: one rating per service per session.

    A plain POST: a valid rating returns to the page's thanks message; an invalid one shows the
    service page again with the errors beside the fields (status 400), nothing lost.
    """
    if request.method != "POST":
        raise Http404
    service = ServicePage.objects.live().public().filter(pk=service_id).first()
    if service is None:
        raise Http404
    if retry_after := feedback_limit_exceeded(request):
        return too_many_requests(request, retry_after)
    form = ServiceRatingForm(request.POST)
    if not form.is_valid():
        context = service.get_context(request)
        context["rating_form"] = form
        return TemplateResponse(request, service.get_template(request), context, status=400)
    back = f"{service.get_url(request) or '/'}?rating=thanks#service-rating"
    if form.cleaned_data["website"]:
        return redirect(back)  # a bot: thanked, not counted
    rated = request.session.get(RATING_SESSION_KEY, {})
    fields = {key: form.cleaned_data[key] for key in ("score", "dimension", "comment")}
    updated = ServiceRating.objects.filter(pk=rated.get(str(service.pk)), service=service).update(
        **fields
    )
    if not updated:
        rating = ServiceRating.objects.create(service=service, **fields)
        rated[str(service.pk)] = rating.pk
        request.session[RATING_SESSION_KEY] = rated
    forget_service_satisfaction(service.pk)
    return redirect(back)
