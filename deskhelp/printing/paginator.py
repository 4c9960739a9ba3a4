"""Laying a text document out on pages and painting it on a printer: the one paginator of slips and reports.

Qt breaks a document into pages by itself but knows nothing of what belongs together. Before painting, the
paginator finds the first thing that would be parted badly, starts a new page before it, lays the document out
again, and repeats until nothing moves:

- a heading (a paragraph with a heading level, on the page's main level) stays on a page with the start of what
  follows it: the first lines of a paragraph, the top of a chart, a table's header row and first two rows, or the
  whole table where tables are kept whole; a heading followed by a heading stays with what follows both;
- where tables are kept whole (a slip's cards, and its closing list with the footer), a table on the main level
  that fits on a page starts a new page rather than being cut in two.

Whatever is taller than nine tenths of a page is cut anyway: moving it would only leave a page empty. Reports let
their tables run over pages (Qt repeats a table's header row on each) and get a footer line on every page.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPainter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)

from deskhelp.printing.row_split import split_one_cut_row

FITS = 0.9  # of a page: anything taller is cut anyway
FIRST_LINES = 3  # of a paragraph, kept with the heading above it
TABLE_START_ROWS = 3  # a table's header row and first two rows, kept with the heading above it
MAX_MOVES = 200  # each pass moves one thing; a slip or a report has far fewer
MAX_SPLITS = 200  # tables split before rows a page end would cut (several at a time)


@dataclass(frozen=True)
class Footer:
    """A line at the foot of every page: ``left`` at the start, ``right(page, pages)`` at the end."""

    left: str
    right: Callable[[int, int], str]
    font: QFont
    colour: str


def paint_pages(
    document: QTextDocument,
    printer: QPagedPaintDevice,
    *,
    keep_tables_whole: bool = False,
    footer: Footer | None = None,
    lossless_images: bool = False,
    keep_rows_whole: bool = False,
) -> None:
    """Lay ``document`` out at the printer's resolution, keep together what belongs together, and paint it page by
    page (with ``footer`` on each). ``lossless_images``: no JPEG blur round a QR code's modules.
    ``keep_rows_whole``: a table row is not cut by a page end (``deskhelp.printing.row_split``). Raises OSError."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    if lossless_images:
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    try:
        document.documentLayout().setPaintDevice(printer)
        page = _page_rect(printer)
        footer_height = 0.0
        if footer is not None:
            painter.setFont(footer.font)
            footer_height = painter.fontMetrics().height() * 2.2
        body_height = page.height() - footer_height
        document.setPageSize(QSizeF(page.width(), body_height))
        keep_together(document, body_height, keep_tables_whole, keep_rows_whole)
        pages = document.pageCount()
        for number in range(pages):
            if number and not printer.newPage():
                raise OSError("the printer could not start a new page")
            top = number * body_height
            painter.save()
            painter.translate(0, -top)
            # Half a device pixel inside the page: Qt draws every line that touches the clip, so a line starting
            # exactly at the foot of the page would be drawn there too (clipped to the eye, but in the PDF's text).
            # Qt also draws the line before the clip of a paragraph that runs on from the page before: out of sight
            # in the top margin, but a PDF text extractor finds that line twice.
            document.drawContents(painter, QRectF(0, top + 0.5, page.width(), body_height - 1))
            painter.restore()
            if footer is not None:
                rect = QRectF(0, page.height() - footer_height * 0.6, page.width(), footer_height * 0.6)
                painter.setPen(QColor(footer.colour))
                painter.setFont(footer.font)
                painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, footer.left)
                right = footer.right(number + 1, pages)
                painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, right)
    finally:
        painter.end()
        document.documentLayout().setPaintDevice(None)


def page_count(document: QTextDocument, device: QPagedPaintDevice, keep_tables_whole: bool = False) -> int:
    """How many pages ``document`` takes on ``device`` once kept together as paint_pages keeps it (no footer)."""
    document.documentLayout().setPaintDevice(device)
    try:
        page = _page_rect(device)
        document.setPageSize(QSizeF(page.width(), page.height()))
        keep_together(document, page.height(), keep_tables_whole)
        return document.pageCount()
    finally:
        document.documentLayout().setPaintDevice(None)


def _page_rect(device: QPagedPaintDevice) -> QRectF:
    """The printable part of a page in device pixels: a QPrinter's own (a printer may have hardware margins), else the
    page layout's (a QPdfWriter)."""
    page_rect = getattr(device, "pageRect", None)  # QPrinter, without importing print support (it loads widgets)
    if page_rect is not None:
        return page_rect(type(device).Unit.DevicePixel)
    return QRectF(device.pageLayout().paintRectPixels(device.resolution()))


