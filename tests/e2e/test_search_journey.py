"""A citizen searches from the header box on a phone: suggestions as they type (an ARIA 1.2
combobox driven by the keyboard), then the results page with a filter. Real Chromium."""

import re

import pytest
from playwright.sync_api import expect

from search.models import SearchLogEntry
from service_catalog.models import ChannelKind
from tests import factories

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def search_site(transactional_db):
    """Published through the real signals: the search documents follow on commit."""
    home, catalog = factories.make_site()
    works = factories.make_category("Obras e zeladoria", slug="obras")
    phone = {"kind": ChannelKind.PHONE, "phone": "156"}
    factories.make_service(
        catalog,
        title="Solicitar conserto da iluminação pública",
        slug="iluminacao-publica",
        other_names="lâmpada queimada, poste apagado",
        category=works,
    )
    factories.make_service(
        catalog,
        title="Solicitar reparo de buraco na rua",
        slug="tapa-buraco",
        summary="Informe buracos no asfalto das ruas.",
        category=works,
        channels=[phone],
    )
    factories.make_service(
        catalog,
        title="Solicitar poda de árvore",
        slug="poda",
        summary="Peça a poda de árvores que atrapalham a rua.",
        category=works,
    )
    return catalog


def test_citizen_picks_a_suggestion_with_the_keyboard(live_server, page, search_site):
    page.goto(live_server.url + "/servicos/")
    box = page.locator("#header-search")
    expect(box).to_have_attribute("role", "combobox")
    expect(box).to_have_attribute("aria-expanded", "false")

    box.press_sequentially("ilumin", delay=30)
    listbox = page.locator("#header-search-listbox")
    expect(box).to_have_attribute("aria-expanded", "true")
    option = listbox.get_by_role("option", name=re.compile("iluminação pública"))
    expect(option).to_be_visible()
    expect(page.locator("#header-search-status")).not_to_be_empty()

    box.press("ArrowDown")
    expect(option).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", option.get_attribute("id"))

    box.press("Escape")
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(listbox).to_be_hidden()

    box.press("ArrowDown")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/servicos/iluminacao-publica/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Solicitar conserto da iluminação pública"
    )


def test_citizen_searches_filters_and_opens_a_result(live_server, page, search_site):
    page.goto(live_server.url + "/servicos/")
    box = page.locator("#header-search")
    box.fill("rua")
    box.press("Enter")  # no suggestion highlighted: the form submits
    expect(page).to_have_url(re.compile(r"/busca/\?q=rua"))
    results = page.locator(".search-result")
    expect(results).to_have_count(2)
    expect(page.locator(".search-result mark").first).to_have_text(re.compile("rua", re.I))

    page.locator(".search-filters > summary").click()  # folded on a phone
    page.locator("#search-online").check()
    page.locator(".catalog__filters button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"online=on"))
    expect(results).to_have_count(1)
    results.first.get_by_role("link").click()
    expect(page).to_have_url(re.compile(r"/servicos/poda/$"))
    assert SearchLogEntry.objects.filter(clicked_page__isnull=False).count() == 1


def test_search_without_javascript_still_works(live_server, browser, search_site):
    context = browser.new_context(java_script_enabled=False, locale="pt-BR")
    page = context.new_page()
    page.goto(live_server.url + "/servicos/")
    box = page.locator("#header-search")
    expect(box).not_to_have_attribute("role", "combobox")
    box.fill("buracos")
    box.press("Enter")
    expect(page.locator(".search-result")).to_have_count(1)
    context.close()


PHONE = {"width": 412, "height": 800}


def tab_to(page, locator, presses=12):
    """Press Tab until `locator` has the focus, as a keyboard user would."""
    for _press in range(presses):
        page.keyboard.press("Tab")
        if locator.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"Tab never reached {locator}")


@pytest.mark.parametrize("javascript", [True, False], ids=["with-javascript", "without-javascript"])
def test_on_a_phone_results_come_first_and_the_folded_filters_open_by_keyboard(
    live_server, browser, search_site, javascript
):
    context = browser.new_context(locale="pt-BR", viewport=PHONE, java_script_enabled=javascript)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(live_server.url + "/busca/?q=solicitar")
    results = page.locator(".search-result")
    expect(results).to_have_count(3)
    toggle = page.locator(".search-filters > summary")
    online = page.get_by_label("Disponível on-line")
    # Above the fold: the folded filters take one line and the first result shows whole.
    expect(results.first).to_be_in_viewport()
    assert results.first.bounding_box()["y"] + 48 < PHONE["height"]
    expect(toggle).to_have_text("Filtrar resultados")
    expect(online).to_be_hidden()

    page.locator("#search-page-q").focus()
    tab_to(page, toggle)
    page.keyboard.press("Enter")
    expect(online).to_be_visible()
    tab_to(page, online)
    page.keyboard.press("Space")
    expect(online).to_be_checked()
    tab_to(page, page.get_by_role("button", name="Aplicar filtros"))
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"online=on"))
    expect(results).to_have_count(2)
    # Folded again, the toggle says a filter is on; the results still come first.
    expect(toggle).to_have_text("Filtrar resultados (1 filtro aplicado)")
    expect(online).to_be_hidden()
    expect(results.first).to_be_in_viewport()
    context.close()


def test_on_a_wide_screen_the_filters_show_beside_the_results_without_a_toggle(
    live_server, browser, search_site
):
    context = browser.new_context(locale="pt-BR", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(live_server.url + "/busca/?q=solicitar")
    expect(page.get_by_label("Disponível on-line")).to_be_visible()
    expect(page.locator(".search-filters > summary")).to_be_hidden()
    expect(page.get_by_role("form", name="Refinar os resultados")).to_be_visible()
    filters = page.locator(".catalog__filters").bounding_box()
    results = page.locator(".catalog__results").bounding_box()
    assert filters["x"] + filters["width"] <= results["x"]  # a sidebar, not above the results
    context.close()
