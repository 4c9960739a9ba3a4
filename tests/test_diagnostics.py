"""The diagnostic log for IT: where it is, what it holds, and what it never holds (a reflection, any case content)."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from deskhelp import diagnostics, paths
from deskhelp.core.cases import CaseDetails
from deskhelp.core.triage import default_answers
from deskhelp.service import DeskService
from deskhelp.settings import load_settings

pytestmark = pytest.mark.usefixtures("english_cli")  # these read what the command line says in English

REFLECTION_WORD = "Zebrakvadratur"  # nowhere else in DeskHelp: if it is in the log, the reflection leaked


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "deskhelp", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


@pytest.fixture
def in_process_log():
    """Logging set up in this process (as main() does), taken down again so no other test writes here."""
    yield
    diagnostics.stop_logging()


def _log_a_case_with_a_reflection() -> int:
    service = DeskService.open(load_settings())
    try:
        case = service.pack.case_types["tax-return"]
        details = CaseDetails(chafing=True, reflection=f"{REFLECTION_WORD} kändes obekvämt att hjälpa till med")
        return service.log(service.triage(case.id, default_answers(case)), details).id
    finally:
        service.close()


def test_the_log_holds_start_up_and_exports_and_never_a_reflection(
    in_process_log, use_small_pack: Path, deskhelp_home: Path, tmp_path: Path
) -> None:
    diagnostics.start_logging()  # as the window has, while staff log cases
    case_id = _log_a_case_with_a_reflection()
    with sqlite3.connect(deskhelp_home / "deskhelp.sqlite3") as conn:  # the reflection is stored, so it could leak
        stored = conn.execute("SELECT reflection FROM case_record WHERE id = ?", (case_id,)).fetchone()[0]
    assert REFLECTION_WORD in stored

    exported = tmp_path / "cases.csv"
    out = run("export", "--format", "csv", "--report", "cases", "--from", "2000-01-01", "--to", "2099-12-31",
              "--out", str(exported))  # fmt: skip
    assert out.returncode == 0, out.stderr
    failed = run("export", "--format", "xlsx", "--report", "summary", "--from", "2000-01-01", "--to", "2099-12-31",
                 "--out", str(tmp_path / "no such folder" / "summary.xlsx"))  # fmt: skip
    assert failed.returncode == 1
    check = run("check")
    assert check.returncode == 0, check.stderr

    log_file = deskhelp_home / "logs" / "deskhelp.log"
    assert f"Log: {log_file}" in check.stdout.splitlines()
    text = log_file.read_text(encoding="utf-8")
    assert "started (command export, from source)" in text
    assert f"database: {deskhelp_home / 'deskhelp.sqlite3'}" in text
    assert f"pack: {use_small_pack} unchanged" in text
    size = exported.stat().st_size
    assert f"export: cases report as csv, 2000-01-01 to 2099-12-31, written to {exported} ({size} bytes)" in text
    assert "ERROR deskhelp.cli" in text and "Traceback (most recent call last)" in text  # the failed export
    assert "started (command check, from source)" in text
    assert REFLECTION_WORD not in text
    assert REFLECTION_WORD.lower() not in text.lower()


def test_the_window_logs_its_start_once_it_has_painted(use_small_pack: Path, deskhelp_home: Path) -> None:
    out = run("--benchmark-startup")
    assert out.returncode == 0, out.stderr
    text = (deskhelp_home / "logs" / "deskhelp.log").read_text(encoding="utf-8")
    lines = [line.split("] ", 1)[1] for line in text.splitlines() if "] " in line]
    assert lines[0].startswith("DeskHelp ") and "started (window, from source)" in lines[0]
    assert f"pack: {use_small_pack} applied: test-pack 1 as revision 1" in lines
    assert lines[-1].startswith("window ready, ")


def test_a_log_folder_that_cannot_be_written_leaves_deskhelp_working(use_small_pack: Path, deskhelp_home: Path) -> None:
    deskhelp_home.mkdir(parents=True)
    (deskhelp_home / "logs").write_text("a file where the log folder should be")  # fails for root too
    out = run("check")
    assert out.returncode == 0, out.stderr
    assert "DeskHelp writes no diagnostic log" in out.stderr and "Traceback" not in out.stderr
    assert f"Log: none ({deskhelp_home / 'logs'} cannot be written)" in out.stdout.splitlines()


@pytest.mark.qt_no_exception_capture  # pytest-qt's own excepthook would fail the test: Python's reports it here
def test_an_unhandled_error_is_logged_with_its_traceback(in_process_log, capsys) -> None:
    log_file = diagnostics.start_logging()
    assert log_file == paths.log_file()
    try:
        raise RuntimeError("the main thread failed")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert "RuntimeError: the main thread failed" in capsys.readouterr().err  # Python still reports it too
    text = log_file.read_text(encoding="utf-8")
    assert "CRITICAL deskhelp" in text and "unhandled error" in text
    assert 'raise RuntimeError("the main thread failed")' in text


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_an_error_in_another_thread_is_logged(in_process_log) -> None:
    log_file = diagnostics.start_logging()

    def fail() -> None:
        raise ValueError("a worker failed")

    worker = threading.Thread(target=fail, name="worker-7")
    worker.start()
    worker.join()
    text = log_file.read_text(encoding="utf-8")
    assert "unhandled error in thread worker-7" in text and "ValueError: a worker failed" in text


def test_records_held_before_the_file_opens_are_written_when_it_opens(in_process_log) -> None:
    diagnostics.hold_logging()
    logging.getLogger("deskhelp.storage.migrate").info("upgraded before the window painted")
    assert not paths.log_file().exists()  # the window has not painted yet: no file, no logging.handlers
    diagnostics.start_logging()
    logging.getLogger("deskhelp.service").info("after the paint")
    lines = paths.log_file().read_text(encoding="utf-8").splitlines()
    assert [line.split("] ", 1)[1] for line in lines] == ["upgraded before the window painted", "after the paint"]


@pytest.mark.qt_no_exception_capture
def test_an_error_before_the_file_opens_opens_it(in_process_log, capsys) -> None:
    diagnostics.hold_logging()
    logging.getLogger("deskhelp").info("starting")
    try:
        raise OSError("the window could not be built")
    except OSError:
        sys.excepthook(*sys.exc_info())
    capsys.readouterr()
    text = paths.log_file().read_text(encoding="utf-8")
    assert "starting" in text and "OSError: the window could not be built" in text


def test_the_values_of_a_failed_statement_never_reach_the_log(in_process_log) -> None:
    """SQLAlchemy quotes a failed INSERT's values, a reflection among them, in its error message."""
    from sqlalchemy import create_engine, text

    diagnostics.start_logging()
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (reflection TEXT CHECK (length(reflection) < 5))"))
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (:r)"), {"r": f"{REFLECTION_WORD} och mer"})
    except Exception as error:  # noqa: BLE001 - whatever SQLAlchemy raises, as a caller would log it
        assert REFLECTION_WORD in str(error)  # the message does quote it
        logging.getLogger("deskhelp.storage").exception("the case could not be stored: %s", error)
    engine.dispose()
    text_ = paths.log_file().read_text(encoding="utf-8")
    assert "CHECK constraint failed" in text_ and "[parameters: not logged]" in text_
    assert REFLECTION_WORD not in text_


def test_the_log_folder(monkeypatch: pytest.MonkeyPatch, deskhelp_home: Path) -> None:
    assert paths.log_file() == deskhelp_home / "logs" / "deskhelp.log"
    monkeypatch.delenv("DESKHELP_HOME")
    import platformdirs

    assert paths.log_dir() == Path(platformdirs.user_log_dir("DeskHelp", "DeskHelp"))
