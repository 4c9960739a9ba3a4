"""The day's integrity check and backup run off the GUI thread; damage stops logging with a message to call IT,
and the case stays on screen."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from deskhelp.settings import load_settings
from deskhelp.ui.maintenance import DailyMaintenance


def _log_a_case(qtbot, window) -> None:
    qtbot.keyClicks(window.search.field, "kontoutdrag")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def _run(qtbot, window) -> DailyMaintenance:
    maintenance = DailyMaintenance(window, window._service)
    done: list[object] = []
    maintenance.finished.connect(done.append)
    maintenance.start()
    qtbot.waitUntil(lambda: bool(done))
    return maintenance


def test_the_daily_backup_runs_on_another_thread(qtbot, window, monkeypatch: pytest.MonkeyPatch) -> None:
    _log_a_case(qtbot, window)
    service = window._service
    threads: list[threading.Thread] = []
    real = service.daily_maintenance

    def recording():
        threads.append(threading.current_thread())
        return real()

    monkeypatch.setattr(service, "daily_maintenance", recording)
    _run(qtbot, window)
    assert threads and threads[0] is not threading.main_thread()
    backups = list((load_settings().database.parent / "backups").glob("*-daily.sqlite3"))
    assert len(backups) == 1
    assert not window.banner.isVisible() or window.banner.text().startswith("Loggat:")  # no problem to report
    _run(qtbot, window)  # the same day again: nothing more
    assert len(list(backups[0].parent.iterdir())) == 1


def test_damage_found_in_the_background_stops_logging_and_keeps_the_case(qtbot, window) -> None:
    _log_a_case(qtbot, window)
    path = load_settings().database
    conn = sqlite3.connect(path)  # referrals whose case is gone: foreign_key_check finds them
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM case_record")
    conn.commit()
    conn.close()
    _run(qtbot, window)
    assert window.banner.isVisible() and "skadad" in window.banner.text() and "Ring IT" in window.banner.text()

    before = path.read_bytes()
    _log_a_case(qtbot, window)
    assert "loggades INTE" in window.banner.text() and "skadad" in window.banner.text()
    assert window.showing_case()  # the answers are still on screen
    assert path.read_bytes() == before


def test_an_unreachable_backups_folder_is_a_banner_and_the_desk_goes_on(
    qtbot, open_window, use_small_pack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "offline-share"
    blocker.write_text("")
    monkeypatch.setenv("DESKHELP_BACKUPS", str(blocker / "backups"))
    window = open_window()
    _log_a_case(qtbot, window)
    _run(qtbot, window)
    assert "Dagens säkerhetskopia kunde inte göras" in window.banner.text()
    with qtbot.waitSignal(window.case_logged):
        _log_a_case(qtbot, window)
