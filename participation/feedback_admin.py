"""Admin views of page feedback and service ratings: scoped to the user's pages and
departments, and the step that turns a "No" with a comment into a task for the page's owner."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from praca.models import Department

from .models import Manifestation, PageFeedback, WorkflowError
from .models.feedback import sees_every_department


class ScopedObjectMixin:
    """Look objects up among those the user may see: anything else is a 404."""

    def get_object(self, queryset=None):
        return get_object_or_404(
            self.model.objects.visible_to(self.request.user), pk=self.kwargs[self.pk_url_kwarg]
        )


class ScopedEditView(ScopedObjectMixin, generic.EditView):
    pass


class ScopedInspectView(generic.InspectView):
    """InspectView looks its object up by `self.pk`, not by SingleObjectMixin's kwargs."""

    def get_object(self, queryset=None):
        return get_object_or_404(self.model.objects.visible_to(self.request.user), pk=self.pk)


def can_turn_into_manifestation(user):
    return user.has_perm("praca_participation.add_manifestation")


class FeedbackTaskColumn(Column):
    """The suggestion a "No" became, or the link that turns it into one."""

    def __init__(self, name, user, **kwargs):
        super().__init__(name, **kwargs)
        self.user = user

    @cached_property
    def visible_departments(self):
        """None when the user sees every department's cases, else their departments' ids."""
        if sees_every_department(self.user):
            return None
        return set(
            Department.objects.filter(group__in=self.user.groups.all()).values_list("pk", flat=True)
        )

    def sees(self, manifestation):
        departments = self.visible_departments
        return departments is None or manifestation.department_id in departments

    def get_value(self, instance):
        if instance.manifestation_id:
            if self.sees(instance.manifestation):
                return format_html(
                    '<a href="{}">{}</a>',
                    reverse("participation_manifestation:case", args=[instance.manifestation_id]),
                    _("See the manifestation"),
                )
            return _("Sent to the service desk")
        if instance.can_become_manifestation and can_turn_into_manifestation(self.user):
            return format_html(
                '<a href="{}">{}</a>',
                reverse("participation_page_feedback:turn_into_manifestation", args=[instance.pk]),
                _("Turn into a task"),
            )
        return ""


class ScopedIndexView(generic.IndexView):
    """The listing (and its exports) of what the user may see only."""

    related = ()

    def get_base_queryset(self):
        return self.model.objects.visible_to(self.request.user).select_related(*self.related)


class RatingIndexView(ScopedIndexView):
    related = ("service",)


class FeedbackIndexView(ScopedIndexView):
    related = ("page", "manifestation")

    @cached_property
    def columns(self):
        return [
            *super().columns,
            FeedbackTaskColumn("task", label=_("Task"), user=self.request.user),
        ]


class TurnIntoManifestationView(WagtailAdminTemplateMixin, TemplateView):
    """Confirm, then send a "No" with a comment to the page's department as a suggestion."""

    template_name = "participation/admin/turn_into_manifestation.html"
    page_title = gettext_lazy("Turn feedback into a task")
    header_icon = "mail"

    def dispatch(self, request, pk):
        if not can_turn_into_manifestation(request.user):
            raise PermissionDenied
        self.feedback = get_object_or_404(
            PageFeedback.objects.visible_to(request.user).select_related("page"), pk=pk
        )
        return super().dispatch(request, pk)

    @cached_property
    def department(self):
        return getattr(self.feedback.page.specific, "department", None)

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "feedback": self.feedback,
            "department": self.department,
            "index_url": reverse("participation_page_feedback:index"),
        }

    def post(self, request, pk):
        try:
            manifestation = self.feedback.turn_into_manifestation(request.user)
        except WorkflowError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("participation_page_feedback:index")
        messages.success(
            request,
            _("The feedback is now the suggestion %(protocol)s in the service desk.")
            % {"protocol": manifestation.protocol},
        )
        if Manifestation.objects.visible_to(request.user).filter(pk=manifestation.pk).exists():
            return redirect("participation_manifestation:case", pk=manifestation.pk)
        return redirect("participation_page_feedback:index")
