"""A citizen finds a service on a phone; an editor edits it in the admin. Real Chromium."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from service_catalog.models import ChannelKind, ServicePage
from tests import factories

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_catalog(transactional_db):
    home, catalog = factories.make_site()
    taxes = factories.make_category("Tributos e finanças", slug="tributos")
    health = factories.make_category("Saúde", slug="saude")
    place = factories.make_location(name="Praça de Atendimento Centro")
    factories.make_service(catalog, title="Cartão SUS", category=health)
    service = factories.make_service(
        catalog,
        title="IPTU: segunda via do boleto",
        category=taxes,
        max_delivery_time=0,
        max_delivery_time_unit="hours",
        channels=[
            {
                "kind": ChannelKind.ONLINE,
                "label": "Portal do Contribuinte",
                "url": "https://example.org/iptu",
            },
            {"kind": ChannelKind.IN_PERSON, "location": place},
        ],
    )
    return service


def test_citizen_finds_a_service_by_category(live_server, page, demo_catalog):
    page.goto(live_server.url + "/")
    expect(page.get_by_role("search").first).to_be_visible()
    expect(page.get_by_label("Buscar no portal").first).to_be_visible()

    page.get_by_role("link", name="Ver todos os serviços").click()
    expect(page).to_have_url(re.compile(r"/servicos/$"))
    expect(page.get_by_role("heading", name="2 serviços encontrados")).to_be_visible()

    page.get_by_label(re.compile(r"^Tributos e finanças")).check()
    page.get_by_role("button", name="Aplicar filtros").click()
    expect(page).to_have_url(re.compile(r"category=tributos"))
    expect(page.get_by_role("heading", name="1 serviço encontrado")).to_be_visible()

    page.get_by_role("link", name="IPTU: segunda via do boleto").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("IPTU: segunda via do boleto")
    expect(page.locator("#max-delivery-time")).to_have_text("Imediato")
    expect(page.get_by_role("link", name="Acessar o serviço on-line")).to_have_attribute(
        "href", "https://example.org/iptu"
    )
    expect(page.get_by_text("Praça de Atendimento Centro")).to_be_visible()


def test_editor_logs_in_and_edits_a_service(live_server, page, demo_catalog):
    get_user_model().objects.create_superuser("editora", "editora@example.org", "senha-forte-123")
    page.goto(live_server.url + "/admin/")
    page.locator("#id_username").fill("editora")
    page.locator("#id_password").fill("senha-forte-123")
    page.locator("form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto(f"{live_server.url}/admin/pages/{demo_catalog.pk}/edit/")
    page.locator("#id_summary").fill("Emita a segunda via do boleto do IPTU sem sair de casa.")
    publish = page.locator("button[name=action-publish]")
    if not publish.is_visible():
        page.locator(
            "footer [data-w-dropdown-target=toggle], footer .w-dropdown__toggle"
        ).first.click()
    publish.click()
    expect(page.locator(".messages")).to_contain_text("publicad")

    demo_catalog.refresh_from_db()
    assert ServicePage.objects.get(pk=demo_catalog.pk).summary == (
        "Emita a segunda via do boleto do IPTU sem sair de casa."
    )
    page.goto(live_server.url + demo_catalog.url)
    expect(
        page.get_by_text("Emita a segunda via do boleto do IPTU sem sair de casa.")
    ).to_be_visible()
