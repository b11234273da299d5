"""Forms of the admin's case screens: one form per case action, staff registration, bulk actions.

Each action form only gathers input; the change itself is made by the Manifestation method of the
same name, which checks the rules and the version the editor saw.
"""

import uuid

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.utils import get_user_display_name

from praca.models import Department, staff_of
from service_catalog.models import ServicePage

from .filters import staff_who_handle_cases
from .models import (
    TRANSITIONS,
    Channel,
    Manifestation,
    StaleManifestation,
    Status,
)
from .models.manifestations import IDENTITY_MESSAGES, identity_problems

MESSAGE_MAX_LENGTH = 4000


def assignable_users(department):
    """Who may take a case of `department` (see `praca.models.staff_of`)."""
    return staff_of(department)


class UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return get_user_display_name(obj)


def message_field(label, help_text="", required=True):
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=required,
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


def status_choices(statuses):
    return [(value, label) for value, label in Status.choices if value in statuses]


# Case actions ---------------------------------------------------------------------------------


class CaseActionForm(forms.Form):
    """An action on one case.

    `version` carries the case's version as it was when the page was shown; the model refuses the
    change (StaleManifestation) if someone changed the case since.
    """

    action = ""
    title = ""
    submit_label = _("Save")

    version = forms.IntegerField(
        widget=forms.HiddenInput,
        min_value=1,
        error_messages={
            "required": _("This form is out of date: reload the case and try again."),
            "invalid": _("This form is out of date: reload the case and try again."),
        },
    )

    def __init__(self, *args, manifestation, user, **kwargs):
        kwargs.setdefault("prefix", self.action)
        kwargs["initial"] = {"version": manifestation.version, **kwargs.get("initial", {})}
        super().__init__(*args, **kwargs)
        self.manifestation = manifestation
        self.user = user

    @classmethod
    def is_available(cls, manifestation):
        """Whether the action makes sense for the case as it is now (else its form is hidden)."""
        return True

    @property
    def expected_version(self):
        return self.cleaned_data["version"]

    def perform(self):
        """Make the change through the model; return the message to show the editor."""
        raise NotImplementedError


class ReplyForm(CaseActionForm):
    action = "reply"
    title = _("Reply to the citizen")
    submit_label = _("Send reply")
    message = message_field(_("Reply"), _("Emailed to the citizen and shown on the tracking page."))

    def perform(self):
        self.manifestation.reply(
            self.cleaned_data["message"], by=self.user, expected_version=self.expected_version
        )
        return _("Reply sent to the citizen.")


class NoteForm(CaseActionForm):
    action = "note"
    title = _("Internal note")
    submit_label = _("Add note")
    message = message_field(_("Note"), _("Only staff see internal notes."))

    def perform(self):
        self.manifestation.add_note(
            self.cleaned_data["message"], by=self.user, expected_version=self.expected_version
        )
        return _("Internal note added.")


