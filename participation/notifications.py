"""Who is told what when a case changes: emails written to the outbox and sent by a task.

Emails are saved in the same transaction as the change that causes them and sent after it
commits, so a failing mail server delays an email but never loses a manifestation.
"""

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from .desk import service_desk_path
from .models import Event, OutgoingEmail, Status


def tracking_url(manifestation):
    """The citizen's tracking link, absolute, or "" when no service desk page is published."""
    from .pages import ServiceDeskPage

    desk_path = service_desk_path()
    if not desk_path:
        return ""
    route = ServiceDeskPage().reverse_subpage(
        "track", kwargs={"protocol": manifestation.protocol, "token": manifestation.tracking_token}
    )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + desk_path + route


def queue_email(to, template, context, enqueue=True, folder="participation/email"):
    """Render `<folder>/<template>.txt` (subject on the first line) in the site's language and
    write it to the outbox; a task sends it after commit, unless `enqueue=False` leaves it for
    `send_pending_emails`."""
    with translation.override(settings.LANGUAGE_CODE):
        text = render_to_string(f"{folder}/{template}.txt", context).strip()
    subject, _, body = text.partition("\n")
    email = OutgoingEmail.objects.create(to=to, subject=subject.strip()[:250], body=body.strip())

    def send():
        from .tasks import send_email

        send_email.enqueue(email.pk)

    if enqueue:
        transaction.on_commit(send)
    return email


# Event kind (and, for status changes, the new status) -> the citizen's email template.
CITIZEN_TEMPLATES = {
    Event.Kind.RECEIVED: "receipt",
    Event.Kind.PUBLIC_REPLY: "reply",
    Event.Kind.EXTENSION: "extension",
    Event.Kind.REOPENED: "reopened",
    (Event.Kind.STATUS_CHANGE, Status.AWAITING_CITIZEN): "complement_requested",
    (Event.Kind.STATUS_CHANGE, Status.ANSWERED): "answered",
}


def notify_event(event):
    manifestation = event.manifestation
    if event.is_public and manifestation.requester_email and not manifestation.is_anonymous:
        template = CITIZEN_TEMPLATES.get(event.kind) or CITIZEN_TEMPLATES.get(
            (event.kind, event.to_status)
        )
        if template is None and event.kind == Event.Kind.STATUS_CHANGE:
            template = "status_changed"
        if template:
            queue_email(
                manifestation.requester_email,
                template,
                {
                    "manifestation": manifestation,
                    "event": event,
                    "tracking_url": tracking_url(manifestation),
                },
            )
    department = manifestation.department
    if (
        department
        and department.email
        and event.kind in {Event.Kind.RECEIVED, Event.Kind.COMPLEMENT}
    ):
        queue_email(
            department.email,
            "department_new_case" if event.kind == Event.Kind.RECEIVED else "department_complement",
            {"manifestation": manifestation, "event": event, "admin_url": admin_url(manifestation)},
        )


def admin_url(manifestation):
    from django.urls import reverse

    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + reverse("participation_manifestation:case", args=[manifestation.pk])
