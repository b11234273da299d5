"""The catalog's parts of a home page, for any page of a host: `{% service_categories %}`,
`{% featured_services %}` and the FeaturedServicesBlock and CategoriesBlock."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from wagtail.models import PageViewRestriction, Site

from portal.models import StandardPage
from service_catalog.blocks import CategoriesBlock, FeaturedServicesBlock
from tests import factories

pytestmark = pytest.mark.django_db


def site_request(path="/"):
    """A request whose Wagtail site is the default site, as Wagtail's serve view leaves it."""
    request = RequestFactory().get(path)
    request._wagtail_site = Site.objects.select_related("root_page").get(is_default_site=True)
    return request


def render(source, request):
    return Template(source).render(Context({"request": request}))


@pytest.fixture
def health(catalog):
    """Saúde with two live public services, a private one and a draft; Educação with one."""
    health = factories.make_category("Saúde", slug="saude", sort_order=1)
    education = factories.make_category("Educação", slug="educacao", sort_order=2)
    factories.make_service(catalog, title="Cartão SUS", category=health)
    factories.make_service(catalog, title="Vacinação", category=health)
    private = factories.make_service(catalog, title="Prontuário interno", category=health)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    factories.make_service(catalog, title="Rascunho", category=health, publish=False)
    factories.make_service(catalog, title="Matrícula escolar", category=education)
    factories.make_category("Turismo", slug="turismo")  # no service: not shown
    return health


def test_categories_tag_shows_each_category_with_the_services_a_citizen_can_open(health):
    html = render("{% load service_catalog_tags %}{% service_categories %}", site_request())

    assert '<h2 id="categories-title">Serviços por categoria</h2>' in html
    assert '<a class="category-link" href="/servicos/?category=saude">' in html
    # The private service and the draft are not counted: the catalog would list two.
    assert '<span class="category-link__name">Saúde</span>' in html
    assert '<span class="category-link__count">2 serviços</span>' in html
    assert '<span class="category-link__count">1 serviço</span>' in html
    assert html.index("Saúde") < html.index("Educação")
    assert "Turismo" not in html
    assert 'href="/servicos/">Ver todos os serviços</a>' in html


def test_categories_tag_costs_no_query_on_a_warm_cache_and_follows_publishing(
    health, catalog, django_assert_num_queries
):
    source = "{% load service_catalog_tags %}{% service_categories %}"
    render(source, site_request())
    request = site_request()
    with django_assert_num_queries(0):
        html = render(source, request)
    assert "2 serviços" in html

    factories.make_service(catalog, title="Exame", category=health)
    assert "3 serviços" in render(source, site_request())


def test_categories_tag_renders_nothing_on_a_site_without_services(home):
    html = render("{% load service_catalog_tags %}{% service_categories %}", site_request())

    assert html.strip() == ""


def test_categories_tag_follows_the_language(health):
    from django.utils import translation

    render("{% load service_catalog_tags %}{% service_categories %}", site_request())
    with translation.override("en"):
        html = render("{% load service_catalog_tags %}{% service_categories %}", site_request())

    assert "Services by category" in html
    assert "2 services" in html


def test_home_page_shows_the_categories_with_their_counts(client, health):
    html = client.get("/").content.decode()

    assert '<a class="category-link" href="/servicos/?category=saude">' in html
    assert "2 serviços" in html
    assert "Prontuário interno" not in html


@pytest.fixture
def chosen(catalog):
    """Four services chosen for a featured block: live, draft, private, live."""
    live = factories.make_service(catalog, title="Cartão SUS")
    draft = factories.make_service(catalog, title="Serviço em rascunho", publish=False)
    private = factories.make_service(catalog, title="Serviço restrito")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    other = factories.make_service(catalog, title="Matrícula escolar")
    return [live, draft, private, other]