class ChangeStatusForm(CaseActionForm):
    action = "status"
    title = _("Change status")
    submit_label = _("Change status")
    status = forms.ChoiceField(label=_("New status"))
    message = message_field(
        _("Message"),
        _("Required when answering or asking for a complement."),
        required=False,
    )
    public = forms.BooleanField(
        label=_("Show the message to the citizen"), required=False, initial=True
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = status_choices(TRANSITIONS[self.manifestation.status])

    @classmethod
    def is_available(cls, manifestation):
        return bool(TRANSITIONS[manifestation.status])

    def perform(self):
        new_status = self.cleaned_data["status"]
        self.manifestation.change_status(
            new_status,
            by=self.user,
            message=self.cleaned_data["message"],
            public=self.cleaned_data["public"],
            expected_version=self.expected_version,
        )
        return _("Status changed to “%(status)s”.") % {"status": Status(new_status).label}


class RequestComplementForm(CaseActionForm):
    action = "complement"
    title = _("Ask the citizen for a complement")
    submit_label = _("Ask for a complement")
    message = message_field(
        _("What the citizen needs to send"),
        _("The deadline is paused until the citizen answers."),
    )

    @classmethod
    def is_available(cls, manifestation):
        return Status.AWAITING_CITIZEN in TRANSITIONS[manifestation.status]

    def perform(self):
        self.manifestation.request_complement(
            self.cleaned_data["message"], by=self.user, expected_version=self.expected_version
        )
        return _("Complement requested from the citizen.")


class AnswerForm(CaseActionForm):
    action = "answer"
    title = _("Answer")
    submit_label = _("Send answer")
    message = message_field(_("Answer"), _("The citizen receives it with a satisfaction survey."))

    @classmethod
    def is_available(cls, manifestation):
        return Status.ANSWERED in TRANSITIONS[manifestation.status]

    def perform(self):
        self.manifestation.answer(
            self.cleaned_data["message"], by=self.user, expected_version=self.expected_version
        )
        return _("Answer sent to the citizen.")


class AssignForm(CaseActionForm):
    action = "assign"
    title = _("Assign")
    submit_label = _("Assign")
    assignee = UserChoiceField(
        label=_("Assignee"),
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label=_("Nobody (unassigned)"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = assignable_users(self.manifestation.department)
        self.fields["assignee"].initial = self.manifestation.assignee_id

    def perform(self):
        assignee = self.cleaned_data["assignee"]
        self.manifestation.assign(assignee, by=self.user, expected_version=self.expected_version)
        if assignee is None:
            return _("The case is no longer assigned.")
        return _("Case assigned to %(user)s.") % {"user": get_user_display_name(assignee)}


class MoveDepartmentForm(CaseActionForm):
    action = "move"
    title = _("Move to another department")
    submit_label = _("Move")
    department = forms.ModelChoiceField(
        label=_("Department"), queryset=Department.objects.order_by("name")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].initial = self.manifestation.department_id

    def perform(self):
        department = self.cleaned_data["department"]
        self.manifestation.move_to_department(
            department, by=self.user, expected_version=self.expected_version
        )
        return _("Case moved to %(department)s.") % {"department": department}


class ExtendDeadlineForm(CaseActionForm):
    action = "extend"
    title = _("Extend the deadline")
    submit_label = _("Extend by 30 days")
    reason = message_field(
        _("Reason"), _("Sent to the citizen. The law allows a single extension.")
    )

    @classmethod
    def is_available(cls, manifestation):
        return manifestation.can_be_extended

    def perform(self):
        self.manifestation.extend_deadline(
            self.cleaned_data["reason"], by=self.user, expected_version=self.expected_version
        )
        due = timezone.localtime(self.manifestation.due_at)
        return _("Deadline extended to %(date)s.") % {"date": date_format(due, "SHORT_DATE_FORMAT")}


class MarkDuplicateForm(CaseActionForm):
    action = "duplicate"
    title = _("Mark as a duplicate")
    submit_label = _("Mark as duplicate")
    protocol = forms.CharField(
        label=_("Protocol of the original case"),
        max_length=20,
        help_text=_("This case is closed and the original carries on."),
    )

    @classmethod
    def is_available(cls, manifestation):
        return manifestation.is_open

    def clean_protocol(self):
        protocol = self.cleaned_data["protocol"].strip()
        original = Manifestation.objects.visible_to(self.user).filter(protocol=protocol).first()
        if original is None:
            raise forms.ValidationError(
                _("There is no case with this protocol among the cases you can see."),
                code="unknown_protocol",
            )
        self.original = original
        return protocol

    def perform(self):
        self.manifestation.mark_duplicate(
            self.original, by=self.user, expected_version=self.expected_version
        )
        return _("Marked as a duplicate of %(protocol)s.") % {
            "protocol": self.manifestation.duplicate_of.protocol
        }


class ReopenForm(CaseActionForm):
    action = "reopen"
    title = _("Reopen")
    submit_label = _("Reopen the case")
    reason = message_field(_("Reason"), _("Shown to the citizen."))

    @classmethod
    def is_available(cls, manifestation):
        return manifestation.can_be_reopened

    def perform(self):
        # Manifestation.reopen() takes no expected_version: check the version here.
        if self.manifestation.version != self.expected_version:
            raise StaleManifestation()
        self.manifestation.reopen(self.cleaned_data["reason"], by=self.user)
        return _("Case reopened.")


CASE_ACTION_FORMS = {
    form.action: form
    for form in (
        ReplyForm,
        NoteForm,
        ChangeStatusForm,
        RequestComplementForm,
        AnswerForm,
        AssignForm,
        MoveDepartmentForm,
        ExtendDeadlineForm,
        MarkDuplicateForm,
        ReopenForm,
    )
}


# Staff registration ---------------------------------------------------------------------------

STAFF_CHANNELS = [Channel.PHONE, Channel.EMAIL, Channel.IN_PERSON]
IDENTITY_FIELDS = ["requester_name", "requester_email", "requester_phone"]


class StaffRegistrationForm(forms.ModelForm):
    """A manifestation received by phone, email or in person and typed in by staff."""

    privacy_notice_given = forms.BooleanField(
        label=_("The citizen was told how their personal data will be used"),
        required=False,
        help_text=_("Required when you record the citizen's name or contact details."),
    )
    idempotency_key = forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)

    class Meta:
        model = Manifestation
        fields = [
            "channel",
            "kind",
            "service",
            "description",
            "address",
            "priority",
            "department",
            "is_anonymous",
            "requester_name",
            "requester_email",
            "requester_phone",
        ]
        help_texts = {
            "department": _("Leave empty to use the service's department."),
            "is_anonymous": _("Not allowed for a request for a service."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["channel"].choices = [
            (value, label) for value, label in Channel.choices if value in STAFF_CHANNELS
        ]
        self.fields["service"].queryset = ServicePage.objects.live().order_by("title")
        self.fields["department"].queryset = Department.objects.order_by("name")

    def clean(self):
        cleaned_data = super().clean()
        kind = cleaned_data.get("kind")
        if cleaned_data.get("is_anonymous"):
            for field in IDENTITY_FIELDS:
                cleaned_data[field] = ""
        problems = identity_problems(
            kind,
            cleaned_data.get("is_anonymous"),
            cleaned_data.get("requester_name", ""),
            cleaned_data.get("requester_email", ""),
            cleaned_data.get("requester_phone", ""),
        )
        for field, code in problems.items():
            # The staff form asks for the phone first: a missing contact is said there.
            field = "requester_phone" if field == "requester_email" else field
            if field not in self.errors:
                self.add_error(field, forms.ValidationError(IDENTITY_MESSAGES[code], code=code))
        has_identity = any(cleaned_data.get(field) for field in IDENTITY_FIELDS)
        if has_identity and not cleaned_data.get("privacy_notice_given"):
            self.add_error(
                "privacy_notice_given",
                _("Tell the citizen about the privacy notice before recording their data."),
            )
        return cleaned_data

    def receive_kwargs(self):
        """The keyword arguments of `Manifestation.receive` for this form's data."""
        fields = {name: self.cleaned_data[name] for name in self.Meta.fields}
        fields["idempotency_key"] = self.cleaned_data["idempotency_key"]
        if self.cleaned_data["privacy_notice_given"]:
            fields["privacy_consent_at"] = timezone.now()
        return fields


# Bulk actions ---------------------------------------------------------------------------------


class BulkAssignForm(forms.Form):
    assignee = UserChoiceField(
        label=_("Assignee"),
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label=_("Nobody (unassigned)"),
        help_text=_("Cases of departments this person does not belong to are skipped."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = staff_who_handle_cases()


class BulkChangeStatusForm(forms.Form):
    status = forms.ChoiceField(
        label=_("New status"),
        choices=status_choices(set(Status) - {Status.RECEIVED, Status.DUPLICATE}),
    )
    message = message_field(
        _("Message"), _("Required when answering or asking for a complement."), required=False
    )
    public = forms.BooleanField(
        label=_("Show the message to the citizen"), required=False, initial=True
    )


class BulkMoveDepartmentForm(forms.Form):
    department = forms.ModelChoiceField(
        label=_("Department"), queryset=Department.objects.order_by("name")
    )
