"""The admin's consultation screens: answers and results per consultation, and the
moderation queue of comments and proposals, grouped under one menu item."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from . import admin_views
from .models.pages import ConsultationComment


class AnswerManagersMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("praca_consultations.view_consultationresponse")


class ConsultationResultsViewSet(ViewSet):
    name = admin_views.URL_NAMESPACE
    url_prefix = "consultations"
    icon = "form"
    menu_label = _("Answers and results")
    menu_order = 100

    def get_urlpatterns(self):
        return [
            path("", admin_views.ConsultationListView.as_view(), name="index"),
            path("<int:page_id>/", admin_views.ResultsView.as_view(), name="results"),
            path(
                "<int:page_id>/answers/<int:answer_id>/feature/",
                admin_views.FeatureAnswerView.as_view(),
                name="feature",
            ),
            path(
                "<int:page_id>/files/<int:upload_id>/",
                admin_views.UploadView.as_view(),
                name="upload",
            ),
            path(
                "<int:page_id>/export/<str:export_format>/",
                admin_views.ExportView.as_view(),
                name="export",
            ),
        ]

    menu_item_class = AnswerManagersMenuItem


class CommentModerationViewSet(ModelViewSet):
    """Comments and proposals to publish (before-publication moderation) or to review (flagged,
    hidden automatically). Nothing is deleted: a moderator publishes or hides, with a reason."""

    model = ConsultationComment
    name = "participation_consultation_comments"
    url_prefix = "consultation-comments"
    icon = "comment"
    menu_label = _("Moderation")
    menu_order = 200
    index_view_class = admin_views.CommentQueueView
    edit_view_class = admin_views.ModerateView
    list_display = [
        "__str__",
        "page",
        "kind",
        "status",
        "flag_count",
        "support_count",
        "created_at",
    ]
    list_filter = ["status", "kind"]
    search_fields = ["body"]
    search_backend_name = None
    list_per_page = 50
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False

    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("page", read_only=True),
                    FieldPanel("kind", read_only=True),
                    FieldPanel("body", read_only=True),
                    FieldPanel("author_name", read_only=True),
                    FieldPanel("created_at", read_only=True),
                    FieldPanel("flag_count", read_only=True),
                    FieldPanel("support_count", read_only=True),
                ],
                heading=_("Contribution"),
            ),
            FieldPanel("status"),
            FieldPanel("moderation_reason"),
        ],
        base_form_class=admin_views.ModerationForm,
    )

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{"add_url_name": None, "delete_url_name": None, "usage_url_name": None, **kwargs}
        )

    def get_urlpatterns(self):
        return [
            pattern
            for pattern in super().get_urlpatterns()
            if getattr(pattern, "name", "") not in {"add", "delete", "usage"}
        ]


class ConsultationsMenu(ViewSetGroup):
    menu_label = _("Consultations")
    menu_icon = "form"
    menu_order = 160
    items = (ConsultationResultsViewSet, CommentModerationViewSet)
