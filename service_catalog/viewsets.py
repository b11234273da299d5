"""Admin viewsets for the catalog's taxonomies: search, filters, export and inspect."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Audience, Category, Location


class TaxonomyViewSet(SnippetViewSet):
    """Small tables: search them with the ORM, which works the same on every database."""

    search_backend_name = None
    add_to_admin_menu = False


class CategoryViewSet(TaxonomyViewSet):
    model = Category
    icon = "folder-open-inverse"
    menu_order = 200
    list_display = ["name", "slug", "sort_order"]
    list_export = ["name", "slug", "description", "sort_order"]
    search_fields = ["name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]


class AudienceViewSet(TaxonomyViewSet):
    model = Audience
    icon = "user"
    menu_order = 300
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]


class LocationFilterSet(WagtailFilterSet):
    neighbourhood = django_filters.AllValuesFilter(label=_("Neighbourhood"))

    class Meta:
        model = Location
        fields = ["neighbourhood", "city"]


class LocationViewSet(TaxonomyViewSet):
    model = Location
    icon = "site"
    menu_order = 400
    list_display = ["name", "address", "neighbourhood", "opening_hours"]
    list_export = [
        "name",
        "address",
        "neighbourhood",
        "city",
        "state",
        "postal_code",
        "phone",
        "opening_hours",
        "latitude",
        "longitude",
    ]
    search_fields = ["name", "address", "neighbourhood"]
    filterset_class = LocationFilterSet
    inspect_view_enabled = True


class CatalogViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Service catalog")
    menu_icon = "list-ul"
    menu_order = 250
    items = (CategoryViewSet, AudienceViewSet, LocationViewSet)
