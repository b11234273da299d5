"""CSV and XLSX writers every Praça export goes through, in constant memory and safe to open.

Cell text that a spreadsheet would run as a formula (CSV injection) is neutralised in CSV and
written as text in XLSX; XLSX is capped at the rows a request can write in time.
"""

import csv
import datetime

CHUNK_SIZE = 2000
# openpyxl writes about 5,000 rows a second here: past this, a spreadsheet would outlast the web
# server's request timeout. Larger exports are CSV, which streams in constant memory.
XLSX_MAX_ROWS = 50_000
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# A spreadsheet runs cell text that starts with one of these as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


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

    Shared by every export (manifestations, feedback, consultation answers).
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


def write_sheet(title, headings, rows, output):
    """A write-only XLSX workbook of `headings` and `rows` (lists of values) into `output`.

    Shared by every export; text starting with "=" is written as text, never as a
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


def fits_in_a_worksheet(queryset):
    return queryset.count() <= XLSX_MAX_ROWS
