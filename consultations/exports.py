"""Every answer of a consultation as CSV or XLSX, one row a participant.

Columns are the questions (headed by their current label, found by their stable clean name),
then, for users allowed to see personal data, answers to questions since deleted, so nothing
answered is left out. Personal data (the participant's email and consent, questions marked as
personal data, file questions) is written only for users with
`praca_consultations.view_consultation_personal_data`. Rows stream from `values_list().iterator()`,
like the manifestation exports whose helpers this reuses.
"""

import datetime
import tempfile

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from praca.exports import CHUNK_SIZE, XLSX_CONTENT_TYPE, csv_stream, write_sheet

from .models.pages import Answer, ResponseStatus

PERSONAL_DATA_PERMISSION = "praca_consultations.view_consultation_personal_data"


def can_see_personal_data(user):
    return user.has_perm(PERSONAL_DATA_PERMISSION)


def answer_columns(page, user):
    """[(clean name, heading)] of the questions this user may export, deleted ones last."""
    personal = can_see_personal_data(user)
    questions = page.get_form_fields()
    columns = [
        (question.clean_name, question.label)
        for question in questions
        if personal or not question.holds_personal_data
    ]
    if not personal:
        # A deleted question may have asked for personal data: only those allowed see them.
        return columns
    current = {question.clean_name for question in questions}
    answered = (
        Answer.objects.filter(page=page)
        .values_list("question", flat=True)
        .distinct()
        .order_by("question")
    )
    columns += [
        (name, gettext("%(name)s (deleted question)") % {"name": name})
        for name in answered
        if name not in current
    ]
    return columns


FIXED_COLUMNS = [
    ("pk", _("Answer number")),
    ("submit_time", _("Sent at")),
    ("status", _("Status")),
    ("confirmed_at", _("Confirmed at")),
]
PERSONAL_COLUMNS = [
    ("email", _("Email")),
    ("privacy_consent_at", _("Privacy consent at")),
    ("wants_updates", _("Wants news")),
]


class Export:
    """The headings and rows of one consultation's export, for one user."""

    def __init__(self, page, user):
        self.page = page
        self.fixed = FIXED_COLUMNS + (PERSONAL_COLUMNS if can_see_personal_data(user) else [])
        self.answers = answer_columns(page, user)
        self.time_zone = timezone.get_current_timezone()
        self.statuses = {choice.value: str(choice.label) for choice in ResponseStatus}
        self.yes, self.no = gettext("Yes"), gettext("No")

    @property
    def headings(self):
        return [str(heading) for _name, heading in self.fixed + self.answers]

    def rows(self):
        names = [name for name, _heading in self.fixed]
        responses = (
            self.page.responses.order_by("pk")
            .values_list(*names, "form_data")
            .iterator(chunk_size=CHUNK_SIZE)
        )
        for row in responses:
            *fixed, data = row
            values = [self.format(name, value) for name, value in zip(names, fixed, strict=True)]
            for name, _heading in self.answers:
                values.append(self.format_answer((data or {}).get(name)))
            yield values

    def format(self, name, value):
        if name == "status":
            return self.statuses.get(value, value)
        if isinstance(value, bool):
            return self.yes if value else self.no
        if isinstance(value, datetime.datetime):
            return timezone.localtime(value, self.time_zone).replace(tzinfo=None, microsecond=0)
        return value

    def format_answer(self, value):
        if value is None or value == "":
            return None
        if isinstance(value, list):
            return "; ".join(str(item) for item in value)
        if isinstance(value, bool):
            return self.yes if value else self.no
        return str(value) if not isinstance(value, int | float) else value


def csv_lines(export):
    return csv_stream(export.headings, export.rows())


def write_xlsx(export, output):
    write_sheet(gettext("Answers"), export.headings, export.rows(), output)


def export_response(page, user, export_format):
    export = Export(page, user)
    filename = f"consulta-{page.slug}-{timezone.localdate():%Y-%m-%d}"
    if export_format == "xlsx":
        output = tempfile.TemporaryFile()  # deleted when the response closes it
        write_xlsx(export, output)
        output.seek(0)
        return FileResponse(
            output, as_attachment=True, filename=f"{filename}.xlsx", content_type=XLSX_CONTENT_TYPE
        )
    response = StreamingHttpResponse(csv_lines(export), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response
