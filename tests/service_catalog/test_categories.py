"""Category counts shown on the home page: what the catalog will list when filtered."""

import pytest
from wagtail.models import PageViewRestriction

from service_catalog.models import Category
from tests import factories

pytestmark = pytest.mark.django_db


def counts():
    return {
        category.slug: category.service_count for category in Category.objects.with_service_counts()
    }


def test_a_restricted_service_is_not_counted_in_its_category(catalog):
    health = factories.make_category("Saúde", slug="saude")
    factories.make_service(catalog, category=health)
    hidden = factories.make_service(catalog, category=health)
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)

    assert counts() == {"saude": 1}


def test_a_category_whose_only_service_is_restricted_or_unpublished_is_left_out(catalog):
    taxes = factories.make_category("Tributos", slug="tributos")
    hidden = factories.make_service(catalog, category=taxes)
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    factories.make_service(catalog, category=taxes, publish=False)

    assert counts() == {}


def test_the_home_page_shows_the_count_the_catalog_lists(client, catalog):
    health = factories.make_category("Saúde", slug="saude")
    factories.make_service(catalog, category=health)
    factories.make_service(catalog, category=health)
    hidden = factories.make_service(catalog, category=health)
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)

    home = client.get("/").content.decode()
    listing = client.get("/servicos/?category=saude").content.decode()

    assert "2 serviços" in home
    assert listing.count('class="service-card__title"') == 2


def test_the_home_page_counts_only_its_own_sites_services(client, home, catalog, settings):
    settings.ALLOWED_HOSTS = ["localhost", "testserver", "camara.example.org"]
    from wagtail.models import Page, Site

    from portal.models import HomePage
    from service_catalog.models import ServiceIndexPage

    health = factories.make_category("Saúde", slug="saude")
    factories.make_service(catalog, category=health)
    other_home = HomePage(title="Câmara", slug="camara", hero_title="Câmara Municipal")
    Page.get_first_root_node().add_child(instance=other_home)
    other_home.save_revision().publish()
    Site.objects.create(hostname="camara.example.org", port=80, root_page=other_home)
    other_catalog = ServiceIndexPage(title="Serviços da Câmara", slug="servicos")
    other_home.add_child(instance=other_catalog)
    other_catalog.save_revision().publish()
    factories.make_service(other_catalog, category=health)
    factories.make_service(other_catalog, category=health)

    assert "1 serviço</span>" in client.get("/").content.decode()
    assert "2 serviços</span>" in client.get("/", HTTP_HOST="camara.example.org").content.decode()
