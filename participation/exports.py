"""CSV and XLSX exports of the manifestation queue, written row by row in constant memory.

Rows come from `values_list(...).iterator()`, so neither the queryset nor model instances are held
in memory: CSV is streamed to the client as it is produced; XLSX goes through openpyxl's write-only
workbook into a temporary file that is then streamed and deleted. Requester identity columns are
only written for users allowed to see them (Lei 13.460/2017 art. 10 §7).
"""

import csv
import datetime
import tempfile

from django.db.models import Exists, OuterRef
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import Channel, Kind, Manifestation, Priority, Status

CHUNK_SIZE = 2000
# openpyxl writes about 5,000 rows a second here: past this, a spreadsheet would outlast the web
# server's request timeout. Larger exports are CSV, which streams in constant memory.
XLSX_MAX_ROWS = 50_000
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# (queryset value, column heading). Choice fields are written with their labels.
CASE_COLUMNS = [
    ("protocol", _("Protocol")),
    ("received_at", _("Received at")),
    ("kind", _("Kind")),
    ("status", _("Status")),
    ("channel", _("Channel")),
    ("priority", _("Priority")),
    ("service__title", _("Service")),
    ("department__name", _("Department")),
    ("assignee__username", _("Assignee")),
    ("due_at", _("Due")),
    ("is_overdue", _("Overdue")),
    ("extended_at", _("Deadline extended at")),
    ("answered_at", _("Answered at")),
    ("closed_at", _("Closed at")),
    ("address", _("Address")),
    ("description", _("Description")),
]
IDENTITY_COLUMNS = [
    ("is_anonymous", _("Anonymous")),
    ("requester_name", _("Requester name")),
    ("requester_email", _("Requester email")),
    ("requester_phone", _("Requester phone")),
]
CHOICE_LABELS = {"kind": Kind, "status": Status, "channel": Channel, "priority": Priority}

# A spreadsheet runs cell text that starts with one of these as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def can_see_identity(user):
    return user.has_perm("participation.view_requester_identity")


def columns_for(user):
    return CASE_COLUMNS + (IDENTITY_COLUMNS if can_see_identity(user) else [])


def export_rows(queryset, columns):
    """Tuples of plain values, one per manifestation, fetched in chunks."""
    overdue = Manifestation.objects.overdue().filter(pk=OuterRef("pk"))
    rows = queryset.annotate(is_overdue=Exists(overdue)).values_list(
        *(name for name, _heading in columns)
    )
    return rows.iterator(chunk_size=CHUNK_SIZE)


class RowFormatter:
    """Turns raw values into what a spreadsheet shows: labels, local times, yes/no.

    Built while the view runs, so a streamed file keeps the editor's language and time zone.
    """

    def __init__(self, columns):
        self.names = [name for name, _heading in columns]
        self.headings = [str(heading) for _name, heading in columns]
        self.time_zone = timezone.get_current_timezone()
        self.labels = {
            name: {choice.value: str(choice.label) for choice in choices}
            for name, choices in CHOICE_LABELS.items()
        }
        self.yes, self.no = gettext("Yes"), gettext("No")

    def __call__(self, row):
        return [self.format(name, value) for name, value in zip(self.names, row, strict=True)]

    def format(self, name, value):
        if value is None:
            return None
        if name in self.labels:
            return self.labels[name].get(value, value)
        if isinstance(value, bool):
            return self.yes if value else self.no
        if isinstance(value, datetime.datetime):
            return timezone.localtime(value, self.time_zone).replace(tzinfo=None, microsecond=0)
        return value


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class Echo:
    """A file-like object whose write() returns the line, for csv.writer in a generator."""

    def write(self, value):
        return value


def csv_stream(headings, rows):
    """CSV lines of `headings` and `rows` (lists of values), one at a time, formulas neutralised.

    Shared by every export of the app (manifestations, consultation answers).
    """
    writer = csv.writer(Echo())
    yield "\ufeff"  # so that spreadsheet programs read the file as UTF-8
    yield writer.writerow(headings)
    for values in rows:
        yield writer.writerow(
            [
                value.isoformat(sep=" ") if isinstance(value, datetime.datetime) else value
                for value in map(neutralise_formula, values)
            ]
        )


def csv_lines(queryset, columns, formatter):
    return csv_stream(
        formatter.headings, (formatter(row) for row in export_rows(queryset, columns))
    )


def csv_response(queryset, user, filename):
    columns = columns_for(user)
    response = StreamingHttpResponse(
        csv_lines(queryset, columns, RowFormatter(columns)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def write_sheet(title, headings, rows, output):
    """A write-only XLSX workbook of `headings` and `rows` (lists of values) into `output`.

    Shared by every export of the app; text starting with "=" is written as text, never as a
    formula.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=str(title)[:31])
    sheet.append(headings)
    for values in rows:
        for index, value in enumerate(values):
            if isinstance(value, str):
                value = values[index] = ILLEGAL_CHARACTERS_RE.sub("", value) or None
                if value and value.startswith("="):  # citizen text, never a formula
                    values[index] = WriteOnlyCell(sheet, value)
                    values[index].data_type = "s"
        # Plain values (None for blanks, which are skipped), not cells: openpyxl writes them
        # several times faster.
        sheet.append(values)
    workbook.save(output)


def write_xlsx(queryset, columns, output):
    formatter = RowFormatter(columns)
    rows = (formatter(row) for row in export_rows(queryset, columns))
    write_sheet(gettext("Manifestations"), formatter.headings, rows, output)


def fits_in_a_worksheet(queryset):
    return queryset.count() <= XLSX_MAX_ROWS


def xlsx_response(queryset, user, filename):
    output = tempfile.TemporaryFile()  # deleted when the response closes it
    write_xlsx(queryset, columns_for(user), output)
    output.seek(0)
    return FileResponse(
        output, as_attachment=True, filename=f"{filename}.xlsx", content_type=XLSX_CONTENT_TYPE
    )


def export_response(queryset, user, export_format):
    filename = f"manifestations-{timezone.localdate():%Y-%m-%d}"
    if export_format == "xlsx":
        return xlsx_response(queryset, user, filename)
    return csv_response(queryset, user, filename)