def keep_together(
    document: QTextDocument, page_height: float, keep_tables_whole: bool = False, keep_rows_whole: bool = False
) -> None:
    """Start new pages where needed so that nothing is parted badly (see the module's docstring). The document must
    have its page size set."""
    rows_from = 0  # rows before the last split table were looked at and do not move any more
    for _ in range(MAX_MOVES + (MAX_SPLITS if keep_rows_whole else 0)):
        document.pageCount()  # lays the document out
        if _move_one_down(document, page_height, keep_tables_whole):
            continue
        if not keep_rows_whole:
            return
        split_at = split_one_cut_row(document, page_height, rows_from)
        if split_at is None:
            return
        rows_from = split_at


def _move_one_down(document: QTextDocument, page_height: float, keep_tables_whole: bool) -> bool:
    """Start a new page before the first heading that would be parted from what follows it, else (where tables are
    kept whole) before the first table that would be cut in two. False when nothing needs to move."""
    layout = document.documentLayout()
    block = document.firstBlock()
    while block.isValid():
        block_format = block.blockFormat()
        if block_format.headingLevel() and not block_format.pageBreakPolicy() and top_level_table(block) is None:
            top = layout.blockBoundingRect(block).top()
            bottom = _kept_bottom(document, block, page_height, keep_tables_whole)
            if bottom - top < FITS * page_height and _crosses_page(top, bottom, page_height):
                _break_before(block)
                return True
        block = block.next()
    if keep_tables_whole:
        for frame in document.rootFrame().childFrames():
            rect = layout.frameBoundingRect(frame)
            # The break goes on the paragraph before the table (after a table, the empty one Qt keeps between
            # tables), not in the table's own format: Qt would draw that table's border across the foot of the page
            # it left.
            before = document.findBlock(frame.firstPosition()).previous()
            moved = before.blockFormat().pageBreakPolicy()
            if (
                rect.height() < FITS * page_height
                and not moved
                and _crosses_page(rect.top(), rect.bottom(), page_height)
            ):
                _break_before(before)
                return True
    return False


def _kept_bottom(
    document: QTextDocument, block: QTextBlock, page_height: float, keep_tables_whole: bool, depth: int = 0
) -> float:
    """Where what must stay on a page with the start of ``block`` ends; for a heading, with the start of what
    follows it."""
    layout = document.documentLayout()
    table = top_level_table(block)
    if table is not None:
        rect = layout.frameBoundingRect(table)
        if keep_tables_whole and rect.height() < FITS * page_height:
            return rect.bottom()
        if table.format().headerRowCount():
            last = table.cellAt(min(TABLE_START_ROWS - 1, table.rows() - 1), 0).lastCursorPosition().block()
            return layout.blockBoundingRect(last).bottom()
        return min(rect.bottom(), rect.top() + _first_lines_height(block))  # a table without a header: a slip's card
    rect = layout.blockBoundingRect(block)
    following = block.next()
    if block.blockFormat().headingLevel() and following.isValid() and depth < 3:
        return max(rect.bottom(), _kept_bottom(document, following, page_height, keep_tables_whole, depth + 1))
    # A chart is one line as tall as the chart: Qt moves it to the next page whole when it does not fit, so its
    # first few pixels tell on which page it starts. The line's own position counts, not the paragraph's: a line Qt
    # moved to the next page leaves its paragraph starting on the page before (the heading above it stayed there
    # alone, issue 17).
    lines = block.layout()
    if not lines.lineCount():
        return rect.top()
    first = lines.lineAt(0)
    last = lines.lineAt(min(FIRST_LINES, lines.lineCount()) - 1)
    top = rect.top() + first.y()
    return min(rect.top() + last.y() + last.height(), top + 0.1 * page_height)


def _first_lines_height(block: QTextBlock) -> float:
    lines = block.layout()
    return sum(lines.lineAt(i).height() for i in range(min(FIRST_LINES, lines.lineCount())))


def _crosses_page(top: float, bottom: float, page_height: float) -> bool:
    return math.floor(top / page_height) != math.floor((bottom - 0.5) / page_height)


def top_level_table(block: QTextBlock) -> QTextTable | None:
    """The table on the page's main level that ``block`` is in (however deep), or None for a paragraph on that
    level."""
    frame: QTextFrame | None = QTextCursor(block).currentFrame()
    if frame is None or frame.parentFrame() is None:
        return None
    while frame.parentFrame().parentFrame() is not None:
        frame = frame.parentFrame()
    return frame if isinstance(frame, QTextTable) else None


def _break_before(block: QTextBlock) -> None:
    block_format = block.blockFormat()
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(block_format)
