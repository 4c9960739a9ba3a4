"""The slip a library hands out: where to turn, what we agreed, what to bring. Printed, or saved as a PDF.

A slip is built from a ``PatronSheet`` (already in the patron's language) and the library's own details, never from
anything about the patron or the staff member: it may be left on the counter or in the printer tray.

Page size: A4. A5 is what a desk would hand out, but the printers at library desks are A4 office printers with one
tray: an A5 job on them is scaled down, printed in a corner, or stops the printer asking for A5 paper. On A4 the
slip can use large type (many who are referred read Swedish as a second language, or see less well), leaves room
for a note by hand, and folds once to A5 for a pocket.

The slip is HTML for a ``QTextDocument``; QR codes are image resources named ``qr:<index of the actor>``.

Right to left: Qt's rich text neither mirrors table columns nor finds a paragraph's direction once the HTML has an
``<html>`` element, so every paragraph says its direction (from its own first letter: a Swedish actor description on
an Arabic slip stays left to right) and every paragraph and table sits on the slip's starting side.
"""

from __future__ import annotations

import datetime
import unicodedata
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPagedPaintDevice,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from deskhelp.core.guidelines import Outcome
from deskhelp.core.patron_text import PatronActor, PatronSheet, patron_label, text_is_rtl
from deskhelp.printing.paginator import page_count, paint_pages, top_level_table
from deskhelp.printing.pdf import save_pdf
from deskhelp.printing.style import ACCENT, CARD_BORDER, MUTED, page_layout
from deskhelp.printing.style import SLIP_BODY_PT as BODY_PT
from deskhelp.printing.style import SLIP_MARGINS_MM as PAGE_MARGINS_MM
from deskhelp.printing.style import font as _style_font

if TYPE_CHECKING:  # print support loads Qt widgets: the window that prints hands the printer in
    from PySide6.QtPrintSupport import QPrinter

RTL_SCALE = 1.15  # Arabic script reads small beside Latin letters of the same point size
ETHIOPIC_SCALE = 1.1  # so does Ethiopic (Tigrinya, Amharic), less so
QR_PX = 124  # Qt counts 96 px an inch on paper: 33 mm, well over the 25 mm a phone camera reads easily
QR_COLUMN_PX = 160
FIT_SCALES = (1.0, 0.92, 0.85)  # of the type's size; 0.85 of 12.5 pt is still larger than a letter's 10 pt
CHECKBOX = "\u2610"  # ☐; a bullet where the font has no such square

REFERRAL_OUTCOMES = (Outcome.REFERRED, Outcome.PARTLY_REFERRED)
FIRST_STRONG_ISOLATE, POP_ISOLATE = "\u2068", "\u2069"
CONTACT_ROWS = ("phone", "web", "chat", "email", "address", "hours", "languages")
LTR_CONTACTS = ("phone", "web", "chat", "email")  # numbers and addresses that read left to right in any script


@dataclass(frozen=True)
class SlipContext:
    library: str  # the library's name from configuration, e.g. "Stadsbiblioteket"
    given_on: datetime.date
    guidance: str | None = None  # the library's drop-in and booking times, free text from configuration
    booked_time: str = ""  # what staff wrote on a booking slip ("tisdag 14.00, Anna"); a line to write on if empty
    guidance_language: str | None = None  # the language ``guidance`` is in (core.branch_times), if not the slip's


def slip_font(language: str | None = None) -> QFont:
    return _style_font(BODY_PT, language=language)


def can_render(text: str) -> bool:
    """Whether the slip's font, with the fallbacks the system gives it, has a glyph for every letter of ``text``."""
    metrics = QFontMetrics(slip_font())
    return all(char.isspace() or metrics.inFontUcs4(ord(char)) for char in text)


def language_name(code: str) -> str:
    """The language's own name, which a patron recognises (svenska, العربية, Soomaali); English where no font here
    can draw the own name."""
    if code == "en":
        return "English"  # Qt would say "American English"
    locale = QLocale(code)
    if locale.language() is QLocale.Language.C:
        return code
    native = locale.nativeLanguageName()
    return native if native and can_render(native) else QLocale.languageToString(locale.language())


def slip_date(date: datetime.date, language: str) -> str:
    return QLocale(language).toString(QDate(date.year, date.month, date.day), "d MMMM yyyy")


def web_for_reading(url: str) -> str:
    """The address as a patron types it: no https://, no trailing slash."""
    for prefix in ("https://", "http://"):
        if url.lower().startswith(prefix):
            url = url[len(prefix) :]
    return url.rstrip("/")


