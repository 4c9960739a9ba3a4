"""From the desk window to the team lead's dashboard (Ctrl+Shift+S) and an export, as a team lead would."""

from __future__ import annotations

import csv
import io
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import Qt

from deskhelp.settings import load_settings


def test_the_dashboard_opens_from_the_desk_and_exports_what_it_shows(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    from deskhelp.ui.report_export import ReportExporter

    subprocess.run(
        [sys.executable, "-m", "deskhelp", "demo-data", "--cases", "300", "--days", "20"],
        check=True,
        capture_output=True,
    )
    qtbot.keyClick(
        window.search.field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dashboard = window.dashboard
    assert dashboard is not None
    qtbot.addWidget(dashboard)
    qtbot.waitUntil(lambda: dashboard.result is not None, timeout=10000)

    target = tmp_path / "summary"
    monkeypatch.setattr(ReportExporter, "choose_path", lambda self, suggested, file_format: target)
    with qtbot.waitSignal(dashboard.findChild(ReportExporter).finished, timeout=20000):
        dashboard.export_requested.emit("summary", "csv")
    written = tmp_path / "summary.csv"
    rows = list(csv.reader(io.StringIO(written.read_text(encoding="utf-8-sig")), delimiter=";"))
    period = dashboard.stats_filter().period
    conn = sqlite3.connect(load_settings().database)
    expected = conn.execute(
        "SELECT count(*) FROM case_record WHERE occurred_on BETWEEN ? AND ?",
        (period.start.isoformat(), period.end.isoformat()),
    ).fetchone()[0]
    conn.close()
    assert dashboard.result.current.total == expected
    flat = [cell for row in rows for cell in row]
    assert str(expected) in flat
    assert any("demo" in cell.lower() for cell in flat)  # the report says these are demo cases


def test_an_unforeseen_failure_ends_the_export_and_the_next_one_works(qtbot, window, tmp_path: Path, monkeypatch):
    """The bug: the exporter caught four kinds of error; any other left the export marked as running, and every
    later export silently did nothing. Now the first fails with a message, and the second is written."""
    from deskhelp.service import DeskService
    from deskhelp.ui.report_export import ReportExporter

    real_export = DeskService.export
    calls: list[str] = []

    def export_failing_once(self, request, cancelled=None, **keywords):
        calls.append(request.file_format)
        if len(calls) == 1:
            raise RuntimeError("the disk driver fell over")
        return real_export(self, request, cancelled, **keywords)

    monkeypatch.setattr(DeskService, "export", export_failing_once)
    told: list[tuple[str, bool]] = []  # the message, and whether it was shown from the GUI thread (it must be)

    def tell_failure(self, text: str) -> None:
        told.append((text, threading.current_thread() is threading.main_thread()))

    monkeypatch.setattr(ReportExporter, "tell_failure", tell_failure)
    target = tmp_path / "summary.csv"
    monkeypatch.setattr(ReportExporter, "choose_path", lambda self, suggested, file_format: target)
    qtbot.keyClick(
        window.search.field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dashboard = window.dashboard
    qtbot.addWidget(dashboard)
    qtbot.waitUntil(lambda: dashboard.result is not None, timeout=10000)
    exporter = dashboard.findChild(ReportExporter)
    csv_button = dashboard.toolbar.widgetForAction(dashboard.export_actions["csv"])

    with qtbot.waitSignal(exporter.failed, timeout=20000):
        qtbot.mouseClick(csv_button, Qt.MouseButton.LeftButton)
    assert told == [("the disk driver fell over", True)] and not target.exists()
    assert not exporter.is_running()

    with qtbot.waitSignal(exporter.finished, timeout=20000):
        qtbot.mouseClick(csv_button, Qt.MouseButton.LeftButton)
    assert calls == ["csv", "csv"] and target.exists() and len(told) == 1
    assert dashboard.statusBar().currentMessage().endswith(str(target))
