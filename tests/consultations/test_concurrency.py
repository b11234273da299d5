"""Double submissions and floods of supports arriving at the same moment (PostgreSQL only:
SQLite serialises every write, so it cannot show the race)."""

import threading
import uuid

import pytest
from django.db import connection, connections

from consultations.models.pages import (
    CommentStatus,
    ConsultationComment,
    ConsultationPage,
    ConsultationResponse,
)
from tests import factories

from .conftest import make_consultation, make_index

pytestmark = pytest.mark.django_db(transaction=True)


def run_together(target, count):
    errors, results = [], []
    barrier = threading.Barrier(count)

    def run():
        try:
            barrier.wait()
            results.append(target())
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors


@pytest.fixture
def page():
    if connection.vendor != "postgresql":
        pytest.skip("concurrent writers need PostgreSQL; SQLite serialises every write")
    home, _catalog = factories.make_site()
    return make_consultation(make_index(home), questions=[("Aprova?", "yesno", "", True)])


def test_one_answer_sent_six_times_at_once_is_recorded_once(page):
    key = uuid.uuid4()

    def answer():
        consultation = ConsultationPage.objects.get(pk=page.pk)
        return consultation.record_answer({"aprova": "yes"}, idempotency_key=key)[0].pk

    results, errors = run_together(answer, 6)

    assert errors == []
    assert len(set(results)) == 1
    assert ConsultationResponse.objects.count() == 1


def test_supports_from_one_session_at_once_count_once(page):
    comment = ConsultationComment.objects.create(
        page=page, body="Mais ônibus.", status=CommentStatus.PUBLISHED
    )

    def support():
        return ConsultationComment.objects.get(pk=comment.pk).add_support("sessao-1")

    results, errors = run_together(support, 6)

    assert errors == []
    assert results.count(True) == 1
    comment.refresh_from_db()
    assert comment.support_count == 1


def test_two_answers_of_one_email_confirmed_at_once_count_once(page):
    import datetime

    ConsultationPage.objects.filter(pk=page.pk).update(participation_mode="verified_email")
    page = ConsultationPage.objects.get(pk=page.pk)
    first, _ = page.record_answer({"aprova": "yes"}, email="ana@example.org")
    second, _ = page.record_answer(
        {"aprova": "no"},
        email="ana@example.org",
        moment=first.submit_time + datetime.timedelta(minutes=11),
    )
    assert first.pk != second.pk
    # Loaded beforehand: a thread that read its answer only after the other had confirmed
    # would find it discarded already, and the race would not be run.
    answers = iter([first, second])
    lock = threading.Lock()

    def confirm():
        with lock:
            answer = next(answers)
        return answer.confirm()

    results, errors = run_together(confirm, 2)

    assert errors == []
    assert results.count(True) == 1
    assert ConsultationResponse.objects.filter(status="confirmed").count() == 1
    assert ConsultationResponse.objects.count() == 1


def test_announcement_runs_at_once_tell_each_participant_once(page):
    import datetime

    from django.utils import timezone

    from consultations.notifications import announce_due
    from praca.models import OutgoingEmail

    ConsultationPage.objects.filter(pk=page.pk).update(participation_mode="verified_email")
    page = ConsultationPage.objects.get(pk=page.pk)
    answers = [
        page.record_answer(
            {"aprova": "yes"}, email=f"pessoa{number}@example.org", wants_updates=True
        )[0]
        for number in range(4)
    ]
    answers[0].confirm()
    closed = timezone.now() - datetime.timedelta(minutes=1)
    ConsultationPage.objects.filter(pk=page.pk).update(closes_at=closed)
    assert announce_due() == 1  # the results round: the one participant confirmed by then
    # Three links followed after the close: the round exists, so only the row locks keep
    # runs at the same moment from telling them twice.
    for answer in answers[1:]:
        answer.confirm()

    results, errors = run_together(announce_due, 4)

    assert errors == []
    assert sum(results) == 3
    assert sorted(OutgoingEmail.objects.values_list("to", flat=True)) == [
        "pessoa0@example.org",
        "pessoa1@example.org",
        "pessoa2@example.org",
        "pessoa3@example.org",
    ]
