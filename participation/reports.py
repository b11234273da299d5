"""The figures behind the admin dashboard and reports, aggregated in the database.

Every function takes a `Scope` (what the user may see: their departments' cases, their pages'
feedback) and, where it applies, a `Period`; each runs a fixed, small number of GROUP BY queries,
whatever the number of rows. Python only merges and formats the grouped results.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Avg, Count, DurationField, ExpressionWrapper, F, Q
from django.db.models.functions import TruncWeek
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.models import Page

from praca.models import Department

from .models import (
    OPEN_STATUSES,
    Channel,
    FeedbackReason,
    Kind,
    Manifestation,
    PageFeedback,
    RatingDimension,
    ServiceRating,
    Status,
)
from .models.feedback import pages_in_scope, sees_every_department
from .models.manifestations import overdue_condition
from .satisfaction import on_time_condition

TREND_WEEKS = 12


@dataclass(frozen=True)
class Period:
    """A range of whole days in the city's time zone, both ends included."""

    start: datetime.date
    end: datetime.date

    @classmethod
    def this_year(cls, today=None):
        today = today or timezone.localdate()
        return cls(today.replace(month=1, day=1), today)

    @classmethod
    def last_days(cls, days, today=None):
        today = today or timezone.localdate()
        return cls(today - datetime.timedelta(days=days - 1), today)

    def bounds(self):
        start = timezone.make_aware(datetime.datetime.combine(self.start, datetime.time.min))
        end = timezone.make_aware(
            datetime.datetime.combine(self.end + datetime.timedelta(days=1), datetime.time.min)
        )
        return start, end

    def q(self, field):
        start, end = self.bounds()
        return Q(**{f"{field}__gte": start, f"{field}__lt": end})


class Scope:
    """What one admin user may count: `visible_to` of each model, decided once."""

    def __init__(self, user):
        self.user = user
        self.everything = user.is_active and sees_every_department(user)

    @cached_property
    def page_ids(self):
        """The pages whose feedback and ratings a scoped user counts, looked up once.

        Filtering by these ids lets PostgreSQL use the (page, created_at) index; the OR of two
        subqueries that `visible_to` writes did not (bench/reports.py, department editor).
        """
        return list(
            Page.objects.filter(pages_in_scope(self.user, field="pk")).values_list("pk", flat=True)
        )

    def manifestations(self):
        return Manifestation.objects.visible_to(self.user)

    def feedback(self):
        if self.everything or not self.user.is_active:
            return PageFeedback.objects.visible_to(self.user)
        return PageFeedback.objects.filter(page__in=self.page_ids)

    def ratings(self):
        if self.everything or not self.user.is_active:
            return ServiceRating.objects.visible_to(self.user)
        return ServiceRating.objects.filter(service__in=self.page_ids)


def share(part, whole):
    """A percentage rounded to one decimal, or None when there is nothing to divide."""
    return round(100 * part / whole, 1) if whole else None


def titles(key, ids):
    """{id: title} of the pages, services or departments in `ids`, in one query.

    Reports group by the bare foreign key and fetch the few titles afterwards: joining the
    title table before aggregating made PostgreSQL carry it through every row of the year.
    """
    ids = {pk for pk in ids if pk is not None}
    if not ids:
        return {}
    if key == "department":
        return dict(Department.objects.filter(pk__in=ids).values_list("pk", "name"))
    return dict(Page.objects.filter(pk__in=ids).values_list("pk", "title"))


def with_titles(rows, key, title_key="title"):
    rows = list(rows)
    names = titles(key, (row[key] for row in rows))
    return [{**row, title_key: names.get(row[key])} for row in rows]


def labelled(rows, key, choices):
    labels = dict(choices)
    return [{**row, "label": labels.get(row[key], row[key] or "—")} for row in rows]


# Dashboard ----------------------------------------------------------------------------------


def status_counts(scope):
    """Manifestations by status, in the workflow's order, zeros included."""
    counts = dict(
        scope.manifestations().order_by().values_list("status").annotate(total=Count("id"))
    )
    return [
        {"status": value, "label": label, "total": counts.get(value, 0)}
        for value, label in Status.choices
    ]


def overdue_count(scope, now=None):
    return scope.manifestations().overdue(now).count()


