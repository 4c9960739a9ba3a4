"""The slip for the patron: preview in the patron's language, print it, or save it as a PDF.

Enter prints (through the system's print dialog), Ctrl+S saves a PDF, Esc closes. The file name says what
kind of slip it is and when, never who it was for.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskhelp.core.guidelines import Outcome
from deskhelp.core.patron_text import PatronSheet
from deskhelp.printing.slip import SlipContext, print_slip, save_slip_pdf, slip_document
from deskhelp.ui.colours import ERROR, WARNING, set_text_colour
from deskhelp.ui.patron_view import PatronLanguageChooser

# The first word of a saved slip's file name, in the desk's language (translated in the .ts: "hanvisning" ...).
SLIP_FILE_KINDS = {
    Outcome.BOOKED: QT_TRANSLATE_NOOP("SlipDialog", "booking"),
    Outcome.REFERRED: QT_TRANSLATE_NOOP("SlipDialog", "referral"),
    Outcome.PARTLY_REFERRED: QT_TRANSLATE_NOOP("SlipDialog", "referral"),
}
OTHER_SLIP_FILE_KIND = QT_TRANSLATE_NOOP("SlipDialog", "slip")
FILE_NAME_WORDS = 40  # characters of the errand's name in a file name


def file_name_part(text: str) -> str:
    """``text`` as a part of a file name any system accepts: lower case, letters without their accents (å → a),
    words joined by hyphens; empty for a script that has no such letters."""
    folded = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:FILE_NAME_WORDS].strip("-")


def documents_folder() -> Path:
    """The user's Documents folder (never the program's folder, where a file dialog starts without one)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def default_pdf_path(outcome: Outcome, errand: str, now: dt.datetime) -> Path:
    """Documents/hanvisning-<errand>-<date>.pdf (English words in an English desk); nothing about the patron."""
    kind = QCoreApplication.translate("SlipDialog", SLIP_FILE_KINDS.get(outcome, OTHER_SLIP_FILE_KIND))
    parts = [file_name_part(kind) or "slip", file_name_part(errand), f"{now:%Y-%m-%d-%H%M}"]
    return documents_folder() / ("-".join(part for part in parts if part) + ".pdf")


CONTACT_FIELD_NAMES = {
    "web": QT_TRANSLATE_NOOP("SlipDialog", "web"),
    "phone": QT_TRANSLATE_NOOP("SlipDialog", "phone"),
    "chat": QT_TRANSLATE_NOOP("SlipDialog", "chat"),
    "email": QT_TRANSLATE_NOOP("SlipDialog", "e-mail"),
    "address": QT_TRANSLATE_NOOP("SlipDialog", "address"),
    "hours": QT_TRANSLATE_NOOP("SlipDialog", "opening hours"),
    "languages": QT_TRANSLATE_NOOP("SlipDialog", "languages"),
}


def unchecked_text(sheet: PatronSheet) -> str:
    """For staff: the printed details nobody has checked, "Skatteverket (phone, web)", and what to do."""
    if not sheet.unchecked:
        return ""
    parts = []
    for actor, fields in sheet.unchecked:
        names = ", ".join(QCoreApplication.translate("SlipDialog", CONTACT_FIELD_NAMES[f]) for f in fields)
        parts.append(f"{actor} ({names})")
    text = QCoreApplication.translate(
        "SlipDialog",
        "Nobody has checked these details yet: {0}. Check them on the actor's own site before you hand over the slip.",
    )
    return text.format("; ".join(parts))


