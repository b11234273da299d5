"""Admin views of the service desk: queue, case, attachments, staff registration, bulk actions.

Every view reaches manifestations through `Manifestation.objects.visible_to(user)`, so a case of
another department is a 404 whatever the URL; model permissions (view/change/add) come from the
viewset's permission policy. Changes are made by the model's workflow methods.
"""

import re

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db import connection, transaction
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, DateColumn, TitleColumn
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views import generic
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import HeaderButton

from praca.uploads import staff_download

from . import exports
from .admin_forms import (
    CASE_ACTION_FORMS,
    BulkAssignForm,
    BulkChangeStatusForm,
    BulkMoveDepartmentForm,
)
from .models import Event, Manifestation, Status, WorkflowError

URL_NAMESPACE = "participation_manifestation"
PROTOCOL_RE = re.compile(r"\d{4}-\d*")
# Below this many rows an exact count is cheap, and the planner's estimate may lag behind.
ESTIMATE_FROM_ROWS = 10_000


def case_url(manifestation):
    return reverse(f"{URL_NAMESPACE}:case", args=[quote(manifestation.pk)])


def can_act(user):
    return user.has_perm("praca_participation.change_manifestation")


def is_visible_to(user, manifestation):
    return Manifestation.objects.visible_to(user).filter(pk=manifestation.pk).exists()


def workflow_error_message(error):
    return " ".join(str(message) for message in error.messages)


# The queue ------------------------------------------------------------------------------------


