"""Issue 17 at the desk: the traps a librarian fell into, driven by keyboard and read back from the SQLite file."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from deskhelp.settings import load_settings
from tests.ui.test_desk_complete import Keyboard

CTRL = Qt.KeyboardModifier.ControlModifier


def _rows(sql: str, *args) -> list[tuple]:
    conn = sqlite3.connect(load_settings().database)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


@pytest.fixture
def desk(open_window):
    return open_window((1366, 768))


def test_enter_in_an_empty_search_picks_and_logs_nothing(qtbot, desk) -> None:
    keyboard = Keyboard(qtbot)
    keyboard.press(Qt.Key.Key_Return, Qt.Key.Key_Return)  # the habitual double Enter
    assert desk.pages.currentWidget() is desk.welcome
    assert desk.search.current_case_type() is None
    assert _rows("SELECT count(*) FROM case_record") == [(0,)]
    keyboard.press(Qt.Key.Key_Down, Qt.Key.Key_Return)  # choosing on purpose still works
    assert desk.showing_case()


def test_after_ctrl_enter_the_logged_errand_leaves_the_screen(qtbot, desk) -> None:
    keyboard = Keyboard(qtbot)
    keyboard.type("wifi")
    keyboard.press(Qt.Key.Key_Return)
    with qtbot.waitSignal(desk.case_logged):
        keyboard.press(Qt.Key.Key_Return, modifier=CTRL)
    assert not desk.showing_case()
    keyboard.press(Qt.Key.Key_Return)  # Enter again: nothing is picked, nothing logged twice
    assert not desk.showing_case()
    assert _rows("SELECT case_type_id FROM case_record") == [("wifi",)]
