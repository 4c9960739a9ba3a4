"""The readable guidelines as an A4 PDF for the staff meeting, or an actor's extract to send (issue 13, item 6).

Built with QTextCursor like the reports: each area is a heading and a three-column table (what the patron needs help
with; what we do and don't and why; whom we refer to) whose header row Qt repeats on every page it runs onto; the
quick-reference cards follow, each a heading kept with its first steps by the one paginator.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QPagedPaintDevice,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextListFormat,
    QTextTable,
    QTextTableFormat,
)

from deskhelp.printing.paginator import Footer, paint_pages
from deskhelp.printing.pdf import save_pdf
from deskhelp.printing.report import _char, _font
from deskhelp.printing.style import (
    ACCENT,
    FOOTER_PT,
    HEADER_FILL,
    MUTED,
    NOTES_FILL,
    REPORT_MARGINS_MM,
    RULE,
    append_paragraph,
)
from deskhelp.reports.guideline_document import GuidelineDocument, Referral, Row, word

CELL_PT = 8.5
VERDICT_COLOURS = {"yes": "#22663a", "partly": "#8a5a00", "no": "#9b1c1c"}
COLUMN_PERCENT = (24, 44, 32)

_app: QGuiApplication | None = None  # kept alive when this module had to create it (the command line)


def _ensure_application() -> None:
    """Fonts and the PDF writer need a Qt GUI application; the command line has none."""
    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication([])


class _Builder:
    def __init__(self, document: GuidelineDocument) -> None:
        self.source = document
        self.language = document.language
        self.this_actor = document.actor.id if document.actor else None
        self.document = QTextDocument()
        self.document.setDefaultFont(_font())
        self.document.setDocumentMargin(0)
        self.cursor = QTextCursor(self.document)

    def block(self, text: str, char_format: QTextCharFormat, top: float = 0, bottom: float = 0, heading: int = 0):
        block_format = QTextBlockFormat()
        block_format.setTopMargin(top)
        block_format.setBottomMargin(bottom)
        block_format.setHeadingLevel(heading)  # kept with what follows (deskhelp.printing.paginator)
        append_paragraph(self.cursor, text, char_format, block_format)

    def header(self) -> None:
        doc = self.source
        if doc.library:
            self.block(doc.library, _char(11, bold=True, colour=MUTED), bottom=2)
        self.block(doc.title, _char(20, bold=True, colour=ACCENT), bottom=4)
        if doc.actor is not None:
            self.block(word("actor_to", self.language, actor=doc.actor.name), _char(13, bold=True), bottom=2)
        if doc.subtitle:
            self.block(doc.subtitle, _char(12), bottom=2)
        self.block(doc.meta, _char(9.5, colour=MUTED), bottom=1)
        self.block(doc.printed, _char(9.5, colour=MUTED), bottom=8)
        self.block(doc.intro, _char(), bottom=6)

    # The matrix --------------------------------------------------------------------------------------------------
    def table(self, rows: tuple[Row, ...]) -> None:
        """One table per case type, all with the same columns, so that the paginator keeps each case type whole on a
        page (Qt would cut a row anywhere, even between a contact's two lines); the first has the column names, and
        the area's heading stays with it."""
        for number, row in enumerate(rows):
            header = number == 0
            table = self._row_table(header_rows=int(header), last=number == len(rows) - 1)
            if header:
                for column, name in enumerate(self.source.columns):
                    cell = table.cellAt(0, column)
                    cell_format = cell.format()
                    cell_format.setBackground(QColor(HEADER_FILL))
                    cell.setFormat(cell_format)
                    cell.firstCursorPosition().insertText(name, _char(CELL_PT, bold=True))
            at = int(header)
            self.case_cell(table.cellAt(at, 0).firstCursorPosition(), row)
            self.solution_cell(table.cellAt(at, 1).firstCursorPosition(), row)
            self.refer_cell(table.cellAt(at, 2).firstCursorPosition(), row)

    def _row_table(self, header_rows: int, last: bool) -> QTextTable:
        table_format = QTextTableFormat()
        table_format.setCellPadding(4)
        table_format.setCellSpacing(0)
        table_format.setBorder(0.6)
        table_format.setBorderBrush(QBrush(QColor(RULE)))
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setBorderCollapse(True)
        table_format.setTopMargin(2 if header_rows else 0)
        table_format.setBottomMargin(6 if last else 0)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_format.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, p) for p in COLUMN_PERCENT]
        )
        cursor = self.cursor
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if not header_rows:  # the paragraph Qt keeps between two tables: as low as it goes
            cursor.setBlockCharFormat(_char(1))
            cursor.setBlockFormat(QTextBlockFormat())
        return cursor.insertTable(header_rows + 1, 3, table_format)

    def case_cell(self, cursor: QTextCursor, row: Row) -> None:
        cursor.insertText(row.title, _char(CELL_PT + 0.5, bold=True))
        _paragraph(cursor, row.verdict_text, _char(CELL_PT - 0.5, colour=VERDICT_COLOURS.get(row.verdict)), top=3)

    def solution_cell(self, cursor: QTextCursor, row: Row) -> None:
        first = True
        for key, text in (("we_do", row.we_do), ("we_dont", row.we_dont), ("why", row.why)):
            if not text:
                continue
            if not first:
                _paragraph(cursor, "", _char(CELL_PT), top=3)
            cursor.insertText(f"{word(key, self.language)}: ", _char(CELL_PT, bold=True))
            cursor.insertText(text, _char(CELL_PT))
            first = False
        if row.card:
            _paragraph(cursor, f"{word('card', self.language)}: {row.card}", _char(CELL_PT - 0.5, colour=MUTED), 3)

    def refer_cell(self, cursor: QTextCursor, row: Row) -> None:
        if not row.referrals:
            cursor.insertText(word(row.without_referral, self.language), _char(CELL_PT, colour=MUTED))
            return
        for index, referral in enumerate(row.referrals):
            if index:
                _paragraph(cursor, "", _char(CELL_PT), top=5)
            self.referral(cursor, referral, CELL_PT)

    def referral(self, cursor: QTextCursor, referral: Referral, size: float) -> None:
        name = _char(size, bold=True)
        if referral.id == self.this_actor:
            name.setBackground(QColor(NOTES_FILL))
        cursor.insertText(referral.name, name)
        if referral.helps_with:
            _paragraph(cursor, referral.helps_with, _char(size - 0.5), top=1)
        for line in referral.contacts:
            _paragraph(cursor, line, _char(size - 0.5), top=1)
        if referral.fill_in:
            _paragraph(cursor, referral.fill_in, _char(size - 0.5, colour=VERDICT_COLOURS["partly"], italic=True), 1)

    # The actor's page and the cards ----------------------------------------------------------------------------
    def actor(self) -> None:
        actor = self.source.actor
        assert actor is not None
        self.block(word("actor_described", self.language), _char(14, bold=True, colour=ACCENT), 10, 4, heading=2)
        self.block("", _char())
        self.referral(self.cursor, actor, 10)
        self.block(word("actor_errands", self.language), _char(14, bold=True, colour=ACCENT), 14, 2, heading=2)
        if not self.source.sections:
            self.block(word("actor_none", self.language), _char(), top=4)

    def cards(self) -> None:
        if not self.source.cards:
            return
        self.block(word("cards", self.language), _char(15, bold=True, colour=ACCENT), bottom=2, heading=2)
        block_format = self.cursor.blockFormat()  # the cards are handed out and pinned up apart from the matrix
        block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        self.cursor.setBlockFormat(block_format)
        for card in self.source.cards:
            self.block(card.title, _char(11, bold=True), top=10, bottom=3, heading=3)
            list_format = QTextListFormat()
            list_format.setStyle(QTextListFormat.Style.ListDecimal)
            list_format.setIndent(1)
            for number, step in enumerate(card.steps):
                self.block(step, _char(9.5), bottom=2)
                if number == 0:
                    text_list = self.cursor.createList(list_format)
                else:
                    text_list.add(self.cursor.block())
            if card.source:
                self.block(f"{word('source', self.language)}: {card.source}", _char(8.5, colour=MUTED), top=2)

    def build(self) -> QTextDocument:
        self.header()
        if self.source.actor is not None:
            self.actor()
        level = 3 if self.source.actor is not None else 2
        size = 12 if level == 3 else 14
        for section in self.source.sections:
            self.block(section.title, _char(size, bold=True, colour=ACCENT), top=12, bottom=3, heading=level)
            self.table(section.rows)
        self.cards()
        return self.document