class SlipDialog(QDialog):
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slipDialog")
        self._sheet: PatronSheet | None = None
        self._context: SlipContext | None = None
        self._document = None  # the preview's, replaced as the booked time is typed
        self.languages = PatronLanguageChooser(self)
        self.languages.chosen.connect(self.language_chosen)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("slipPreview")
        self.preview.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # A booking slip carries the time agreed; printed instead of a blank line (shown for bookings only).
        self.booked_time = QLineEdit(self)
        self.booked_time.setObjectName("bookedTime")
        self.booked_time.setMaxLength(80)
        self.booked_time_label = QLabel(self)
        self.booked_time_label.setBuddy(self.booked_time)
        self.booked_time.textChanged.connect(self._show_preview)
        # For staff: which details are not on the slip because nobody has checked them (the patron sees none).
        self.unchecked = QLabel(self)
        self.unchecked.setObjectName("slipUnchecked")
        self.unchecked.setWordWrap(True)
        set_text_colour(self.unchecked, WARNING)
        self.unchecked.hide()
        self.status = QLabel(self)
        self.status.setObjectName("slipStatus")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printSlip")
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveSlip")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeSlip")
        buttons = QHBoxLayout()
        buttons.addWidget(self.languages)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        booked = QHBoxLayout()
        booked.addWidget(self.booked_time_label)
        booked.addWidget(self.booked_time, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(booked)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.unchecked)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_pdf)
        self.retranslate()
        self.resize(760, 700)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Slip for the patron"))
        self.languages.retranslate()
        self.preview.setAccessibleName(self.tr("Preview of the slip"))
        self.print_button.setText(self.tr("Print… (Enter)"))
        self.print_button.setAccessibleName(self.tr("Print the slip"))
        self.save_button.setText(self.tr("Save as PDF… (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save the slip as a PDF file"))
        self.close_button.setText(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close without printing"))
        self.booked_time_label.setText(self.tr("&Booked time:"))
        self.booked_time.setAccessibleName(self.tr("Booked time, written on the slip"))
        self.booked_time.setPlaceholderText(self.tr("e.g. Tuesday 3 Dec at 14.00, room 2 (nothing about the patron)"))

    def show_sheet(
        self,
        sheet: PatronSheet,
        context: SlipContext,
        languages: tuple[str, ...],
        unreviewed: frozenset[str] = frozenset(),
    ) -> None:
        self._sheet, self._context = sheet, context
        self.languages.set_languages(languages, sheet.language, unreviewed)
        self.unchecked.setText(unchecked_text(sheet))
        self.unchecked.setVisible(bool(sheet.unchecked))
        booking = sheet.outcome is Outcome.BOOKED
        self.booked_time.setVisible(booking)
        self.booked_time_label.setVisible(booking)
        self._show_preview()
        self.status.clear()
        (self.booked_time if booking else self.print_button).setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def context(self) -> SlipContext:
        """The library's details, with the booked time as written in the dialog (bookings only)."""
        booked = self.booked_time.text() if self._sheet.outcome is Outcome.BOOKED else ""
        return replace(self._context, booked_time=booked)

    def _show_preview(self) -> None:
        if self._sheet is None:
            return
        document = slip_document(self._sheet, self.context)
        document.setParent(self.preview)
        self.preview.setDocument(document)
        if self._document is not None:
            self._document.deleteLater()  # one slip per key press otherwise, until the dialog closes
        self._document = document

    # Both choices go through a method of their own so that tests (and a desk without a printer) can replace them.
    def choose_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose_pdf_path(self, suggested: Path) -> Path | None:
        title = self.tr("Save the slip as PDF")
        path, _filter = QFileDialog.getSaveFileName(self, title, str(suggested), "PDF (*.pdf)")
        return Path(path) if path else None

    def print_(self) -> None:
        printer = self.choose_printer()
        if printer is None:
            return
        try:
            print_slip(self._sheet, self.context, printer)
        except OSError as error:
            self._show_error(self.tr("The slip was not printed: {0}").format(error))
            return
        self.accept()

    def save_pdf(self) -> None:
        path = self.choose_pdf_path(default_pdf_path(self._sheet.outcome, self._sheet.case_title, dt.datetime.now()))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            save_slip_pdf(self._sheet, self.context, path)
        except OSError as error:
            self._show_error(self.tr("The slip was not saved: {0}").format(error))
            return
        self.saved_path = path
        self.accept()

    def _show_error(self, text: str) -> None:
        self.status.setText(text)
        set_text_colour(self.status, ERROR)
