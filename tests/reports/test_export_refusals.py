"""`deskhelp export` and `pack export` never harm what they report on, and end clearly when they cannot finish:
an output path that is the database, its -wal/-shm or inside a backups folder is refused before anything is
written; a date outside 2000-2100 is an argument mistake (exit 2); a full disk is a message, exit 1 and no file."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from deskhelp import cli, paths
from tests.conftest import SMALL_PACK
from tests.reports.conftest import END, START

pytestmark = pytest.mark.usefixtures("english_cli")  # these read what the command line says in English

ENOSPC = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def database(report_db_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DESKHELP_DATABASE", str(report_db_copy))
    monkeypatch.setenv("DESKHELP_PACK", str(SMALL_PACK))
    cli.main(["check"])  # the service has opened it once: what a later export finds
    return report_db_copy


def _export(fmt: str, out: Path | str, report: str = "summary", start: str = "", end: str = "") -> int:
    return cli.main(
        [
            "export",
            "--format",
            fmt,
            "--report",
            report,
            "--from",
            start or START.isoformat(),
            "--to",
            end or END.isoformat(),
            "--out",
            str(out),
        ]
    )


def _fingerprint(database: Path) -> tuple[str, int]:
    """The file's bytes and, read back with plain sqlite3, its number of cases."""
    digest = hashlib.sha256(database.read_bytes()).hexdigest()
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        cases = conn.execute("SELECT count(*) FROM case_record").fetchone()[0]
    conn.close()
    return digest, cases


def _protected(database: Path, backups: Path) -> dict[str, Path]:
    return {
        "database": database,
        "wal": Path(f"{database}-wal"),
        "shm": Path(f"{database}-shm"),
        "dotdot": database.parent / ".." / database.parent.name / database.name,
        "backup beside": paths.backup_dir(database) / "report.csv",
        "backup configured": backups / "nested" / "report.csv",
        "backups folder itself": backups,
    }


@pytest.mark.parametrize(
    "target", ["database", "wal", "shm", "dotdot", "backup beside", "backup configured", "backups folder itself"]
)
@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_an_export_onto_the_database_or_a_backup_is_refused_before_anything_is_written(
    database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, target: str, fmt: str
) -> None:
    # Was: `--out $DESKHELP_HOME/deskhelp.sqlite3` exited 0 and replaced the live database with CSV.
    backups = tmp_path / "elsewhere" / "backups"
    monkeypatch.setenv("DESKHELP_BACKUPS", str(backups))
    out = _protected(database, backups)[target]
    before = _fingerprint(database)
    capsys.readouterr()
    assert _export(fmt, out) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Problem: cannot write {out}: that is ")
    assert _fingerprint(database) == before
    if target.startswith("backup"):
        assert not out.is_file()


def test_a_symbolic_or_hard_link_to_the_database_is_refused(database: Path, tmp_path: Path, capsys) -> None:
    before = _fingerprint(database)
    links = []
    try:
        (tmp_path / "report.csv").symlink_to(database)
        links.append(tmp_path / "report.csv")
    except OSError:
        pass
    try:
        os.link(database, tmp_path / "hard.csv")
        links.append(tmp_path / "hard.csv")
    except OSError:
        pass
    if not links:
        pytest.skip("no links on this file system")
    for link in links:
        assert _export("csv", link) == 1
        assert "that is DeskHelp's own file" in capsys.readouterr().err
    assert _fingerprint(database) == before


@pytest.mark.skipif(sys.platform != "win32", reason="case-insensitive paths are Windows' way")
def test_the_database_in_other_letters_is_refused_on_windows(database: Path) -> None:
    before = _fingerprint(database)
    assert _export("csv", Path(str(database).upper())) == 1
    assert _fingerprint(database) == before


