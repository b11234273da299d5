"""Files sent with answers live only as long as their answers: discarded answers and deleted
consultations take their files out of the private storage."""

import datetime

import pytest

from consultations.models.pages import ConsultationResponse, ConsultationUpload

from .conftest import make_consultation, photo


@pytest.fixture
def with_photos(consultations):
    return make_consultation(
        consultations,
        participation_mode="verified_email",
        questions=[("Foto", "file", "", True)],
    )


def answer_with_photo(page, moment=None):
    picture = photo()
    response, _ = page.record_answer(
        {"foto": picture}, email="ana@example.org", uploads=[("foto", picture)], moment=moment
    )
    return response


def test_confirming_one_answer_deletes_the_files_of_the_discarded_ones(
    with_photos, django_capture_on_commit_callbacks
):
    kept = answer_with_photo(with_photos)
    discarded = answer_with_photo(
        with_photos, moment=kept.submit_time + datetime.timedelta(minutes=11)
    )
    kept_file = kept.uploads.get().file
    discarded_file = discarded.uploads.get().file
    storage = discarded_file.storage
    assert storage.exists(discarded_file.name)

    with django_capture_on_commit_callbacks(execute=True):
        kept.confirm()

    assert not storage.exists(discarded_file.name)
    assert storage.exists(kept_file.name)
    assert list(ConsultationUpload.objects.values_list("response", flat=True)) == [kept.pk]


def test_deleting_a_consultation_deletes_the_files_sent_with_its_answers(
    with_photos, django_capture_on_commit_callbacks
):
    response = answer_with_photo(with_photos)
    stored = response.uploads.get().file
    storage, name = stored.storage, stored.name
    assert storage.exists(name)

    with django_capture_on_commit_callbacks(execute=True):
        with_photos.delete()

    assert not ConsultationResponse.objects.exists()
    assert not storage.exists(name)
