"""Business-day arithmetic for legal deadlines: weekends, national and local holidays.

National holidays come from the `holidays` package; the holidays editors add in the admin (a
municipal anniversary, a state holiday, an optional closure) come from `LocalHoliday`.
"""

import datetime
from functools import lru_cache

import holidays
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _


@lru_cache(maxsize=32)
def national_holidays(year):
    return frozenset(holidays.country_holidays("BR", years=year).keys())


LOCAL_HOLIDAYS_CACHE_SECONDS = 60 * 60


def local_holidays_of_year(year):
    """Holidays editors added for `year`, cached (the cache is dropped when one is saved)."""
    from .models import LocalHoliday

    return cache.get_or_set(
        f"praca:local-holidays:{year}",
        lambda: frozenset(
            LocalHoliday.objects.filter(date__year=year).values_list("date", flat=True)
        ),
        LOCAL_HOLIDAYS_CACHE_SECONDS,
    )


def forget_local_holidays(sender, instance, **kwargs):
    cache.delete(f"praca:local-holidays:{instance.date.year}")


def local_holidays(start, end):
    days = set()
    for year in range(start.year, end.year + 1):
        days |= local_holidays_of_year(year)
    return frozenset(days)


class BusinessCalendar:
    """Which days the city hall works, between two dates (loads local holidays once)."""

    def __init__(self, start, end):
        self.local = local_holidays(start, end)

    def is_business_day(self, day):
        if day.weekday() >= 5:
            return False
        return day not in national_holidays(day.year) and day not in self.local

    def add_business_days(self, day, count):
        """The date `count` business days after `day` (day itself not counted)."""
        while count > 0:
            day += datetime.timedelta(days=1)
            if self.is_business_day(day):
                count -= 1
        return day

    def next_business_day(self, day):
        """`day` itself if the city hall works then, else the next day it does."""
        while not self.is_business_day(day):
            day += datetime.timedelta(days=1)
        return day


def calendar_for(start, days):
    """A calendar covering `start` and generously beyond `days` days (holidays cluster)."""
    return BusinessCalendar(start, start + datetime.timedelta(days=days * 2 + 30))


def add_calendar_days_to_business_day(start, days):
    """`days` calendar days after `start`, moved to the next business day if it falls on a day off.

    This is how the 30-day deadline of Lei 13.460/2017 art. 16 is counted.
    """
    due = start + datetime.timedelta(days=days)
    return calendar_for(start, days).next_business_day(due)


def add_business_days(start, days):
    return calendar_for(start, days).add_business_days(start, days)


def describe_remaining(days):
    """ "Due in N days", "Due today" or "Overdue by N days", for every screen with a deadline."""
    from django.utils.translation import ngettext

    if days is None:
        return ""
    if days == 0:
        return str(_("Due today"))
    if days > 0:
        return ngettext("Due in %(count)d day", "Due in %(count)d days", days) % {"count": days}
    return ngettext("Overdue by %(count)d day", "Overdue by %(count)d days", -days) % {
        "count": -days
    }