def _median_duration(queryset, start_field, end_field):
    """The median of end - start over `queryset`, with two queries (a count and one row)."""
    duration = ExpressionWrapper(F(end_field) - F(start_field), output_field=DurationField())
    rows = queryset.filter(**{f"{end_field}__isnull": False}).order_by()
    total = rows.count()
    if not total:
        return None
    ordered = rows.annotate(duration=duration).order_by("duration").values_list("duration")
    if total % 2:
        return ordered[total // 2][0]
    low, high = (value for (value,) in ordered[total // 2 - 1 : total // 2 + 1])
    return (low + high) / 2


def response_times(scope, days=30, now=None):
    """Median time to the first response and to the answer of the cases answered (or first
    responded to) in the last `days` days."""
    now = now or timezone.now()
    since = now - datetime.timedelta(days=days)
    cases = scope.manifestations()
    return {
        "first_response": _median_duration(
            cases.filter(first_response_at__gte=since, first_response_at__lte=now),
            "received_at",
            "first_response_at",
        ),
        "answer": _median_duration(
            cases.filter(answered_at__gte=since, answered_at__lte=now), "received_at", "answered_at"
        ),
        "days": days,
    }


def week_starts(weeks=TREND_WEEKS, today=None):
    today = today or timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    return [monday - datetime.timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]


def _weekly(queryset, field, weeks, **aggregates):
    start = timezone.make_aware(datetime.datetime.combine(weeks[0], datetime.time.min))
    rows = (
        queryset.filter(**{f"{field}__gte": start})
        .annotate(week=TruncWeek(field))
        .order_by()
        .values("week")
        .annotate(**aggregates)
    )
    by_week = {}
    for row in rows:
        week = row.pop("week")
        by_week[week.date() if isinstance(week, datetime.datetime) else week] = row
    return by_week


def satisfaction_trend(scope, today=None):
    """Per week: average service rating and average survey score of answered cases."""
    weeks = week_starts(today=today)
    ratings = _weekly(scope.ratings(), "created_at", weeks, average=Avg("score"), count=Count("id"))
    surveys = _weekly(
        scope.manifestations().filter(satisfaction_score__isnull=False),
        "satisfaction_at",
        weeks,
        average=Avg("satisfaction_score"),
        count=Count("id"),
    )
    empty = {"average": None, "count": 0}
    return [
        {"week": week, "ratings": ratings.get(week, empty), "surveys": surveys.get(week, empty)}
        for week in weeks
    ]


def feedback_volume(scope, today=None):
    """Per week: "Was this page useful?" answers, yes and no."""
    weeks = week_starts(today=today)
    volume = _weekly(
        scope.feedback(),
        "created_at",
        weeks,
        yes=Count("id", filter=Q(useful=True)),
        no=Count("id", filter=Q(useful=False)),
    )
    return [{"week": week, **volume.get(week, {"yes": 0, "no": 0})} for week in weeks]


# Ranked reports ----------------------------------------------------------------------------


def pages_by_usefulness(scope, period):
    """Pages with answers in the period, the least useful first."""
    rows = (
        scope.feedback()
        .filter(period.q("created_at"))
        .order_by()
        .values("page")
        .annotate(
            yes=Count("id", filter=Q(useful=True)),
            no=Count("id", filter=Q(useful=False)),
            total=Count("id"),
        )
    )
    result = [
        {**row, "useful_share": share(row["yes"], row["total"])}
        for row in with_titles(rows, "page", "page__title")
    ]
    return sorted(result, key=lambda row: (row["useful_share"], -row["total"]))


def services_by_rating(scope, period):
    """Services with ratings or manifestations in the period: average rating, survey score,
    complaints; the worst rated first."""
    ratings = {
        row["service"]: row
        for row in scope.ratings()
        .filter(period.q("created_at"))
        .order_by()
        .values("service")
        .annotate(rating_count=Count("id"), rating_average=Avg("score"))
    }
    cases = {
        row["service"]: row
        for row in scope.manifestations()
        .filter(period.q("received_at"), service__isnull=False)
        .order_by()
        .values("service")
        .annotate(
            manifestations=Count("id"),
            complaints=Count("id", filter=Q(kind=Kind.COMPLAINT)),
            survey_count=Count("satisfaction_score"),
            survey_average=Avg("satisfaction_score"),
        )
    }
    rows = []
    names = titles("service", ratings.keys() | cases.keys())
    for service in ratings.keys() | cases.keys():
        rating = ratings.get(service, {})
        case = cases.get(service, {})
        rows.append(
            {
                "service": service,
                "title": names.get(service),
                "rating_count": rating.get("rating_count", 0),
                "rating_average": rating.get("rating_average"),
                "manifestations": case.get("manifestations", 0),
                "complaints": case.get("complaints", 0),
                "complaint_share": share(case.get("complaints", 0), case.get("manifestations", 0)),
                "survey_count": case.get("survey_count", 0),
                "survey_average": case.get("survey_average"),
            }
        )
    return rows


def rank_by_rating(rows):
    rated = sorted(
        (row for row in rows if row["rating_count"]),
        key=lambda row: (row["rating_average"], -row["rating_count"], row["title"]),
    )
    return rated + sorted((row for row in rows if not row["rating_count"]), key=_title)


def rank_by_complaints(rows):
    return sorted(
        (row for row in rows if row["complaints"]),
        key=lambda row: (-row["complaints"], -(row["complaint_share"] or 0), row["title"]),
    )


def _title(row):
    return row["title"] or ""


def deadline_adherence(scope, period, by="service", now=None):
    """Per service or department, for the cases received in the period: answered, answered by
    the deadline (the legal extension included), extended, open and overdue now."""
    now = now or timezone.now()
    rows = (
        scope.manifestations()
        .filter(period.q("received_at"))
        .order_by()
        .values(by)
        .annotate(
            total=Count("id"),
            answered=Count("id", filter=Q(answered_at__isnull=False)),
            on_time=Count("id", filter=Q(answered_at__isnull=False, answered_at__lte=F("due_at"))),
            within_promise=Count("id", filter=on_time_condition()),
            extended=Count("id", filter=Q(extended_at__isnull=False)),
            overdue=Count(
                "id",
                filter=overdue_condition(now),
            ),
        )
    )
    result = [
        {
            **row,
            "key": row[by],
            "on_time_share": share(row["on_time"], row["answered"]),
        }
        for row in with_titles(rows, by)
    ]
    return sorted(
        result,
        key=lambda row: (
            row["on_time_share"] if row["on_time_share"] is not None else 101,
            -row["total"],
            row["title"] or "",
        ),
    )


# The law's yearly reports ------------------------------------------------------------------


def satisfaction_survey(scope, period):
    """Lei 13.460 art. 23: the satisfaction survey's results for the period."""
    ratings = scope.ratings().filter(period.q("created_at"))
    overall = ratings.aggregate(count=Count("id"), average=Avg("score"))
    by_dimension = labelled(
        list(
            ratings.order_by()
            .values("dimension")
            .annotate(count=Count("id"), average=Avg("score"))
            .order_by("dimension")
        ),
        "dimension",
        RatingDimension.choices,
    )
    distribution = dict(ratings.order_by().values_list("score").annotate(count=Count("id")))
    surveys = scope.manifestations().filter(
        period.q("satisfaction_at"), satisfaction_score__isnull=False
    )
    survey = surveys.aggregate(
        count=Count("id"),
        average=Avg("satisfaction_score"),
        solved=Count("id", filter=Q(satisfaction_solved=True)),
        solved_answers=Count("satisfaction_solved"),
    )
    survey_distribution = dict(
        surveys.order_by().values_list("satisfaction_score").annotate(count=Count("id"))
    )
    feedback = (
        scope.feedback()
        .filter(period.q("created_at"))
        .aggregate(
            total=Count("id"),
            yes=Count("id", filter=Q(useful=True)),
        )
    )
    reasons = satisfaction_reasons(scope, period)
    return {
        "ratings": {
            **overall,
            "by_dimension": by_dimension,
            "distribution": [(score, distribution.get(score, 0)) for score in range(1, 6)],
        },
        "surveys": {
            **survey,
            "solved_share": share(survey["solved"], survey["solved_answers"]),
            "distribution": [(score, survey_distribution.get(score, 0)) for score in range(1, 6)],
        },
        "usefulness": {**feedback, "useful_share": share(feedback["yes"], feedback["total"])},
        "reasons": reasons,
        "services": rank_by_rating(services_by_rating(scope, period)),
    }


def management_report(scope, period, now=None):
    """Lei 13.460 arts. 14–15: the yearly management report's figures for the period."""
    cases = scope.manifestations().filter(period.q("received_at"))

    def grouped(field, choices=None):
        rows = list(
            cases.order_by().values(field).annotate(count=Count("id")).order_by("-count", field)
        )
        if choices is not None:
            return labelled(rows, field, choices)
        return [{**row, "label": row["title"] or "—"} for row in with_titles(rows, field)]

    totals = cases.aggregate(
        total=Count("id"),
        answered=Count("id", filter=Q(answered_at__isnull=False)),
        on_time=Count("id", filter=Q(answered_at__isnull=False, answered_at__lte=F("due_at"))),
        extended=Count("id", filter=Q(extended_at__isnull=False)),
        open=Count("id", filter=Q(status__in=OPEN_STATUSES)),
        reopened=Count("id", filter=Q(reopen_count__gt=0)),
    )
    totals["on_time_share"] = share(totals["on_time"], totals["answered"])
    by_service = services_by_rating(scope, period)
    return {
        "totals": totals,
        "by_kind": grouped("kind", Kind.choices),
        "by_channel": grouped("channel", Channel.choices),
        "by_status": grouped("status", Status.choices),
        "by_service": grouped("service"),
        "by_department": grouped("department"),
        "complaint_ranking": rank_by_complaints(by_service),
        "deadlines_by_department": deadline_adherence(scope, period, "department", now=now),
        "feedback_reasons": satisfaction_reasons(scope, period),
    }


def satisfaction_reasons(scope, period):
    """What went wrong, in the "Was this page useful?" answers of the period (most cited first)."""
    return labelled(
        list(
            scope.feedback()
            .filter(period.q("created_at"), useful=False)
            .exclude(reason="")
            .order_by()
            .values("reason")
            .annotate(count=Count("id"))
            .order_by("-count")
        ),
        "reason",
        FeedbackReason.choices,
    )