def estimated_row_count(model):
    """The planner's row estimate for `model`'s table on PostgreSQL, else None."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(%s)",
            [model._meta.db_table],
        )
        row = cursor.fetchone()
    return row[0] if row else None


class QueuePaginator(WagtailPaginator):
    """Pages of the queue without an exact count(*) over the whole table.

    When the listing is the whole table (no filter, no search, a user who sees every department),
    the count comes from PostgreSQL's statistics; otherwise it is exact.
    """

    @cached_property
    def count(self):
        query = getattr(self.object_list, "query", None)
        if query is not None and not query.where and not query.distinct:
            estimate = estimated_row_count(self.object_list.model)
            if estimate is not None and estimate >= ESTIMATE_FROM_ROWS:
                return estimate
        return super().count


class DeadlineColumn(Column):
    """The deadline in words, flagged with an icon and the word "overdue" when late."""

    cell_template_name = "participation/admin/deadline_cell.html"

    def get_value(self, instance):
        return instance.deadline_display


def assignee_display(manifestation):
    return get_user_display_name(manifestation.assignee) if manifestation.assignee_id else ""


class QueueView(generic.IndexView):
    any_permission_required = ["view", "change"]
    template_name = "participation/admin/index.html"
    paginator_class = QueuePaginator
    page_title = gettext_lazy("Manifestations")

    # Only what the columns show: the service's rich text and steps are never loaded.
    LIST_FIELDS = [
        "protocol",
        "kind",
        "status",
        "received_at",
        "due_at",
        "paused_at",
        "service__title",
        "department__name",
        "assignee__username",
        "assignee__first_name",
        "assignee__last_name",
    ]
    IDENTITY_FIELDS = ["is_anonymous", "requester_name", "requester_email", "requester_phone"]

    def get_base_queryset(self):
        fields = self.LIST_FIELDS + (self.IDENTITY_FIELDS if self.can_see_identity else [])
        return (
            Manifestation.objects.visible_to(self.request.user)
            .select_related("service", "department", "assignee")
            .only(*fields)
        )

    def search_queryset(self, queryset):
        """A protocol ("2026-000123", or its start) or words of the description."""
        if not self.is_searching:
            return queryset
        query = self.search_query.strip()
        # Protocols are digits and a dash, so a case-sensitive prefix match can use an index.
        by_protocol = Q(protocol__startswith=query)
        if PROTOCOL_RE.fullmatch(query):
            return queryset.filter(by_protocol)
        return queryset.filter(by_protocol | Q(description__icontains=query))

    @cached_property
    def can_act(self):
        return can_act(self.request.user)

    @cached_property
    def can_see_identity(self):
        return exports.can_see_identity(self.request.user)

    @cached_property
    def columns(self):
        columns = [
            TitleColumn(
                "protocol",
                label=gettext_lazy("Protocol"),
                get_url=case_url,
                get_title_id=lambda manifestation: f"manifestation_{manifestation.pk}_title",
                sort_key="protocol",
            ),
            Column("kind", label=gettext_lazy("Kind"), accessor="get_kind_display"),
            Column("service", label=gettext_lazy("Service"), accessor="service.title"),
            Column("department", label=gettext_lazy("Department"), accessor="department.name"),
            Column(
                "status",
                label=gettext_lazy("Status"),
                accessor="get_status_display",
                sort_key="status",
            ),
            DeadlineColumn("due_at", label=gettext_lazy("Due"), sort_key="due_at"),
            Column("assignee", label=gettext_lazy("Assignee"), accessor=assignee_display),
            DateColumn("received_at", label=gettext_lazy("Received"), sort_key="received_at"),
        ]
        if self.can_see_identity:
            columns.insert(
                4,
                Column(
                    "requester",
                    label=gettext_lazy("Requester"),
                    accessor="requester_display",
                ),
            )
        if self.can_act:
            columns.insert(0, BulkActionsCheckboxColumn("bulk_actions", obj_type="manifestation"))
        return columns

    @cached_property
    def add_item_label(self):
        return _("Register a manifestation")

    @cached_property
    def show_export_buttons(self):
        return True

    def get(self, request, *args, **kwargs):
        if self.is_export:
            export_format = request.GET.get("export")
            queryset = self.get_queryset()
            if export_format == "xlsx" and not exports.fits_in_a_worksheet(queryset):
                messages.error(
                    request,
                    _("Too many manifestations for a spreadsheet: filter them or download CSV."),
                )
                params = request.GET.copy()
                del params["export"]
                return redirect(f"{request.path}?{params.urlencode()}")
            return exports.export_response(queryset, request.user, export_format)
        return super().get(request, *args, **kwargs)


# The case -------------------------------------------------------------------------------------


class VisibleManifestationMixin:
    """Look the case up among those the user may see: anything else is a 404."""

    def get_base_object_queryset(self):
        return Manifestation.objects.visible_to(self.request.user).select_related(
            "service", "department", "assignee", "duplicate_of"
        )


class CaseView(
    VisibleManifestationMixin,
    PermissionCheckedMixin,
    BaseObjectMixin,
    WagtailAdminTemplateMixin,
    TemplateView,
):
    """The whole case: data, deadline, timeline (public and internal) and the action forms."""

    model = Manifestation
    any_permission_required = ["view", "change"]
    template_name = "participation/admin/case.html"
    header_icon = "mail"
    index_url_name = None
    history_url_name = None

    def get_page_title(self):
        return _("Manifestation %(protocol)s") % {"protocol": self.object.protocol}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": _("Manifestations")},
            {"url": "", "label": self.object.protocol},
        ]

    def get_header_buttons(self):
        return [
            HeaderButton(
                _("History"),
                url=reverse(self.history_url_name, args=[quote(self.object.pk)]),
                icon_name="history",
            )
        ]

    def action_forms(self, bound_form=None):
        """One form per action available on the case now; `bound_form` replaces its own kind."""
        if not self.user_has_permission("change"):
            return []
        forms = []
        for action, form_class in CASE_ACTION_FORMS.items():
            if bound_form is not None and bound_form.action == action:
                forms.append(bound_form)
            elif form_class.is_available(self.object):
                forms.append(form_class(manifestation=self.object, user=self.request.user))
        return forms

    def get_context_data(self, bound_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        manifestation = self.object
        context.update(
            {
                "manifestation": manifestation,
                "can_see_identity": exports.can_see_identity(self.request.user),
                "answers": answer_items(manifestation.answers),
                "attachments": manifestation.attachments.order_by("uploaded_at", "pk"),
                "events": [
                    TimelineEntry(event)
                    for event in manifestation.events.select_related("author").order_by(
                        "created_at", "pk"
                    )
                ],
                "action_forms": self.action_forms(bound_form),
                "action_url_name": f"{URL_NAMESPACE}:action",
                "attachment_url_name": f"{URL_NAMESPACE}:attachment",
            }
        )
        return context


class CaseActionView(CaseView):
    """POST one action form; success and model refusals go back to the case with a message."""

    permission_required = "change"
    http_method_names = ["post"]

    def post(self, request, *args, action, **kwargs):
        form_class = CASE_ACTION_FORMS.get(action)
        if form_class is None:
            raise Http404
        form = form_class(request.POST, manifestation=self.object, user=request.user)
        if not form.is_valid():
            messages.error(request, _("The action was not done: correct the errors below."))
            return self.render_to_response(self.get_context_data(bound_form=form))
        try:
            with transaction.atomic():
                success_message = form.perform()
        except WorkflowError as error:  # StaleManifestation included: nothing was written
            messages.error(request, workflow_error_message(error))
            return redirect(case_url(self.object))
        messages.success(request, success_message)
        if not is_visible_to(request.user, self.object):
            return redirect(self.index_url_name)  # moved to a department the editor is not in
        return redirect(case_url(self.object))


class TimelineEntry:
    """An event as the case page shows it: who, when, what, and whether the citizen sees it."""

    # Events without a staff author come from the citizen (web intake, complement, survey, …).
    CITIZEN_EVENTS = {
        Event.Kind.RECEIVED,
        Event.Kind.COMPLEMENT,
        Event.Kind.REOPENED,
        Event.Kind.SURVEY,
    }

    def __init__(self, event):
        self.event = event

    @property
    def author(self):
        if self.event.author is not None:
            return get_user_display_name(self.event.author)
        if self.event.kind in self.CITIZEN_EVENTS:
            return _("Citizen")
        return _("System")

    @property
    def detail(self):
        event, data = self.event, self.event.data or {}
        if event.kind == Event.Kind.STATUS_CHANGE and event.to_status:
            return _("From “%(old)s” to “%(new)s”.") % {
                "old": Status(event.from_status).label if event.from_status else "—",
                "new": Status(event.to_status).label,
            }
        if event.kind == Event.Kind.ASSIGNMENT:
            if "department" in data:
                return _("Moved to %(department)s.") % {
                    "department": data["department"] or _("no department")
                }
            if data.get("assignee"):
                return _("Assigned to %(user)s.") % {"user": data["assignee"]}
            return _("Unassigned.")
        if event.kind == Event.Kind.SURVEY:
            return _("Score %(score)s of 5.") % {"score": data.get("score")}
        return ""


def answer_items(answers):
    """(question, answer) pairs from `Manifestation.answers` ({"label", "answer"} items)."""
    items = []
    for answer in answers or []:
        value = answer.get("answer")
        if isinstance(value, list):
            value = ", ".join(str(item) for item in value)
        elif isinstance(value, bool):
            value = _("Yes") if value else _("No")
        items.append((answer.get("label", ""), "" if value is None else value))
    return items


# Attachments ------------------------------------------------------------------------------------


class AttachmentView(PermissionCheckedMixin, View):
    """A case's file, for staff who may see the case, always as a download."""

    model = Manifestation
    any_permission_required = ["view", "change"]

    def get(self, request, pk, attachment_pk):
        manifestation = get_object_or_404(Manifestation.objects.visible_to(request.user), pk=pk)
        return staff_download(get_object_or_404(manifestation.attachments, pk=attachment_pk))