def qr_targets(sheet: PatronSheet) -> dict[int, str]:
    """Actor index to the web address its QR code encodes, for the actors that have one."""
    return {index: actor.web for index, actor in enumerate(sheet.actors) if actor.web}


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def _script_scale(text: str) -> float:
    if text_is_rtl(text, False):
        return RTL_SCALE
    letter = next((char for char in text if char.isalpha()), "")
    return ETHIOPIC_SCALE if "\u1200" <= letter <= "\u139f" or "\u2d80" <= letter <= "\u2ddf" else 1


class _Writer:
    """Paragraphs and tables that know the slip's direction."""

    def __init__(self, rtl: bool, scale: float = 1.0) -> None:
        self.rtl = rtl
        self.align = "right" if rtl else "left"
        self.scale = scale  # below 1 where that keeps the slip from spilling a little onto another page

    def block(
        self,
        text: str,
        size: float = BODY_PT,
        *,
        bold: bool = False,
        colour: str | None = None,
        top: int = 0,
        bottom: int = 0,
        tag: str = "p",
        rtl: bool | None = None,
        markup: str | None = None,
        align: str | None = None,
    ) -> str:
        """One paragraph of ``text`` (escaped here, or ``markup`` shown instead), its direction from its letters."""
        # On a right-to-left slip every text with a right-to-left letter runs right to left, even one that starts
        # with a name ("Skatteverket (مصلحة الضرائب)"); a text of Latin letters only (the library's name) does not.
        block_rtl = rtl if rtl is not None else _has_rtl(text) if self.rtl else text_is_rtl(text, False)
        scale = _script_scale(text)  # by the script, whatever the direction
        size, top, bottom = size * self.scale, round(top * self.scale), round(bottom * self.scale)
        style = f"margin-top:{top}px; margin-bottom:{bottom}px; font-size:{size * scale:.1f}pt"
        if bold:
            style += "; font-weight:bold"
        if colour:
            style += f"; color:{colour}"
        body = markup if markup is not None else escape(text)
        direction = "rtl" if block_rtl else "ltr"
        return f'<{tag} dir="{direction}" align="{align or self.align}" style="{style}">{body}</{tag}>'

    def paragraphs(self, text: str, size: float = BODY_PT, *, bottom: int = 8, colour: str | None = None) -> str:
        parts = [part.strip() for part in text.split("\n\n") if part.strip()]
        return "".join(
            self.block(part, size, bottom=bottom, colour=colour, markup=escape(part).replace("\n", "<br>"))
            for part in parts
        )

    def row(self, *cells: str) -> str:
        """Cells in reading order: Qt lays table columns out left to right whatever the direction."""
        return "<tr>" + "".join(reversed(cells) if self.rtl else cells) + "</tr>"

    # Labels and headings are h3 and h2, so that the paginator keeps them with what follows.
    def label(self, text: str) -> str:
        return self.block(text, 11.5, bold=True, colour=ACCENT, top=18, bottom=3, tag="h3")

    def heading(self, text: str) -> str:
        return self.block(text, 17, bold=True, colour=ACCENT, top=22, bottom=8, tag="h2")


def _contact_values(actor: PatronActor, w: _Writer) -> dict[str, str]:
    languages = ""
    if actor.languages:
        names = [language_name(code) for code in actor.languages]
        # Each name isolated, so that a list of Latin and Arabic names keeps its order in either direction.
        languages = ("، " if w.rtl else ", ").join(f"{FIRST_STRONG_ISOLATE}{n}{POP_ISOLATE}" for n in names)
    return {
        "phone": actor.phone or "",
        "web": web_for_reading(actor.web) if actor.web else "",
        "chat": actor.chat or "",
        "email": actor.email or "",
        "address": actor.address or "",
        "hours": actor.hours or "",
        "languages": languages,
    }


def _cell(content: str, style: str = "", nowrap: bool = False) -> str:
    return f'<td valign="top" style="padding-bottom:4px; {style}"{" nowrap" if nowrap else ""}>{content}</td>'


