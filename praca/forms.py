"""Form fields every Praça form shares."""

from django import forms


class PlainTextField(forms.CharField):
    """Multi-line plain text whose length is counted as the citizen sees it.

    Browsers send every line break as CRLF, so a text that fits a 4,000-character box would
    otherwise be refused for its line breaks alone.
    """

    widget = forms.Textarea

    def to_python(self, value):
        if isinstance(value, str):
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        return super().to_python(value)
