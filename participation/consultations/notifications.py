"""Emails of consultations: the confirmation link, moderation notices and announcements.

Like every email of the app, each is written to the `OutgoingEmail` outbox in the transaction
of the change that causes it and sent by a task after commit (`participation.tasks`).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation

from participation.conf import participation_settings
from participation.models import OutgoingEmail
from participation.models.consultations import Announcement, ResponseStatus

ANNOUNCED_CACHE_KEY = "praca:consultation:{}:announced:{}"


def queue_email(to, template, context):
    """Render `participation/consultations/email/<template>.txt` (subject first) and queue it.

    The same outbox as `participation.notifications.queue_email`, with this package's templates.
    """
    with translation.override(settings.LANGUAGE_CODE):
        text = render_to_string(
            f"participation/consultations/email/{template}.txt", context
        ).strip()
    subject, _, body = text.partition("\n")
    email = OutgoingEmail.objects.create(to=to, subject=subject.strip()[:250], body=body.strip())

    def enqueue():
        from participation.tasks import send_email

        send_email.enqueue(email.pk)

    transaction.on_commit(enqueue)
    return email


def page_url(page, route=None, **kwargs):
    """An absolute link to `page` (or one of its routes) for an email."""
    url = page.get_full_url()
    if not url:
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + (page.url or "")
    if route:
        url = url.rstrip("/") + "/" + page.reverse_subpage(route, kwargs=kwargs).lstrip("/")
    return url


def send_confirmation(response):
    hours = participation_settings.CONSULTATION_CONFIRMATION_MAX_AGE // 3600
    queue_email(
        response.email,
        "confirm_answer",
        {
            "page": response.page,
            "confirm_url": page_url(response.page, "confirm", **response.confirmation_link),
            "hours": hours,
        },
    )


def notify_already_counted(response):
    """Tell an email whose answer already counts that a new answer sent with it was not
    recorded (the form itself says only "check your email", to everyone)."""
    queue_email(
        response.email,
        "answer_already_counted",
        {"page": response.page, "page_url": page_url(response.page)},
    )


def notify_comment_author(comment):
    """Tell the author (when they left an email) that their comment was published or hidden."""
    if not comment.author_email:
        return
    queue_email(
        comment.author_email,
        "comment_moderated",
        {"comment": comment, "page": comment.page, "page_url": page_url(comment.page)},
    )


def fingerprint(*parts):
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def decisions_fingerprint(page):
    return fingerprint(
        [(decision.title, decision.status) for decision in page.decisions.all()],
        page.what_we_heard,
    )


def announce(page):
    """Email every participant who asked for news when results or decisions are published.

    Each round is recorded in `Announcement`, so re-publishing an unchanged page sends nothing;
    a change of the decisions (or of "what we heard") is announced again. Returns the number of
    emails queued.
    """
    rounds = []
    if page.results_are_public():
        rounds.append((Announcement.Kind.RESULTS, fingerprint("results")))
    if page.decisions.exists() or page.what_we_heard:
        rounds.append((Announcement.Kind.DECISIONS, decisions_fingerprint(page)))
    queued = 0
    for kind, print_ in rounds:
        with transaction.atomic():
            try:
                with transaction.atomic():
                    announcement = Announcement.objects.create(
                        page=page, kind=kind, fingerprint=print_
                    )
            except IntegrityError:
                continue
            recipients = list(
                page.responses.filter(status=ResponseStatus.CONFIRMED, wants_updates=True)
                .exclude(email="")
                .values_list("email", flat=True)
            )
            for email in recipients:
                queue_email(
                    email,
                    "results_published" if kind == Announcement.Kind.RESULTS else "decisions",
                    {"page": page, "page_url": page_url(page)},
                )
            announcement.recipients = len(recipients)
            announcement.save(update_fields=["recipients"])
            queued += len(recipients)
    return queued


def announce_results_after_close(page):
    """Results public "once closed" appear with the clock, not with a publish: the first view
    after the close sends the announcement (remembered in the cache, so it costs one query)."""
    key = ANNOUNCED_CACHE_KEY.format(page.pk, page.closes_at.timestamp())
    if cache.get(key):
        return
    announce(page)
    cache.set(key, True, 24 * 60 * 60)


def announce_due(now=None):
    """Announce every closed consultation whose results became public with the close.

    For a cron job (a management command in `participation/management/commands/` can call
    it), so participants hear of the results even if nobody opens the page after the close.
    Returns the number of emails queued.
    """
    from participation.models.consultations import ConsultationPage, ResultsVisibility

    closed = (
        ConsultationPage.objects.live()
        .closed(now)
        .filter(results_visibility=ResultsVisibility.AFTER_CLOSE)
    )
    return sum(announce(page) for page in closed)
