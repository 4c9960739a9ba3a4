"""The progress of an export: counted first, then told as the cases go through, for every format; on the command
line a plain line when it runs in a terminal (a real pseudo-terminal here), and nothing when it does not."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from deskhelp.core.statistics import StatsFilter
from deskhelp.exports import ExportRequest, export_report
from deskhelp.reports import counting
from deskhelp.reports.builders import period_between
from deskhelp.reports.model import ReportKind
from deskhelp.storage.errors import Cancelled
from deskhelp.storage.statistics import ReportQueries
from tests.conftest import SMALL_PACK
from tests.reports.conftest import END, START
from tests.reports.independent import Log


def request(out: Path, file_format: str) -> ExportRequest:
    period = StatsFilter(period_between(START, END))
    return ExportRequest(ReportKind.CASES, file_format, period, out, "Stadsbiblioteket")


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_the_count_comes_first_then_the_cases_as_they_go(
    report_db, pack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file_format: str
) -> None:
    monkeypatch.setattr(counting, "EVERY", 100)
    told: list[tuple[int, int]] = []
    out = tmp_path / f"cases.{file_format}"
    export_report(request(out, file_format), ReportQueries(report_db), pack, progress=lambda *p: told.append(p))
    total = Log(report_db, START, END).total()
    assert told[0] == (0, total)
    assert all(t == total for _, t in told)
    done = [d for d, _ in told]
    assert done == sorted(done) and done[-1] <= total
    if file_format == "xlsx":  # rows, told every 100
        assert done[-1] == total and len(done) == 2 + total // 100
    else:  # text, told by the chunk of a few thousand cases: here one
        assert len(done) >= 2


def test_a_cancel_after_the_last_query_still_stops_the_export(report_db, pack, tmp_path: Path) -> None:
    """The queries notice a cancel by themselves; after the last fetch only the count does."""
    out = tmp_path / "cases.xlsx"
    told: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        export_report(
            request(out, "xlsx"),
            ReportQueries(report_db),
            pack,
            progress=lambda *p: told.append(p),
            cancelled=lambda: bool(told),  # cancelled as soon as the count is known
        )
    assert list(tmp_path.iterdir()) == []


def _environment(database: Path) -> dict[str, str]:
    env = {**os.environ, "DESKHELP_DATABASE": str(database), "DESKHELP_PACK": str(SMALL_PACK)}
    env["DESKHELP_LIBRARY"] = "Stadsbiblioteket"
    return env


def _arguments(out: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "deskhelp",
        "export",
        "--format",
        "xlsx",
        "--report",
        "cases",
        "--from",
        START.isoformat(),
        "--to",
        END.isoformat(),
        "--out",
        str(out),
        *extra,
    ]


def _in_terminal(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run ``args`` with standard output and error on a pseudo-terminal; its exit code and all it wrote."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=terminal, stderr=terminal, env=env)
    os.close(terminal)
    chunks = []
    try:
        while True:
            ready, _, _ = select.select([controller], [], [], 120)
            if not ready:
                break
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # EIO: the process closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(controller)
    return process.wait(timeout=120), b"".join(chunks).decode("utf-8")


def test_in_a_terminal_the_export_says_how_far_it_has_come(report_db_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "cases.xlsx"
    code, said = _in_terminal(_arguments(out), _environment(report_db_copy))
    assert code == 0, said
    total = Log(report_db_copy, START, END).total()
    lines = said.replace("\r\n", "\n").split("\n")  # the terminal sends a line end as CR LF
    progress = lines[0].split("\r")  # one line, rewritten in place
    assert progress[1] == f"0 av {total} ärenden"  # the count first
    assert progress[-1].rstrip() == f"{total} av {total} ärenden"  # all of them at the end
    assert lines[1].startswith("Skrev ")  # on a line of its own, in the desk's language (Swedish by default)
    assert out.exists()


def test_in_english_in_a_terminal(report_db_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "cases.xlsx"
    code, said = _in_terminal(_arguments(out, "--lang", "en"), _environment(report_db_copy))
    assert code == 0, said
    total = Log(report_db_copy, START, END).total()
    assert f"{total} of {total} cases" in said


def test_not_in_a_terminal_no_progress_noise(report_db_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "cases.xlsx"
    result = subprocess.run(
        _arguments(out), capture_output=True, text=True, env=_environment(report_db_copy), timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "ärenden" not in result.stdout and "\r" not in result.stdout
    assert result.stdout.startswith("Skrev ")
