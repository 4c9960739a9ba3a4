"""A report as a PDF a team lead can send to the municipality: A4, a header with the library, the title and the period,
the notes first, then each section's text, charts and tables, and "Sida 1 av 3" at the foot of every page.

The document is built with QTextCursor (not HTML) so that tables get a repeated header row on every page they run
onto and numbers right-aligned. Charts need Qt Charts, which needs widgets: the caller that can draw them passes a
``ChartDrawer`` (``deskhelp.ui.report_pdf`` does); without one a report has its tables only. A chart comes as a
QPicture and goes into the PDF as vector drawing and text (``deskhelp.printing.vector_object``), not as pixels.
The few words the writer adds itself (the date it was printed, page numbers) follow ``report.language``, not the
window's language: they are in the reports' own table of words, ``deskhelp.reports.labels``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPicture,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)

from deskhelp.core.statistics import Period
from deskhelp.printing.fonts import families_for
from deskhelp.printing.paginator import Footer, paint_pages
from deskhelp.printing.pdf import save_pdf
from deskhelp.printing.style import (
    ACCENT,
    FONT_FAMILIES,
    FOOTER_PT,
    HEADER_FILL,
    MUTED,
    NO_LIGATURES,
    NOTES_BORDER,
    NOTES_FILL,
    REPORT_MARGINS_MM,
    RULE,
    TABLE_PT,
    TEXT_WIDTH_PX,
    append_paragraph,
    font,
)
from deskhelp.printing.style import REPORT_BODY_PT as BODY_PT
from deskhelp.printing.table_widths import column_percentages
from deskhelp.printing.vector_object import insert_picture
from deskhelp.reports.labels import label
from deskhelp.reports.model import Cell, ChartKind, Hidden, Report, ReportKind, Table

CHART_MAX_BARS = 15  # a longer table is charted by its first rows; the table has them all
CHART_MAX_COLUMNS = 24
LINE_CHART_PX = 250
COLUMN_CHART_PX = 170
PIE_CHART_PX = 300
CHART_MAX_PX = 480  # half a page: a chart and the start of its table fit together
SUPPRESSED = re.compile(r"^<\d+$")


@dataclass(frozen=True)
class ChartRequest:
    """One chart for a table, in plain data: what a ``ChartDrawer`` draws."""

    kind: ChartKind
    labels: list[str]  # bar and pie: the category of each value
    series: dict[str, list[float]] = field(default_factory=dict)  # bar: column name to values; pie: one series
    points: list[tuple[dt.date, int]] = field(default_factory=list)  # line: day and count
    date_format: str = "d MMM"  # line: how the axis names days
    locale: QLocale = field(default_factory=QLocale)
    width: int = TEXT_WIDTH_PX
    height: int = LINE_CHART_PX  # line and pie; a bar chart's drawer sizes it by its bars, up to max_height
    max_height: int = CHART_MAX_PX


# The chart as recorded drawing and the size it is shown at on paper (in Qt's 96-to-the-inch pixels).
ChartDrawer = Callable[[ChartRequest], tuple[QPicture, QSize]]


def _text(language: str, key: str, **values: object) -> str:
    return label(f"pdf.{key}", language, **values)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_range_text(start: dt.date, end: dt.date, language: str = "sv") -> str:
    """ "1 januari – 31 december 2026", "16–22 november 2026", "1 december 2025 – 31 januari 2026"."""
    locale = QLocale(language)

    def long(day: dt.date, pattern: str = "d MMMM yyyy") -> str:
        return locale.toString(_qdate(day), pattern)

    if start == end:
        return long(end)
    if start.year == end.year and start.month == end.month:
        return f"{start.day}–{long(end)}"
    if start.year == end.year:
        return f"{long(start, 'd MMMM')} – {long(end)}"
    return f"{long(start)} – {long(end)}"


def period_text(period: Period, language: str = "sv") -> str:
    return date_range_text(period.start, period.end, language)


# -- the document --------------------------------------------------------------------------------------------
def _font(size: float = BODY_PT) -> QFont:
    return font(size, ligatures=False)  # "fi" stays two letters: a PDF's text is searched and copied


def _char(size: float = BODY_PT, bold: bool = False, colour: str | None = None, italic: bool = False):
    char_format = QTextCharFormat()
    char_format.setFontFamilies(families_for(FONT_FAMILIES))
    char_format.setFontPointSize(size)
    char_format.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    char_format.setFontItalic(italic)
    char_format.setFontFeatures(NO_LIGATURES)
    if colour:
        char_format.setForeground(QColor(colour))
    return char_format


def _measure_font(char_format: QTextCharFormat) -> QFont:
    """The font of ``char_format``, a little larger: printed text may run wider than the screen measures it."""
    measured = _font(char_format.fontPointSize() * 1.06)
    measured.setBold(char_format.fontWeight() >= QFont.Weight.Bold)
    return measured


def _is_number(cell: Cell) -> bool:
    return isinstance(cell, int | float) and not isinstance(cell, bool)


def _numeric_columns(rows: Sequence[tuple[Cell, ...]], count: int) -> list[bool]:
    """Columns of counts (suppressed counts such as "<3" included); the first column always holds labels."""
    numeric = []
    for column in range(count):
        cells = [row[column] for row in rows if column < len(row) and row[column] not in (None, "")]
        counts = all(
            _is_number(c) or isinstance(c, Hidden) or (isinstance(c, str) and SUPPRESSED.match(c)) for c in cells
        )
        numeric.append(column > 0 and bool(cells) and counts)
    return numeric


def _cell_text(cell: Cell, locale: QLocale) -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return str(cell)
    if isinstance(cell, int):
        return locale.toString(cell)
    if isinstance(cell, float):
        return locale.toString(cell, "f", 0 if cell.is_integer() else 1)
    if isinstance(cell, dt.datetime):
        return cell.strftime("%Y-%m-%d %H:%M")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return str(cell)


class _Builder:
    def __init__(self, report: Report, charts: ChartDrawer | None = None) -> None:
        self.report = report
        self.language = report.language
        self.locale = QLocale(report.language)
        self.document = QTextDocument()
        self.document.setDefaultFont(_font())
        self.document.setDocumentMargin(0)
        self.cursor = QTextCursor(self.document)
        self.charts = 0
        self.draw_chart = charts

    # Paragraphs -----------------------------------------------------------------------------------------------
    def block(
        self,
        text: str,
        char_format: QTextCharFormat,
        top: float = 0,
        bottom: float = 0,
        heading: int = 0,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> QTextBlock:
        block_format = QTextBlockFormat()
        block_format.setTopMargin(top)
        block_format.setBottomMargin(bottom)
        block_format.setAlignment(align)
        block_format.setHeadingLevel(heading)  # headings are kept with what follows (see deskhelp.printing.paginator)
        return append_paragraph(self.cursor, text, char_format, block_format)

    def paragraphs(self, text: str) -> None:
        for part in (p.strip() for p in text.split("\n\n")):
            if part:
                self.block(part.replace("\n", "\u2028"), _char(), bottom=6)

    # Parts of the report --------------------------------------------------------------------------------------
    def header(self) -> None:
        report = self.report
        self.block(report.library, _char(11, bold=True, colour=MUTED), bottom=2)
        self.block(report.title, _char(21, bold=True, colour=ACCENT), bottom=4)
        self.block(period_text(report.period, self.language), _char(13), bottom=2)
        printed = _text(self.language, "printed", date=report.generated.date().isoformat())
        self.block(printed, _char(BODY_PT, colour=MUTED), bottom=10)

    def notes(self) -> None:
        if not self.report.notes:
            return
        table_format = QTextTableFormat()
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_format.setCellPadding(8)
        table_format.setCellSpacing(0)
        table_format.setBorder(1.2)
        table_format.setBorderBrush(QBrush(QColor(NOTES_BORDER)))
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setBackground(QColor(NOTES_FILL))
        table_format.setBottomMargin(10)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        table = self.cursor.insertTable(1, 1, table_format)
        cursor = table.cellAt(0, 0).firstCursorPosition()
        cursor.setBlockCharFormat(_char(11, bold=True))
        cursor.insertText(_text(self.language, "notes"), _char(11, bold=True))
        for note in self.report.notes:
            block_format = QTextBlockFormat()
            block_format.setTopMargin(4)
            cursor.insertBlock(block_format, _char(10.5))
            cursor.insertText(note, _char(10.5))

    def section(self, title: str, text: str, tables: list[Table]) -> None:
        self.block(title, _char(15, bold=True, colour=ACCENT), top=16, bottom=6, heading=2)
        if text:
            self.paragraphs(text)
        for table in tables:
            self.table(table, under=title)

    def table(self, table: Table, under: str = "") -> None:
        """The table, with its chart; its title unless it only repeats the heading ``under`` it ("Översikt" twice)."""
        rows = [tuple(row) for row in table.rows]
        columns = len(table.columns)
        numeric = _numeric_columns(rows, columns)
        if table.title and table.title.strip().casefold() != under.strip().casefold():
            self.block(table.title, _char(11, bold=True), top=10, bottom=4, heading=3)
        if table.chart is not None and rows and self.draw_chart is not None:
            self.chart(table, rows, numeric)
        table_format = QTextTableFormat()
        table_format.setHeaderRowCount(1)  # repeated at the top of every page the table runs onto
        table_format.setCellPadding(3)
        table_format.setCellSpacing(0)
        table_format.setBorder(0.6)
        table_format.setBorderBrush(QBrush(QColor(RULE)))
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setBorderCollapse(True)
        table_format.setTopMargin(2)
        table_format.setBottomMargin(4)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        # Widths measured in the printed fonts: no number or hour heading broken, no word split in a text column.
        header, body = _char(TABLE_PT, bold=True), _char(TABLE_PT)
        texts = [[_cell_text(cell, self.locale) for cell in row] for row in rows]
        percentages = column_percentages(
            [str(name) for name in table.columns],
            texts,
            numeric,
            _measure_font(header),
            _measure_font(body),
            TEXT_WIDTH_PX,
            padding=12.0,
        )
        table_format.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, w) for w in percentages])
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        text_table = self.cursor.insertTable(len(rows) + 1, columns, table_format)
        for column, name in enumerate(table.columns):
            cell = text_table.cellAt(0, column)
            cell_format = cell.format()
            cell_format.setBackground(QColor(HEADER_FILL))
            cell.setFormat(cell_format)
            self._cell_text(text_table, 0, column, name, header, numeric[column])
        for number, row in enumerate(rows, start=1):
            for column in range(columns):
                value = row[column] if column < len(row) else None
                self._cell_text(text_table, number, column, _cell_text(value, self.locale), body, numeric[column])
        if table.note:
            self.block(table.note, _char(8.5, colour=MUTED, italic=True), top=0, bottom=6)

    @staticmethod
    def _cell_text(table: QTextTable, row: int, column: int, text: str, char_format, right: bool) -> None:
        cursor = table.cellAt(row, column).firstCursorPosition()
        block_format = cursor.blockFormat()
        block_format.setAlignment(Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
        cursor.setBlockFormat(block_format)
        cursor.insertText(text, char_format)

    def chart(self, table: Table, rows: list[tuple[Cell, ...]], numeric: list[bool]) -> None:
        value_columns = [index for index, is_number in enumerate(numeric) if is_number]
        if not value_columns or self.draw_chart is None:
            return

        def value(cell: Cell) -> float:
            return float(cell) if _is_number(cell) else 0.0  # a suppressed "<3" is drawn as nothing

        shown = rows[:CHART_MAX_BARS]
        labels = [_cell_text(row[0], self.locale) for row in shown]
        if table.chart is ChartKind.LINE:
            points = []
            for row in rows:
                day = row[0] if isinstance(row[0], dt.date) else _parse_date(row[0])
                if day is not None:
                    points.append((day, int(value(row[value_columns[0]]))))
            if not points:
                return
            request = ChartRequest(ChartKind.LINE, [], points=points, date_format=_date_format(points))
            shown = rows
        elif table.chart is ChartKind.PIE:
            series = {"": [value(row[value_columns[0]]) for row in shown]}
            request = ChartRequest(ChartKind.PIE, labels, series, height=PIE_CHART_PX)
        elif table.chart is ChartKind.COLUMN:
            shown = rows[:CHART_MAX_COLUMNS]
            labels = [_column_label(_cell_text(row[0], self.locale), self.locale) for row in shown]
            series = {table.columns[c]: [value(row[c]) for row in shown] for c in value_columns}
            request = ChartRequest(ChartKind.COLUMN, labels, series, height=COLUMN_CHART_PX)
        else:
            series = {table.columns[c]: [value(row[c]) for row in shown] for c in value_columns}
            request = ChartRequest(ChartKind.BAR, labels, series)
        picture, size = self.draw_chart(replace(request, locale=self.locale))
        self.charts += 1
        self.block("", _char(), top=2, bottom=4, align=Qt.AlignmentFlag.AlignLeft)
        insert_picture(self.cursor, picture, size.width(), size.height())
        if len(shown) < len(rows):
            caption = _text(self.language, "first_rows", n=len(shown))
            self.block(caption, _char(8.5, colour=MUTED, italic=True), bottom=4)

    def build(self) -> QTextDocument:
        self.header()
        self.notes()
        for section in self.report.sections:
            self.section(section.title, section.text, section.tables)
        return self.document


def _date_format(points: list[tuple[dt.date, int]]) -> str:
    """Months as "jan. 2026", days and weeks as "3 feb."."""
    if len(points) > 1 and all(day.day == 1 for day, _count in points):
        return "MMM yyyy"
    return "d MMM"


def _column_label(text: str, locale: QLocale) -> str:
    """A month "2026-01" under an upright bar as "jan." over "2026" (Qt Charts' labels take a line break as <br>):
    twelve "2026-01" side by side were cut to "20…"."""
    match = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if match is None:
        return text
    return f"{locale.toString(QDate(int(match[1]), int(match[2]), 1), 'MMM')}<br>{match[1]}"


def _parse_date(cell: Cell) -> dt.date | None:
    if isinstance(cell, str):
        try:
            return dt.date.fromisoformat(cell[:10])
        except ValueError:
            return None
    return None


def report_document(report: Report, charts: ChartDrawer | None = None) -> QTextDocument:
    """The report as a QTextDocument (charts, when ``charts`` can draw them, as vector pictures), not yet laid out
    for a page."""
    if report.kind is ReportKind.CASES:
        raise ValueError("the cases report is for CSV or XLSX")
    return _Builder(report, charts).build()


def write_report_pdf(report: Report, path: Path, charts: ChartDrawer | None = None) -> None:
    """Write ``report`` as an A4 PDF at ``path`` (through a temporary file: a reader never sees half a report).
    Raises ValueError for the cases report, OSError (WriteError) naming ``path`` when it cannot be written."""
    document = report_document(report, charts)
    footer = Footer(
        left=f"{report.library} · {report.title}",
        right=lambda page, pages: _text(report.language, "page", page=page, pages=pages),
        font=_font(FOOTER_PT),
        colour=MUTED,
    )
    save_pdf(path, report.title, REPORT_MARGINS_MM, lambda printer: _paint(document, printer, footer))


def _paint(document: QTextDocument, printer: QPagedPaintDevice, footer: Footer) -> None:
    # Tables run over pages, their header row repeated; a row is not cut by a page end.
    paint_pages(document, printer, footer=footer, keep_rows_whole=True)
