"""CSV and XLSX exports of the manifestation queue, written row by row in constant memory.

Rows come from `values_list(...).iterator()`, so neither the queryset nor model instances are held
in memory: CSV is streamed to the client as it is produced; XLSX goes through openpyxl's write-only
workbook into a temporary file that is then streamed and deleted. Requester identity columns are
only written for users allowed to see them (Lei 13.460/2017 art. 10 §7).
"""

import datetime
import tempfile

from django.db.models import Exists, OuterRef
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from praca.exports import (  # noqa: F401 - fits_in_a_worksheet is the queue's check too
    CHUNK_SIZE,
    XLSX_CONTENT_TYPE,
    csv_stream,
    fits_in_a_worksheet,
    write_sheet,
)

from .models import Channel, Kind, Manifestation, Priority, Status

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


def can_see_identity(user):
    return user.has_perm("praca_participation.view_requester_identity")


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


def write_xlsx(queryset, columns, output):
    formatter = RowFormatter(columns)
    rows = (formatter(row) for row in export_rows(queryset, columns))
    write_sheet(gettext("Manifestations"), formatter.headings, rows, output)


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