def test_pack_export_onto_the_database_is_refused(database: Path, capsys) -> None:
    before = _fingerprint(database)
    for out in (database, Path(f"{database}-wal"), paths.backup_dir(database) / "pack.yaml"):
        assert cli.main(["pack", "export", "--out", str(out)]) == 1
        assert f"Problem: cannot write {out}: that is " in capsys.readouterr().err
    assert _fingerprint(database) == before
    assert not (paths.backup_dir(database) / "pack.yaml").exists()


def test_pack_export_still_writes_elsewhere(database: Path, tmp_path: Path) -> None:
    out = tmp_path / "pack.yaml"
    assert cli.main(["pack", "export", "--out", str(out)]) == 0
    assert out.read_bytes() == SMALL_PACK.read_bytes().replace(b"\r\n", b"\n")


@pytest.mark.parametrize(
    ("start", "end", "bad"),
    [
        ("0001-01-01", "2026-12-31", "'0001-01-01'"),
        ("1999-12-31", "2026-12-31", "'1999-12-31'"),
        ("2026-01-01", "2101-01-01", "'2101-01-01'"),
        ("2026-01-01", "9999-12-31", "'9999-12-31'"),
    ],
)
def test_a_date_outside_2000_to_2100_is_an_argument_mistake(
    database: Path, tmp_path: Path, capsys, start: str, end: str, bad: str
) -> None:
    # Was: OverflowError "date value out of range" from the period arithmetic, a traceback.
    out = tmp_path / "report.csv"
    with pytest.raises(SystemExit) as exit_:
        _export("csv", out, start=start, end=end)
    assert exit_.value.code == 2
    assert f"{bad} is outside the years 2000–2100" in capsys.readouterr().err
    assert not out.exists()


def test_the_edges_of_the_range_are_accepted(database: Path, tmp_path: Path) -> None:
    assert _export("csv", tmp_path / "all.csv", start="2000-01-01", end="2100-12-31") == 0


# -- a full disk ---------------------------------------------------------------------------------------------------


def _leaves_nothing(folder: Path) -> None:
    assert [p.name for p in folder.iterdir()] == [], "a failed export left a file"


