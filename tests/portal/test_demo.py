"""The reference site's `manage.py load_demo` (`portal`'s, around `praca_demo`'s loader):
idempotent, a complete Carta de Serviços, a browsable site, an admin."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Page, Revision, Site

from portal.management import demo_content
from portal.models import HomePage, HomePageFeaturedService, StandardPage
from praca.models import ContactSettings, Department
from praca_demo.demo import data
from service_catalog.models import (
    Audience,
    Category,
    ChannelKind,
    Location,
    ServiceChannel,
    ServiceIndexPage,
    ServicePage,
)

pytestmark = pytest.mark.django_db

COUNTED_MODELS = (
    Audience,
    Category,
    ContactSettings,
    Department,
    HomePageFeaturedService,
    Location,
    Page,
    Revision,
    ServiceChannel,
    ServicePage,
    Site,
    StandardPage,
    Tag,
    get_user_model(),
)


@pytest.fixture(scope="module", autouse=True)
def demo(django_db_setup, django_db_blocker):
    """Load the demo once for the module (it takes seconds) and roll it back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", "--quiet")
        yield
        transaction.set_rollback(True)


def snapshot():
    return {
        "counts": {model.__name__: model.objects.count() for model in COUNTED_MODELS},
        "pages": list(
            Page.objects.order_by("path").values_list(
                "path", "slug", "latest_revision_id", "last_published_at", "live"
            )
        ),
        "channels": list(ServiceChannel.objects.order_by("pk").values_list()),
        "featured": list(HomePageFeaturedService.objects.order_by("pk").values_list()),
    }


def live_services():
    return ServicePage.objects.live().select_related("category", "department")


def test_second_run_changes_nothing():
    before = snapshot()
    call_command("load_demo", "--quiet")
    assert snapshot() == before


def test_second_run_restores_edited_content_with_one_new_revision():
    service = ServicePage.objects.get(slug="iptu-segunda-via")
    service.summary = "Resumo alterado por um editor."
    service.channels = []
    service.save_revision().publish()
    revisions = Revision.objects.count()

    call_command("load_demo", "--quiet")

    service = ServicePage.objects.get(slug="iptu-segunda-via")
    assert service.summary.startswith("Imprima o boleto do IPTU")
    assert [channel.kind for channel in service.channels.all()] == [
        ChannelKind.ONLINE,
        ChannelKind.WHATSAPP,
        ChannelKind.IN_PERSON,
    ]
    assert Revision.objects.count() == revisions + 1


def test_catalog_has_many_services_across_categories():
    services = list(live_services())
    assert len(services) >= 40
    assert len({service.category_id for service in services}) >= 8
    assert Category.objects.with_service_counts().count() >= 8
    assert Department.objects.count() >= 10
    assert Location.objects.count() >= 6
    assert set(Audience.objects.values_list("slug", flat=True)) == {
        "cidadao",
        "empresa",
        "orgao-publico",
        "servidor-publico",
    }


def test_catalog_offers_variety_for_the_filters():
    services = list(live_services().prefetch_related("channels"))
    kinds = {
        service.pk: {channel.kind for channel in service.channels.all()} for service in services
    }
    assert set().union(*kinds.values()) == set(ChannelKind.values)
    assert any(service_kinds == {ChannelKind.ONLINE} for service_kinds in kinds.values())
    assert any(ChannelKind.ONLINE not in service_kinds for service_kinds in kinds.values())
    assert any(ChannelKind.WHATSAPP in service_kinds for service_kinds in kinds.values())
    assert {service.is_available_online for service in services} == {True, False}
    assert any(not service.is_free and service.cost_amount for service in services)
    assert any(not service.is_free and service.cost_amount is None for service in services)
    assert any(service.max_delivery_time == 0 for service in services)
    assert len({service.max_delivery_time_unit for service in services}) == 3
    assert any(service.needs_review for service in services)


