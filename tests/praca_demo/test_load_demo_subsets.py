"""`praca_demo`'s `load_demo` on a host that installed only some of Praça's apps
(`praca.apps_for("catalog")`, `apps_for("consultations")`): the stages of the others are skipped
and the report says so. This project installs every app, so the tests make the loader believe
some are not (`praca_demo.demo.loader.app_installed`)."""

import ast
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

import praca_demo
from consultations.models import ConsultationIndexPage, ConsultationPage
from participation.models import Manifestation
from participation.pages import ServiceDeskPage
from praca import CAPABILITY_APPS, apps_for
from praca.models import ContactSettings, Department
from praca_demo.demo import data, loader
from praca_demo.management.commands.load_demo import Command
from search.models import Synonym
from service_catalog.models import Category, ServiceIndexPage, ServicePage

pytestmark = pytest.mark.django_db

PRACA_OPTIONAL_APPS = {app for apps in CAPABILITY_APPS.values() for app in apps}


@pytest.fixture
def installed(monkeypatch):
    """Call with capabilities: the loader then sees only their apps of Praça installed."""

    def install(*capabilities):
        apps = set(apps_for(*capabilities))
        real = loader.app_installed
        monkeypatch.setattr(
            loader,
            "app_installed",
            lambda name: real(name) and (name not in PRACA_OPTIONAL_APPS or name in apps),
        )

    return install


def load_demo(*args):
    out = StringIO()
    call_command(Command(), *args, "--force", stdout=out)
    return out.getvalue()


def host_home():
    """The page a fresh site's migrations made its home (Wagtail's welcome page)."""
    return Site.objects.get(is_default_site=True).root_page


def test_catalog_only(installed):
    installed("catalog")
    home = host_home()
    output = load_demo("--parent", "/")

    catalog = ServiceIndexPage.objects.child_of(home).get()
    assert catalog.slug == "servicos"
    assert ServicePage.objects.child_of(catalog).count() == len(data.SERVICES)
    assert Category.objects.count() == len(data.CATEGORIES)
    assert not ServiceDeskPage.objects.exists()
    assert not ConsultationIndexPage.objects.exists()
    assert not Manifestation.objects.exists()
    assert not Synonym.objects.exists()
    assert ContactSettings.for_site(Site.objects.get(is_default_site=True)).phone == "156"
    assert get_user_model().objects.filter(username="admin", is_superuser=True).exists()
    assert (
        "Skipped, app not installed: service desk (participation); consultations "
        "(consultations); search synonyms and promotions (search)." in output
    )
    assert "Department staff" not in output


def test_consultations_only_and_twice(installed):
    installed("consultations")
    home = host_home()
    output = load_demo("--parent", "/")

    index = ConsultationIndexPage.objects.child_of(home).get()
    assert index.url == "/consultas/"
    assert ConsultationPage.objects.child_of(index).count() == 3
    assert Department.objects.count() == len(data.DEPARTMENTS)
    assert not ServiceIndexPage.objects.exists()
    assert not Category.objects.exists()
    assert not ServiceDeskPage.objects.exists()
    assert f"{len(data.DEPARTMENTS)} departments." in output
    assert "Skipped, app not installed: service catalog (service_catalog); " in output

    pages = list(Page.objects.values_list("path", "latest_revision_id"))
    again = load_demo("--parent", "/")
    assert list(Page.objects.values_list("path", "latest_revision_id")) == pages
    assert "consultations: index unchanged, 3 unchanged; 0 answers added." in again


def test_praca_demo_does_not_import_the_reference_site():
    for path in Path(praca_demo.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not any(name.split(".")[0] == "portal" for name in names), path
