"""File → Practise and Help → Quick-reference cards: the desk window's two doors to what is outside any case.

Built with the desk's menus, before its first paint, so this module holds only the two actions: the windows
behind them (ui.practice, ui.card_browser) are imported when first opened, and the keys are bound with the
desk's other keys once the guidelines are loaded (see main_window's docstring).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from deskhelp.ui.main_window import MainWindow


class PracticeMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.practice_window = None  # tests reach the open windows here
        self.card_browser = None
        self.practice_action = QAction(window)
        self.practice_action.setObjectName("practiceAction")
        self.practice_action.triggered.connect(self.open_practice)
        separator = [action for action in window.file_menu.actions() if action.isSeparator()][-1]
        window.file_menu.insertAction(separator, self.practice_action)  # after the editor, before Quit
        self.cards_action = QAction(window)
        self.cards_action.setObjectName("cardsAction")
        self.cards_action.triggered.connect(self.open_cards)
        window.help_menu.insertAction(window.about_action, self.cards_action)  # after Getting started
        window.installEventFilter(self)  # the window's LanguageChange renames the actions
        self.retranslate()

    def retranslate(self) -> None:
        self.practice_action.setText(self.tr("&Practise…"))
        self.cards_action.setText(self.tr("Quick-reference &cards…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def finish_setup(self) -> None:
        from PySide6.QtGui import QKeySequence

        self.practice_action.setShortcut(QKeySequence("Ctrl+Shift+O"))  # Ö as in Öva, without the Ö
        self.cards_action.setShortcut(QKeySequence("Ctrl+Shift+K"))  # K as in kort

    def open_practice(self) -> None:
        service = self._window._service
        if service is None:
            return
        if self.practice_window is not None:  # already open: brought forward, not opened twice
            self.practice_window.raise_()
            self.practice_window.activateWindow()
            return
        from deskhelp.ui.practice import open_practice

        self.practice_window = open_practice(self._window, service.pack, service.search, self._window._language)
        self.practice_window.destroyed.connect(lambda: setattr(self, "practice_window", None))

    def open_cards(self) -> None:
        service = self._window._service
        if service is None:
            return
        if self.card_browser is not None:
            self.card_browser.raise_()
            self.card_browser.activateWindow()
            return
        from deskhelp.ui.card_browser import open_card_browser

        self.card_browser = open_card_browser(self._window, service.pack, self._window._language)
        self.card_browser.destroyed.connect(lambda: setattr(self, "card_browser", None))