class _FillsUp:
    """A text stream that takes ``room`` characters and then fails as a full disk does."""

    def __init__(self, stream, room: int) -> None:
        self._stream, self._room = stream, room

    def write(self, text: str) -> int:
        self._room -= len(text)
        if self._room < 0:
            raise ENOSPC
        return self._stream.write(text)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._stream.close()

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def test_csv_onto_a_full_disk(database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from deskhelp.reports import csv_writer

    monkeypatch.setattr(csv_writer, "open", lambda *a, **k: _FillsUp(open(*a, **k), 2000), raising=False)  # noqa: SIM115
    folder = tmp_path / "share"
    folder.mkdir()
    assert _export("csv", folder / "cases.csv", report="cases") == 1
    assert capsys.readouterr().err == f"Problem: cannot write {folder / 'cases.csv'}: No space left on device\n"
    _leaves_nothing(folder)


def test_xlsx_onto_a_full_disk(database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    import zipfile

    def full(*_args, **_kwargs):
        raise ENOSPC

    monkeypatch.setattr(zipfile.ZipFile, "write", full)
    folder = tmp_path / "share"
    folder.mkdir()
    assert _export("xlsx", folder / "cases.xlsx", report="cases") == 1
    assert capsys.readouterr().err == f"Problem: cannot write {folder / 'cases.xlsx'}: No space left on device\n"
    _leaves_nothing(folder)


def test_a_pdf_cut_off_by_a_full_disk_is_not_kept(
    database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    # Qt's PDF writer says nothing when a write fails: on a full disk it left a 64 KB cut-off file, and exit 0.
    from deskhelp.printing import pdf
    from deskhelp.printing import report as printing_report

    files: list[str] = []
    real_writer = pdf.QPdfWriter

    def writer(name: str):
        files.append(name)
        return real_writer(name)

    def cut_off(_document, _writer, _footer) -> None:
        Path(files[-1]).write_bytes(b"%PDF-1.4\n" + b"0" * 60_000)

    monkeypatch.setattr(pdf, "QPdfWriter", writer)
    monkeypatch.setattr(printing_report, "_paint", cut_off)
    folder = tmp_path / "share"
    folder.mkdir()
    assert _export("pdf", folder / "summary.pdf") == 1
    err = capsys.readouterr().err
    assert err == f"Problem: cannot write {folder / 'summary.pdf'}: the PDF could not be written completely " + (
        "(is the disk full?)\n"
    )
    _leaves_nothing(folder)


@pytest.fixture
def tiny_disk(tmp_path: Path):
    """A real 64 KB file system (tmpfs), when this process may mount one (root on Linux)."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    if not sys.platform.startswith("linux") or not shutil.which("mount"):
        pytest.skip("needs Linux mount")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)], capture_output=True, timeout=30
    )
    if mounted.returncode != 0:
        pytest.skip("mounting a tmpfs is not permitted here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True, timeout=30)


@pytest.mark.parametrize(("fmt", "report"), [("csv", "cases"), ("xlsx", "cases"), ("pdf", "inventory")])
def test_a_real_full_disk(database: Path, tiny_disk: Path, fmt: str, report: str, deskhelp_home: Path) -> None:
    env = {
        **os.environ,
        "DESKHELP_HOME": str(deskhelp_home),
        "DESKHELP_DATABASE": str(database),
        "DESKHELP_PACK": str(SMALL_PACK),
        "QT_QPA_PLATFORM": "offscreen",
    }
    args = ["--format", fmt, "--report", report, "--from", "2026-01-01", "--to", "2026-12-31"]
    out = tiny_disk / f"report.{fmt}"
    (tiny_disk / "fill").write_bytes(b"\0" * 40_000)  # what is left is too little for the report
    result = subprocess.run(
        [sys.executable, "-m", "deskhelp", "export", *args, "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stdout
    assert result.stderr.startswith(f"Problem: cannot write {out}: ")
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["fill"]


def test_the_dashboards_export_refuses_the_configured_backups_folder(
    database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dashboard exports through DeskService.export: the backups folder IT configured is as protected there."""
    from deskhelp.core.statistics import StatsFilter
    from deskhelp.exports import ExportRequest
    from deskhelp.reports.builders import period_between
    from deskhelp.reports.model import ReportKind
    from deskhelp.service import DeskService, ExportError
    from deskhelp.settings import load_settings

    backups = tmp_path / "other-disk" / "backups"
    backups.mkdir(parents=True)
    monkeypatch.setenv("DESKHELP_BACKUPS", str(backups))
    service = DeskService.open(load_settings())
    try:
        request = ExportRequest(
            kind=ReportKind.SUMMARY,
            file_format="csv",
            filter=StatsFilter(period_between(START, END)),
            out=backups / "summary.csv",
            library="Biblioteket",
        )
        with pytest.raises(ExportError, match="backup"):
            service.export(request)
    finally:
        service.close()
    assert list(backups.iterdir()) == []


def test_the_exports_find_the_pdf_writer_only_where_it_was_registered() -> None:
    """The exports know no Qt: a process that never imported the window's package has no PDF writer to find."""
    code = (
        "from deskhelp import exports\n"
        "try:\n    exports.writer_for('pdf')\nexcept LookupError as exc:\n    print('missing:', exc)\n"
        "from deskhelp.ui import register_pdf_writer; register_pdf_writer()\n"
        "print('registered:', exports.writer_for('pdf').__module__)\n"
        "import sys; print('qt:', any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == [
        "missing: no writer for pdf is registered here",
        "registered: deskhelp.ui",
        "qt: False",  # registering loads no Qt; writing a PDF does
    ]
    with pytest.raises(ValueError, match="unknown format"):
        from deskhelp.exports import register_writer

        register_writer("docx", lambda _report, _path: None)
