"""Help → Quick-reference cards: the base-level services' cards (the pack's `cards`), searchable, outside any case.

For new staff learning the services every colleague should master (seed 000's digital base level), and for anyone
who wants the steps without opening a case. Search matches a card's title, its steps and the errands it serves,
without regard to case or å/ä/ö, so "cineasterna", "film" and "strömma" all find Cineasterna.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskhelp.core.guidelines import Card, GuidelinePack
from deskhelp.core.search import fold

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def card_text(pack: GuidelinePack, card: Card) -> str:
    """Everything a search looks through for ``card``, folded: in every language the pack has."""
    parts = [*card.title.translations.values()]
    for step in card.steps:
        parts.extend(step.translations.values())
    for case in pack.case_types.values():
        if case.card == card.id and not case.retired:
            parts.extend(case.title.translations.values())
            parts.extend(case.keywords)
    return fold(" ".join(parts))


def card_html(pack: GuidelinePack, card: Card, language: str) -> str:
    steps = "".join(f"<li>{escape(step.get(language))}</li>" for step in card.steps)
    errands = [c.title.get(language) for c in pack.case_types.values() if c.card == card.id and not c.retired]
    html = f"<h2>{escape(card.title.get(language))}</h2><ol>{steps}</ol>"
    if errands:
        items = "".join(f"<li>{escape(title)}</li>" for title in errands)
        used_for = QApplication.translate("CardBrowser", "Used for these errands")
        html += f"<h3>{escape(used_for)}</h3><ul>{items}</ul>"
    if card.source:
        source = QApplication.translate("CardBrowser", "Source: {0}").format(card.source)
        html += f'<p style="color:#555555">{escape(source)}</p>'
    return html


class CardBrowser(QWidget):
    def __init__(self, pack: GuidelinePack, language: str = "sv", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("cardBrowser")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pack, self.language = pack, language
        self._texts = {card.id: card_text(pack, card) for card in pack.cards.values()}
        self.field = QLineEdit(self)
        self.field.setObjectName("cardSearchField")
        self.field.setClearButtonEnabled(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("cardList")
        self.list.setSpacing(3)  # twelve short titles: room to tell them apart
        self.view = QTextBrowser(self)
        self.view.setObjectName("cardView")
        self.view.setOpenExternalLinks(False)
        font = self.view.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)  # steps read by someone new, sometimes aloud to a patron
        self.view.setFont(font)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.field)
        column.addWidget(self.hint)
        column.addWidget(self.list, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)
        self.setTabOrder(self.field, self.list)
        self.setTabOrder(self.list, self.view)

        self.field.textChanged.connect(self.filter)
        self.field.returnPressed.connect(lambda: self.list.setFocus(Qt.FocusReason.OtherFocusReason))
        self.list.currentItemChanged.connect(self._show_current)
        self.field.installEventFilter(self)
        QShortcut(QKeySequence("Esc"), self, activated=self.close)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._focus_search)
        self.retranslate()
        self.filter("")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Quick-reference cards"))
        self.field.setPlaceholderText(self.tr("Search the cards: a service, a word from the steps, an errand"))
        self.field.setAccessibleName(self.tr("Search the cards"))
        self.hint.setText(self.tr("Up/Down to choose a card. The cards are the services every colleague shows."))
        self.list.setAccessibleName(self.tr("Cards"))
        self.view.setAccessibleName(self.tr("The card's steps"))
        for button in self.field.findChildren(QToolButton):  # the field's own clear button
            button.setObjectName("clearCardSearchButton")
            button.setAccessibleName(self.tr("Clear the search"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search field move through the cards, as in the desk's search."""
        arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down)
        if watched is self.field and event.type() == QEvent.Type.KeyPress and event.key() in arrows:
            row = self.list.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            self.list.setCurrentRow(max(0, min(self.list.count() - 1, row)))
            return True
        return super().eventFilter(watched, event)

    def _focus_search(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def filter(self, text: str) -> None:
        """The cards whose text holds every word typed: those whose title holds them first, then by title."""
        wanted = fold(text).split()
        cards = [c for c in self.pack.cards.values() if all(word in self._texts[c.id] for word in wanted)]

        def in_title(card: Card) -> bool:
            title = fold(" ".join(card.title.translations.values()))
            return all(word in title for word in wanted)

        cards.sort(key=lambda c: (not in_title(c), c.title.get(self.language).casefold()))
        self.list.clear()
        for card in cards:
            item = QListWidgetItem(card.title.get(self.language))
            item.setData(ID_ROLE, card.id)
            self.list.addItem(item)
        if cards:
            self.list.setCurrentRow(0)
        else:
            nothing = self.tr("No card matches.")
            self.view.setHtml(f"<p>{escape(nothing)}</p>")

    def current_card(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _show_current(self) -> None:
        card_id = self.current_card()
        if card_id is not None:
            self.view.setHtml(card_html(self.pack, self.pack.cards[card_id], self.language))


def open_card_browser(parent: QWidget, pack: GuidelinePack, language: str) -> CardBrowser:
    browser = CardBrowser(pack, language, parent)
    browser.resize(min(parent.width(), 1100), min(parent.height(), 700))
    browser.show()
    browser.activateWindow()
    browser.field.setFocus(Qt.FocusReason.OtherFocusReason)
    return browser
