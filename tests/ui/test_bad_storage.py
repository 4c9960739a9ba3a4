"""When the database misbehaves, staff get a clear message, nothing is lost, and the app does not loop."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from deskhelp.settings import load_settings
from deskhelp.storage import engine as engine_module


def test_a_damaged_database_stops_start_up_with_a_message(
    qapp, monkeypatch: pytest.MonkeyPatch, deskhelp_home: Path, use_small_pack
) -> None:
    from deskhelp.ui import app as app_module

    deskhelp_home.mkdir(parents=True)
    damaged = deskhelp_home / "deskhelp.sqlite3"
    damaged.write_bytes(b"not a database" * 500)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app_module, "_show_fatal", lambda title, text: shown.append((title, text)))
    assert app_module.run_gui() == 1
    ((title, text),) = shown
    assert title == "DeskHelp kan inte starta"
    assert "skadad" in text and str(damaged) in text
    assert damaged.read_bytes() == b"not a database" * 500


def test_a_locked_database_keeps_the_case_on_screen_until_it_can_be_logged(
    qtbot, open_window, use_small_pack, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    window = open_window()
    qtbot.keyClicks(window.search.field, "deklarera")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)

    other = sqlite3.connect(load_settings().database, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # e.g. a backup program holding the file
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert "loggades INTE" in window.banner.text() and "används av ett annat program" in window.banner.text()
    assert window.showing_case()  # the answers are still there
    other.rollback()
    other.close()

    with qtbot.waitSignal(window.case_logged):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window._service.db.count_cases() == 1


def test_a_database_with_demo_cases_says_so(qtbot, open_window, use_small_pack) -> None:
    import subprocess
    import sys

    subprocess.run([sys.executable, "-m", "deskhelp", "demo-data", "--cases", "20"], check=True, capture_output=True)
    window = open_window()
    assert window.banner.isVisible() and "demoärenden" in window.banner.text()
