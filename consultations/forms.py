"""The citizen's forms of a consultation: the questionnaire (Wagtail's form builder, with the
question types consultations need) and comments or proposals."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.html import conditional_escape
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import FormBuilder

from praca.forms import PlainTextField
from praca.spam import HoneypotField, HoneypotMixin
from praca.uploads import ACCEPT, check_upload

from .models.pages import (
    SCALES,
    CommentKind,
    QuestionType,
    split_options,
)

SHORT_TEXT_MAX_LENGTH = 255
LONG_TEXT_MAX_LENGTH = 5000
COMMENT_MAX_LENGTH = 3000

# Names of the questionnaire's own fields; a question's clean name may not take one of them.
RESERVED_NAMES = frozenset(
    {
        "participant_email",
        "participant_consent",
        "participant_updates",
        "participant_website",
        "idempotency_key",
    }
)

YES_NO_CHOICES = [("yes", _("Yes")), ("no", _("No"))]


class UploadField(forms.FileField):
    """One photo or PDF, checked by content as manifestation attachments are (a SafeUpload)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.widget.attrs["accept"] = ACCEPT

    def clean(self, value, initial=None):
        value = super().clean(value, initial)
        if not isinstance(value, UploadedFile):
            return None
        return check_upload(value)


class QuestionnaireBuilder(FormBuilder):
    """Wagtail's form builder with scales, yes/no, a native date input and a checked upload."""

    def get_field_options(self, field):
        return {
            "label": field.label,
            "help_text": conditional_escape(field.help_text),
            "required": field.required,
        }

    def get_formatted_field_choices(self, field):
        return [(option, option) for option in split_options(field.choices)]

    def create_singleline_field(self, field, options):
        return forms.CharField(max_length=SHORT_TEXT_MAX_LENGTH, **options)

    def create_multiline_field(self, field, options):
        return PlainTextField(max_length=LONG_TEXT_MAX_LENGTH, **options)

    def create_checkboxes_field(self, field, options):
        options["choices"] = self.get_formatted_field_choices(field)
        return forms.MultipleChoiceField(widget=forms.CheckboxSelectMultiple, **options)

    def create_scale(self, field, options):
        choices = [(str(number), str(number)) for number in SCALES[field.field_type]]
        return forms.TypedChoiceField(
            choices=choices, coerce=int, widget=forms.RadioSelect, **options
        )

    def create_scale5_field(self, field, options):
        return self.create_scale(field, options)

    def create_scale10_field(self, field, options):
        return self.create_scale(field, options)

    def create_yesno_field(self, field, options):
        return forms.ChoiceField(choices=YES_NO_CHOICES, widget=forms.RadioSelect, **options)

    def create_date_field(self, field, options):
        return forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), **options)

    def create_file_field(self, field, options):
        return UploadField(**options)


class QuestionnaireForm(HoneypotMixin, forms.Form):
    """Base of every questionnaire: the consultation's questions are added by the builder."""

    participant_website = HoneypotField()
    idempotency_key = forms.UUIDField(
        label=_("Form identifier"), required=False, widget=forms.HiddenInput
    )

    def __init__(self, *args, page=None, user=None, **kwargs):
        kwargs.setdefault("label_suffix", "")
        self.page = page
        super().__init__(*args, **kwargs)

    def question_fields(self):
        return [self[name] for name in self.question_names]

    def extra_fields(self):
        return [
            self[name]
            for name in ("participant_email", "participant_updates", "participant_consent")
            if name in self.fields
        ]

    def answers(self):
        return {name: self.cleaned_data.get(name) for name in self.question_names}

    def uploads(self):
        """[(question name, SafeUpload)] for the file questions answered."""
        return [
            (name, value)
            for name, value in self.answers().items()
            if value is not None and hasattr(value, "content_type") and hasattr(value, "content")
        ]


def questionnaire_form_class(page):
    """The form class of `page`'s questionnaire, with email and consent when they are needed."""
    questions = page.get_form_fields()
    fields = QuestionnaireBuilder(questions).formfields
    if page.asks_email:
        fields["participant_email"] = forms.EmailField(
            label=_("Your email"),
            max_length=254,
            help_text=_(
                "We send you a link to confirm your answer; only confirmed answers are counted, "
                "one per email. Your email is never published."
            ),
            widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        )
        fields["participant_updates"] = forms.BooleanField(
            label=_("Email me when the results and the decisions are published"),
            required=False,
        )
    if page.asks_personal_data(questions):
        fields["participant_consent"] = forms.BooleanField(
            label=_("I agree to the privacy notice of this consultation"),
            required=True,
            error_messages={
                "required": _(
                    "To answer, agree to the privacy notice (your data is only used "
                    "for this consultation)."
                )
            },
        )
    form_class = type("QuestionnaireForm", (QuestionnaireForm,), fields)
    form_class.question_names = [
        question.clean_name or question.get_field_clean_name() for question in questions
    ]
    return form_class


class CommentForm(HoneypotMixin, forms.Form):
    """A comment or a proposal; the name and email are optional and need consent if given."""

    kind = forms.ChoiceField(
        label=_("What do you want to send?"),
        choices=CommentKind.choices,
        initial=CommentKind.COMMENT,
        widget=forms.RadioSelect,
    )
    body = PlainTextField(
        label=_("Your comment or proposal"),
        max_length=COMMENT_MAX_LENGTH,
        help_text=_(
            "Published on this page. Do not write personal data such as documents or phone numbers."
        ),
    )
    author_name = forms.CharField(
        label=_("Name to show (optional)"),
        max_length=80,
        required=False,
        help_text=_("Leave empty to appear as an anonymous participant."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    author_email = forms.EmailField(
        label=_("Email to hear about moderation (optional)"),
        required=False,
        help_text=_("Never published; used only to tell you if your comment is hidden or shown."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    privacy_consent = forms.BooleanField(
        label=_("I agree to the privacy notice of this consultation"),
        required=False,
        help_text=_("Needed only if you give your name or email."),
    )
    website = HoneypotField()
    idempotency_key = forms.UUIDField(
        label=_("Form identifier"), required=False, widget=forms.HiddenInput
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "comment_%s")
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if not body:
            raise ValidationError(_("Write your comment or proposal."), code="required")
        return body

    def clean(self):
        data = super().clean()
        if (data.get("author_name") or data.get("author_email")) and not data.get(
            "privacy_consent"
        ):
            self.add_error(
                "privacy_consent",
                ValidationError(
                    _("To show your name or keep your email, agree to the privacy notice."),
                    code="consent",
                ),
            )
        return data


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why should this be reviewed?"),
        required=False,
        choices=[
            ("", _("Choose a reason (optional)")),
            ("offensive", _("Offensive or hateful")),
            ("personal_data", _("Exposes someone's personal data")),
            ("spam", _("Spam or advertising")),
            ("off_topic", _("Off topic")),
        ],
    )


# The question types that need a file input (and the form a multipart encoding).
FILE_TYPES = {QuestionType.FILE}
