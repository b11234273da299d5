"""The admin's service desk: Wagtail's ModelViewSet for manifestations, with a case view of ours.

URL names live under "participation_manifestation:" (index, add, case, action, attachment,
history, …); the emails link to "participation_manifestation:case".
"""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from . import admin_views, feedback_admin
from .admin_forms import StaffRegistrationForm
from .filters import ManifestationFilterSet, PageFeedbackFilterSet, ServiceRatingFilterSet
from .models import Manifestation, PageFeedback, ServiceRating


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


class ScopedViewSet(ModelViewSet):
    """Feedback and ratings: each user sees those of the pages they can edit and of their
    departments' services; the ombudsman and superusers see all."""

    edit_view_class = feedback_admin.ScopedEditView
    inspect_view_class = feedback_admin.ScopedInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    search_backend_name = None
    list_per_page = 50
    add_to_admin_menu = True


class PageFeedbackViewSet(ScopedViewSet):
    """ "Was this page useful?" answers: filter, search, export, and turn a "No" with a comment
    into a task. Editing is for redacting a comment in which a citizen wrote personal data."""

    model = PageFeedback
    name = "participation_page_feedback"
    icon = "help"
    menu_label = _("Page feedback")
    menu_order = 210
    filterset_class = PageFeedbackFilterSet
    list_export = ["page", "useful", "reason", "comment", "created_at", "manifestation"]
    export_filename = "page-feedback"
    search_fields = ["comment", "page__title"]
    form_fields = ["reason", "comment"]

    index_view_class = feedback_admin.FeedbackIndexView
    list_display = ["page", "useful", "reason", "comment", "created_at"]

    @property
    def turn_into_manifestation_view(self):
        return feedback_admin.TurnIntoManifestationView.as_view()

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                "<int:pk>/manifestation/",
                self.turn_into_manifestation_view,
                name="turn_into_manifestation",
            ),
        ]


class ServiceRatingViewSet(ScopedViewSet):
    """ "Avalie este serviço" ratings: filter by service, dimension, score and date; export."""

    model = ServiceRating
    name = "participation_service_rating"
    icon = "pick"
    menu_label = _("Service ratings")
    menu_order = 220
    list_display = ["service", "score", "dimension", "comment", "created_at"]
    filterset_class = ServiceRatingFilterSet
    list_export = ["service", "score", "dimension", "comment", "created_at"]
    export_filename = "service-ratings"
    search_fields = ["comment", "service__title"]
    form_fields = ["comment"]
    index_view_class = feedback_admin.RatingIndexView
