"""The slip for the patron: preview in the patron's language, print it, or save it as a PDF.

Enter prints (through the system's print dialog), Ctrl+S saves a PDF, Esc closes. The file name says what
kind of slip it is and when, never who it was for.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskhelp.core.guidelines import Outcome
from deskhelp.core.patron_text import PatronSheet
from deskhelp.printing.slip import SlipContext, print_slip, save_slip_pdf, slip_document
from deskhelp.ui.colours import ERROR, set_text_colour
from deskhelp.ui.patron_view import PatronLanguageChooser

SLIP_FILE_KINDS = {Outcome.BOOKED: "booking", Outcome.REFERRED: "referral", Outcome.PARTLY_REFERRED: "referral"}


def default_pdf_path(outcome: Outcome, now: dt.datetime) -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    kind = SLIP_FILE_KINDS.get(outcome, "slip")
    return Path(documents) / f"deskhelp-{kind}-{now:%Y-%m-%d-%H%M}.pdf"


class SlipDialog(QDialog):
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slipDialog")
        self._sheet: PatronSheet | None = None
        self._context: SlipContext | None = None
        self.languages = PatronLanguageChooser(self)
        self.languages.chosen.connect(self.language_chosen)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("slipPreview")
        self.preview.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
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

    def show_sheet(self, sheet: PatronSheet, context: SlipContext, languages: tuple[str, ...]) -> None:
        self._sheet, self._context = sheet, context
        self.languages.set_languages(languages, sheet.language)
        document = slip_document(sheet, context)
        document.setParent(self.preview)
        self.preview.setDocument(document)
        self.status.clear()
        self.print_button.setFocus(Qt.FocusReason.OtherFocusReason)

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
            print_slip(self._sheet, self._context, printer)
        except OSError as error:
            self._show_error(self.tr("The slip was not printed: {0}").format(error))
            return
        self.accept()

    def save_pdf(self) -> None:
        path = self.choose_pdf_path(default_pdf_path(self._sheet.outcome, dt.datetime.now()))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            save_slip_pdf(self._sheet, self._context, path)
        except OSError as error:
            self._show_error(self.tr("The slip was not saved: {0}").format(error))
            return
        self.saved_path = path
        self.accept()

    def _show_error(self, text: str) -> None:
        self.status.setText(text)
        set_text_colour(self.status, ERROR)
