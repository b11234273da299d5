"""What a service page says about itself: its citizens' average rating and its kept promises.

Both figures are aggregated in the database and cached per service for a few minutes (a new
rating drops its service's entry at once); neither is shown before `RATING_MIN_SAMPLE` ratings,
or answered requests, exist, so that two angry or two happy people do not make a service's name.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Avg, Count, F, Q

from .conf import participation_settings
from .models import Kind, Manifestation, ServiceRating

CACHE_SECONDS = 10 * 60


@dataclass(frozen=True)
class ServiceSatisfaction:
    rating_count: int
    rating_average: float | None
    answered_count: int
    answered_on_time: int
    minimum: int

    @property
    def shows_rating(self):
        return self.rating_count >= self.minimum and self.rating_average is not None

    @property
    def shows_on_time_share(self):
        return self.answered_count >= self.minimum

    @property
    def on_time_share(self):
        """Percentage (0–100) of requests answered within the published maximum time."""
        if not self.answered_count:
            return None
        return round(100 * self.answered_on_time / self.answered_count)


def on_time_condition():
    """Answered by the deadline, without the legal extension: the promise the page publishes.

    The deadline already excludes the days the case waited for the citizen's complement.
    """
    return Q(answered_at__lte=F("due_at"), extended_at=None)


def cache_key(service_id):
    return f"praca:service-satisfaction:{service_id}"


def service_satisfaction(service):
    """The cached figures of one service (two aggregate queries on a cache miss)."""
    key = cache_key(service.pk)
    summary = cache.get(key)
    if summary is None:
        ratings = ServiceRating.objects.filter(service=service).aggregate(
            count=Count("id"), average=Avg("score")
        )
        answered = Manifestation.objects.filter(
            service=service, kind=Kind.SOLICITATION, answered_at__isnull=False
        ).aggregate(count=Count("id"), on_time=Count("id", filter=on_time_condition()))
        summary = ServiceSatisfaction(
            rating_count=ratings["count"],
            rating_average=ratings["average"],
            answered_count=answered["count"],
            answered_on_time=answered["on_time"],
            minimum=participation_settings.RATING_MIN_SAMPLE,
        )
        cache.set(key, summary, CACHE_SECONDS)
    return summary


def forget_service_satisfaction(service_id):
    cache.delete(cache_key(service_id))
