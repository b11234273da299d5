""" "Avalie este serviço": ratings on gov.br's dimensions, the minimum sample, kept promises."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from participation.models import Kind, Manifestation, RatingDimension, ServiceRating
from tests import factories

pytestmark = pytest.mark.django_db


def rating_url(service):
    return reverse("service_rating", args=[service.pk])


def rate(client, service, score=4, dimension=RatingDimension.EASE, **extra):
    return client.post(rating_url(service), {"score": score, "dimension": dimension, **extra})


def add_ratings(service, *scores):
    ServiceRating.objects.bulk_create(
        ServiceRating(service=service, score=score, dimension=RatingDimension.CLARITY)
        for score in scores
    )


@pytest.fixture
def service(catalog):
    return factories.make_service(catalog, title="Poda de árvores")


def test_service_page_asks_for_a_rating_on_the_seven_dimensions(client, service):
    html = client.get(service.url).content.decode()
    assert 'id="service-rating"' in html
    assert "Avalie este serviço" in html
    for value, _label in RatingDimension.choices:
        assert f'value="{value}"' in html


def test_rating_is_recorded_and_thanked_without_javascript(client, service):
    response = rate(client, service, score=5, dimension=RatingDimension.TIME, comment="Rápido.")
    assert response.status_code == 302
    assert response["Location"] == f"{service.url}?rating=thanks#service-rating"
    rating = ServiceRating.objects.get()
    assert (rating.service_id, rating.score, rating.dimension, rating.comment) == (
        service.pk,
        5,
        RatingDimension.TIME,
        "Rápido.",
    )
    page = client.get(response["Location"]).content.decode()
    assert "Obrigado por avaliar este serviço" in page


def test_missing_score_shows_the_page_again_with_the_error_and_keeps_the_comment(client, service):
    response = client.post(
        rating_url(service), {"dimension": RatingDimension.EASE, "comment": "Fila enorme."}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Escolha uma nota de 1 a 5." in html
    assert "Fila enorme." in html
    assert 'role="alert"' in html
    assert not ServiceRating.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {"score": "9", "dimension": RatingDimension.EASE},
        {"score": "0", "dimension": RatingDimension.EASE},
        {"score": "abc", "dimension": RatingDimension.EASE},
        {"score": "3", "dimension": "beauty"},
        {"score": "3"},
        {"score": "3", "dimension": RatingDimension.EASE, "comment": "x" * 1001},
        {"score": "3", "dimension": RatingDimension.EASE, "comment": "a\x00b"},
    ],
)
def test_bad_input_is_refused_with_a_message_never_a_500(client, service, data):
    response = client.post(rating_url(service), data)
    assert response.status_code == 400
    assert 'class="form-errors"' in response.content.decode()
    assert not ServiceRating.objects.exists()


def test_one_rating_per_service_per_session_is_counted(client, service, catalog):
    other = factories.make_service(catalog, title="Alvará de funcionamento")
    rate(client, service, score=1)
    rate(client, service, score=4, dimension=RatingDimension.COST)
    rate(client, other, score=2)
    assert ServiceRating.objects.filter(service=service).count() == 1
    rating = ServiceRating.objects.get(service=service)
    assert (rating.score, rating.dimension) == (4, RatingDimension.COST)
    assert ServiceRating.objects.filter(service=other).count() == 1


def test_honeypot_is_thanked_but_not_counted(client, service):
    response = rate(client, service, website="http://spam.example")
    assert response.status_code == 302
    assert not ServiceRating.objects.exists()


def test_flood_from_one_client_is_rate_limited(client, service, settings):
    settings.PRACA_PARTICIPATION = {"FEEDBACK_RATE_LIMIT": (2, 600)}
    rate(client, service)
    rate(client, service)
    response = rate(client, service)
    assert response.status_code == 429
    assert response["Retry-After"]


def test_drafts_unknown_services_and_get_are_404(client, service, catalog):
    draft = factories.make_service(catalog, publish=False)
    assert rate(client, draft).status_code == 404
    assert client.post("/rate/999999/", {"score": 3}).status_code == 404
    assert client.get(rating_url(service)).status_code == 404
    assert not ServiceRating.objects.exists()


def test_average_and_count_appear_only_from_the_minimum_sample(client, service, settings):
    settings.PRACA_PARTICIPATION = {"RATING_MIN_SAMPLE": 4}
    add_ratings(service, 5, 4, 3)
    assert 'id="service-rating-average"' not in client.get(service.url).content.decode()
    rate(client, service, score=5)  # the fourth rating; it also refreshes the cached figures
    html = client.get(service.url).content.decode()
    assert 'id="service-rating-average"' in html
    assert "4,3 de 5 (4 avaliações)" in html  # (5 + 4 + 3 + 5) / 4 = 4.25


def test_other_citizens_comments_are_never_shown(client, service, settings):
    settings.PRACA_PARTICIPATION = {"RATING_MIN_SAMPLE": 1}
    ServiceRating.objects.create(
        service=service, score=1, dimension=RatingDimension.EASE, comment="Meu CPF é 123"
    )
    html = client.get(service.url).content.decode()
    assert 'id="service-rating-average"' in html
    assert "Meu CPF é 123" not in html


def answered_request(service, *, late=False, extended=False):
    manifestation = factories.make_manifestation(service, kind=Kind.SOLICITATION)
    due = manifestation.due_at
    changes = {"answered_at": due + timedelta(days=1) if late else due - timedelta(hours=1)}
    if extended:
        changes.update(extended_at=timezone.now(), due_at=due + timedelta(days=30))
    Manifestation.objects.filter(pk=manifestation.pk).update(**changes)


def test_share_answered_within_the_published_time_is_a_measured_promise(client, service, settings):
    settings.PRACA_PARTICIPATION = {"RATING_MIN_SAMPLE": 4}
    for _ in range(2):
        answered_request(service)
    answered_request(service, late=True)
    assert 'id="service-on-time"' not in client.get(service.url).content.decode()
    # Answered within an extended deadline still broke the published promise.
    answered_request(service, extended=True)
    # Unanswered requests and complaints are not part of the promise.
    factories.make_manifestation(service, kind=Kind.SOLICITATION)
    factories.make_manifestation(service, kind=Kind.COMPLAINT)
    from participation.satisfaction import forget_service_satisfaction

    forget_service_satisfaction(service.pk)
    html = client.get(service.url).content.decode()
    assert "50% de 4 pedidos atendidos" in html


def test_service_page_query_count_stays_flat_with_ratings(
    client, service, django_assert_max_num_queries
):
    add_ratings(service, *([4] * 50))
    client.get(service.url)  # warm the caches
    with django_assert_max_num_queries(8):
        client.get(service.url)


def test_service_page_ids_are_unique_so_every_label_finds_its_field(client, service):
    """The rating and the "useful?" forms both have a comment: each label must name its own."""
    import re
    from collections import Counter

    html = client.get(service.url).content.decode()
    repeated = [
        name for name, count in Counter(re.findall(r'\sid="([^"]+)"', html)).items() if count > 1
    ]
    assert repeated == []
