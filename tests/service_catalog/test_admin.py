"""The catalog's taxonomies in the Wagtail admin: listing, search, filters, export, inspect."""

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editora", "e@example.org", "senha")
    client.force_login(user)
    return client


def test_departments_are_listed_and_searchable(editor_client):
    factories.make_department("Secretaria da Fazenda", acronym="SEFAZ")
    factories.make_department("Secretaria de Saúde", acronym="SMS")
    url = reverse("wagtailsnippets_praca_department:list")
    response = editor_client.get(url, {"q": "fazenda"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Secretaria da Fazenda" in html
    assert "Secretaria de Saúde" not in html


def test_departments_export_as_csv(editor_client):
    factories.make_department("Secretaria da Fazenda", acronym="SEFAZ", email="sefaz@example.org")
    url = reverse("wagtailsnippets_praca_department:list")
    response = editor_client.get(url, {"export": "csv"})
    assert response.status_code == 200
    body = (
        b"".join(response.streaming_content).decode()
        if response.streaming
        else response.content.decode()
    )
    assert "SEFAZ" in body and "sefaz@example.org" in body


def test_locations_filter_by_neighbourhood(editor_client):
    factories.make_location(name="UBS Centro", neighbourhood="Centro")
    factories.make_location(name="UBS Jardim", neighbourhood="Jardim das Flores")
    url = reverse("wagtailsnippets_praca_service_catalog_location:list")
    html = editor_client.get(url, {"neighbourhood": "Centro"}).content.decode()
    assert "UBS Centro" in html
    assert "UBS Jardim" not in html


def test_location_needs_both_coordinates(editor_client):
    url = reverse("wagtailsnippets_praca_service_catalog_location:add")
    response = editor_client.post(
        url,
        {
            "name": "Ecoponto Norte",
            "address": "Rua A, 1",
            "opening_hours": "Todos os dias",
            "latitude": "-23.5",
            "longitude": "",
        },
    )
    assert response.status_code == 200
    assert "Informe a latitude e a longitude" in response.content.decode()


def test_category_inspect_and_edit_pages_open(editor_client):
    category = factories.make_category("Saúde", slug="saude")
    edit = reverse("wagtailsnippets_praca_service_catalog_category:edit", args=[category.pk])
    assert editor_client.get(edit).status_code == 200
    department = factories.make_department()
    inspect = reverse("wagtailsnippets_praca_department:inspect", args=[department.pk])
    assert editor_client.get(inspect).status_code == 200


def test_editing_a_category_updates_the_catalog_filters(editor_client, client, catalog):
    category = factories.make_category("Saude", slug="saude")
    factories.make_service(catalog, category=category)
    assert "Saude" in client.get("/servicos/").content.decode()
    edit = reverse("wagtailsnippets_praca_service_catalog_category:edit", args=[category.pk])
    response = editor_client.post(
        edit, {"name": "Saúde e bem-estar", "slug": "saude", "description": "", "sort_order": "0"}
    )
    assert response.status_code == 302
    assert "Saúde e bem-estar" in client.get("/servicos/?category=saude").content.decode()