def _actor_html(index: int, actor: PatronActor, language: str, w: _Writer) -> str:
    # Only checked details are here (patron_text leaves the others off and names them to staff): no stars, no notes.
    values = _contact_values(actor, w)
    rows = []
    for field in CONTACT_ROWS:
        if not values[field]:
            continue
        # Numbers and addresses read left to right; a list of languages runs in the slip's direction.
        value_rtl = False if field in LTR_CONTACTS else w.rtl if field == "languages" else None
        label = w.block(patron_label(field, language), colour=MUTED)
        value = w.block(values[field], rtl=value_rtl)
        rows.append(w.row(_cell(label, nowrap=True), _cell(value, "padding-left:12px; padding-right:12px")))
    details = w.block(actor.name, 16, bold=True, bottom=6) + w.paragraphs(actor.helps_with, bottom=12)
    if rows:
        details += (
            f'<table cellspacing="0" cellpadding="0" align="{w.align}" style="margin-top:4px">{"".join(rows)}</table>'
        )
    if not actor.has_contacts:
        # A local service whose details the library has not entered: a line for staff to write them on by hand.
        contact = w.block(patron_label("contact", language), colour=MUTED, top=14)  # room to write by hand
        line = w.block("_" * 28, colour=MUTED, top=14)
        cells = w.row(_cell(contact, nowrap=True), _cell(line, "padding-left:12px; padding-right:12px"))
        details += f'<table cellspacing="0" cellpadding="0" align="{w.align}">{cells}</table>'
    cells = [f'<td valign="top">{details}</td>']
    if actor.web:
        caption = w.block(patron_label("scan_code", language), 11, colour=MUTED, top=4, align="center")
        cells.append(
            f'<td valign="top" width="{QR_COLUMN_PX}" style="padding-left:12px; padding-right:12px">'
            f'<p align="center" style="margin:0"><img src="qr:{index}" width="{QR_PX}" height="{QR_PX}"></p>'
            f"{caption}</td>"
        )
    inner = f'<table width="100%" cellspacing="0" cellpadding="0">{w.row(*cells)}</table>'
    # One bordered cell around a borderless table: a card, without a rule between the details and the code.
    return (
        f'<table width="100%" cellspacing="0" cellpadding="12" border="1" '
        f'style="border-color:{CARD_BORDER}; border-style:solid; border-collapse:collapse; margin-bottom:14px">'
        f"<tr><td>{inner}</td></tr></table>"
    )


def _bring_html(sheet: PatronSheet, w: _Writer) -> str:
    if not sheet.bring:
        return ""
    box = CHECKBOX if can_render(CHECKBOX) else "\u2022"
    rows = "".join(
        w.row(
            f'<td valign="top" style="padding-bottom:6px">{w.block(box, 15, rtl=sheet.rtl)}</td>',
            f'<td valign="top" style="padding-bottom:6px; padding-left:10px; padding-right:10px">{w.block(item)}</td>',
        )
        for item in sheet.bring
    )
    return w.heading(patron_label("bring", sheet.language)) + (
        f'<table cellspacing="0" cellpadding="0" align="{w.align}">{rows}</table>'
    )


def _steps_html(steps: tuple[str, ...], w: _Writer) -> str:
    """The card's steps, numbered: what the patron did here, to do again at home."""
    rows = "".join(
        w.row(
            f'<td valign="top" style="padding-bottom:4px">{w.block(f"{number}.", rtl=w.rtl, colour=MUTED)}</td>',
            f'<td valign="top" style="padding-bottom:4px; padding-left:8px; padding-right:8px">{w.block(step)}</td>',
        )
        for number, step in enumerate(steps, start=1)
    )
    return f'<table cellspacing="0" cellpadding="0" align="{w.align}">{rows}</table>'


def slip_title_key(outcome: Outcome) -> str:
    if outcome in REFERRAL_OUTCOMES:
        return "slip_title_referral"
    if outcome is Outcome.BOOKED:
        return "slip_title_booking"
    return "slip_title_other"


def slip_html(sheet: PatronSheet, context: SlipContext, scale: float = 1.0) -> str:
    """The slip as rich text for a QTextDocument, its type ``scale`` times the usual size. QR codes are referenced
    as ``qr:<actor index>``."""
    language = sheet.language
    w = _Writer(sheet.rtl, scale)
    parts = [
        w.block(context.library, 12.5, bold=True, colour=MUTED),
        w.block(patron_label(slip_title_key(sheet.outcome), language), 26, bold=True, colour=ACCENT, top=2),
    ]
    referral = sheet.outcome in REFERRAL_OUTCOMES
    if not referral:
        parts.append(w.block(sheet.headline, 16, top=4))
    parts += [
        '<hr style="margin-top:10px">',
        w.label(patron_label("your_errand", language)),
        w.block(sheet.case_title, 16, bold=True),
    ]
    if sheet.outcome is Outcome.BOOKED:
        booked = context.booked_time.strip()
        time = w.block(booked, 16, bold=True) if booked else w.block("_" * 30, 16, colour=MUTED, top=18)
        parts += [w.label(patron_label("booked_time", language)), time]
        if context.guidance:
            spoken = context.guidance_language or language  # the heading in the language of the times below it
            parts += [w.label(patron_label("guidance", spoken)), w.paragraphs(context.guidance)]
    else:
        parts += [w.label(patron_label("what_we_agreed", language)), w.paragraphs(sheet.said)]
    if sheet.card_title and sheet.steps:
        parts += [w.label(sheet.card_title), _steps_html(sheet.steps, w)]
    if sheet.colleague:
        parts += [w.label(patron_label("ask_for", language)), w.block(sheet.colleague, 16, bold=True)]
    if sheet.actors:
        parts.append(w.heading(sheet.headline if referral else patron_label("where_to_go", language)))
        parts += [_actor_html(index, actor, language, w) for index, actor in enumerate(sheet.actors)]
    given_by = patron_label("given_by", language).format(
        library=context.library, date=slip_date(context.given_on, language)
    )
    footer = (
        '<hr style="margin-top:22px; margin-bottom:6px">'
        + w.block(patron_label("keep_slip", language), bottom=2)
        + w.block(given_by, colour=MUTED)
    )
    # The list and the footer in one table, so that pagination never leaves the footer alone on a page.
    closing = _bring_html(sheet, w) + footer
    # A cell drops its first paragraph's top margin: the table keeps the distance (after a card, the card's).
    space = 6 if sheet.actors else 22
    table = f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:{space}px">'
    parts.append(f"{table}<tr><td>{closing}</td></tr></table>")
    return f"<html><body>{''.join(parts)}</body></html>"


