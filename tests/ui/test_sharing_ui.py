"""The window shares in the background (start, hourly, exit) and collects from the File menu, never blocking the
desk; an unreachable folder is a quiet notice, shown once."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from deskhelp.service import DeskService
from deskhelp.settings import load_settings
from deskhelp.ui.sharing import BackgroundSharing


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*/*.dhshare"))


def _log(service: DeskService, n: int) -> None:
    from deskhelp.core.triage import default_answers

    case = service.pack.case_types["tax-return"]
    for _ in range(n):
        service.log(service.triage(case.id, default_answers(case)))


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "shared"
    path.mkdir()
    monkeypatch.setenv("DESKHELP_SHARE_FOLDER", str(path))
    return path


def _run(qtbot, sharing: BackgroundSharing) -> object:
    done: list[object] = []
    sharing.finished.connect(done.append)
    sharing.start()
    qtbot.waitUntil(lambda: bool(done))
    return done[0]


def test_the_desk_shares_on_another_thread_and_at_exit(qtbot, folder: Path, open_window, use_small_pack) -> None:
    window = open_window()
    service = window._service
    _log(service, 2)
    threads: list[threading.Thread] = []
    real = service.share

    def recording(timeout: float = -1):
        threads.append(threading.current_thread())
        return real(timeout)

    service.share = recording
    window.sharing = BackgroundSharing(window, service)
    assert _run(qtbot, window.sharing).cases == 2
    assert threads[0] is not threading.main_thread()
    _log(service, 1)
    window.close()  # the share at exit
    files = _files(folder)
    assert len(files) == 2
    conn = sqlite3.connect(files[1])
    assert conn.execute("SELECT count(*) FROM case_record").fetchone() == (1,)
    conn.close()


def test_an_unreachable_folder_is_a_quiet_notice_shown_once(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_window, use_small_pack
) -> None:
    away = tmp_path / "not-mounted"
    monkeypatch.setenv("DESKHELP_SHARE_FOLDER", str(away))
    window = open_window()
    _log(window._service, 1)
    sharing = BackgroundSharing(window, window._service)
    _run(qtbot, sharing)
    assert window.banner.isVisible() and str(away) in window.banner.text()
    assert "#fde8e8" not in window.banner.styleSheet()  # not the error colour
    window.banner.hide()
    _run(qtbot, sharing)
    assert not window.banner.isVisible()
    window.close()  # the exit share meets the same folder, and the window closes all the same


def test_collect_from_the_menu_reads_the_other_desks_and_tells_the_open_windows(
    qtbot, tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch, open_window, use_small_pack
) -> None:
    monkeypatch.setenv("DESKHELP_HOME", str(tmp_path / "other"))
    monkeypatch.setenv("DESKHELP_BRANCH", "Husby")
    other = DeskService.open(load_settings())
    _log(other, 3)
    assert other.share().cases == 3
    other.close()
    monkeypatch.setenv("DESKHELP_HOME", str(tmp_path / "lead"))
    monkeypatch.setenv("DESKHELP_BRANCH", "main")
    window = open_window()
    heard: list[int] = []
    window.events.cases_collected.connect(heard.append)
    window.collect_action.trigger()
    qtbot.waitUntil(lambda: window.collector.box is not None)
    assert window.collector.box.icon() == QMessageBox.Icon.Information
    assert "Husby" in window.collector.box.text()
    assert heard == [3]
    conn = sqlite3.connect(load_settings().database)
    assert conn.execute("SELECT branch, count(*) FROM case_record GROUP BY branch").fetchall() == [("Husby", 3)]
    conn.close()
    window.collector.box.close()
