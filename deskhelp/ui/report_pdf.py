"""A report as a PDF a team lead can send to the municipality: A4, a header with the library, the title and the period,
the notes first, then each section's text, charts and tables, and "Sida 1 av 3" at the foot of every page.

The document is built with QTextCursor (not HTML) so that tables get a repeated header row on every page they run
onto, numbers right-aligned, and charts come from ``deskhelp.ui.charts`` as images. The few words the writer adds
itself (the date it was printed, page numbers) follow ``report.language``, not the window's language: a report is
written for its reader, so they are kept here per language rather than in the window's translations.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF, QRectF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from deskhelp.core.statistics import Period
from deskhelp.reports.model import Cell, ChartKind, Report, ReportKind, Table

PAGE_MARGINS_MM = QMarginsF(20, 16, 20, 12)  # left, top, right, bottom
FONT_FAMILIES = ["Segoe UI", "DejaVu Sans", "Noto Sans", "Arial"]
BODY_PT = 10.0
TABLE_PT = 9.0
FOOTER_PT = 8.0
ACCENT = "#1d4f7a"
MUTED = "#555555"
RULE = "#b8c2cc"
HEADER_FILL = "#e3ebf3"
NOTES_FILL = "#fff4dc"
NOTES_BORDER = "#d9a441"
TEXT_WIDTH_PX = 640  # A4 less the margins, in the 96-to-the-inch pixels Qt sizes images in on paper
CHART_MAX_BARS = 15  # a longer table is charted by its first rows; the table has them all
LINE_CHART_PX = 250
CHART_MAX_PX = 480  # half a page: a chart and the start of its table fit together
SUPPRESSED = re.compile(r"^<\d+$")

_TEXTS = {
    "sv": {
        "printed": "Utskriven {0}",
        "page": "Sida {0} av {1}",
        "notes": "Att observera",
        "first_rows": "Diagrammet visar de första {0} raderna; tabellen visar alla.",
    },
    "en": {
        "printed": "Printed {0}",
        "page": "Page {0} of {1}",
        "notes": "Please note",
        "first_rows": "The chart shows the first {0} rows; the table shows them all.",
    },
}

_app: QApplication | None = None  # kept alive when this module had to create it (the command line)


def _text(language: str, key: str) -> str:
    return _TEXTS.get(language, _TEXTS["sv"])[key]


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


def _ensure_application() -> bool:
    """A Qt application for fonts and the printer; True when it can also draw charts (widgets)."""
    global _app
    existing = QGuiApplication.instance()
    if existing is None:
        _app = QApplication([])
        existing = _app
    return isinstance(existing, QApplication)


# -- the document --------------------------------------------------------------------------------------------
NO_LIGATURES = {QFont.Tag("liga"): 0}  # "fi" stays two letters: a PDF's text is searched and copied


def _font(size: float = BODY_PT) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(size)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def _char(size: float = BODY_PT, bold: bool = False, colour: str | None = None, italic: bool = False):
    char_format = QTextCharFormat()
    char_format.setFontFamilies(FONT_FAMILIES)
    char_format.setFontPointSize(size)
    char_format.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    char_format.setFontItalic(italic)
    char_format.setFontFeatures(NO_LIGATURES)
    if colour:
        char_format.setForeground(QColor(colour))
    return char_format


def _is_number(cell: Cell) -> bool:
    return isinstance(cell, int | float) and not isinstance(cell, bool)


def _numeric_columns(rows: Sequence[tuple[Cell, ...]], count: int) -> list[bool]:
    """Columns of counts (suppressed counts such as "<3" included); the first column always holds labels."""
    numeric = []
    for column in range(count):
        cells = [row[column] for row in rows if column < len(row) and row[column] not in (None, "")]
        counts = all(_is_number(c) or (isinstance(c, str) and SUPPRESSED.match(c)) for c in cells)
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
    def __init__(self, report: Report) -> None:
        self.report = report
        self.language = report.language
        self.locale = QLocale(report.language)
        self.document = QTextDocument()
        self.document.setDefaultFont(_font())
        self.document.setDocumentMargin(0)
        self.cursor = QTextCursor(self.document)
        self.charts = 0
        self.can_draw_charts = True

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
        block_format.setHeadingLevel(heading)  # headings are kept with what follows (see _keep_with_next)
        cursor = self.cursor
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if cursor.block().length() == 1:  # the empty paragraph at the start, or the one Qt leaves after a table
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
        else:
            cursor.insertBlock(block_format, char_format)
        cursor.insertText(text, char_format)
        return cursor.block()

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
        printed = _text(self.language, "printed").format(report.generated.date().isoformat())
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
            self.table(table)

    def table(self, table: Table) -> None:
        rows = [tuple(row) for row in table.rows]
        columns = len(table.columns)
        numeric = _numeric_columns(rows, columns)
        if table.title:
            self.block(table.title, _char(11, bold=True), top=10, bottom=4, heading=3)
        if table.chart is not None and rows and self.can_draw_charts:
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
        # Count columns as wide as their heading needs (within reason), the text columns share the rest.
        widths = [
            min(22.0, max(11.0, 1.45 * len(str(name)))) if n else 0.0
            for name, n in zip(table.columns, numeric, strict=True)
        ]
        scale = min(1.0, 70.0 / max(1.0, sum(widths)))
        widths = [w * scale for w in widths]
        text_width = (100 - sum(widths)) / max(1, columns - sum(numeric))
        table_format.setColumnWidthConstraints(
            [
                QTextLength(QTextLength.Type.PercentageLength, w if n else text_width)
                for w, n in zip(widths, numeric, strict=True)
            ]
        )
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        text_table = self.cursor.insertTable(len(rows) + 1, columns, table_format)
        header = _char(TABLE_PT, bold=True)
        body = _char(TABLE_PT)
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
        from deskhelp.ui import charts  # Qt Charts only when a report has a chart

        value_columns = [index for index, is_number in enumerate(numeric) if is_number]
        if not value_columns:
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
            view = charts.line_chart("", points, date_format=_date_format(points), locale=self.locale)
            size = QSize(TEXT_WIDTH_PX, LINE_CHART_PX)
            shown = rows
        elif table.chart is ChartKind.PIE:
            view = charts.pie_chart("", labels, [value(row[value_columns[0]]) for row in shown])
            size = QSize(TEXT_WIDTH_PX, 300)
        else:
            series = {table.columns[c]: [value(row[c]) for row in shown] for c in value_columns}
            view = charts.bar_chart("", labels, series)
            size = QSize(TEXT_WIDTH_PX, charts.bar_chart_height(len(shown), len(series), CHART_MAX_PX))
        image = charts.chart_image(view, size)
        self.charts += 1
        name = f"chart:{self.charts}"
        self.document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        self.block("", _char(), top=2, bottom=4, align=Qt.AlignmentFlag.AlignLeft)
        image_format = QTextImageFormat()
        image_format.setName(name)
        image_format.setWidth(size.width())
        image_format.setHeight(size.height())
        self.cursor.insertImage(image_format)
        if len(shown) < len(rows):
            caption = _text(self.language, "first_rows").format(len(shown))
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


def _parse_date(cell: Cell) -> dt.date | None:
    if isinstance(cell, str):
        try:
            return dt.date.fromisoformat(cell[:10])
        except ValueError:
            return None
    return None


def report_document(report: Report) -> QTextDocument:
    """The report as a QTextDocument (charts included as image resources), not yet laid out for a page."""
    if report.kind is ReportKind.CASES:
        raise ValueError("the cases report is for CSV or XLSX")
    builder = _Builder(report)
    builder.can_draw_charts = _ensure_application()
    return builder.build()


# -- pages ---------------------------------------------------------------------------------------------------
def _crosses_page(top: float, bottom: float, page_height: float) -> bool:
    return math.floor(top / page_height) != math.floor((bottom - 0.5) / page_height)


def _kept_bottom(document: QTextDocument, block: QTextBlock, page_height: float, depth: int = 0) -> float:
    """Where what must stay on a page with ``block`` ends: for a heading, the start of what follows it (a chart, the
    first lines of a paragraph, a table's header and first two rows)."""
    layout = document.documentLayout()
    table = QTextCursor(block).currentTable()
    if table is not None:
        last = table.cellAt(min(2, table.rows() - 1), 0).lastCursorPosition().block()
        return layout.blockBoundingRect(last).bottom()
    rect = layout.blockBoundingRect(block)
    following = block.next()
    if block.blockFormat().headingLevel() and following.isValid() and depth < 3:
        return max(rect.bottom(), _kept_bottom(document, following, page_height, depth + 1))
    lines = block.layout()
    first_lines = sum(lines.lineAt(i).height() for i in range(min(3, lines.lineCount()))) if lines else rect.height()
    # A chart is one line as tall as the chart: Qt moves it to the next page whole when it does not fit, so its
    # first few pixels tell on which page it starts.
    return rect.top() + min(rect.height(), first_lines, 0.1 * page_height)


def _keep_with_next(document: QTextDocument, page_height: float) -> None:
    """Start a new page before a heading that would be left at the foot of a page, apart from its chart or table.
    The document must have its page size set."""
    for _ in range(200):  # each pass moves one heading; a report has fewer
        document.pageCount()  # lays the document out
        layout = document.documentLayout()
        block = document.firstBlock()
        moved = False
        while block.isValid():
            block_format = block.blockFormat()
            if block_format.headingLevel() and not block_format.pageBreakPolicy():
                top = layout.blockBoundingRect(block).top()
                bottom = _kept_bottom(document, block, page_height)
                if bottom - top < 0.9 * page_height and _crosses_page(top, bottom, page_height):
                    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(block).setBlockFormat(block_format)
                    moved = True
                    break
            block = block.next()
        if not moved:
            return


def _render(document: QTextDocument, printer: QPrinter, report: Report) -> None:
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the PDF could not be started")
    try:
        document.documentLayout().setPaintDevice(printer)
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        footer_font = _font(FOOTER_PT)
        painter.setFont(footer_font)
        footer_height = painter.fontMetrics().height() * 2.2
        body_height = page.height() - footer_height
        document.setPageSize(QSizeF(page.width(), body_height))
        _keep_with_next(document, body_height)
        total = document.pageCount()
        for number in range(total):
            if number and not printer.newPage():
                raise OSError("the PDF could not start a new page")
            top = number * body_height
            painter.save()
            painter.translate(0, -top)
            document.drawContents(painter, QRectF(0, top + 0.5, page.width(), body_height - 1))
            painter.restore()
            footer = QRectF(0, page.height() - footer_height * 0.6, page.width(), footer_height * 0.6)
            painter.setPen(QColor(MUTED))
            painter.setFont(footer_font)
            left = f"{report.library} · {report.title}"
            painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, left)
            page_text = _text(report.language, "page").format(number + 1, total)
            painter.drawText(footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, page_text)
    finally:
        painter.end()
        document.documentLayout().setPaintDevice(None)


