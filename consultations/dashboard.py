"""The moderators' panel on the Wagtail dashboard: what waits for them, counted in one query."""

from django.db.models import Count, Q
from django.urls import reverse
from wagtail.admin.ui.components import Component

from .models.comments import HIDDEN_BY_FLAGS
from .models.pages import CommentStatus, ConsultationComment


class ModerationPanel(Component):
    name = "praca_consultation_moderation"
    order = 70
    template_name = "consultations/admin/moderation_panel.html"

    def __init__(self, request):
        self.request = request

    @staticmethod
    def is_shown(user):
        return user.has_perm("praca_consultations.change_consultationcomment")

    def get_context_data(self, parent_context=None):
        counts = ConsultationComment.objects.moderated_by(self.request.user).aggregate(
            waiting=Count("pk", filter=Q(status=CommentStatus.PENDING)),
            hidden_by_flags=Count("pk", filter=HIDDEN_BY_FLAGS),
        )
        queue = reverse("participation_consultation_comments:index")
        return {
            **counts,
            "waiting_url": f"{queue}?status={CommentStatus.PENDING}",
            "hidden_url": f"{queue}?status={CommentStatus.HIDDEN}",
        }
