"""A service page as citizens and machines read it: the Carta's sections, JSON-LD, query budget."""

import json

import extruct
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from service_catalog.models import ChannelKind
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def service(catalog):
    place = factories.make_location(
        name="Praça de Atendimento Centro", latitude="-23.550520", longitude="-46.633308"
    )
    return factories.make_paid_service(
        catalog,
        amount="87.40",
        title="Alvará de funcionamento",
        summary="Licença para abrir e manter um negócio funcionando no município.",
        other_names="licença de funcionamento, abrir empresa",
        category=factories.make_category("Empresas e alvarás", slug="empresas"),
        department=factories.make_department(
            "Secretaria de Desenvolvimento Econômico", acronym="SMDE", email="smde@example.org"
        ),
        audiences=[factories.make_audience("Empresa", slug="empresa")],
        max_delivery_time=10,
        max_delivery_time_unit="business_days",
        waiting_time_minutes=30,
        channels=[
            {
                "kind": ChannelKind.ONLINE,
                "label": "Portal do Empreendedor",
                "url": "https://example.org/alvara",
            },
            {"kind": ChannelKind.WHATSAPP, "phone": "+55 11 99999-0000"},
            {"kind": ChannelKind.IN_PERSON, "location": place, "notes": "Com agendamento."},
        ],
    )


def test_service_page_shows_deadline_cost_and_every_channel(client, service):
    html = client.get(service.url).content.decode()
    assert '<dd id="max-delivery-time">Até 10 dias úteis</dd>' in html
    assert "R$ 87,40" in html
    assert "Até 30 minutos" in html
    assert 'href="https://example.org/alvara"' in html
    assert 'href="https://wa.me/5511999990000"' in html
    assert "Praça de Atendimento Centro" in html
    assert "Com agendamento." in html


def test_service_page_embeds_government_service_json_ld(client, service):
    response = client.get(service.url)
    data = extruct.extract(
        response.content.decode(), base_url="http://localhost/", syntaxes=["json-ld"]
    )["json-ld"]
    assert len(data) == 1
    item = data[0]
    assert item["@context"] == "https://schema.org"
    assert item["@type"] == "GovernmentService"
    assert item["name"] == "Alvará de funcionamento"
    assert item["provider"] == {
        "@type": "GovernmentOrganization",
        "name": "Secretaria de Desenvolvimento Econômico",
        "email": "smde@example.org",
    }
    assert item["offers"] == {"@type": "Offer", "price": "87.40", "priceCurrency": "BRL"}
    assert item["audience"] == [{"@type": "Audience", "audienceType": "Empresa"}]
    channels = item["availableChannel"]
    assert [channel["@type"] for channel in channels] == ["ServiceChannel"] * 3
    assert channels[0]["serviceUrl"] == "https://example.org/alvara"
    place = channels[2]["serviceLocation"]
    assert place["@type"] == "Place"
    assert place["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": "-23.550520",
        "longitude": "-46.633308",
    }
    assert place["openingHours"] == "Mo-Fr 08:00-17:00"
    assert item["url"].endswith(service.url)


def test_json_ld_cannot_break_out_of_its_script(client, catalog):
    service = factories.make_service(catalog, title="</script><script>alert(1)</script>")
    html = client.get(service.url).content.decode()
    assert "<script>alert(1)" not in html
    payload = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert json.loads(payload)["name"] == "</script><script>alert(1)</script>"


def test_immediate_service_says_so(client, catalog):
    service = factories.make_service(catalog, max_delivery_time=0, max_delivery_time_unit="hours")
    assert '<dd id="max-delivery-time">Imediato</dd>' in client.get(service.url).content.decode()


def test_stale_service_warns_the_citizen(client, catalog):
    import datetime

    service = factories.make_service(
        catalog, last_reviewed=datetime.date(2020, 1, 1), review_by=datetime.date(2020, 6, 1)
    )
    assert "precisam ser revisadas" in client.get(service.url).content.decode()


@pytest.mark.parametrize("size", [20, 500])
def test_service_page_query_count_is_constant(client, catalog, size, django_assert_max_num_queries):
    place = factories.make_location()
    category = factories.make_category()
    department = factories.make_department()
    audiences = [factories.make_audience() for _ in range(3)]
    services = factories.make_many_services(catalog, size, category, department, audiences, place)
    target = services[size // 2]
    client.get(target.url)  # warm the navigation cache, as any live site has
    with django_assert_max_num_queries(12):
        response = client.get(target.url)
    assert response.status_code == 200


def test_service_page_queries_do_not_grow_with_the_catalog(client, catalog):
    place = factories.make_location()
    category = factories.make_category()
    department = factories.make_department()
    counts = []
    for size in (20, 500):
        services = factories.make_many_services(
            catalog, size - len(counts) * 20, category, department, [], place
        )
        client.get(services[-1].url)
        with CaptureQueriesContext(connection) as queries:
            client.get(services[-1].url)
        counts.append(len(queries))
    assert counts[0] == counts[1]