# Other views of the viewset ---------------------------------------------------------------------


class CaseRedirectView(View):
    """The viewset's "edit" URL (used by Wagtail's history and URL finder) opens the case."""

    template_name = None  # the viewset asks every view class for one

    def get(self, request, pk):
        return redirect(f"{URL_NAMESPACE}:case", pk=pk)


class CaseHistoryView(VisibleManifestationMixin, HistoryView):
    """Wagtail's audit log of one case, for users who may see the case."""

    any_permission_required = ["view", "change"]

    @cached_property
    def header_buttons(self):
        return [HeaderButton(label=_("Case"), url=case_url(self.object), icon_name="mail")]


class StaffRegistrationView(generic.CreateView):
    """A manifestation received by phone, email or in person, typed in by staff."""

    page_title = gettext_lazy("Register a manifestation")
    submit_button_label = gettext_lazy("Register")
    submit_button_active_label = gettext_lazy("Registering…")

    def get_page_subtitle(self):
        return ""

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": _("Manifestations")},
            {"url": "", "label": self.page_title},
        ]

    def save_instance(self):
        manifestation, _created = Manifestation.receive(
            author=self.request.user, **self.form.receive_kwargs()
        )
        return manifestation

    def get_success_message(self, instance):
        return _("Manifestation registered with protocol %(protocol)s.") % {
            "protocol": instance.protocol
        }

    def get_success_buttons(self):
        return []

    def get_success_url(self):
        if not self.user_has_any_permission(["view", "change"]):
            return self.add_url  # a clerk who only registers: the next call
        if is_visible_to(self.request.user, self.object):
            return case_url(self.object)
        return reverse(self.index_url_name)  # it went to a department the user is not in