def slip_document(sheet: PatronSheet, context: SlipContext, scale: float = 1.0) -> QTextDocument:
    """The slip as a document, with its QR codes added as resources and right to left set for Arabic and the like."""
    from deskhelp.printing.qr import qr_image  # segno only when a slip is made

    document = QTextDocument()
    document.setDefaultFont(slip_font(sheet.language))
    document.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # a long address never runs off the page
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if sheet.rtl else Qt.LayoutDirection.LeftToRight)
    document.setDefaultTextOption(option)
    for index, web in qr_targets(sheet).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"qr:{index}"), qr_image(web))
    document.setHtml(slip_html(sheet, context, scale))
    _tidy(document)
    return document


def _tidy(document: QTextDocument) -> None:
    """Undo two things Qt's HTML import adds: the empty paragraph after every table, a whole line high (the slip
    spaces its tables by margins), and the size step of h2 and h3 on top of the sizes the slip gives them."""
    tiny = QTextCharFormat()
    tiny.setFontPointSize(1)
    block = document.firstBlock()
    while block.isValid():
        if block.blockFormat().headingLevel():
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
            char_format = cursor.charFormat()  # one format: a label or heading is plain text
            char_format.clearProperty(QTextFormat.Property.FontSizeAdjustment)
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(char_format)
            cursor.setBlockCharFormat(char_format)
        after_table = block.previous().isValid() and top_level_table(block.previous()) is not None
        if after_table and not block.text() and top_level_table(block) is None:
            cursor = QTextCursor(block)
            cursor.setBlockCharFormat(tiny)
            block_format = block.blockFormat()
            block_format.setTopMargin(0)
            block_format.setBottomMargin(0)
            cursor.setBlockFormat(block_format)
        block = block.next()


def save_slip_pdf(sheet: PatronSheet, context: SlipContext, path: Path) -> None:
    """Save the slip as a PDF at ``path``. Raises OSError (WriteError) naming the path when it cannot be written."""
    title = patron_label(slip_title_key(sheet.outcome), sheet.language)
    save_pdf(path, title, PAGE_MARGINS_MM, lambda printer: _paint(sheet, context, printer))


def print_slip(sheet: PatronSheet, context: SlipContext, printer: QPrinter) -> None:
    """Print the slip on ``printer`` (chosen by the caller, for example in a QPrintDialog). The slip sets A4 and its
    own margins: it is laid out for them."""
    printer.setPageLayout(page_layout(PAGE_MARGINS_MM))
    printer.setDocName(patron_label(slip_title_key(sheet.outcome), sheet.language))
    _paint(sheet, context, printer)


def fitted_document(sheet: PatronSheet, context: SlipContext, printer: QPagedPaintDevice) -> QTextDocument:
    """The slip at the largest of FIT_SCALES that needs the fewest pages: a slip that would spill its last lines
    (the checklist, the footer) onto a second sheet is set a little smaller instead; one that needs two pages anyway
    keeps its large type."""
    best: tuple[int, QTextDocument] | None = None
    for scale in FIT_SCALES:
        document = slip_document(sheet, context, scale)
        pages = page_count(document, printer, keep_tables_whole=True)
        if best is None or pages < best[0]:
            best = (pages, document)
        if pages == 1:
            break
    return best[1]


def _paint(sheet: PatronSheet, context: SlipContext, printer: QPagedPaintDevice) -> None:
    # Cards and the closing list with the footer stay whole where they fit a page; QR codes stay sharp.
    document = fitted_document(sheet, context, printer)
    paint_pages(document, printer, keep_tables_whole=True, lossless_images=True)
