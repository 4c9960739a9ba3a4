"""The screen turned towards the patron: only patron-facing text, large, in the patron's language.

It shows exactly what the slip will say (the same document), so what the patron reads on the screen and what
they take home never differ. F11 or Esc turns it back to the staff view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from deskhelp.core.patron_text import PatronSheet
from deskhelp.ui.outcome_view import language_name
from deskhelp.ui.slip import SlipContext, slip_document

ZOOM_STEPS = 6  # QTextBrowser.zoomIn steps (1 pt each) on top of the slip's 13 pt body: readable at arm's length


class PatronLanguageChooser(QWidget):
    """The patron's language, among those the pack has phrasing in. Shared by the patron view and the slip."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("patronLanguage")
        self.label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(lambda _i: self.chosen.emit(self.combo.currentData()))
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Patron's &language"))
        self.combo.setAccessibleName(self.tr("The patron's language"))

    def set_languages(self, languages: tuple[str, ...], current: str) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for code in languages:
            self.combo.addItem(language_name(code), code)
        self.combo.setCurrentIndex(max(self.combo.findData(current), 0))
        self.combo.blockSignals(False)

    def language(self) -> str:
        return self.combo.currentData()


class PatronView(QWidget):
    closed = Signal()
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patronView")
        self.languages = PatronLanguageChooser(self)
        self.languages.chosen.connect(self.language_chosen)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("patronViewBack")
        self.back_button.clicked.connect(self.closed)
        self.text = QTextBrowser(self)
        self.text.setObjectName("patronText")
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text.setFrameShape(QTextBrowser.Shape.NoFrame)
        top = QHBoxLayout()
        top.addWidget(self.languages)
        top.addStretch(1)
        top.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        # F11 again turns back; Esc does too, through the main window's Esc (one shortcut per key, or neither fires).
        back = QShortcut(QKeySequence("F11"), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.closed)
        self.retranslate()

    def retranslate(self) -> None:
        self.languages.retranslate()
        self.back_button.setText(self.tr("Back to the staff view (Esc)"))
        self.back_button.setAccessibleName(self.tr("Back to the staff view"))
        self.text.setAccessibleName(self.tr("What the patron reads"))

    def show_sheet(self, sheet: PatronSheet, context: SlipContext, languages: tuple[str, ...]) -> None:
        self.languages.set_languages(languages, sheet.language)
        document = slip_document(sheet, context)
        document.setParent(self.text)
        self.text.setDocument(document)
        self.text.zoomIn(ZOOM_STEPS)
        self.text.setLayoutDirection(Qt.LayoutDirection.RightToLeft if sheet.rtl else Qt.LayoutDirection.LeftToRight)
        self.languages.combo.setFocus(Qt.FocusReason.OtherFocusReason)
