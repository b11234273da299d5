"""The citizen's forms: a new manifestation, a complement, the survey, reopening, look-ups.

Forms check what the citizen typed; the rules of a case (who may reopen, when a case may be
rated, …) stay in `Manifestation`, whose errors the views show next to these forms.
"""

import re
import uuid
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.functional import lazy
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from praca.forms import PlainTextField
from praca.spam import HoneypotField, HoneypotMixin
from praca.uploads import ACCEPT
from service_catalog.models import QuestionType

from .conf import participation_settings
from .models import FeedbackReason, Kind, RatingDimension
from .models.manifestations import identity_problems
from .uploads import check_attachment

DESCRIPTION_MAX_LENGTH = 4000
COMMENT_MAX_LENGTH = 2000

# One line on each kind, shown beside its radio button.
KIND_EXPLANATIONS = {
    Kind.SOLICITATION: _("Ask the city hall for a service, or for something to be done."),
    Kind.COMPLAINT: _("Tell us about a service that was not provided, or was provided badly."),
    Kind.REPORT: _("Report an irregularity or wrongdoing by a public servant or body."),
    Kind.SUGGESTION: _("Propose an improvement to a public service."),
    Kind.PRAISE: _("Tell us about a service or a public servant that did well."),
    Kind.SIMPLIFY: _("Propose cutting a document, step or requirement that is not needed."),
}

YES_NO = [("yes", _("Yes")), ("no", _("No"))]


# The identity rule (`identity_problems`) in the citizen's words.
CITIZEN_IDENTITY_MESSAGES = {
    "anonymous_not_allowed": _(
        "A request for a service cannot be anonymous: we need to know who "
        "to deliver it to. Uncheck “Send anonymously” and tell us who you are."
    ),
    "name_required": _("Tell us your name, or choose to send anonymously."),
    "contact_required": _("Give an email or a phone number so that we can reach you."),
}


def yes_no_to_bool(value):
    return value == "yes"


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


def describe_attachment_limits():
    return gettext(
        "Optional. Up to %(count)d photos (JPEG, PNG or WebP) or PDF documents, %(size)d MB "
        "each. We remove the location and camera data from photos."
    ) % {
        "count": participation_settings.MAX_ATTACHMENTS,
        "size": participation_settings.MAX_ATTACHMENT_BYTES // (1024 * 1024),
    }


# Worked out when shown, in the language and with the limits of that moment.
attachments_help_text = lazy(describe_attachment_limits, str)


class AttachmentsField(forms.Field):
    """Up to MAX_ATTACHMENTS files, each checked by content; cleans to a list of SafeUpload."""

    widget = MultipleFileInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Attachments"))
        kwargs.setdefault("help_text", attachments_help_text())
        super().__init__(**kwargs)
        self.widget.attrs["accept"] = ACCEPT

    def clean(self, value):
        files = [item for item in (value or []) if isinstance(item, UploadedFile)]
        if not files:
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return []
        limit = participation_settings.MAX_ATTACHMENTS
        if len(files) > limit:
            raise ValidationError(
                ngettext(
                    "Attach at most %(limit)d file; you chose %(count)d.",
                    "Attach at most %(limit)d files; you chose %(count)d.",
                    limit,
                )
                % {"limit": limit, "count": len(files)},
                code="too_many_files",
            )
        uploads, errors = [], []
        for uploaded in files:
            try:
                uploads.append(check_attachment(uploaded))
            except ValidationError as error:
                errors.extend(error.error_list)
        if errors:
            raise ValidationError(errors)
        return uploads