def test_featured_services_block_lists_only_live_public_services_in_the_chosen_order(chosen):
    block = FeaturedServicesBlock()
    value = block.to_python(
        {
            "heading": "Destaques",
            "intro": "Os mais pedidos.",
            "services": [service.pk for service in reversed(chosen)],
        }
    )

    html = block.render(value, context={"request": site_request()})

    assert '<link rel="stylesheet" href="/static/praca/css/praca.css">' in html
    assert 'aria-labelledby="praca-featured-services-destaques">' in html
    assert '<h2 id="praca-featured-services-destaques">Destaques</h2>' in html
    assert "<p>Os mais pedidos.</p>" in html
    assert f'<a href="{chosen[0].url}">Cartão SUS</a>' in html
    assert html.index("Matrícula escolar") < html.index("Cartão SUS")
    assert "Serviço em rascunho" not in html
    assert "Serviço restrito" not in html


def test_featured_services_block_costs_no_query_on_a_warm_cache(chosen, django_assert_num_queries):
    block = FeaturedServicesBlock()
    value = block.to_python({"heading": "", "intro": "", "services": [s.pk for s in chosen]})
    block.render(value, context={"request": site_request()})
    request = site_request()

    with django_assert_num_queries(0):
        html = block.render(value, context={"request": request})

    assert '<h2 id="praca-featured-services">Serviços mais procurados</h2>' in html


def test_featured_services_block_follows_a_new_view_restriction(chosen):
    block = FeaturedServicesBlock()
    value = block.to_python({"heading": "", "intro": "", "services": [chosen[0].pk]})
    assert "Cartão SUS" in block.render(value, context={"request": site_request()})

    PageViewRestriction.objects.create(page=chosen[0], restriction_type=PageViewRestriction.LOGIN)

    assert "Cartão SUS" not in block.render(value, context={"request": site_request()})


def test_editors_put_the_catalog_parts_on_any_page(client, home, health, chosen):
    page = StandardPage(
        title="Serviços em destaque",
        slug="destaques",
        body=[
            ("featured_services", {"heading": "", "intro": "", "services": chosen}),
            ("categories", {"heading": "Temas"}),
        ],
    )
    home.add_child(instance=page)
    page.save_revision().publish()

    # The standard page renders its body as {{ page.body }}, without the request: the parts
    # fall back to the default site.
    html = client.get("/destaques/").content.decode()

    assert '<div class="praca">' in html
    assert f'<a href="{chosen[0].url}">Cartão SUS</a>' in html
    assert "Serviço em rascunho" not in html
    assert "Serviço restrito" not in html
    assert '<h2 id="praca-categories-temas">Temas</h2>' in html
    assert '<a class="category-link" href="/servicos/?category=saude">' in html
    assert "2 serviços" in html


def test_blocks_are_labelled_for_editors():
    from django.utils import translation

    with translation.override("en"):
        assert str(FeaturedServicesBlock().label) == "Featured services"
        assert str(CategoriesBlock().label) == "Service categories"
    assert FeaturedServicesBlock().meta.icon and CategoriesBlock().meta.icon


def test_an_editor_adds_the_catalog_parts_to_a_page_in_the_admin(client, home, health, chosen):
    from django.urls import reverse
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    client.force_login(factories.make_staff("editora", superuser=True))
    add_url = reverse("wagtailadmin_pages:add", args=("portal", "standardpage", home.pk))
    assert "Featured services" in client.get(add_url, HTTP_ACCEPT_LANGUAGE="en").content.decode()

    response = client.post(
        add_url,
        nested_form_data(
            {
                "title": "Destaques",
                "slug": "destaques",
                "introduction": "",
                "body": streamfield(
                    [
                        (
                            "featured_services",
                            {
                                "heading": "",
                                "intro": "",
                                "services": streamfield([("item", chosen[0].pk)]),
                            },
                        ),
                        ("categories", {"heading": ""}),
                    ]
                ),
                "action-publish": "publish",
            }
        ),
    )

    assert response.status_code == 302
    html = client.get("/destaques/").content.decode()
    assert f'<a href="{chosen[0].url}">Cartão SUS</a>' in html
    assert '<h2 id="praca-categories">Serviços por categoria</h2>' in html
