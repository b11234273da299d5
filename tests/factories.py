"""Builders for the objects tests need: a site tree, catalog taxonomies and services.

Plain functions on the real models (no mocks): each returns saved, published objects.
"""

import itertools
from decimal import Decimal

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from portal.models import HomePage
from praca.models import ContactSettings, Department
from service_catalog.models import (
    Audience,
    Category,
    ChannelKind,
    Location,
    ServiceChannel,
    ServiceIndexPage,
    ServicePage,
)

_sequence = itertools.count(1)


def next_number():
    return next(_sequence)


def make_site():
    """A HomePage as the default site's root, with the catalog at /servicos/."""
    root = Page.get_first_root_node()
    if root is None:
        # Transactional tests flush the tables, taking the root page migrations made with them.
        Locale.objects.get_or_create(language_code=get_supported_content_language_variant("pt-br"))
        root = Page.add_root(title="Root", slug="root")
    home = HomePage(title="Início", slug="inicio", hero_title="Como podemos ajudar?")
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Praça"},
    )
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    # As on a configured site (the first request would otherwise create it, dropping caches).
    ContactSettings.for_site(Site.objects.get(is_default_site=True))
    index = ServiceIndexPage(title="Carta de Serviços", slug="servicos", show_in_menus=True)
    home.add_child(instance=index)
    index.save_revision().publish()
    return home, index


def make_category(name=None, **kwargs):
    number = next_number()
    name = name or f"Categoria {number}"
    return Category.objects.create(
        name=name, slug=kwargs.pop("slug", f"categoria-{number}"), **kwargs
    )


def make_department(name=None, **kwargs):
    number = next_number()
    name = name or f"Secretaria {number}"
    return Department.objects.create(
        name=name, slug=kwargs.pop("slug", f"secretaria-{number}"), **kwargs
    )


def make_audience(name=None, **kwargs):
    number = next_number()
    name = name or f"Público {number}"
    return Audience.objects.create(
        name=name, slug=kwargs.pop("slug", f"publico-{number}"), **kwargs
    )


def make_location(**kwargs):
    number = next_number()
    defaults = {
        "name": f"Praça de Atendimento {number}",
        "address": "Rua das Flores, 100",
        "neighbourhood": "Centro",
        "city": "Vila Serena",
        "state": "SP",
        "postal_code": "01000-000",
        "opening_hours": "Segunda a sexta, das 8h às 17h",
        "opening_hours_spec": "Mo-Fr 08:00-17:00",
    }
    defaults.update(kwargs)
    return Location.objects.create(**defaults)


def make_service(index, title=None, channels=None, audiences=(), publish=True, **kwargs):
    """A fully filled-in service page under `index`.

    `channels` is a list of ServiceChannel keyword dicts; by default, one online channel.
    """
    number = next_number()
    title = title or f"Serviço {number}"
    fields = {
        "title": title,
        "slug": kwargs.pop("slug", f"servico-{number}"),
        "summary": f"Resumo do {title}.",
        "description": "<p>O que é o serviço.</p>",
        "requirements": "<p>Ser morador do município.</p>",
        "steps": [
            ("step", {"title": "Acesse o portal", "description": RichText("<p>Entre.</p>")}),
            ("step", {"title": "Preencha o formulário", "description": RichText("")}),
        ],
        "max_delivery_time": 15,
        "max_delivery_time_unit": "business_days",
        "is_free": True,
    }
    fields.update(kwargs)
    if "category" not in fields:
        fields["category"] = make_category()
    if "department" not in fields:
        fields["department"] = make_department()
    service = ServicePage(**fields)
    if channels is None:
        channels = [{"kind": ChannelKind.ONLINE, "url": "https://example.org/servico"}]
    service.channels = [ServiceChannel(**channel) for channel in channels]
    service.audiences = list(audiences)
    index.add_child(instance=service)
    if publish:
        service.save_revision().publish()
    else:
        service.unpublish()
    return service


def make_paid_service(index, amount="120.50", **kwargs):
    return make_service(index, is_free=False, cost_amount=Decimal(amount), **kwargs)


def make_many_services(index, count, category, department, audiences, location):
    """`count` published services built in bulk, for query-budget tests on large catalogs.

    Uses the tree API once per page (as Wagtail must) but skips revisions, which query budgets
    of public pages do not depend on.
    """
    services = []
    for _ in range(count):
        number = next_number()
        service = ServicePage(
            title=f"Serviço em massa {number}",
            slug=f"servico-massa-{number}",
            summary="Resumo.",
            description="<p>Descrição.</p>",
            steps=[("step", {"title": "Passo", "description": RichText("")})],
            max_delivery_time=5,
            category=category,
            department=department,
            live=True,
        )
        service.channels = [
            ServiceChannel(kind=ChannelKind.ONLINE, url="https://example.org/"),
            ServiceChannel(kind=ChannelKind.IN_PERSON, location=location),
        ]
        service.audiences = list(audiences)
        index.add_child(instance=service)
        services.append(service)
    return services


def make_manifestation(service=None, **fields):
    """A manifestation received through the real intake method."""
    from participation.models import Channel, Kind, Manifestation

    defaults = {
        "kind": Kind.COMPLAINT,
        "description": "Há um buraco enorme na Rua das Flores, em frente ao número 100.",
        "channel": Channel.WEB,
        "requester_name": "Maria da Silva",
        "requester_email": "maria@example.org",
    }
    defaults.update(fields)
    manifestation, _ = Manifestation.receive(service=service, **defaults)
    return manifestation


def make_staff(username, groups=(), superuser=False, permissions=()):
    """An admin user in `groups`, with Wagtail admin access."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    user_model = get_user_model()
    if superuser:
        return user_model.objects.create_superuser(username, f"{username}@example.org", "senha")
    user = user_model.objects.create_user(username, f"{username}@example.org", "senha")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in permissions:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    user.groups.add(*groups)
    return user


EDITOR_PERMISSIONS = ("view_manifestation", "change_manifestation", "add_manifestation")


def english(user):
    """Show the admin in English (the msgids) to `user`, whatever the message catalogs say."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user
