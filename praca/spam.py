"""The honeypot of the citizen's forms: a field people never see and scripts fill in.

Each form names its own honeypot field (`HoneypotField`) and mixes in `HoneypotMixin`, which
refuses the whole form when the field is filled in. Templates show it through
`praca/includes/honeypot.html`, hidden from the eye and from assistive technology.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

HONEYPOT_MESSAGE = _("We could not accept this form. Please check it and send it again.")


class HoneypotField(forms.CharField):
    """Left empty by people, who never see it; filled in by scripts that fill in every field.

    Not focusable and not autofilled, so neither the keyboard nor the browser fills it in for
    a person."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Leave this field empty"))
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"})
        )
        super().__init__(**kwargs)


class HoneypotMixin:
    """Refuses the form, before any other check of the whole form, when a honeypot is filled.

    Put it before `forms.Form` among the bases; a form's own `clean()` calls `super().clean()`
    first, as Django's do.
    """

    def clean(self):
        data = super().clean()
        fields = self.fields.items()
        if any(data.get(name) for name, field in fields if isinstance(field, HoneypotField)):
            raise ValidationError(HONEYPOT_MESSAGE, code="honeypot")
        return data
