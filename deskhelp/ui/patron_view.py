"""The screen turned towards the patron: only patron-facing text, large, in the patron's language.

It shows exactly what the slip will say (the same document), so what the patron reads on the screen and what
they take home never differ. F11 or Esc turns it back to the staff view.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from deskhelp.core.patron_text import PatronSheet
from deskhelp.printing.fonts import load_bundled_fonts
from deskhelp.printing.slip import SlipContext, language_name, slip_document
from deskhelp.ui.colours import WARNING, set_text_colour

PATRON_ZOOM = 1.6  # the slip's 12.5 pt body becomes 20 pt: readable from the other side of the desk


class DocumentView(QWidget):
    """A text document drawn larger, as a whole: the slip's layout, fonts and QR codes, scaled for the screen.

    (A QTextBrowser cannot zoom a document whose sizes are fixed in points.)
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document: QTextDocument | None = None
        self.zoom = PATRON_ZOOM

    def set_document(self, document: QTextDocument) -> None:
        self._document = document
        self._relayout()

    def _relayout(self) -> None:
        if self._document is None:
            return
        self._document.setTextWidth(max(self.width() / self.zoom, 200))
        self.setMinimumHeight(int(self._document.size().height() * self.zoom) + 1)
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def paintEvent(self, _event) -> None:
        if self._document is None:
            return
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.scale(self.zoom, self.zoom)
        self._document.drawContents(painter)
        painter.end()

    def text(self) -> str:
        return self._document.toPlainText() if self._document else ""


# The patron languages' names as staff read them (the combo shows the language's own name first, for the patron).
STAFF_LANGUAGE_NAMES = {
    "sv": QT_TRANSLATE_NOOP("PatronLanguageChooser", "Swedish"),
    "en": QT_TRANSLATE_NOOP("PatronLanguageChooser", "English"),
    "ar": QT_TRANSLATE_NOOP("PatronLanguageChooser", "Arabic"),
    "uk": QT_TRANSLATE_NOOP("PatronLanguageChooser", "Ukrainian"),
    "fa": QT_TRANSLATE_NOOP("PatronLanguageChooser", "Persian"),
    "so": QT_TRANSLATE_NOOP("PatronLanguageChooser", "Somali"),
    "ti": QT_TRANSLATE_NOOP("PatronLanguageChooser", "Tigrinya"),
}


def staff_language_name(code: str) -> str:
    """The language's name in the desk's language (arabiska), for staff who cannot read العربية."""
    if code in STAFF_LANGUAGE_NAMES:
        return QCoreApplication.translate("PatronLanguageChooser", STAFF_LANGUAGE_NAMES[code])
    locale = QLocale(code)
    return code if locale.language() is QLocale.Language.C else QLocale.languageToString(locale.language())


class PatronLanguageChooser(QWidget):
    """The patron's language, among those the pack has every text of the slip in. Shared by the patron view and the
    slip. A language whose translation nobody has checked says so beside the choice, before anything is printed."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("patronLanguage")
        self.label.setBuddy(self.combo)
        self.unreviewed_label = QLabel(self)
        self.unreviewed_label.setObjectName("unreviewedTranslation")
        set_text_colour(self.unreviewed_label, WARNING)
        self.unreviewed_label.hide()
        self._unreviewed: frozenset[str] = frozenset()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addWidget(self.unreviewed_label)
        self.combo.currentIndexChanged.connect(lambda _i: self._show_review())
        self.combo.currentIndexChanged.connect(lambda _i: self.chosen.emit(self.combo.currentData()))
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Patron's &language"))
        self.combo.setAccessibleName(self.tr("The patron's language"))
        self.unreviewed_label.setText(self.tr("unreviewed translation"))
        self.unreviewed_label.setToolTip(
            self.tr("Nobody who has this language as their mother tongue has checked the translation yet.")
        )
        for index in range(self.combo.count()):
            self.combo.setItemText(index, self._item_text(self.combo.itemData(index)))

    def _item_text(self, code: str) -> str:
        own, staff = language_name(code), staff_language_name(code)
        return own if own.casefold() == staff.casefold() else f"{own} – {staff}"

    def set_languages(self, languages: tuple[str, ...], current: str, unreviewed: frozenset[str] = frozenset()) -> None:
        load_bundled_fonts()  # before the names are drawn: ትግርኛ on a PC without an Ethiopic font
        self._unreviewed = unreviewed
        self.combo.blockSignals(True)
        self.combo.clear()
        for code in languages:
            self.combo.addItem(self._item_text(code), code)
        self.combo.setCurrentIndex(max(self.combo.findData(current), 0))
        self.combo.blockSignals(False)
        self._show_review()

    def _show_review(self) -> None:
        self.unreviewed_label.setVisible(self.language() in self._unreviewed)

    def is_unreviewed(self) -> bool:
        return self.language() in self._unreviewed

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
        self.page = DocumentView(self)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("patronText")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.page)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys and Page Down scroll for the patron
        top = QHBoxLayout()
        top.addWidget(self.languages)
        top.addStretch(1)
        top.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        # F11 again turns back; Esc does too, through the main window's Esc (one shortcut per key, or neither fires).
        back = QShortcut(QKeySequence("F11"), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.closed)
        self.retranslate()

    def retranslate(self) -> None:
        self.languages.retranslate()
        self.back_button.setText(self.tr("Back to the staff view (Esc)"))
        self.back_button.setAccessibleName(self.tr("Back to the staff view"))
        self.scroll.setAccessibleName(self.tr("What the patron reads"))

    def show_sheet(
        self,
        sheet: PatronSheet,
        context: SlipContext,
        languages: tuple[str, ...],
        text_scale: float = 1.0,
        unreviewed: frozenset[str] = frozenset(),
    ) -> None:
        self.languages.set_languages(languages, sheet.language, unreviewed)
        document = slip_document(sheet, context)
        document.setParent(self.page)
        self.page.zoom = PATRON_ZOOM * text_scale  # follows Ctrl +/- too
        self.page.set_document(document)
        self.scroll.verticalScrollBar().setValue(0)
        self.scroll.setFocus(Qt.FocusReason.OtherFocusReason)
