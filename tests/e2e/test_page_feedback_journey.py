""" "Was this page useful?" with JavaScript: the answer and its reason without leaving the page."""

import re

import pytest
from playwright.sync_api import expect

from participation.models import FeedbackReason, PageFeedback, RatingDimension, ServiceRating
from tests import factories

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_citizen_says_a_page_was_not_useful_and_why(live_server, page, transactional_db):
    home, catalog = factories.make_site()
    service = factories.make_service(catalog, title="Cartão SUS")
    page.goto(live_server.url + service.url)
    box = page.locator("#page-feedback")
    box.get_by_role("button", name="Não").click()
    expect(box.get_by_text("O que deu errado?")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/servicos/[^?]+/$"))  # answered in place
    box.get_by_label("A informação está errada ou desatualizada").check()
    box.get_by_label("Conte mais (opcional)").fill("O endereço da UBS mudou.")
    box.get_by_role("button", name="Enviar").click()
    expect(box.get_by_role("status")).to_contain_text("Obrigado pela sua resposta")
    feedback = PageFeedback.objects.get()
    assert feedback.page_id == service.pk
    assert feedback.useful is False
    assert feedback.reason == FeedbackReason.OUT_OF_DATE
    assert feedback.comment == "O endereço da UBS mudou."


def test_citizen_rates_a_service_with_the_keyboard_after_a_refused_attempt(
    live_server, page, transactional_db
):
    _home, catalog = factories.make_site()
    service = factories.make_service(catalog, title="Poda de árvores")
    page.goto(live_server.url + service.url)
    rating = page.locator("#service-rating")
    rating.get_by_label("Comentário (opcional)").fill("Vieram podar em uma semana.")
    rating.get_by_role("button", name="Enviar avaliação").click()
    # Refused without a score: the errors are announced and the comment is still there.
    errors = page.get_by_role("alert")
    expect(errors).to_contain_text("Escolha uma nota de 1 a 5.")
    rating = page.locator("#service-rating")
    expect(rating.get_by_label("Comentário (opcional)")).to_have_value(
        "Vieram podar em uma semana."
    )
    rating.get_by_label("4", exact=True).focus()
    page.keyboard.press("Space")
    rating.get_by_label("Tempo para obter o serviço").check()
    rating.get_by_role("button", name="Enviar avaliação").press("Enter")
    expect(page.get_by_role("status").filter(has_text="Obrigado por avaliar")).to_be_visible()
    saved = ServiceRating.objects.get()
    assert (saved.score, saved.dimension, saved.comment) == (
        4,
        RatingDimension.TIME,
        "Vieram podar em uma semana.",
    )
