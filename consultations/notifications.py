"""Emails of consultations: the confirmation link, moderation notices and announcements.

Like every email of the app, each is written to the `OutgoingEmail` outbox in the transaction
of the change that causes it and sent by a task after commit (`praca.outbox`).
Announcements go to every participant who asked for news, so they are never sent from a
citizen's page view or a preview: publishing the page and the `announce_consultations`
command make them, and a request leaves them in the outbox unless a worker runs the tasks.
"""

import hashlib

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from praca import outbox
from praca.tasks import runs_in_a_worker

from .conf import consultations_settings
from .models.pages import (
    Announcement,
    CommentStatus,
    ConsultationComment,
    ConsultationPage,
    ResponseStatus,
    ResultsVisibility,
    Status,
)


def queue_email(to, template, context, enqueue=True):
    """Praça's outbox with this app's email templates (`consultations/email/`)."""
    return outbox.queue_email(to, template, context, folder="consultations/email", enqueue=enqueue)


def tasks_run_in_a_worker():
    """Whether an enqueued task runs in a worker process rather than at once, in this one."""
    return runs_in_a_worker(outbox.send_email)


def page_url(page, route=None, **kwargs):
    """An absolute link to `page` (or one of its routes) for an email."""
    url = page.get_full_url()
    if not url:
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + (page.url or "")
    if route:
        url = url.rstrip("/") + "/" + page.reverse_subpage(route, kwargs=kwargs).lstrip("/")
    return url


def send_confirmation(response):
    hours = consultations_settings.CONSULTATION_CONFIRMATION_MAX_AGE // 3600
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
    """Tell the author (when they left an email) that their comment was published or hidden.

    The email address was never verified, so the notice carries nothing the commenter wrote
    (the consultation, the decision, the moderator's reason and a link to the page) and goes
    at most once per decision: a comment cannot be used to mail any text to anyone.
    """

    notice_field = {
        CommentStatus.PUBLISHED: "published_notice_at",
        CommentStatus.HIDDEN: "hidden_notice_at",
    }.get(comment.status)
    if not comment.author_email or notice_field is None:
        return
    first_notice = ConsultationComment.objects.filter(
        pk=comment.pk, **{f"{notice_field}__isnull": True}
    ).update(**{notice_field: timezone.now()})
    if not first_notice:
        return
    queue_email(
        comment.author_email,
        "comment_moderated",
        {
            "published": comment.status == CommentStatus.PUBLISHED,
            "reason": comment.moderation_reason,
            "page": comment.page,
            "page_url": page_url(comment.page),
        },
    )


def fingerprint(*parts):
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def decisions_fingerprint(page):
    return fingerprint(
        [(decision.title, decision.status) for decision in page.decisions.all()],
        page.what_we_heard,
    )


def announce(page, send_now=False):
    """Email every participant who asked for news when results or decisions are published.

    Results are news once the consultation has closed with its results public (public while
    open or once closed), so every participant has had their say; decisions (and "what we
    heard") whenever they change. Each round is recorded in `Announcement`, so re-publishing an
    unchanged page sends nothing. A participant whose answer is confirmed after the results
    round (a link followed after the close) is told by the next run, once. `page` must hold the
    live content (never a draft or a preview). The emails are queued in the outbox; they are
    sent at once only with `send_now` (a management command) or by a task worker, never by
    SMTP inside a web request. Returns the number of emails queued.
    """
    enqueue = send_now or tasks_run_in_a_worker()
    queued = 0
    if page.status == Status.CLOSED and page.results_are_public():
        queued += announce_results(page, enqueue)
    if page.decisions.exists() or page.what_we_heard:
        queued += announce_decisions(page, enqueue)
    return queued


def participants_asking_for_news(page):
    return page.responses.filter(status=ResponseStatus.CONFIRMED, wants_updates=True).exclude(
        email=""
    )


def announce_results(page, enqueue):
    """Tell each participant who asked for news, once, that the results are public: everyone
    at the first round, and later whoever confirmed an answer since (`results_announced_at`)."""
    with transaction.atomic():
        announcement, _ = Announcement.objects.get_or_create(
            page=page, kind=Announcement.Kind.RESULTS, fingerprint=fingerprint("results", "closed")
        )
        # Locked: two runs at once tell each participant once between them.
        untold = dict(
            participants_asking_for_news(page)
            .filter(results_announced_at__isnull=True)
            .select_for_update()
            .values_list("pk", "email")
        )
        if not untold:
            return 0
        page.responses.filter(pk__in=untold).update(results_announced_at=timezone.now())
        for email in untold.values():
            queue_email(
                email, "results_published", {"page": page, "page_url": page_url(page)}, enqueue
            )
        Announcement.objects.filter(pk=announcement.pk).update(
            recipients=F("recipients") + len(untold)
        )
    return len(untold)


def announce_decisions(page, enqueue):
    """Email every participant who asked for news about decisions not announced yet."""
    with transaction.atomic():
        try:
            with transaction.atomic():
                announcement = Announcement.objects.create(
                    page=page,
                    kind=Announcement.Kind.DECISIONS,
                    fingerprint=decisions_fingerprint(page),
                )
        except IntegrityError:
            return 0
        recipients = list(participants_asking_for_news(page).values_list("email", flat=True))
        for email in recipients:
            queue_email(email, "decisions", {"page": page, "page_url": page_url(page)}, enqueue)
        announcement.recipients = len(recipients)
        announcement.save(update_fields=["recipients"])
    return len(recipients)


def announce_published(page, revision=None):
    """Announce what a publish made live: only the live revision, read back from the database
    (the in-memory page of a scheduled or superseded revision is not what citizens see)."""

    live = ConsultationPage.objects.live().filter(pk=page.pk).first()
    if live is None or (revision is not None and live.live_revision_id != revision.pk):
        return 0
    return announce(live)


def announce_due(now=None, send_now=False):
    """Announce every live consultation that has closed with its results public.

    Results become news with the clock, not with a publish, so the
    `announce_consultations` command runs this from cron. Returns the number of emails queued.
    """

    closed = (
        ConsultationPage.objects.live()
        .closed(now)
        .filter(results_visibility__in=[ResultsVisibility.LIVE, ResultsVisibility.AFTER_CLOSE])
    )
    return sum(announce(page, send_now=send_now) for page in closed)
