"""The export dialog says how far a long export has come ("300 av 300 ärenden"), counted first, and Escape cancels
it without leaving a file behind: driven by keyboard, read back from the folder."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from deskhelp.core.progress import count_text
from deskhelp.core.statistics import Period, StatsFilter
from deskhelp.reports.model import ReportKind
from deskhelp.service import DeskService
from deskhelp.settings import load_settings

CASES = 300


class HeldAtTheCount:
    """The service's export, held after the count until cancelled (or 30 s): a long export that a test can see."""

    def __init__(self, service: DeskService) -> None:
        self.service, self.settings = service, service.settings
        self.told: list[tuple[int, int]] = []

    def export(self, request, cancelled=None, progress=None):
        def held(done: int, total: int) -> None:
            progress(done, total)
            self.told.append((done, total))
            waited_until = time.monotonic() + 30
            while not cancelled() and time.monotonic() < waited_until:
                time.sleep(0.01)

        return self.service.export(request, cancelled, progress=held)


@pytest.fixture
def service(use_small_pack: Path, swedish):
    subprocess.run(
        [sys.executable, "-m", "deskhelp", "demo-data", "--cases", str(CASES), "--days", "20"],
        check=True,
        capture_output=True,
    )
    service = DeskService.open(load_settings())
    yield service
    service.close()


def _whole_log(service: DeskService) -> StatsFilter:
    conn = sqlite3.connect(service.settings.database)
    first, last, count = conn.execute("SELECT min(occurred_on), max(occurred_on), count(*) FROM case_record").fetchone()
    conn.close()
    assert count == CASES
    import datetime as dt

    return StatsFilter(Period(dt.date.fromisoformat(first), dt.date.fromisoformat(last)))


@pytest.mark.parametrize("file_format", ["xlsx", "csv"])
def test_the_dialog_shows_the_count_and_escape_leaves_no_file(
    qtbot, service: DeskService, tmp_path: Path, file_format: str
) -> None:
    from deskhelp.ui.report_export import ReportExporter

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    held = HeldAtTheCount(service)
    exporter = ReportExporter(parent, held)
    folder = tmp_path / "reports"
    folder.mkdir()
    exporter.choose_path = lambda suggested, fmt: folder / f"cases.{fmt}"
    exporter.tell_failure = lambda text: pytest.fail(f"told: {text}")
    exporter.export(ReportKind.CASES, file_format, _whole_log(service))

    dialog = parent.findChild(QProgressDialog, "exportProgress")
    said = f"0 av {count_text(CASES, 'sv')} ärenden"
    qtbot.waitUntil(lambda: dialog.isVisible() and said in dialog.labelText(), timeout=10000)
    assert dialog.maximum() == CASES and dialog.value() == 0
    dialog.grab().save(str(tmp_path / f"export-progress-{file_format}.png"))  # for people to look at

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not exporter.is_running(), timeout=20000)
    assert held.told[0] == (0, CASES)
    assert list(folder.iterdir()) == []  # neither the report nor a part of it


def test_the_dialog_follows_the_export_to_the_end(qtbot, service: DeskService, tmp_path: Path) -> None:
    from deskhelp.ui.report_export import ReportExporter

    class Told:
        settings = service.settings
        told: list[tuple[int, int]] = []

        def export(self, request, cancelled=None, progress=None):
            def tell(done: int, total: int) -> None:
                self.told.append((done, total))
                progress(done, total)

            return service.export(request, cancelled, progress=tell)

    parent = QWidget()
    qtbot.addWidget(parent)
    source = Told()
    exporter = ReportExporter(parent, source)
    out = tmp_path / "cases.xlsx"
    exporter.choose_path = lambda suggested, fmt: out
    with qtbot.waitSignal(exporter.finished, timeout=30000) as finished:
        exporter.export(ReportKind.CASES, "xlsx", _whole_log(service))
    assert finished.args == [str(out)] and out.stat().st_size > 0
    assert source.told[0] == (0, CASES) and source.told[-1] == (CASES, CASES)
    qtbot.waitUntil(lambda: not exporter.is_running())