class OptionalDecimalField(forms.DecimalField):
    """A coordinate: any precision typed, with a decimal comma or point, kept to six decimals."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace(",", ".")
        return super().to_python(value)

    def clean(self, value):
        number = super().clean(value)
        return None if number is None else number.quantize(Decimal("0.000001"))


def question_field(question):
    """The form field that asks a service's extra question, by its type."""
    options = {
        "label": question.label,
        "help_text": question.help_text,
        "required": question.required,
    }
    field_type = question.field_type
    if field_type == QuestionType.NUMBER:
        return forms.DecimalField(
            max_digits=20, widget=forms.NumberInput(attrs={"step": "any"}), **options
        )
    if field_type == QuestionType.DATE:
        return forms.DateField(
            widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            input_formats=["%Y-%m-%d", "%d/%m/%Y"],
            **options,
        )
    if field_type == QuestionType.SINGLE_CHOICE:
        choices = [(choice, choice) for choice in question.choice_list]
        return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **options)
    if field_type == QuestionType.MULTIPLE_CHOICE:
        choices = [(choice, choice) for choice in question.choice_list]
        return forms.MultipleChoiceField(
            choices=choices, widget=forms.CheckboxSelectMultiple, **options
        )
    if field_type == QuestionType.YES_NO:
        return forms.TypedChoiceField(
            choices=YES_NO,
            coerce=yes_no_to_bool,
            empty_value=None,
            widget=forms.RadioSelect,
            **options,
        )
    return forms.CharField(max_length=1000, **options)


def json_answer(value):
    """A question's cleaned answer as JSON can store it (None when left blank)."""
    if value in (None, "", []):
        return None
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def is_uuid(value):
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def service_title_choices(services):
    """The service select's options, read from the database only if the select is shown."""

    def choices():
        return [("", _("None in particular")), *services.values_list("pk", "title")]

    return choices


