"""Admin registration of what every Praça app shares."""

from wagtail.snippets.models import register_snippet

from .viewsets import DepartmentViewSet

register_snippet(DepartmentViewSet)
