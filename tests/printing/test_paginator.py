"""The one paginator of slips and reports, on small documents built here: what it keeps together, what it lets run
over pages, and what it leaves alone because it could not fit a page anyway. No printer: a page is 400 by 300 px."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextTableFormat

from deskhelp.printing.paginator import keep_together, top_level_table

PAGE = QSizeF(400, 300)
LONG = "Besökaren behövde hjälp med e-legitimationen och fick den. " * 6  # several lines at 400 px


def _document() -> tuple[QTextDocument, QTextCursor]:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setPageSize(PAGE)
    cursor = QTextCursor(document)
    cursor.insertText("Första raden")
    return document, cursor


def _page(document: QTextDocument, top: float) -> int:
    return math.floor(top / PAGE.height())


def _block_page(document: QTextDocument, block: QTextBlock) -> int:
    return _page(document, document.documentLayout().blockBoundingRect(block).top())


def _fill_until(document: QTextDocument, cursor: QTextCursor, bottom: float) -> None:
    """One-line paragraphs until the last one ends at ``bottom`` or below it."""
    while document.documentLayout().blockBoundingRect(document.lastBlock()).bottom() < bottom:
        cursor.insertBlock()
        cursor.insertText("utfyllnad")


def _heading(cursor: QTextCursor, text: str) -> QTextBlock:
    block_format = QTextBlockFormat()
    block_format.setHeadingLevel(2)
    cursor.insertBlock(block_format)
    cursor.insertText(text)
    return cursor.block()


def _line_height(document: QTextDocument) -> float:
    return document.documentLayout().blockBoundingRect(document.firstBlock()).height()


def _table(cursor: QTextCursor, rows: int, header: bool) -> None:
    table_format = QTextTableFormat()
    table_format.setHeaderRowCount(1 if header else 0)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    table = cursor.insertTable(rows, 2, table_format)
    for row in range(rows):
        table.cellAt(row, 0).firstCursorPosition().insertText(f"rad {row}")
    cursor.movePosition(QTextCursor.MoveOperation.End)


def test_a_heading_at_the_foot_of_a_page_moves_to_the_next_with_its_paragraph(qapp) -> None:
    document, cursor = _document()
    _fill_until(document, cursor, PAGE.height() - 1.5 * _line_height(document))
    heading = _heading(cursor, "Rubrik")
    cursor.insertBlock(QTextBlockFormat())
    cursor.insertText(LONG)
    paragraph = heading.next()
    document.pageCount()
    rect = document.documentLayout().blockBoundingRect(paragraph)
    assert _block_page(document, heading) == 0 and _page(document, rect.bottom()) == 1  # parted, as Qt left it
    keep_together(document, PAGE.height())
    assert _block_page(document, heading) == _block_page(document, paragraph) == 1


def test_a_heading_stays_with_a_tables_header_and_first_rows_and_the_table_runs_on(qapp) -> None:
    document, cursor = _document()
    _fill_until(document, cursor, PAGE.height() - 4 * _line_height(document))
    heading = _heading(cursor, "Per ärendetyp")
    _table(cursor, 40, header=True)  # taller than a page: it runs over pages
    keep_together(document, PAGE.height())
    table = top_level_table(heading.next().next())
    assert table is not None
    third_row = table.cellAt(2, 0).firstCursorPosition().block()
    assert _block_page(document, heading) == _block_page(document, third_row) == 1
    last_row = table.cellAt(39, 0).firstCursorPosition().block()
    assert _block_page(document, last_row) > 1


@pytest.mark.parametrize("whole", [True, False])
def test_a_table_that_fits_a_page_is_kept_whole_where_asked(qapp, whole: bool) -> None:
    document, cursor = _document()
    _fill_until(document, cursor, PAGE.height() - 4 * _line_height(document))
    _table(cursor, 5, header=False)  # a slip's card: taller than what is left of the page, shorter than a page
    keep_together(document, PAGE.height(), keep_tables_whole=whole)
    table = document.rootFrame().childFrames()[0]
    rect = document.documentLayout().frameBoundingRect(table)
    same_page = _page(document, rect.top()) == _page(document, rect.bottom() - 0.5)
    assert same_page is whole


def test_what_cannot_fit_a_page_is_not_moved(qapp) -> None:
    document, cursor = _document()
    _fill_until(document, cursor, PAGE.height() - 1.5 * _line_height(document))
    heading = _heading(cursor, "Rubrik")
    _table(cursor, 60, header=False)  # a table taller than a page, without a header: kept from its first lines
    keep_together(document, PAGE.height(), keep_tables_whole=True)
    assert _block_page(document, heading) == 1  # the heading moved to stay with the table's first lines
    table = document.rootFrame().childFrames()[0]
    first_row = table.cellAt(0, 0).firstCursorPosition().block()
    assert _block_page(document, first_row) == 1  # the table, too tall to keep whole, starts under its heading
    assert _block_page(document, heading.previous()) == 0  # and no page was left empty
