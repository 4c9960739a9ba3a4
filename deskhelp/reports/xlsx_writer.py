"""A Report as an Excel workbook: a first sheet about the report (title, library, period, notes), then one sheet
per table (tables of one kind across sections, such as each actor's case types, share a sheet with a column naming
the section: ``model.merged_tables``), header row bold and frozen, dates as real Excel dates, the table's note (how
small counts are hidden) two rows under its last row. A hidden count is the text ".."; every count shown is a number.

Written with XlsxWriter in constant-memory mode: each row goes to disk as soon as the next one starts, so a
million cases fit in a small, constant amount of memory. The cases' rows skip XlsxWriter's cell-by-cell writing:
they go to the sheet as XML made by ``deskhelp.reports.xlsx_rows`` (the same XML, some ten times faster). A table
longer than a sheet (1,048,576 rows) goes on in a second sheet, and the first sheet says so. Text is always written
as text (never a formula, number or link) and guarded as in the CSV, so a re-export of the sheet stays safe.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator
from contextlib import suppress
from itertools import chain, islice
from pathlib import Path

import xlsxwriter
from xlsxwriter.exceptions import XlsxWriterException

from deskhelp.reports.guard import DANGEROUS_STARTS, ExportError, atomic_output, guard_text, release_quietly
from deskhelp.reports.labels import label, number_text
from deskhelp.reports.model import Report, ReportKind, Table, merged_tables
from deskhelp.reports.xlsx_rows import CellXml, SheetRows, splice

MAX_SHEET_NAME = 31
MAX_ROWS = 1_048_576  # Excel's limit per sheet, header included
WIDTH_SAMPLE = 200  # rows looked at to size the columns
MIN_WIDTH, MAX_WIDTH = 8, 60
_FORBIDDEN_IN_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")


def write_xlsx(report: Report, path: Path) -> None:
    """Write ``report`` to ``path`` (replaced only when complete). Raises ExportError naming the path."""
    path = Path(path)
    # The cases' sheets are filled in afterwards (xlsx_rows.splice): XlsxWriter's workbook, their headers only, is
    # small enough to hold in memory until then.
    spliced = report.kind is ReportKind.CASES
    with atomic_output(path) as temporary:
        target = io.BytesIO() if spliced else str(temporary)
        workbook = xlsxwriter.Workbook(
            target,
            {
                "constant_memory": True,
                "strings_to_numbers": False,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "default_date_format": "yyyy-mm-dd",
            },
        )
        sheets = _Sheets(workbook, report, spliced)
        try:
            try:
                sheets.write()
            except BaseException:
                _close_quietly(workbook)  # removes XlsxWriter's own temporary files; atomic_output removes the rest
                raise
            try:
                workbook.close()
                if spliced:
                    with open(temporary, "wb") as out:
                        splice(target, sheets.spooled, out)
            except (XlsxWriterException, OSError) as exc:  # e.g. the disk is full; atomic_output removes the file
                release_quietly(exc)
                cause = exc if isinstance(exc, OSError) else exc.__context__
                reason = cause.strerror if isinstance(cause, OSError) and cause.strerror else str(exc)
                raise ExportError(path, reason) from exc
        finally:
            sheets.discard()


def _close_quietly(workbook: xlsxwriter.Workbook) -> None:
    with suppress(Exception):  # already failing: the first error is the one to report
        workbook.close()


def sheet_name(name: str, taken: set[str]) -> str:
    """``name`` as Excel allows it: no []:*?/\\, no quote at either end, at most 31 characters, unique (Excel
    compares sheet names without regard to case), and not the reserved "History"."""
    base = _FORBIDDEN_IN_SHEET_NAME.sub("-", name).strip().strip("'").strip() or "Blad"
    if base.casefold() == "history":
        base = f"{base} (1)"
    candidate, number = base[:MAX_SHEET_NAME], 1
    while candidate.casefold() in taken:
        number += 1
        suffix = f" ({number})"
        candidate = base[: MAX_SHEET_NAME - len(suffix)].rstrip() + suffix
    taken.add(candidate.casefold())
    return candidate


def table_sheet_name(section_title: str, table: Table, tables_in_section: int) -> str:
    """The table's title; in a section of several tables, the section's title first (shortened to fit)."""
    if tables_in_section == 1 or table.title == section_title:
        return table.title
    joiner = " – "
    room = MAX_SHEET_NAME - len(joiner) - len(table.title)
    if room < 4:
        return f"{section_title}{joiner}{table.title}"
    return f"{section_title[:room].rstrip()}{joiner}{table.title}"


class _Sheets:
    def __init__(self, workbook: xlsxwriter.Workbook, report: Report, spliced: bool = False) -> None:
        self.workbook = workbook
        self.report = report
        self.taken: set[str] = set()
        self.bold = workbook.add_format({"bold": True})
        self.title = workbook.add_format({"bold": True, "font_size": 14})
        self.wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
        self.date = workbook.add_format({"num_format": "yyyy-mm-dd"})
        self.datetime = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
        # Spliced: the tables' rows as XML in temporary files, by the sheet's member in the workbook's zip. Dates
        # name their format by XlsxWriter's index of it (_get_xf_index(), what its own constant-memory rows use;
        # the tests read the dates back as dates).
        self.spooled: dict[str, SheetRows] | None = {} if spliced else None
        self.cell_xml = CellXml(self.date._get_xf_index(), self.datetime._get_xf_index()) if spliced else None
        self.about_sheet, self.about_row = None, 0
        self.continued: list[tuple[str, list[str]]] = []  # a table's first sheet and the sheets it goes on in

    def write(self) -> None:
        self._about()
        in_section: dict[str, int] = {}
        for section in self.report.sections:
            in_section[section.title] = len(section.tables)
        for section_title, _title, table in merged_tables(self.report):
            self._table(table_sheet_name(section_title, table, in_section.get(section_title, 1)), table)
        self._say_continued()

    def discard(self) -> None:
        for rows in (self.spooled or {}).values():
            rows.close()

    def _say_continued(self) -> None:
        """On the first sheet: which tables go on in further sheets (constant memory: below what is there)."""
        language, row = self.report.language, self.about_row + 1
        for first, more in self.continued:
            text = label(
                "note.continued", language, sheet=first, more=", ".join(more), rows=number_text(MAX_ROWS - 1, language)
            )
            self.about_sheet.write_string(row, 0, guard_text(text), self.bold)
            row += 1

    def _about(self) -> None:
        report, language = self.report, self.report.language
        sheet = self.workbook.add_worksheet(sheet_name(label("sheet.about", language), self.taken))
        sheet.set_column(0, 0, 22)
        sheet.set_column(1, 1, 100)
        sheet.write_string(0, 0, guard_text(report.title), self.title)
        period = f"{report.period.start.isoformat()} – {report.period.end.isoformat()}"
        rows = [
            (label("about.library", language), report.library),
            (label("about.period", language), period),
            (label("about.generated", language), report.generated.isoformat(sep=" ", timespec="minutes")),
        ]
        row = 2
        for name, value in rows:
            sheet.write_string(row, 0, name, self.bold)
            sheet.write_string(row, 1, guard_text(value))
            row += 1
        row += 1
        for note in report.notes:
            sheet.write_string(row, 0, guard_text(note))
            row += 1
        for section in report.sections:
            if section.text:
                row += 1
                sheet.write_string(row, 0, guard_text(section.title), self.bold)
                sheet.write_string(row, 1, guard_text(section.text), self.wrap)
                row += 1
        self.about_sheet, self.about_row = sheet, row

    def _table(self, name: str, table: Table) -> None:
        remaining = iter(table.rows)
        head = list(islice(remaining, WIDTH_SAMPLE))
        widths = _widths(table.columns, head)
        part, remaining, titles = 1, chain(head, remaining), []
        while True:
            sheet_title = name if part == 1 else f"{name} ({part})"
            sheet = self._sheet(sheet_title, table.columns, widths)
            titles.append(sheet.get_name())
            written = self._part(sheet, islice(remaining, MAX_ROWS - 1), len(table.columns))
            if written < MAX_ROWS - 1:
                if table.note:
                    sheet.write_string(written + 2, 0, guard_text(table.note))
                break
            nxt = next(remaining, None)
            if nxt is None:
                break
            remaining = chain((nxt,), remaining)
            part += 1
        if len(titles) > 1:
            self.continued.append((titles[0], titles[1:]))

    def _part(self, sheet, rows: Iterator[tuple], columns: int) -> int:
        """Write ``rows`` below the header of ``sheet``, by XlsxWriter or (spliced) as XML; returns how many."""
        if self.spooled is None:
            return self._rows(sheet, rows)
        spool = SheetRows(self.cell_xml, columns)
        # XlsxWriter's n-th worksheet is xl/worksheets/sheetN.xml (its packager names them so).
        self.spooled[f"xl/worksheets/sheet{len(self.workbook.worksheets())}.xml"] = spool
        return spool.write(rows)

    def _sheet(self, title: str, columns: tuple[str, ...], widths: list[int]):
        sheet = self.workbook.add_worksheet(sheet_name(title, self.taken))
        for column, width in enumerate(widths):
            sheet.set_column(column, column, width)
        for column, text in enumerate(columns):
            sheet.write_string(0, column, guard_text(text), self.bold)
        sheet.freeze_panes(1, 0)
        return sheet

    def _rows(self, sheet, rows: Iterator[tuple]) -> int:
        """Write ``rows`` below the header; returns how many."""
        write_string, write_number, write_datetime = sheet.write_string, sheet.write_number, sheet.write_datetime
        danger, date_format, datetime_format = DANGEROUS_STARTS, self.date, self.datetime
        number = 0
        for number, row in enumerate(rows, start=1):
            for column, cell in enumerate(row):
                kind = cell.__class__
                if kind is str:
                    write_string(number, column, "'" + cell if cell[:1] in danger else cell)
                elif kind is int or kind is float:
                    write_number(number, column, cell)
                elif cell is None:
                    continue
                elif kind is dt.date:
                    write_datetime(number, column, cell, date_format)
                elif kind is dt.datetime:
                    write_datetime(number, column, cell, datetime_format)
                elif kind is bool:
                    write_number(number, column, int(cell))
                else:
                    write_string(number, column, guard_text(str(cell)))
        return number


def _widths(columns: tuple[str, ...], sample: Iterable[tuple]) -> list[int]:
    widths = [len(column) for column in columns]
    for row in sample:
        for column, cell in enumerate(row[: len(widths)]):
            if cell is None:
                continue
            size = 10 if isinstance(cell, dt.date) else len(str(cell))
            if size > widths[column]:
                widths[column] = size
    return [min(MAX_WIDTH, max(MIN_WIDTH, width + 2)) for width in widths]
