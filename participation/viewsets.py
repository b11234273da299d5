"""The admin's service desk: Wagtail's ModelViewSet for manifestations, with a case view of ours.

URL names live under "participation_manifestation:" (index, add, case, action, attachment,
history, …); the emails link to "participation_manifestation:case".
"""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from . import admin_views
from .admin_forms import StaffRegistrationForm
from .filters import ManifestationFilterSet
from .models import Manifestation, PageFeedback


class ManifestationViewSet(ModelViewSet):
    model = Manifestation
    name = admin_views.URL_NAMESPACE
    url_prefix = "manifestations"
    icon = "mail"
    menu_label = _("Manifestations")
    menu_order = 150
    add_to_admin_menu = True

    index_view_class = admin_views.QueueView
    add_view_class = admin_views.StaffRegistrationView
    edit_view_class = admin_views.CaseRedirectView
    history_view_class = admin_views.CaseHistoryView
    case_view_class = admin_views.CaseView
    action_view_class = admin_views.CaseActionView
    attachment_view_class = admin_views.AttachmentView

    # Cases are never edited as a form, copied or deleted: they change through the workflow.
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False

    list_per_page = 50
    ordering = "-received_at"
    filterset_class = ManifestationFilterSet
    search_fields = ["protocol", "description"]
    search_backend_name = None

    def get_form_class(self, for_update=False):
        return StaffRegistrationForm

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{"delete_url_name": None, "usage_url_name": None, **kwargs}
        )

    def get_case_view_kwargs(self, **kwargs):
        return {"history_url_name": self.get_url_name("history"), **kwargs}

    @property
    def case_view(self):
        return self.construct_view(self.case_view_class, **self.get_case_view_kwargs())

    @property
    def action_view(self):
        return self.construct_view(self.action_view_class, **self.get_case_view_kwargs())

    @property
    def attachment_view(self):
        return self.construct_view(self.attachment_view_class)

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("new/", self.add_view, name="add"),
            path("<int:pk>/case/", self.case_view, name="case"),
            path("<int:pk>/case/<slug:action>/", self.action_view, name="action"),
            path(
                "<int:pk>/attachments/<int:attachment_pk>/",
                self.attachment_view,
                name="attachment",
            ),
            path("edit/<int:pk>/", self.edit_view, name="edit"),
            path("history/<int:pk>/", self.history_view, name="history"),
            path("history-results/<int:pk>/", self.history_results_view, name="history_results"),
        ]

    def get_permissions_to_register(self):
        """Every permission of the model, "view" and the two custom ones included."""
        content_type = ContentType.objects.get_for_model(self.model)
        return Permission.objects.filter(content_type=content_type).exclude(
            codename="delete_manifestation"
        )


class PageFeedbackViewSet(ModelViewSet):
    """ "Was this page useful?" answers: filter, search, export. Editing is for redacting a
    comment in which a citizen wrote personal data."""

    model = PageFeedback
    name = "participation_page_feedback"
    icon = "help"
    menu_label = _("Page feedback")
    add_to_admin_menu = True
    menu_order = 210
    list_display = ["page", "useful", "reason", "comment", "created_at"]
    list_filter = ["useful", "reason", "created_at"]
    list_export = ["page", "useful", "reason", "comment", "created_at"]
    export_filename = "page-feedback"
    search_fields = ["comment", "page__title"]
    search_backend_name = None
    form_fields = ["reason", "comment"]
    inspect_view_enabled = True
    list_per_page = 50

    def get_queryset(self, request):
        return PageFeedback.objects.select_related("page")
