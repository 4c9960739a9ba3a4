"""Keeping a table row of several lines on one page: Qt cuts a row where the page ends, so a reflection's first line
stayed at the foot of one page and the rest went on the next (issue 17).

Qt lays each cell out on its own and has no "keep row whole". So the paginator splits the table before a row that
would be cut: the rows from there on move to a new table (same format, so the same columns and the header row
again) that starts a new page. Only tables with a header row (a report's) are split; a row taller than most of a
page is left to run over.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat, QTextTable

FITS = 0.9
SLACK = 0.02  # of a page


def _span(document: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    """Where the text of ``row`` starts and ends on the long roll of pages."""
    layout = document.documentLayout()
    top, bottom = float("inf"), float("-inf")
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        first = cell.firstCursorPosition().block()
        last = cell.lastCursorPosition().block()
        for block in (first, last):
            lines = block.layout()
            if not lines.lineCount():
                continue
            rect = layout.blockBoundingRect(block)
            top = min(top, rect.top() + lines.lineAt(0).y())
            end = lines.lineAt(lines.lineCount() - 1)
            bottom = max(bottom, rect.top() + end.y() + end.height())
    return top, bottom


def split_one_cut_row(document: QTextDocument, page_height: float, after: int = 0) -> int | None:
    """Split the first table from document position ``after`` on that has a row a page end would cut, before that
    row and before every later row that would be cut once it is moved (worked out from the rows' heights, so each
    row is copied once). Returns where to look next time (the last new table: what comes before it does not move
    again), or None when no row is cut."""
    layout = document.documentLayout()
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable) or frame.lastPosition() < after:
            continue
        header = frame.format().headerRowCount()
        if not header or frame.rows() <= header + 1:
            continue
        spans = [_span(document, frame, row) for row in range(frame.rows())]
        lead = spans[header][0] - layout.frameBoundingRect(frame).top() + SPACER_PX  # a new table down to its rows
        breaks, offset = [], 0.0
        for row in range(header + 1, frame.rows()):  # never before the first row: nothing would be left behind
            top, bottom = spans[row]
            if top == float("inf"):
                continue
            top, bottom = top + offset, bottom + offset
            # With room under the row for the table's foot and the paragraph that breaks the page: a part of the
            # table running a hair onto the next page would put that break there and leave a page blank.
            end = bottom + SLACK * page_height
            if int(top // page_height) != int((end - 0.5) // page_height) and bottom - top < FITS * page_height:
                breaks.append(row)
                offset += (int(top // page_height) + 1) * page_height + lead - top
        if breaks:
            edit = QTextCursor(document)
            edit.beginEditBlock()  # one layout afterwards, not one for every cell copied (20 ms each)
            try:
                return _split(document, frame, breaks)
            finally:
                edit.endEditBlock()
    return None


SPACER_PX = 1.0  # the paragraph that carries the page break before a new part of a table


def _copy_cell(table: QTextTable, row: int, column: int, target: QTextTable, target_row: int) -> None:
    source = table.cellAt(row, column)
    destination = target.cellAt(target_row, column)
    destination.setFormat(source.format())
    selection = QTextCursor(source.firstCursorPosition())
    selection.setPosition(source.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    cursor = destination.firstCursorPosition()
    cursor.setBlockFormat(source.firstCursorPosition().blockFormat())
    cursor.insertFragment(selection.selection())


def _split(document: QTextDocument, table: QTextTable, breaks: list[int]) -> int:
    """Move the rows from each of ``breaks`` (ascending) on into tables of their own, each on a new page."""
    header, rows, columns = table.format().headerRowCount(), table.rows(), table.columns()
    ends = [*breaks[1:], rows]
    # The paragraph after the table is often the next heading (the report writer reuses the one Qt leaves there):
    # an empty plain paragraph goes before it, and the parts after that, so the heading keeps its format.
    after = document.findBlock(table.lastPosition() + 1)
    kept = after.blockFormat()
    cursor = QTextCursor(after)
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    plain = QTextBlockFormat()
    cursor.insertBlock(plain)
    cursor.setBlockFormat(kept)  # the text that was after the table, with its own format again
    cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
    cursor.setBlockFormat(plain)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    last = table.firstPosition()
    for start, end in zip(breaks, ends, strict=True):
        spacer = QTextBlockFormat()
        spacer.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        tiny = QTextCharFormat()
        tiny.setFontPointSize(0.75)
        cursor.insertBlock(spacer, tiny)  # after what is there: the spacer, then this part of the table
        part = cursor.insertTable(header + end - start, columns, table.format())
        for number in range(header):
            for column in range(columns):
                _copy_cell(table, number, column, part, number)
        for number in range(start, end):
            for column in range(columns):
                _copy_cell(table, number, column, part, header + number - start)
        last = part.firstPosition()
        cursor = QTextCursor(document.findBlock(part.lastPosition() + 1))
        cursor.setBlockFormat(plain)  # the paragraph after the part took the spacer's page break: not that
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    table.removeRows(breaks[0], rows - breaks[0])
    return last
