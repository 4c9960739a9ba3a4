"""An undone case leaves no readable trace in the database file: deleted rows are overwritten (secure_delete).

The word is looked for in the raw bytes of the file and its WAL, as anyone with a hex editor or a backup would.
The second test does the same delete without secure_delete, on a plain sqlite3 connection, and finds the word:
so the first test would fail if the pragma were ever lost.

Debian's SQLite is built with secure_delete on by default, the SQLite in Python for Windows (where desks run) is
not. The fixture below turns it off first on every new connection, as on Windows, so these tests show what
DeskHelp's own pragma does wherever they run.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy

from deskhelp.core.cases import CaseDetails
from deskhelp.core.triage import default_answers
from deskhelp.service import DeskService
from deskhelp.settings import load_settings

WORD = "Zebrafinkkvittret"  # distinctive enough to appear nowhere else in the file


@pytest.fixture(autouse=True)
def secure_delete_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every engine's connections start with secure_delete off, before DeskHelp's own configuration runs."""

    def create_engine(*args, **kwargs) -> sqlalchemy.Engine:
        engine = sqlalchemy.create_engine(*args, **kwargs)

        def off(dbapi_connection, _record) -> None:
            dbapi_connection.execute("PRAGMA secure_delete = OFF")

        sqlalchemy.event.listen(engine, "connect", off, insert=True)  # insert: runs before the engine's own
        return engine

    monkeypatch.setattr("deskhelp.storage.engine.create_engine", create_engine)


def _log_case_with_word(undo: bool) -> tuple[Path, int]:
    """Log one case whose reflection holds WORD through the service, maybe undo it; the database and the case id."""
    service = DeskService.open(load_settings())
    service._clock = lambda: dt.datetime(2026, 11, 23, 10, 5)
    case = service.pack.case_types["tax-return"]
    logged = service.log(service.triage(case.id, default_answers(case)), CaseDetails(reflection=f"Om {WORD} igen"))
    if undo:
        assert service.undo_last() == logged
    service.close()
    return service.settings.database, logged.id


def _raw_bytes(database: Path) -> bytes:
    """The file and whatever is left of its WAL, after a checkpoint has moved every page into the file."""
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    wal = database.with_name(database.name + "-wal")
    return database.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_an_undone_case_leaves_nothing_in_the_file(use_small_pack: Path) -> None:
    database, _ = _log_case_with_word(undo=True)
    conn = sqlite3.connect(database)
    assert conn.execute("SELECT COUNT(*) FROM case_record").fetchone() == (0,)
    conn.close()
    assert WORD.encode() not in _raw_bytes(database)


def test_the_same_delete_without_secure_delete_leaves_the_word_behind(use_small_pack: Path) -> None:
    database, case_id = _log_case_with_word(undo=False)
    assert WORD.encode() in _raw_bytes(database)

    conn = sqlite3.connect(database, isolation_level=None)
    conn.execute("PRAGMA secure_delete = OFF")
    conn.execute("PRAGMA foreign_keys = ON")  # the children go too, as when the service deletes
    conn.execute("DELETE FROM case_record WHERE id = ?", (case_id,))
    assert conn.execute("SELECT COUNT(*) FROM case_record").fetchone() == (0,)
    conn.close()
    assert WORD.encode() in _raw_bytes(database)


def test_every_connection_of_the_engine_has_secure_delete_on(tmp_path: Path) -> None:
    from deskhelp.storage.engine import create_sqlite_engine

    engine = create_sqlite_engine(tmp_path / "any.sqlite3")
    with engine.connect() as first, engine.connect() as second:
        for connection in (first, second):
            assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    engine.dispose()