def write_report_pdf(report: Report, path: Path) -> None:
    """Write ``report`` as an A4 PDF at ``path`` (via a temporary file beside it, then renamed: a reader never sees
    half a report). Raises ValueError for the cases report, OSError naming ``path`` when it cannot be written."""
    if report.kind is ReportKind.CASES:
        raise ValueError("the cases report is for CSV or XLSX")
    path = Path(path).absolute()
    folder = path.parent
    if not folder.is_dir():
        raise OSError(f"Cannot save the report as {path}: the folder {folder} does not exist")
    if path.is_dir():
        raise OSError(f"Cannot save the report as {path}: that is a folder")
    document = report_document(report)
    # Beside the target, so that the rename stays on one disk; created as any new file is (not private like
    # mkstemp's), so that the finished PDF has the permissions a PDF saved there normally has.
    temporary = str(folder / f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    except OSError as exc:
        raise OSError(f"Cannot save the report as {path}: {exc.strerror or exc}") from exc
    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(temporary)
        printer.setCreator("DeskHelp")
        printer.setDocName(report.title)
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                PAGE_MARGINS_MM,
                QPageLayout.Unit.Millimeter,
            )
        )
        try:
            _render(document, printer, report)
        except OSError as exc:
            raise OSError(f"Cannot save the report as {path}: {exc}") from exc
        if os.path.getsize(temporary) == 0:
            raise OSError(f"Cannot save the report as {path}: nothing was written")
        try:
            os.replace(temporary, path)
        except OSError as exc:
            raise OSError(f"Cannot save the report as {path}: {exc.strerror or exc}") from exc
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
