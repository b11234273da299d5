"""Admin viewsets of what every Praça app shares."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Department


class DepartmentViewSet(SnippetViewSet):
    """The city's departments: every Praça app (catalog, desk, consultations) files by them."""

    search_backend_name = None  # a small table: the ORM searches it the same on every database
    add_to_admin_menu = True
    model = Department
    icon = "group"
    menu_label = _("Departments")
    menu_order = 240
    list_display = ["name", "acronym", "email", "phone"]
    list_export = ["name", "acronym", "slug", "email", "phone", "website"]
    search_fields = ["name", "acronym"]
    inspect_view_enabled = True
    panels = [
        FieldPanel("name"),
        FieldPanel("acronym"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("website"),
        FieldPanel("group"),
    ]
