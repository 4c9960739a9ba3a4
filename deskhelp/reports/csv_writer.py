"""A Report as CSV that Swedish Excel opens as it is: UTF-8 with a byte order mark, ``;`` between cells, CRLF line
ends, ISO dates, and a decimal comma (Swedish Excel reads ``12.5`` as text or a date, ``12,5`` as a number).

The cases report is a plain table: a header row, then one row per case, for pivot tables and re-import. Every
other report starts with its title, library and period and its notes, then has each table under a title row, with
a blank line between tables. Rows are written as they come, so the cases stream through in constant memory.

The cases' rows are taken as text from the database when the table offers them so (``Table.text``, rendered by
SQLite by CSV_TEXT: the same bytes, a million cases in seconds rather than a quarter of a minute).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable
from itertools import chain, islice
from pathlib import Path
from typing import TextIO

from deskhelp.reports.guard import DANGEROUS_STARTS, atomic_output, guard_text
from deskhelp.reports.model import Report, ReportKind, TextRules, merged_tables

BATCH_ROWS = 1000
_DIALECT = {"delimiter": ";", "lineterminator": "\r\n"}
# _cell and the csv module's rules (QUOTE_MINIMAL: quoted when holding the delimiter, the quote or a line break), for
# a data source that renders the rows itself.
CSV_TEXT = TextRules(
    separator=";",
    line_end="\r\n",
    quote='"',
    quote_when=';"\r\n',
    guard="'",
    guard_when="".join(sorted(DANGEROUS_STARTS)),
)
_PLAIN_TYPES = frozenset({str, int, type(None), dt.date})  # written the same by the csv module and by _cell
# A field starts after a separator or a line end (the text is searched with a line end put before it); the csv
# module quotes a field holding a CR, so an unquoted CR after a separator is the end of the line.
_FORMULA_AT_FIELD_START = re.compile(r'[;\n](?:"[=+\-@\t\r]|[=+\-@\t]|\r(?!\n))')


def write_csv(report: Report, path: Path) -> None:
    """Write ``report`` to ``path`` (replaced only when complete). Raises ExportError naming the path."""
    with atomic_output(Path(path)) as temporary, open(temporary, "w", encoding="utf-8-sig", newline="") as stream:
        if report.kind is ReportKind.CASES:
            for section in report.sections:
                for table in section.tables:
                    _write_rows(stream, [table.columns])
                    if table.text is None:
                        _write_rows(stream, table.rows)
                    else:
                        for text in table.text(CSV_TEXT):
                            stream.write(text)
            return
        period = report.period
        _write_rows(
            stream,
            [
                (report.title,),
                (report.library, f"{period.start.isoformat()} – {period.end.isoformat()}"),
                *((note,) for note in report.notes),
            ],
        )
        texts = {section.title: section.text for section in report.sections}
        for section_title, table_title, table in merged_tables(report):
            stream.write(_DIALECT["lineterminator"])
            title = table_title if table_title == section_title else f"{section_title} – {table_title}"
            heading = [(title,)]
            text = texts.pop(section_title, "")  # the section's text, with its first table
            if text:
                heading.append((text,))
            if table.note:
                heading.append((table.note,))
            _write_rows(stream, [*heading, table.columns])
            _write_rows(stream, table.rows)


def _write_rows(stream: TextIO, rows: Iterable[tuple]) -> None:
    """Write ``rows`` with every cell as ``_cell`` makes it, a batch at a time.

    Fast path: a batch of only text, whole numbers, dates and empty cells is written by the csv module as it is,
    and kept unless a field of the result starts with something a spreadsheet could take for a formula (a cheap
    regular-expression scan of the batch's text). Otherwise the batch is written again cell by cell. Both paths
    give the same bytes (a test checks it); the fast one is what lets a million cases through in seconds.
    """
    parts: list[str] = []
    fast, exact = csv.writer(_Collect(parts.append), **_DIALECT), csv.writer(stream, **_DIALECT)
    remaining = iter(rows)
    while batch := list(islice(remaining, BATCH_ROWS)):
        if _PLAIN_TYPES.issuperset(map(type, chain.from_iterable(batch))):
            parts.clear()
            fast.writerows(batch)
            text = "".join(parts)
            if _FORMULA_AT_FIELD_START.search("\n" + text) is None:
                stream.write(text)
                continue
        danger = DANGEROUS_STARTS  # _cell, with the common cases inline: batches with a guarded cell are common too
        exact.writerows(
            [
                c
                if (kind := c.__class__) is int or c is None
                else (("'" + c if c[:1] in danger else c) if kind is str else _cell(c))
                for c in row
            ]
            for row in batch
        )


class _Collect:
    def __init__(self, write) -> None:
        self.write = write


def _cell(value):
    """A cell as written: text guarded, decimal comma, date-times to the minute, booleans as 1/0."""
    kind = value.__class__
    if kind is str:
        return "'" + value if value[:1] in DANGEROUS_STARTS else value
    if kind is int or value is None or kind is dt.date:
        return value
    if kind is float:
        return repr(value).replace(".", ",")
    if kind is dt.datetime:
        return value.isoformat(sep=" ", timespec="minutes")
    if kind is bool:
        return int(value)
    if isinstance(value, float):
        return repr(float(value)).replace(".", ",")
    if isinstance(value, int):
        return int(value)
    return guard_text(str(value))  # anything else, a str subclass (an enum value) too, is text
