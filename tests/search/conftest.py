"""Fixtures of the search tests: a small catalog indexed by every engine under test.

The engines run from one contract suite: the database engine always, Elasticsearch only when
ELASTICSEARCH_URL points at a server (each test then gets an index of its own).
"""

import os
import socket
import uuid

import pytest
from django.core.management import call_command
from django.test import override_settings

from portal.models import StandardPage
from service_catalog.models import ChannelKind
from tests import factories

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
SKIP_ELASTICSEARCH = (
    "ELASTICSEARCH_URL is not set: the Elasticsearch engine's contract tests need an "
    "Elasticsearch 8 server (see docs/search.md)"
)


def reindex():
    call_command("search_reindex", quiet=True)


@pytest.fixture
def closed_port_url():
    """A localhost URL where nothing listens: connections are refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def search_catalog(catalog, home):
    """Five services over three categories and two departments, a standard page and an
    unpublished service; indexed."""
    taxes = factories.make_category("Tributos e finanças", slug="tributos")
    works = factories.make_category("Obras e zeladoria", slug="obras")
    environment = factories.make_category("Meio ambiente", slug="meio-ambiente")
    finance = factories.make_department("Secretaria da Fazenda", slug="fazenda", acronym="SEFAZ")
    public_works = factories.make_department("Secretaria de Obras", slug="obras", acronym="SMO")
    online = {"kind": ChannelKind.ONLINE, "url": "https://example.org/"}
    phone = {"kind": ChannelKind.PHONE, "phone": "156"}
    services = {
        "iptu": factories.make_service(
            catalog,
            title="Emitir 2ª via do boleto do IPTU",
            slug="iptu-segunda-via",
            summary="Imprima o boleto do IPTU da cota única ou das parcelas.",
            other_names="segunda via, boleto, carnê do IPTU",
            category=taxes,
            department=finance,
            channels=[online],
        ),
        "debts": factories.make_service(
            catalog,
            title="Parcelar débitos de tributos municipais",
            slug="parcelamento",
            summary="Regularize débitos vencidos em até 36 parcelas.",
            other_names="dívida ativa, negociar dívida",
            category=taxes,
            department=finance,
            channels=[phone],
        ),
        "pothole": factories.make_service(
            catalog,
            title="Solicitar reparo de buraco na rua",
            slug="tapa-buraco",
            summary="Informe buracos no asfalto de ruas e avenidas municipais.",
            other_names="tapa-buraco, asfalto, cratera",
            category=works,
            department=public_works,
            channels=[phone],
        ),
        "lamp": factories.make_service(
            catalog,
            title="Solicitar conserto da iluminação pública",
            slug="iluminacao-publica",
            summary="Avise sobre poste apagado ou lâmpada queimada.",
            other_names="lâmpada queimada, poste apagado",
            category=works,
            department=public_works,
            channels=[online],
        ),
        "licence": factories.make_service(
            catalog,
            title="Solicitar licença ambiental",
            slug="licenca-ambiental",
            summary="Licencie atividades de impacto ambiental.",
            other_names="licenciamento ambiental",
            category=environment,
            department=public_works,
            channels=[online],
        ),
    }
    factories.make_service(
        catalog, title="Serviço rascunho de IPTU", slug="rascunho", publish=False
    )
    about = StandardPage(
        title="Sobre a Prefeitura",
        slug="sobre",
        introduction="Como a Prefeitura cuida do IPTU e das licenças da cidade.",
    )
    home.add_child(instance=about)
    about.save_revision().publish()
    services["about"] = about
    reindex()
    return services


def _database_engine():
    from search.engines.database import DatabaseEngine

    yield DatabaseEngine()


def _elasticsearch_engine():
    if not ELASTICSEARCH_URL:
        pytest.skip(SKIP_ELASTICSEARCH)
    alias = f"praca-test-{uuid.uuid4().hex[:12]}"
    with override_settings(
        ELASTICSEARCH_URL=ELASTICSEARCH_URL, PRACA_SEARCH={"ELASTICSEARCH_INDEX": alias}
    ):
        from search.engines import elasticsearch_engine

        engine = elasticsearch_engine()
        reindex()
        yield engine
        engine.client.indices.delete(index=f"{alias}-*", ignore_unavailable=True)


ENGINES = {"database": _database_engine, "elasticsearch": _elasticsearch_engine}


@pytest.fixture(params=list(ENGINES))
def engine(request, search_catalog):
    """Each engine in turn, with the search catalog indexed."""
    yield from ENGINES[request.param]()
