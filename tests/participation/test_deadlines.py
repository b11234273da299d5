"""Legal deadlines: 30 days rolled to a business day, service times, the pause, one extension."""

import datetime
import zoneinfo

import pytest
from django.utils import timezone

from participation import deadlines
from participation.models import Kind, LocalHoliday, Manifestation, Status, WorkflowError
from tests import factories

pytestmark = pytest.mark.django_db
SAO_PAULO = zoneinfo.ZoneInfo("America/Sao_Paulo")


def at(year, month, day, hour=10):
    return datetime.datetime(year, month, day, hour, tzinfo=SAO_PAULO)


def due_date(manifestation):
    return timezone.localtime(manifestation.due_at).date()


def test_business_days_skip_weekends_and_national_holidays():
    # Thu 2026-12-24 + 2 business days: Fri 25 is Christmas, Sat/Sun off -> Mon 28, Tue 29.
    assert deadlines.add_business_days(datetime.date(2026, 12, 24), 2) == datetime.date(
        2026, 12, 29
    )


def test_business_days_skip_holidays_added_by_editors():
    LocalHoliday.objects.create(date=datetime.date(2026, 12, 28), name="Aniversário da cidade")
    assert deadlines.add_business_days(datetime.date(2026, 12, 24), 2) == datetime.date(
        2026, 12, 30
    )


def test_thirty_day_deadline_moves_off_a_weekend():
    # 2026-10-04 (Sun) + 30 days = 2026-11-03 (Tue): a business day, kept.
    assert deadlines.add_calendar_days_to_business_day(datetime.date(2026, 10, 4), 30) == (
        datetime.date(2026, 11, 3)
    )
    # 2026-10-17 + 30 = 2026-11-16 (Mon), fine; 2026-10-16 + 30 = 2026-11-15, a Sunday and a
    # national holiday -> Monday 16.
    assert deadlines.add_calendar_days_to_business_day(datetime.date(2026, 10, 16), 30) == (
        datetime.date(2026, 11, 16)
    )


def test_complaint_is_due_in_thirty_days(freezer_at):
    freezer_at(at(2026, 3, 2))
    manifestation = factories.make_manifestation()
    assert due_date(manifestation) == datetime.date(2026, 4, 1)
    assert manifestation.days_remaining == 30
    assert manifestation.deadline_display == "Prazo em 30 dias"


def test_request_for_a_service_is_due_within_its_maximum_time(catalog, freezer_at):
    freezer_at(at(2026, 12, 23))
    service = factories.make_service(
        catalog, max_delivery_time=3, max_delivery_time_unit="business_days"
    )
    manifestation = factories.make_manifestation(service=service, kind=Kind.SOLICITATION)
    # Thu 24, (Fri 25 Christmas, weekend) Mon 28, Tue 29.
    assert due_date(manifestation) == datetime.date(2026, 12, 29)


def test_request_measured_in_hours(catalog, freezer_at):
    freezer_at(at(2026, 5, 4, 9))
    service = factories.make_service(catalog, max_delivery_time=48, max_delivery_time_unit="hours")
    manifestation = factories.make_manifestation(service=service, kind=Kind.SOLICITATION)
    assert manifestation.due_at == at(2026, 5, 6, 9)


def test_the_clock_pauses_while_awaiting_the_citizen(freezer_at):
    freezer_at(at(2026, 3, 2))
    manifestation = factories.make_manifestation()
    freezer_at(at(2026, 3, 10))
    manifestation.request_complement("Envie uma foto do local.")
    assert manifestation.deadline_display == "Prazo pausado aguardando o cidadão"
    freezer_at(at(2026, 3, 20))
    assert manifestation.days_remaining == 22  # frozen where it stopped
    manifestation.add_complement("Segue a foto.")
    assert manifestation.status == Status.IN_ANALYSIS
    # 10 days later is Saturday 11 April: the deadline moves to Monday 13.
    assert due_date(manifestation) == datetime.date(2026, 4, 13)


def test_deadline_extends_once_with_a_reason(freezer_at):
    freezer_at(at(2026, 3, 2))
    manifestation = factories.make_manifestation()
    with pytest.raises(WorkflowError):
        manifestation.extend_deadline("   ", by=None)
    manifestation.extend_deadline("Depende de vistoria da Defesa Civil.", by=None)
    assert due_date(manifestation) == datetime.date(2026, 5, 1) + datetime.timedelta(days=3)
    with pytest.raises(WorkflowError, match="uma única prorrogação"):
        manifestation.extend_deadline("De novo.", by=None)
    fresh = Manifestation.objects.get(pk=manifestation.pk)
    assert fresh.extension_reason == "Depende de vistoria da Defesa Civil."


def test_overdue_cases_say_by_how_much(freezer_at):
    freezer_at(at(2026, 3, 2))
    manifestation = factories.make_manifestation()
    freezer_at(at(2026, 4, 4))
    assert manifestation.is_overdue
    assert manifestation.deadline_display == "Atrasada há 3 dias"
    assert list(Manifestation.objects.overdue()) == [manifestation]
