"""`praca_demo`'s `load_demo` refuses a parent it cannot use with a CommandError (never a
traceback) before it writes anything."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page, Site

from praca.models import Department
from praca_demo.management.commands.load_demo import Command

pytestmark = pytest.mark.django_db


def load_demo(*args):
    call_command(Command(), *args, "--quiet", "--force", stdout=StringIO())


@pytest.mark.parametrize(
    ("parent", "message"),
    [
        ("/nao-existe/", r"No page at /nao-existe/ on the default site"),
        ("nao-existe", r"No page at /nao-existe/ on the default site"),
        ("999999", r"No page has the id 999999"),
    ],
)
def test_unknown_parent_is_a_command_error(parent, message):
    pages = Page.objects.count()
    with pytest.raises(CommandError, match=message):
        load_demo("--parent", parent)
    assert Page.objects.count() == pages


def test_the_tree_root_is_no_parent():
    root = Page.get_first_root_node()
    with pytest.raises(CommandError, match="root of the page tree"):
        load_demo("--parent", str(root.pk))


def test_without_a_default_site_the_parent_is_required():
    Site.objects.all().delete()
    with pytest.raises(CommandError, match="There is no default site"):
        load_demo()


def test_a_parent_that_does_not_allow_the_pages_is_a_command_error(site_tree):
    _home, catalog = site_tree
    with pytest.raises(CommandError, match="cannot be created under 'Carta de Serviços'"):
        load_demo("--parent", "/servicos/")
    assert not Department.objects.exists()  # stopped before the first stage


def test_a_page_of_another_type_with_a_demo_slug_is_a_command_error():
    home = Site.objects.get(is_default_site=True).root_page  # Wagtail's welcome page
    home.add_child(instance=Page(title="Serviços", slug="servicos"))
    with pytest.raises(CommandError, match="another type already uses the slug 'servicos'"):
        load_demo("--parent", "/")
    assert not Department.objects.exists()


def test_a_site_with_debug_off_gets_no_demo_logins_unless_forced(settings):
    from django.contrib.auth import get_user_model

    settings.DEBUG = False
    with pytest.raises(CommandError, match="production"):
        call_command(Command(), "--parent", "/", "--quiet", stdout=StringIO())
    assert not get_user_model().objects.filter(username__in=["admin", "ouvidoria"]).exists()
