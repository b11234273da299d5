"""`praca_demo`'s `load_demo --parent`: the demo under any page of a host site, with the reference
site's slugs, idempotent, and without the reference site's own pages.

In this project `load_demo` is the reference site's command (`portal`'s), so these tests call
`praca_demo`'s Command class directly, as a host that installed only Praça's apps would run it.
"""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from wagtail.models import Page, Revision, Site

from consultations.models import ConsultationIndexPage, ConsultationPage
from participation.models import Manifestation
from participation.pages import ServiceDeskPage
from portal.models import HomePage, StandardPage
from praca.models import ContactSettings, Department
from praca_demo.demo import data
from praca_demo.demo.loader import find_parent
from praca_demo.management.commands.load_demo import Command
from search.models import Synonym
from service_catalog.models import ServiceChannel, ServiceIndexPage, ServicePage

pytestmark = pytest.mark.django_db

HOST_SITE_NAME = "Site da cidade"


def load_demo(*args, **options):
    """Run praca_demo's `load_demo`; its output."""
    out = StringIO()
    call_command(Command(), *args, "--force", stdout=out, **options)
    return out.getvalue()


def make_host_home():
    """A plain Wagtail page as the default site's home, as after `wagtail start` (which makes a
    page type of its own with no fields): no reference-site page anywhere."""
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = root.add_child(instance=Page(title="Cidade", slug="cidade"))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "root_page": home,
            "site_name": HOST_SITE_NAME,
        },
    )
    return home


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker):
    """The demo loaded once for the module under the host's home page (it takes seconds): the
    home page's id and the output; rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        home = make_host_home()
        output = load_demo("--parent", "/")
        yield home.pk, output
        transaction.set_rollback(True)


@pytest.fixture
def host(loaded):
    """(the host's home page, as the database has it now; the first run's output)."""
    home_pk, output = loaded
    return Page.objects.get(pk=home_pk), output


def snapshot():
    return {
        "pages": list(
            Page.objects.order_by("path").values_list(
                "path", "slug", "latest_revision_id", "last_published_at", "live"
            )
        ),
        "revisions": Revision.objects.count(),
        "channels": list(ServiceChannel.objects.order_by("pk").values_list()),
        "departments": list(Department.objects.order_by("pk").values_list()),
        "contact": list(ContactSettings.objects.order_by("pk").values_list()),
        "sites": list(Site.objects.order_by("pk").values_list()),
        "users": list(get_user_model().objects.order_by("pk").values_list("username", "password")),
        "manifestations": Manifestation.objects.count(),
        "synonyms": Synonym.objects.count(),
    }


def test_demo_goes_under_the_host_page_with_the_reference_slugs(host):
    home, _output = host
    catalog = ServiceIndexPage.objects.child_of(home).get()
    desk = ServiceDeskPage.objects.child_of(home).get()
    consultations = ConsultationIndexPage.objects.child_of(home).get()
    assert (catalog.url, desk.url, consultations.url) == (
        "/servicos/",
        "/atendimento/",
        "/consultas/",
    )
    assert ServicePage.objects.live().child_of(catalog).count() == len(data.SERVICES)
    assert ConsultationPage.objects.child_of(consultations).count() == 3
    assert Department.objects.count() == len(data.DEPARTMENTS)
    assert Department.objects.exclude(group=None).exists()  # the desk's teams
    assert get_user_model().objects.filter(username="ouvidoria").exists()
    assert Manifestation.objects.exists()
    assert Synonym.objects.exists()


def test_host_keeps_its_site_and_gets_no_reference_site_page(host):
    home, _output = host
    site = Site.objects.get(is_default_site=True)
    assert (site.root_page_id, site.site_name) == (home.pk, HOST_SITE_NAME)
    assert not HomePage.objects.exists()
    assert not StandardPage.objects.exists()
    assert set(Page.objects.child_of(home).values_list("slug", flat=True)) == {
        "servicos",
        "atendimento",
        "consultas",
    }
    assert ContactSettings.for_site(site).phone == data.CONTACT_SETTINGS["phone"]


def test_admin_login_is_created(host, client):
    assert get_user_model().objects.get(username="admin").is_superuser
    assert client.login(username="admin", password="admin")


def test_output_says_where_and_skips_nothing(host):
    _home, output = host
    assert "Demo loaded under 'Cidade' (http://127.0.0.1:8000/)" in output
    assert f"{len(data.SERVICES)} services in " in output
    assert "standard pages" not in output
    assert "Skipped" not in output
    assert "login: admin / admin" in output


def test_pages_answer(host, client):
    for url in ("/servicos/", "/servicos/iptu-segunda-via/", "/atendimento/", "/consultas/"):
        assert client.get(url).status_code == 200, url
    assert client.get("/busca/", {"q": "iptu"}).status_code == 200


def test_second_run_changes_nothing(host):
    home, _output = host
    before = snapshot()
    output = load_demo("--parent", str(home.pk), "--quiet")
    assert output == ""
    assert snapshot() == before


def test_parent_is_a_page_id_or_a_url_path_of_the_default_site(host):
    home, _output = host
    section = home.add_child(instance=Page(title="Outra seção", slug="outra-secao"))
    assert find_parent("/outra-secao/") == section
    assert find_parent("outra-secao") == section
    assert find_parent(str(section.pk)) == section
    assert find_parent("/") == find_parent(None) == home


def test_a_second_desk_elsewhere_is_refused_before_anything_is_written(host):
    """The service desk and the consultations allow one page each, already under the host's
    home: under another page the demo stops at once, with nothing written."""
    home, _output = host
    home.add_child(instance=Page(title="Outra seção", slug="outra-secao"))
    before = snapshot()
    with pytest.raises(CommandError, match="already has a service desk"):
        load_demo("--parent", "/outra-secao/", "--quiet")
    assert snapshot() == before
