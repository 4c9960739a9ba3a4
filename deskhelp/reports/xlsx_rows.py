"""The rows of a long table (the cases: a million of them) as worksheet XML, put into the workbook XlsxWriter wrote.

Why not XlsxWriter's own write_string()/write_number(): it costs some 9 µs a cell, 218 s for a million cases of 22
cells. Here a cell is a dictionary look-up and a few string joins: most columns hold a handful of values (a branch,
a case type, an outcome), so each value's XML is made once per column and reused. What is made is the XML
XlsxWriter makes in constant-memory mode (inline strings, ``r`` on every row and cell, dates as serial numbers in
the workbook's date format), so the file is what it was, only written in a fraction of the time.

How it fits in: XlsxWriter writes the workbook with each long table's sheet holding only its header row (styles,
widths, frozen header, sheet names: all its own). Meanwhile the rows go, as XML, to a temporary file per sheet
(``SheetRows``), as XlsxWriter's constant-memory mode does itself; it needs the row count for the sheet's
``<dimension>`` before the rows. Then ``splice`` copies the workbook into the final file and puts each sheet's rows
in before its ``</sheetData>``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterable
from typing import IO, BinaryIO

from xlsxwriter.utility import xl_col_to_name

from deskhelp.reports.guard import DANGEROUS_STARTS

EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 0: Excel's dates from March 1900 on count days from here
MAX_TEXT = 32_767  # characters in a cell, Excel's limit (XlsxWriter cuts there too)
MAX_COLUMNS = 16_384
CACHE_LIMIT = 4096  # values remembered per column: the ids and free text of a million cases would only grow it
FLUSH_ROWS = 1000  # rows joined and written at a time: some 800 kB
# zlib's level: a third of the time of XlsxWriter's 6 (a million cases: some 7 s rather than 22) for a file some 15%
# larger.
COMPRESS_LEVEL = 3

# XML 1.0 allows no control characters but tab, LF and CR; Excel writes them as _xHHHH_ (and a literal _xHHHH_ with
# its underscore escaped), as XlsxWriter does.
_LITERAL_ESCAPE = re.compile(r"(_x[0-9a-fA-F]{4}_)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")
_NEEDS_WORK = re.compile(r"[&<>\x00-\x08\x0b-\x1f]|_x[0-9a-fA-F]{4}_")
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"/>')


def text_xml(text: str) -> str:
    """The rest of a ``<c r="A1`` element (from the quote closing the reference) holding ``text``: guarded against
    formulas, cut at Excel's limit, escaped for XML, with leading or trailing spaces kept."""
    if text[:1] in DANGEROUS_STARTS:
        text = "'" + text
    if len(text) > MAX_TEXT:
        text = text[:MAX_TEXT]
    if _NEEDS_WORK.search(text):
        text = _LITERAL_ESCAPE.sub(r"_x005F\1", text)
        text = _CONTROL.sub(lambda match: f"_x{ord(match.group()):04X}_", text)
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if text[:1].isspace() or text[-1:].isspace():
        return f'" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'
    return f'" t="inlineStr"><is><t>{text}</t></is></c>'


class CellXml:
    """The XML of a cell after ``<c r="A1``, by value; dates in the workbook's date formats (xf indices)."""

    def __init__(self, date_style: int, datetime_style: int) -> None:
        self.date_style, self.datetime_style = date_style, datetime_style

    def __call__(self, value: object) -> str:
        kind = value.__class__
        if kind is str:
            return text_xml(value)
        if kind is bool:
            return f'"><v>{int(value)}</v></c>'
        if kind is int or (kind is float and math.isfinite(value)):
            return f'"><v>{value:.16G}</v></c>'
        if kind is dt.date:
            return f'" s="{self.date_style}"><v>{(value - EXCEL_EPOCH).days}</v></c>'
        if kind is dt.datetime and value.tzinfo is None:
            delta = value - dt.datetime(1899, 12, 30)
            serial = delta.days + (delta.seconds + delta.microseconds / 1e6) / 86400
            return f'" s="{self.datetime_style}"><v>{serial:.16G}</v></c>'
        return text_xml(str(value))  # anything else (an enum, a date with a time zone, NaN) as its text


class _Cells(dict):
    """One column's cells: value -> XML, made on first sight and kept (up to CACHE_LIMIT values)."""

    __slots__ = ("cell_xml",)

    def __init__(self, cell_xml: CellXml) -> None:
        super().__init__()
        self.cell_xml = cell_xml

    def __missing__(self, value: object) -> str:
        xml = self.cell_xml(value)
        if len(self) < CACHE_LIMIT:
            self[value] = xml
        return xml


class SheetRows:
    """The rows of one sheet as XML in a temporary file, numbered from 2 (row 1 is XlsxWriter's header)."""

    def __init__(self, cell_xml: CellXml, columns: int) -> None:
        self.cell_xml = cell_xml
        self.stream: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - open until close(), after the splice
        self.rows = 0
        self.filled = 1  # the last sheet row holding a cell and (below) the widest row: the sheet's dimension
        self.columns = columns
        self._prefixes: list[str] = []
        self._cells: list[_Cells] = []
        self._widen(columns)

    def _widen(self, columns: int) -> None:
        for column in range(len(self._prefixes), min(columns, MAX_COLUMNS)):
            self._prefixes.append(f'<c r="{xl_col_to_name(column)}')
            self._cells.append(_Cells(self.cell_xml))

    def write(self, rows: Iterable[tuple]) -> int:
        """Write ``rows`` after those written so far; returns how many."""
        parts: list[str] = []
        append, encode, write = parts.append, str.encode, self.stream.write
        prefixes, cells, join = self._prefixes, self._cells, "".join
        widest, filled = self.columns, self.filled
        last = start = self.rows + 1  # sheet rows: the header is row 1
        for last, row in enumerate(rows, start=start + 1):  # noqa: B007 - the last number tells the count
            if len(row) > widest:
                widest = len(row)
                self._widen(widest)
            at = str(last)
            # One row, in the form XlsxWriter writes it: <row r="2"><c r="A2"...</c>...</row>; no cell for None, and
            # no row without cells.
            xml = join([p + at + c[v] for p, c, v in zip(prefixes, cells, row, strict=False) if v is not None])
            if xml:
                append(f'<row r="{at}">{xml}</row>')
                filled = last
            if len(parts) >= FLUSH_ROWS:
                write(encode(join(parts)))
                parts.clear()
        write(encode(join(parts)))
        written = last - start
        self.rows += written
        self.columns, self.filled = widest, filled
        return written

    def close(self) -> None:
        self.stream.close()


def splice(workbook: BinaryIO, sheets: dict[str, SheetRows], out: BinaryIO) -> None:
    """Copy the zip ``workbook`` to ``out``, putting each of ``sheets`` (by member name) into its sheet's data."""
    with (
        zipfile.ZipFile(workbook) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            rows = sheets.get(info.filename)
            if rows is None:
                target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL)
                continue
            head, end, tail = data.rpartition(b"</sheetData>")
            if not end:
                raise ValueError(f"no sheet data in {info.filename}")
            last = xl_col_to_name(max(rows.columns, 1) - 1)
            head = _DIMENSION.sub(f'<dimension ref="A1:{last}{rows.filled}"/>'.encode(), head, count=1)
            with target.open(info.filename, "w", force_zip64=True) as member:  # by name: the archive's level
                member.write(head)
                rows.stream.seek(0)
                shutil.copyfileobj(rows.stream, member, 1 << 20)
                member.write(end + tail)