def test_every_service_fills_every_item_of_the_carta():
    services = live_services().prefetch_related("channels", "audiences", "tagged_items__tag")
    for service in services:
        label = service.slug
        for field in (
            "summary",
            "other_names",
            "description",
            "audience_details",
            "requirements",
            "priority_groups",
            "cost_details",
            "how_to_track",
            "how_to_complain",
            "other_information",
        ):
            assert getattr(service, field).strip(), (label, field)
        assert len(service.summary) <= 300, label
        assert service.category_id and service.department_id, label
        assert 3 <= len(service.steps) <= 6, label
        assert len(service.documents) >= 1, label
        assert len(service.legal_basis) >= 1, label
        assert service.channels.all(), label
        assert service.audiences.all(), label
        assert service.life_events.all(), label
        assert service.max_delivery_time is not None, label
        assert service.last_reviewed and service.review_by, label
        assert service.last_reviewed.year == service.review_by.year == 2026, label
        if service.is_free:
            assert service.cost_amount is None, label
        assert service.search_description == service.summary, label


def test_default_site_serves_the_home_page_and_the_catalog(client):
    site = Site.objects.get(is_default_site=True)
    assert site.hostname == "localhost"
    assert site.port == 80
    assert site.site_name == "Prefeitura de Vila Serena"
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    assert home.depth == 2
    assert not Page.objects.filter(depth=2).exclude(pk=home.pk).exists()
    assert ServiceIndexPage.objects.child_of(home).get().slug == "servicos"

    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Como podemos ajudar você hoje?" in html
    assert "Emitir 2ª via do boleto do IPTU" in html
    assert 'href="tel:156"' in html
    assert client.get("/servicos/").status_code == 200


def test_reference_site_command_shadows_the_plugins():
    from django.core.management import get_commands

    assert get_commands()["load_demo"] == "portal"


def test_pages_under_the_home_page_keep_their_order():
    home = HomePage.objects.get()
    assert list(home.get_children().values_list("slug", flat=True)) == [
        "servicos",
        "sobre",
        "carta-de-servicos",
        "privacidade",
        "acessibilidade",
        "atendimento",
        "consultas",
    ]
    menu = home.get_children().live().in_menu().values_list("slug", flat=True)
    assert list(menu) == ["servicos", "sobre", "atendimento", "consultas"]


def test_parent_option_loads_only_the_plugins_demo_under_that_page():
    home = HomePage.objects.get()
    pages = Page.objects.count()
    out = StringIO()
    call_command("load_demo", "--parent", str(home.pk), stdout=out)
    assert Page.objects.count() == pages
    assert f"under {home.title!r} (http://127.0.0.1:8000/)" in out.getvalue()
    assert "standard pages" not in out.getvalue()


def test_home_features_eight_services_in_order():
    home = HomePage.objects.get()
    featured = [item.service.slug for item in home.featured_services.all()]
    assert featured == demo_content.FEATURED_SERVICES


def test_standard_and_service_pages_render(client):
    for slug in ("sobre", "carta-de-servicos", "privacidade", "acessibilidade"):
        page = StandardPage.objects.get(slug=slug)
        assert page.live and page.body, slug
        assert client.get(page.url).status_code == 200, slug
    service = ServicePage.objects.get(slug="alvara-de-funcionamento")
    response = client.get(service.url)
    assert response.status_code == 200
    assert "R$ 185,40" in response.content.decode()


def test_contact_settings_are_filled():
    contact = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    assert contact.phone == "156"
    assert contact.whatsapp_url == "https://wa.me/5511930000156"
    assert contact.ombudsman_email == "ouvidoria@vilaserena.sp.gov.br"
    assert "/privacidade/" in contact.footer_text


def test_admin_can_log_in(client):
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser
    assert user.email == "admin@vilaserena.sp.gov.br"
    assert client.login(username="admin", password="admin")
    assert client.get("/admin/").status_code == 200


def test_existing_admin_password_is_left_alone():
    user = get_user_model().objects.get(username="admin")
    user.set_password("outra-senha")
    user.save()
    call_command("load_demo", "--quiet")
    user.refresh_from_db()
    assert user.check_password("outra-senha")


def test_output_shows_progress_and_login_unless_quiet():
    out = StringIO()
    call_command("load_demo", stdout=out)
    text = out.getvalue()
    assert "\r" not in text  # not a terminal: plain lines
    assert f"{len(data.SERVICES)}/{len(data.SERVICES)} services (" in text
    assert "http://127.0.0.1:8000/admin/" in text
    assert "admin / admin" in text

    quiet = StringIO()
    call_command("load_demo", "--quiet", stdout=quiet)
    assert quiet.getvalue() == ""


def test_review_dates_show_staleness():
    today = timezone.localdate()
    stale = ServicePage.objects.filter(review_by__lt=today)
    assert stale.filter(slug="isencao-iptu-aposentados").exists()