class IntakeForm(HoneypotMixin, forms.Form):
    """A new manifestation, as a citizen fills it in on the service desk page."""

    kind = forms.ChoiceField(
        label=_("What do you want to do?"),
        choices=Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what you want to do.")},
    )
    service = forms.CharField(
        label=_("Service it concerns"),
        required=False,
        widget=forms.Select,
        help_text=_("Optional. Choose the service your message is about, if there is one."),
    )
    description = PlainTextField(
        label=_("Description"),
        max_length=DESCRIPTION_MAX_LENGTH,
        help_text=_(
            "Tell us what happened or what you need, with dates and places if they matter. "
            "Up to 4,000 characters; do not include passwords or bank details."
        ),
        error_messages={
            "required": _("Describe your request or what happened."),
            "max_length": _(
                "The description can have at most %(limit_value)d characters; yours has "
                "%(show_value)d. Shorten it, or attach a document with the details."
            ),
        },
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    address = forms.CharField(
        label=_("Address or place"),
        max_length=300,
        required=False,
        help_text=_("Optional. Where it happened: street, number and neighbourhood."),
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    latitude = OptionalDecimalField(
        label=_("Latitude"),
        required=False,
        min_value=-90,
        max_value=90,
        help_text=_("Optional. A decimal number between -90 and 90, e.g. -23.550520."),
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
    )
    longitude = OptionalDecimalField(
        label=_("Longitude"),
        required=False,
        min_value=-180,
        max_value=180,
        help_text=_("Optional. A decimal number between -180 and 180, e.g. -46.633308."),
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
    )
    attachments = AttachmentsField()
    is_anonymous = forms.BooleanField(
        label=_("Send anonymously"),
        required=False,
        help_text=_(
            "We will not store your name, email or phone, and cannot write to you: follow your "
            "case with the link on the receipt. Not possible for a request for a service."
        ),
    )
    requester_name = forms.CharField(
        label=_("Name"),
        max_length=200,
        required=False,
        help_text=_("Required unless you send anonymously."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    requester_email = forms.EmailField(
        label=_("Email"),
        required=False,
        help_text=_(
            "We send the receipt and every answer here. An email or a phone is required "
            "unless you send anonymously."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    requester_phone = forms.CharField(
        label=_("Phone"),
        max_length=40,
        required=False,
        help_text=_("With area code, e.g. (11) 91234-5678."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
    )
    privacy_consent = forms.BooleanField(
        label=_(
            "I agree that the city hall uses my personal data to handle this manifestation, "
            "as the privacy notice explains."
        ),
        required=False,
    )
    website = HoneypotField()
    # A double click or a reloaded form sends the same key, and Manifestation.receive() then
    # returns the case it already made instead of making a second one.
    idempotency_key = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    def __init__(self, *args, service=None, service_is_fixed=False, services=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.chosen_service = service
        self.service_is_fixed = bool(service_is_fixed and service)
        if self.service_is_fixed:
            self.fields["service"].widget = forms.HiddenInput()
        elif services is not None:
            self.fields["service"].widget.choices = service_title_choices(services)
        if not self.is_bound:
            self.initial.setdefault("idempotency_key", uuid.uuid4())
        elif not is_uuid(self.data.get("idempotency_key")):
            # An old or tampered form: give this filling-in a key of its own.
            self.data = self.data.copy()
            self.data["idempotency_key"] = str(uuid.uuid4())
        self.questions = list(service.questions.all()) if service is not None else []
        for question in self.questions:
            self.fields[self.question_field_name(question)] = question_field(question)

    @staticmethod
    def question_field_name(question):
        return f"question_{question.pk}"

    def question_fields(self):
        return [self[self.question_field_name(question)] for question in self.questions]

    def kind_options(self):
        """[(value, label, explanation, checked)] for the kind radio buttons."""
        current = str(self["kind"].value() or "")
        return [
            (value, label, KIND_EXPLANATIONS[value], value == current)
            for value, label in Kind.choices
        ]

    def clean_service(self):
        raw = self.cleaned_data["service"].strip()
        if not raw:
            return None
        if self.chosen_service is None or str(self.chosen_service.pk) != raw:
            raise ValidationError(
                _(
                    "We could not find this service; it may no longer be offered. Choose "
                    "another one, or leave the service empty."
                ),
                code="unknown_service",
            )
        return self.chosen_service

    def clean_idempotency_key(self):
        return uuid.UUID(self.cleaned_data["idempotency_key"])

    def clean(self):
        data = super().clean()
        latitude, longitude = data.get("latitude"), data.get("longitude")
        if (latitude is None) != (longitude is None) and not (
            "latitude" in self.errors or "longitude" in self.errors
        ):
            self.add_error(
                "longitude" if longitude is None else "latitude",
                ValidationError(_("Give both latitude and longitude, or neither."), code="pair"),
            )
        kind = data.get("kind")
        name = data.get("requester_name", "").strip()
        email = data.get("requester_email", "")
        phone = data.get("requester_phone", "").strip()
        problems = identity_problems(kind, data.get("is_anonymous"), name, email, phone)
        for field, code in problems.items():
            if field not in self.errors:
                self.add_error(field, ValidationError(CITIZEN_IDENTITY_MESSAGES[code], code=code))
        if data.get("is_anonymous"):
            if not problems:
                # Nothing identifies an anonymous citizen, whatever was typed before choosing.
                for field in ("requester_name", "requester_email", "requester_phone"):
                    data[field] = ""
                data["privacy_consent"] = False
            return data
        if (name or email or phone) and not data.get("privacy_consent"):
            self.add_error(
                "privacy_consent",
                ValidationError(
                    _("To send your name and contact details, agree to the privacy notice."),
                    code="consent_required",
                ),
            )
        return data

    def answers(self):
        """The answers to the service's questions, as Manifestation.answers stores them."""
        return [
            {
                "question_id": question.pk,
                "label": question.label,
                "answer": json_answer(self.cleaned_data.get(self.question_field_name(question))),
            }
            for question in self.questions
        ]

    def manifestation_fields(self):
        """The keyword arguments of Manifestation.receive() for this form's data."""
        data = self.cleaned_data
        return {
            "kind": data["kind"],
            "service": data["service"],
            "description": data["description"],
            "address": data["address"],
            "latitude": data["latitude"],
            "longitude": data["longitude"],
            "is_anonymous": bool(data["is_anonymous"]),
            "requester_name": data["requester_name"].strip(),
            "requester_email": data["requester_email"],
            "requester_phone": data["requester_phone"].strip(),
            "answers": self.answers(),
            "idempotency_key": data["idempotency_key"],
        }


class ComplementForm(forms.Form):
    """What the citizen sends when the city hall asks for more information."""

    message = PlainTextField(
        label=_("Your complement"),
        max_length=DESCRIPTION_MAX_LENGTH,
        help_text=_("Answer what we asked. Up to 4,000 characters."),
        error_messages={"required": _("Write your complement.")},
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    attachments = AttachmentsField()


class RatingForm(forms.Form):
    """The satisfaction survey after an answer."""

    score = forms.TypedChoiceField(
        label=_("How satisfied are you with the answer?"),
        choices=[
            ("1", _("1 – very dissatisfied")),
            ("2", _("2 – dissatisfied")),
            ("3", _("3 – neither satisfied nor dissatisfied")),
            ("4", _("4 – satisfied")),
            ("5", _("5 – very satisfied")),
        ],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a score from 1 to 5.")},
    )
    solved = forms.TypedChoiceField(
        label=_("Was your problem solved?"),
        choices=YES_NO,
        coerce=yes_no_to_bool,
        widget=forms.RadioSelect,
        error_messages={"required": _("Tell us whether your problem was solved.")},
    )
    comment = PlainTextField(
        label=_("Comment"),
        max_length=COMMENT_MAX_LENGTH,
        required=False,
        help_text=_("Optional. Up to 2,000 characters."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class ReopenForm(forms.Form):
    """The citizen's reason to reopen an answered case."""

    reason = PlainTextField(
        label=_("Why did the answer not solve it?"),
        max_length=DESCRIPTION_MAX_LENGTH,
        error_messages={"required": _("Tell us why the answer did not solve it.")},
        widget=forms.Textarea(attrs={"rows": 5}),
    )


PROTOCOL_PATTERN = re.compile(r"(\d{4})\s*[-/.]?\s*(\d{1,6})")


def normalise_protocol(value):
    """`2026-000123` from what citizens type: `2026-123`, `2026000123`, ` 2026/000123 `."""
    match = PROTOCOL_PATTERN.fullmatch(value.strip())
    if not match:
        raise ValidationError(
            _("Type the protocol as it is on your receipt, for example 2026-000123."),
            code="protocol_format",
        )
    year, number = match.groups()
    return f"{year}-{int(number):06d}"


class ProtocolField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Protocol"))
        kwargs.setdefault("max_length", 30)
        kwargs.setdefault("help_text", _("As on your receipt, for example 2026-000123."))
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "numeric"}))
        super().__init__(**kwargs)

    def clean(self, value):
        return normalise_protocol(super().clean(value))


class TrackLookupForm(forms.Form):
    """Protocol and the code of the tracking link, for whoever lost the link but kept the code."""

    protocol = ProtocolField()
    code = forms.CharField(
        label=_("Tracking code"),
        max_length=500,
        help_text=_(
            "The last part of your tracking link, after the protocol. You can also "
            "paste the whole link."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def clean_code(self):
        code = self.cleaned_data["code"].strip()
        # A pasted link: keep its last part.
        parts = [part for part in code.split("?")[0].split("/") if part]
        return parts[-1] if parts else code


class ResendLinkForm(forms.Form):
    """Protocol and email, to have the tracking link sent again."""

    protocol = ProtocolField()
    email = forms.EmailField(
        label=_("Email"),
        help_text=_("The email you gave when you sent the manifestation."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class PageFeedbackForm(forms.Form):
    """ "Was this page useful?" and, after a no, what went wrong. No personal data is asked."""

    useful = forms.TypedChoiceField(
        choices=[("yes", _("Yes")), ("no", _("No"))], coerce=lambda value: value == "yes"
    )
    reason = forms.ChoiceField(
        label=_("What went wrong?"),
        choices=FeedbackReason.choices,
        required=False,
        widget=forms.RadioSelect,
    )
    comment = PlainTextField(
        label=_("Tell us more (optional)"),
        max_length=1000,
        required=False,
        help_text=_(
            "Do not write personal data such as your name, CPF or phone. Up to 1,000 characters."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    # Hidden from people; bots fill it in.
    website = forms.CharField(required=False)


class ServiceRatingForm(forms.Form):
    """ "Avalie este serviço": a score from 1 to 5, what it is about and an optional comment."""

    score = forms.TypedChoiceField(
        label=_("Your rating"),
        choices=[(str(n), str(n)) for n in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a rating from 1 to 5.")},
    )
    dimension = forms.ChoiceField(
        label=_("What does your rating mostly refer to?"),
        choices=RatingDimension.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what your rating refers to.")},
    )
    comment = PlainTextField(
        label=_("Comment (optional)"),
        max_length=1000,
        required=False,
        help_text=_(
            "Your comment is read by the city hall and is not published. Do not write personal "
            "data such as your name, CPF or phone. Up to 1,000 characters."
        ),
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
    )
    # Hidden from people; bots fill it in.
    website = forms.CharField(required=False)

    def __init__(self, *args, **kwargs):
        # Its own ids: the page's "Was this page useful?" form also has a `comment` field.
        kwargs.setdefault("auto_id", "rating_%s")
        super().__init__(*args, **kwargs)
