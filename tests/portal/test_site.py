"""The site chrome and housekeeping: menu, contact channels, sitemap, robots, errors, languages."""

import pytest
from django.test import override_settings
from wagtail.models import Site

from portal.models import StandardPage
from praca.models import ContactSettings
from tests import factories

pytestmark = pytest.mark.django_db


def test_home_has_the_search_box_and_catalog_categories(client, catalog):
    factories.make_service(catalog, category=factories.make_category("Saúde", slug="saude"))
    html = client.get("/").content.decode()
    assert 'role="search"' in html
    assert 'action="/busca/"' in html  # the whole portal's search, issue 6
    assert 'href="/servicos/?category=saude"' in html
    assert html.count("<h1") == 1


def test_header_search_box_is_labelled_for_the_portal_beside_the_catalog_own_form(client, catalog):
    """The header's box searches services, consultations and pages; the catalog's filter form
    searches services only, and each label says so."""
    html = client.get("/servicos/").content.decode()
    assert '<label for="header-search" class="visually-hidden">Buscar no portal</label>' in html
    assert '<label for="id_q">Pesquisar serviços</label>' in html


def test_menu_lists_pages_marked_for_menus_and_follows_publishing(client, home, catalog):
    about = StandardPage(title="Sobre a Prefeitura", slug="sobre", show_in_menus=True)
    home.add_child(instance=about)
    about.save_revision().publish()
    html = client.get("/").content.decode()
    assert '<a href="/sobre/">Sobre a Prefeitura</a>' in html
    about.unpublish()
    assert "Sobre a Prefeitura" not in client.get("/").content.decode()


def test_footer_shows_the_city_contact_channels(client, home):
    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    contact.phone = "156"
    contact.whatsapp = "+55 11 98888-7777"
    contact.email = "atendimento@example.org"
    contact.ombudsman_email = "ouvidoria@example.org"
    contact.save()
    html = client.get("/").content.decode()
    assert 'href="tel:156"' in html
    assert 'href="https://wa.me/5511988887777"' in html
    assert 'href="mailto:atendimento@example.org"' in html
    assert 'href="mailto:ouvidoria@example.org"' in html


def test_sitemap_lists_live_pages(client, catalog):
    service = factories.make_service(catalog, title="Cartão SUS", slug="cartao-sus")
    draft = factories.make_service(catalog, slug="rascunho", publish=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert f"http://localhost{service.url}" in xml
    assert "/servicos/" in xml
    assert draft.slug not in xml


def test_robots_txt_points_to_the_sitemap(client, home):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_unknown_address_gives_a_friendly_404(client, home):
    response = client.get("/nao-existe/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Página não encontrada" in html
    assert 'role="search"' in html


def test_server_error_page_renders_without_the_database():
    from django.test import RequestFactory

    from portal.views import server_error

    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "Algo deu errado" in response.content.decode()


def test_pages_render_in_portuguese_by_default_and_in_english_on_request(client, catalog):
    service = factories.make_service(catalog, max_delivery_time=3, max_delivery_time_unit="days")
    portuguese = client.get(service.url).content.decode()
    assert '<html lang="pt-br">' in portuguese
    assert "Até 3 dias" in portuguese
    assert "Quanto tempo leva e quanto custa" in portuguese
    english = client.get(service.url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="en">' in english
    assert "Up to 3 calendar days" in english or "Up to 3 days" in english
    assert "How long it takes and how much it costs" in english


def test_language_switch_remembers_the_choice(client, home):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert response.status_code == 302
    assert "Skip to main content" in client.get("/").content.decode()


@override_settings(DEBUG=False)
def test_skip_link_and_landmarks_are_present(client, home):
    html = client.get("/").content.decode()
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html and "<nav" in html


def test_a_page_made_private_leaves_the_cached_home_and_menu_at_once(client, home, catalog):
    from wagtail.models import PageViewRestriction

    from portal.models import HomePageFeaturedService

    service = factories.make_service(catalog, title="Cartão SUS")
    HomePageFeaturedService.objects.create(page=home, service=service, sort_order=0)
    assert "Cartão SUS" in client.get("/").content.decode()  # now cached
    restriction = PageViewRestriction.objects.create(
        page=service, restriction_type=PageViewRestriction.LOGIN
    )
    assert "Cartão SUS" not in client.get("/").content.decode()
    restriction.delete()
    assert "Cartão SUS" in client.get("/").content.decode()


def test_home_page_is_built_from_the_plugin_parts_within_one_query_on_a_warm_cache(
    client, home, catalog, django_assert_max_num_queries
):
    """Featured services (live, public ones only), categories with their counts, the open
    consultations and the contact channels, plus a categories block an editor added to the body;
    one query on a warm cache, as docs/architecture.md budgets it."""
    from wagtail.models import PageViewRestriction

    from portal.models import HomePageFeaturedService
    from tests.consultations.conftest import make_consultation, make_index

    health = factories.make_category("Saúde", slug="saude")
    live = factories.make_service(catalog, title="Cartão SUS", category=health)
    draft = factories.make_service(catalog, title="Serviço em rascunho", publish=False)
    private = factories.make_service(catalog, title="Serviço restrito", category=health)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    for order, service in enumerate([draft, private, live]):
        HomePageFeaturedService.objects.create(page=home, service=service, sort_order=order)
    make_consultation(make_index(home), title="Reforma da Praça Central")
    home.services_intro = "Os mais procurados."
    home.body = [("categories", {"heading": "Temas"})]
    home.save_revision().publish()

    client.get("/")
    with django_assert_max_num_queries(1):
        html = client.get("/").content.decode()

    assert '<h2 id="featured-title">Serviços mais procurados</h2>' in html
    assert "<p>Os mais procurados.</p>" in html
    assert f'<a href="{live.url}">Cartão SUS</a>' in html
    assert "Serviço em rascunho" not in html and "Serviço restrito" not in html
    assert '<h2 id="categories-title">Serviços por categoria</h2>' in html
    assert '<a class="category-link" href="/servicos/?category=saude">' in html
    assert '<span class="category-link__count">1 serviço</span>' in html  # the private one not
    assert '<h2 id="praca-categories-temas">Temas</h2>' in html
    assert '<h2 id="consultations-title">Consultas públicas abertas</h2>' in html
    assert "Reforma da Praça Central" in html
    assert '<h2 id="contact-title">' in html


def test_home_page_preview_shows_the_editors_unsaved_featured_services(client, home, catalog):
    from django.urls import reverse
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    service = factories.make_service(catalog, title="Cartão SUS")
    client.get("/")  # the live home page, cached without featured services
    client.force_login(factories.make_staff("editora", superuser=True))
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[home.pk])
    client.post(
        preview_url,
        nested_form_data(
            {
                "title": home.title,
                "slug": home.slug,
                "hero_title": home.hero_title,
                "hero_text": "",
                "services_intro": "",
                "featured_services": inline_formset([{"service": service.pk}]),
                "body": streamfield([]),
            }
        ),
    )

    assert "Cartão SUS" in client.get(preview_url).content.decode()
    assert "Cartão SUS" not in client.get("/").content.decode()  # the preview cached nothing
