"""Printable exercise sheets for a workshop without a screen (issue 19): the patrons' requests first, numbered,
with room to note the group's answer; then, from a new page, the answer key (what the guidelines say).

The window supplies every word already in the reader's language (ui.practice_sheets); this module only lays it out
with QTextCursor and the one paginator, as the readable guidelines are laid out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

from deskhelp.printing.guidelines import _ensure_application
from deskhelp.printing.paginator import Footer, paint_pages
from deskhelp.printing.pdf import save_pdf
from deskhelp.printing.report import _char, _font
from deskhelp.printing.style import ACCENT, FOOTER_PT, MUTED, REPORT_MARGINS_MM, append_paragraph

REQUEST_PT = 12.5  # read aloud in a group, sometimes by someone who reads Swedish as a second language
KEY_PT = 9.5


@dataclass(frozen=True)
class KeyLine:
    label: str
    text: str


@dataclass(frozen=True)
class SheetItem:
    request: str
    key: tuple[KeyLine, ...]  # the guidelines' answer, line by line


@dataclass(frozen=True)
class ExerciseSheet:
    title: str
    subtitle: str  # the pack and its version
    intro: str
    note_lines: tuple[str, ...]  # what the group writes down under each request
    key_title: str
    key_intro: str
    items: tuple[SheetItem, ...]
    footer: str
    page: str  # "Page {page} of {pages}" in the reader's language


class _Builder:
    def __init__(self, sheet: ExerciseSheet) -> None:
        self.sheet = sheet
        self.document = QTextDocument()
        self.document.setDefaultFont(_font())
        self.document.setDocumentMargin(0)
        self.cursor = QTextCursor(self.document)

    def block(
        self,
        text: str,
        char_format: QTextCharFormat,
        top: float = 0,
        bottom: float = 0,
        heading: int = 0,
        indent: float = 0,
        new_page: bool = False,
    ) -> None:
        block_format = QTextBlockFormat()
        block_format.setTopMargin(top)
        block_format.setBottomMargin(bottom)
        block_format.setHeadingLevel(heading)  # kept with what follows (deskhelp.printing.paginator)
        block_format.setLeftMargin(indent)
        if new_page:
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        append_paragraph(self.cursor, text, char_format, block_format)

    def build(self) -> QTextDocument:
        sheet = self.sheet
        self.block(sheet.title, _char(20, bold=True, colour=ACCENT), bottom=3)
        self.block(sheet.subtitle, _char(9.5, colour=MUTED), bottom=6)
        self.block(sheet.intro, _char(10.5), bottom=8)
        for number, item in enumerate(sheet.items, start=1):
            # The number and the request are a heading, so that the paginator keeps them with the lines below.
            self.block(f"{number}.  “{item.request}”", _char(REQUEST_PT, bold=True), top=12, bottom=4, heading=3)
            for line in sheet.note_lines:
                self.block(line, _char(10, colour=MUTED), top=14, indent=18)  # room to write by hand
        self.block(sheet.key_title, _char(20, bold=True, colour=ACCENT), bottom=3, heading=2, new_page=True)
        self.block(sheet.key_intro, _char(10.5), bottom=6)
        for number, item in enumerate(sheet.items, start=1):
            self.block(f"{number}.  “{item.request}”", _char(10.5, bold=True), top=10, bottom=2, heading=3)
            for line in item.key:
                self.block("", _char(KEY_PT), top=1, indent=18)
                self.cursor.insertText(f"{line.label}: ", _char(KEY_PT, bold=True))
                self.cursor.insertText(line.text, _char(KEY_PT))
        return self.document


def exercise_sheet_document(sheet: ExerciseSheet) -> QTextDocument:
    _ensure_application()
    return _Builder(sheet).build()


def write_exercise_sheets(sheet: ExerciseSheet, path: Path) -> None:
    """Write ``sheet`` as an A4 PDF at ``path``. Raises OSError (WriteError) naming ``path`` when it cannot."""
    document = exercise_sheet_document(sheet)
    footer = Footer(
        left=sheet.footer,
        right=lambda page, pages: sheet.page.format(page=page, pages=pages),
        font=_font(FOOTER_PT),
        colour=MUTED,
    )
    save_pdf(path, sheet.title, REPORT_MARGINS_MM, lambda printer: paint_pages(document, printer, footer=footer))


__all__ = ["ExerciseSheet", "KeyLine", "SheetItem", "write_exercise_sheets"]