def _paragraph(cursor: QTextCursor, text: str, char_format: QTextCharFormat, top: float = 0) -> None:
    block_format = QTextBlockFormat()
    block_format.setTopMargin(top)
    block_format.setAlignment(Qt.AlignmentFlag.AlignLeft)
    cursor.insertBlock(block_format, char_format)
    if text:
        cursor.insertText(text, char_format)


def guideline_pdf_document(document: GuidelineDocument) -> QTextDocument:
    """The guidelines as a QTextDocument, not yet laid out for a page."""
    _ensure_application()
    return _Builder(document).build()


def write_guideline_pdf(document: GuidelineDocument, path: Path) -> None:
    """Write ``document`` as an A4 PDF at ``path`` (through a temporary file). Raises OSError (WriteError) naming
    ``path`` when it cannot be written."""
    text_document = guideline_pdf_document(document)
    left = f"{document.library} · {document.title}" if document.library else document.title
    footer = Footer(
        left=left,
        right=lambda page, pages: word("page", document.language, page=page, pages=pages),
        font=_font(FOOTER_PT),
        colour=MUTED,
    )

    def paint(printer: QPagedPaintDevice) -> None:
        paint_pages(text_document, printer, keep_tables_whole=True, footer=footer)  # a case type whole on a page

    save_pdf(path, document.title, REPORT_MARGINS_MM, paint)