# Bulk actions (Wagtail's bulk-action framework, on the queue's checkboxes) ----------------------


class ManifestationBulkAction(BulkAction):
    """A change applied case by case through the model, to the selected cases the user may see.

    Ids of cases outside the user's departments are ignored; if none is left, 404. A case whose
    rules refuse the change is skipped and named in a warning; the others go ahead.
    """

    models = [Manifestation]
    template_name = "participation/admin/bulk_action.html"
    action_priority = 50

    def dispatch(self, request, *args, **kwargs):
        if not can_act(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def _actionable_objects(self):
        ids = [value for value in self.request.GET.getlist("id") if value.isdigit()]
        objects = list(
            Manifestation.objects.visible_to(self.request.user)
            .filter(pk__in=ids)
            .select_related("department", "assignee")
            .order_by("-received_at")
        )
        if not objects:
            raise Http404
        return objects, {"items_with_no_access": []}

    def get_actionable_objects(self):
        return self._actionable_objects

    def object_context(self, obj):
        return {"item": obj, "url": case_url(obj)}

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "header_icon": "mail", "action": self}

    def get_execution_context(self):
        return {"action": self, "user": self.request.user, **self.cleaned_form.cleaned_data}

    @classmethod
    def execute_action(cls, objects, action=None, user=None, **data):
        done = 0
        for manifestation in objects:
            try:
                with transaction.atomic():
                    cls.apply(manifestation, user, **data)
            except WorkflowError as error:
                messages.warning(
                    action.request,
                    _("%(protocol)s was not changed: %(reason)s")
                    % {
                        "protocol": manifestation.protocol,
                        "reason": workflow_error_message(error),
                    },
                )
            else:
                done += 1
        return done, 0

    @classmethod
    def apply(cls, manifestation, user, **data):
        raise NotImplementedError

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d manifestation changed.",
            "%(count)d manifestations changed.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class AssignBulkAction(ManifestationBulkAction):
    display_name = gettext_lazy("Assign")
    action_type = "assign"
    aria_label = gettext_lazy("Assign the selected manifestations")
    form_class = BulkAssignForm

    @classmethod
    def apply(cls, manifestation, user, assignee=None, **data):
        manifestation.assign(assignee, by=user)  # refuses someone outside the case's department


class ChangeStatusBulkAction(ManifestationBulkAction):
    display_name = gettext_lazy("Change status")
    action_type = "change_status"
    aria_label = gettext_lazy("Change the status of the selected manifestations")
    form_class = BulkChangeStatusForm

    @classmethod
    def apply(cls, manifestation, user, status=None, message="", public=True, **data):
        manifestation.change_status(status, by=user, message=message, public=public)


class MoveDepartmentBulkAction(ManifestationBulkAction):
    display_name = gettext_lazy("Move department")
    action_type = "move_department"
    aria_label = gettext_lazy("Move the selected manifestations to another department")
    form_class = BulkMoveDepartmentForm

    @classmethod
    def apply(cls, manifestation, user, department=None, **data):
        manifestation.move_to_department(department, by=user)


BULK_ACTIONS = [AssignBulkAction, ChangeStatusBulkAction, MoveDepartmentBulkAction]
