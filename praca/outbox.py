"""The email outbox: every email Praça sends is saved first, in the transaction of the change
that causes it, and sent by a task after the commit.

A failing mail server delays an email but never loses what caused it: `send_pending_emails`
(cron) retries what could not be sent, with a growing back-off.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import OutgoingEmail
from .tasks import task

logger = logging.getLogger(__name__)

MAX_BACKOFF = datetime.timedelta(hours=6)


@task()
def send_email(email_id):
    deliver(email_id)


def deliver(email_id):
    """Send one queued email; on failure keep it with the error and a later retry time."""
    with transaction.atomic():
        email = OutgoingEmail.objects.select_for_update().filter(pk=email_id).first()
        if email is None or email.sent_at is not None:
            return True
        try:
            send_mail(email.subject, email.body, None, [email.to], fail_silently=False)
        except Exception as error:  # any transport error: keep the email and retry later
            email.attempts += 1
            email.last_error = f"{type(error).__name__}: {error}"[:2000]
            email.next_attempt_at = timezone.now() + min(
                datetime.timedelta(minutes=2**email.attempts), MAX_BACKOFF
            )
            email.save(update_fields=["attempts", "last_error", "next_attempt_at"])
            logger.warning("Email %s to %s not sent: %s", email.pk, email.to, email.last_error)
            return False
        email.sent_at = timezone.now()
        email.attempts += 1
        email.save(update_fields=["sent_at", "attempts"])
        return True


def deliver_pending(limit=500):
    """Retry every email whose next attempt is due; returns (sent, failed)."""
    due = OutgoingEmail.objects.filter(
        sent_at__isnull=True, next_attempt_at__lte=timezone.now()
    ).values_list("pk", flat=True)[:limit]
    results = [deliver(pk) for pk in list(due)]
    return results.count(True), results.count(False)


def queue_email(to, template, context, folder, enqueue=True):
    """Render `<folder>/<template>.txt` (subject on the first line) in the site's language and
    write it to the outbox; a task sends it after commit, unless `enqueue=False` leaves it for
    `send_pending_emails`."""
    with translation.override(settings.LANGUAGE_CODE):
        text = render_to_string(f"{folder}/{template}.txt", context).strip()
    subject, _, body = text.partition("\n")
    email = OutgoingEmail.objects.create(to=to, subject=subject.strip()[:250], body=body.strip())

    def send():
        send_email.enqueue(email.pk)

    if enqueue:
        transaction.on_commit(send)
    return email
