"""From the desk window to the team lead's dashboard (Ctrl+Shift+S) and an export, as a team lead would."""

from __future__ import annotations

import csv
import io
import sqlite3
import subprocess
import sys
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
