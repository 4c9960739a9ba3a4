"""The look of DeskHelp's paper, defined once: fonts, colours and page geometry of slips and reports."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextBlock, QTextBlockFormat, QTextCharFormat, QTextCursor

PAGE_SIZE = QPageSize.PageSizeId.A4
# The slip has tighter top and bottom margins than a report: it keeps room for a note by hand and folds once to A5,
# and it has no page footer.
SLIP_MARGINS_MM = QMarginsF(20, 13, 20, 10)  # left, top, right, bottom
REPORT_MARGINS_MM = QMarginsF(20, 16, 20, 12)
TEXT_WIDTH_PX = 640  # A4 less the margins, in the 96-to-the-inch pixels Qt sizes images in on paper

# Faces with Latin and Arabic in one: Segoe UI on Windows, DejaVu Sans or Noto Sans on Linux.
FONT_FAMILIES = ["Segoe UI", "DejaVu Sans", "Noto Sans", "Arial"]
SLIP_BODY_PT = 12.5  # large type: many who are referred read Swedish as a second language, or see less well
REPORT_BODY_PT = 10.0
TABLE_PT = 9.0
FOOTER_PT = 8.0

ACCENT = "#1d4f7a"
MUTED = "#555555"
CARD_BORDER = "#8da4bd"
RULE = "#b8c2cc"
HEADER_FILL = "#e3ebf3"
NOTES_FILL = "#fff4dc"
NOTES_BORDER = "#d9a441"

NO_LIGATURES = {QFont.Tag("liga"): 0}  # "fi" stays two letters: a report's text is searched and copied


def font(size: float, ligatures: bool = True, language: str | None = None) -> QFont:
    """The paper's font at ``size`` points; ``language`` puts the bundled face of its script first (fonts.py)."""
    from deskhelp.printing.fonts import families_for  # registers the bundled fonts on first use

    result = QFont()
    result.setFamilies(families_for(FONT_FAMILIES, language))
    result.setPointSizeF(size)
    if not ligatures:
        result.setFeature(QFont.Tag("liga"), 0)
    return result


def page_layout(margins_mm: QMarginsF) -> QPageLayout:
    """A4 upright with ``margins_mm``: both slips and reports are printed on the A4 office printers at the desks."""
    return QPageLayout(QPageSize(PAGE_SIZE), QPageLayout.Orientation.Portrait, margins_mm, QPageLayout.Unit.Millimeter)


def append_paragraph(
    cursor: QTextCursor, text: str, char_format: QTextCharFormat, block_format: QTextBlockFormat
) -> QTextBlock:
    """``text`` as a new paragraph at the end of the cursor's document. The empty paragraph a document starts with,
    or the one Qt leaves after a table, takes it instead of staying behind as a blank line."""
    cursor.movePosition(QTextCursor.MoveOperation.End)
    if cursor.block().length() == 1:
        cursor.setBlockFormat(block_format)
        cursor.setBlockCharFormat(char_format)
    else:
        cursor.insertBlock(block_format, char_format)
    cursor.insertText(text, char_format)
    return cursor.block()
