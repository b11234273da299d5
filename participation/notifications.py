"""Who is told what when a case changes: emails written to the outbox and sent by a task.

Emails are saved in the same transaction as the change that causes them and sent after it
commits, so a failing mail server delays an email but never loses a manifestation.
"""

from django.conf import settings

from praca import outbox

from .desk import service_desk_path
from .models import Event, Status


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


def queue_email(to, template, context, enqueue=True):
    """Praça's outbox with the service desk's email templates (`participation/email/`)."""
    return outbox.queue_email(to, template, context, folder="participation/email", enqueue=enqueue)


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
