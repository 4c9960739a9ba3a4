"""Help → Quick-reference cards (issue 19): the base-level services' cards, searchable, outside any case."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.accessibility import unnamed_widgets

SIZES = [(1366, 768), (1024, 700)]


def _open_cards(qtbot, window):
    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    browser = window.practice.card_browser
    assert browser is not None
    qtbot.waitExposed(browser)
    browser.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is browser.field)
    return browser


def test_search_the_cards_by_keyboard_without_a_case(qtbot, open_window) -> None:
    window = open_window()
    browser = _open_cards(qtbot, window)
    assert browser.windowTitle() == "Snabbkort"
    assert browser.list.count() == len(window._service.pack.cards) == 12  # the base level's twelve services
    qtbot.keyClicks(browser.field, "stromma film")  # words of the errand, not the name; without ö, as staff type
    assert browser.current_card() == "card-cineasterna"
    assert "Cineasterna" in browser.view.toPlainText()
    browser.field.clear()
    qtbot.keyClicks(browser.field, "talbocker")
    assert browser.current_card() == "card-legimus"
    text = browser.view.toPlainText()
    assert "Talböcker i Legimus" in text  # the errand the card is for
    browser.field.clear()
    qtbot.keyClicks(browser.field, "skrivare")
    assert browser.list.count() >= 1
    qtbot.keyClick(browser.field, Qt.Key.Key_Down)
    browser.field.clear()
    qtbot.keyClicks(browser.field, "xyzzy")
    assert browser.list.count() == 0 and "Inget kort matchar" in browser.view.toPlainText()
    assert unnamed_widgets(browser) == []
    assert window._service.case_count() == 0  # outside any case: nothing is logged
    qtbot.keyClick(browser.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.practice.card_browser is None)  # closed and gone; the next opening is fresh


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_card_browser_screenshots(qtbot, open_window, artifacts, size) -> None:
    window = open_window(size)
    browser = _open_cards(qtbot, window)
    browser.resize(*size)
    qtbot.keyClicks(browser.field, "biblio")
    assert browser.current_card() == "card-biblio"  # the card named so before those that only mention it
    browser.grab().save(str(artifacts / f"cards-{size[0]}x{size[1]}.png"))
    assert browser.view.horizontalScrollBar().maximum() == 0
