"""`deskhelp export` as a scheduled job runs it: a real process, a real database, real files."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import SMALL_PACK
from tests.reports.conftest import END, START
from tests.reports.independent import Log

pytestmark = pytest.mark.usefixtures("english_cli")  # these read what the command line says in English

REPORTS = ("summary", "cases", "actors", "inventory", "digidel")
TITLES = {
    "summary": "Sammanställning",
    "actors": "Återkoppling till aktörer",
    "inventory": "Frågeinventering",
    "digidel": "Digidel-statistik",
}


def export(database: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DESKHELP_DATABASE": str(database), "DESKHELP_PACK": str(SMALL_PACK)}
    env["DESKHELP_LIBRARY"] = "Stadsbiblioteket"
    return subprocess.run(
        [sys.executable, "-m", "deskhelp", "export", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def period(**overrides: str) -> list[str]:
    values = {"--from": START.isoformat(), "--to": END.isoformat(), **overrides}
    return [part for item in values.items() for part in item]


@pytest.mark.parametrize("report", REPORTS)
def test_every_report_as_csv(report_db_copy: Path, tmp_path: Path, report: str) -> None:
    out = tmp_path / f"{report}.csv"
    result = export(report_db_copy, "--format", "csv", "--report", report, *period(), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    if report == "cases":
        assert len(rows) == Log(report_db_copy, START, END).total() + 1
    else:
        assert rows[0] == [TITLES[report]] and rows[1] == ["Stadsbiblioteket", "2026-03-01 – 2026-04-30"]


@pytest.mark.parametrize("report", REPORTS)
def test_every_report_as_xlsx(report_db_copy: Path, tmp_path: Path, report: str) -> None:
    out = tmp_path / f"{report}.xlsx"
    result = export(report_db_copy, "--format", "xlsx", "--report", report, *period(), "--out", str(out))
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None
        assert "xl/worksheets/sheet2.xml" in archive.namelist()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_options_reach_the_report(report_db_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "digidel.csv"
    args = ["--format", "csv", "--report", "digidel", *period(), "--out", str(out)]
    result = export(report_db_copy, *args, "--branch", "north", "--desk", "desk-2", "--suppress-below", "0")
    assert result.returncode == 0, result.stderr
    with open(out, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert ["Urval: filial north, disk desk-2."] in rows
    assert not any("visas inte" in cell for row in rows for cell in row)
    total = Log(report_db_copy, START, END, "north", "desk-2").total()
    assert rows[-1][0] == "Totalt" and rows[-1][-1] == str(total)
    result = export(report_db_copy, *args, "--lang", "en", "--suppress-below", "50")
    assert result.returncode == 0, result.stderr
    with open(out, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert rows[0] == ["Digidel statistics"]
    assert any(row[0].startswith("Small counts are not shown (..): counts below 50,") for row in rows if row)


def test_a_bad_date_is_refused(report_db_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    args = period(**{"--from": "2026-02-30"})
    result = export(report_db_copy, "--format", "csv", "--report", "cases", *args, "--out", str(out))
    assert result.returncode == 2  # a mistake in the arguments, as everywhere in the command line
    assert "'2026-02-30' is not a date; write it as YYYY-MM-DD" in result.stderr
    assert not out.exists()


def test_from_after_to_is_refused(report_db_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    args = period(**{"--from": "2026-05-01", "--to": "2026-04-01"})
    result = export(report_db_copy, "--format", "csv", "--report", "summary", *args, "--out", str(out))
    assert result.returncode == 1
    assert "--from 2026-05-01 is after --to 2026-04-01" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_unwritable_path_is_named_and_nothing_is_left(report_db_copy: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "no-such-folder" / f"report.{fmt}"
    result = export(report_db_copy, "--format", fmt, "--report", "summary", *period(), "--out", str(out))
    assert result.returncode == 1
    assert str(out) in result.stderr and "Traceback" not in result.stderr
    assert not out.parent.exists()


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX file modes, not root")
def test_a_read_only_folder_is_named(report_db_copy: Path, tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        out = folder / "cases.csv"
        result = export(report_db_copy, "--format", "csv", "--report", "cases", *period(), "--out", str(out))
        assert result.returncode == 1 and str(out) in result.stderr
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_an_empty_period_exports_zeros(report_db_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.csv"
    args = period(**{"--from": "2030-01-01", "--to": "2030-01-31"})
    result = export(report_db_copy, "--format", "csv", "--report", "summary", *args, "--out", str(out))
    assert result.returncode == 0, result.stderr
    with open(out, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert ["Ärenden", "0", "0", ""] in rows


def test_pdf(report_db_copy: Path, tmp_path: Path) -> None:
    pytest.importorskip("deskhelp.ui.report_pdf")
    out = tmp_path / "summary.pdf"
    env_without_display = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    result = subprocess.run(
        [sys.executable, "-m", "deskhelp", "export", "--format", "pdf", "--report", "summary", *period()]
        + ["--out", str(out)],
        capture_output=True,
        text=True,
        env={**env_without_display, "DESKHELP_DATABASE": str(report_db_copy), "DESKHELP_PACK": str(SMALL_PACK)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
