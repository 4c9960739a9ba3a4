"""What the desk reads to start, with the standard library's sqlite3: the active guideline pack and case counts.

Importing SQLAlchemy took about 400 ms, two thirds of the time from the window's first paint to a desk that
answers (issue 18). These few reads need none of it, so the window, ``deskhelp search`` and ``deskhelp check``
start without it; writing and the reports go through storage.database (see storage.on_demand, which holds the
connection these read through). Each raises sqlite3.Error; the caller names the file.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

BUSY_TIMEOUT_MS = 5000  # a second DeskHelp (or a backup) holding the lock makes us wait briefly, not fail


@dataclass(frozen=True)
class StoredRevision:
    id: int
    pack_id: str
    version: str
    sha256: str
    origin: str
    source: str
    applied_at: dt.datetime
    pack_json: str


_REVISION = "SELECT id, pack_id, version, sha256, origin, source, applied_at, pack_json FROM pack_revision"


def _revision(row: tuple) -> StoredRevision:
    rid, pack_id, version, sha256, origin, source, applied_at, pack_json = row
    # SQLAlchemy's DateTime keeps "YYYY-MM-DD HH:MM:SS.ffffff" on SQLite, which fromisoformat reads as it wrote it.
    applied = applied_at if isinstance(applied_at, dt.datetime) else dt.datetime.fromisoformat(applied_at)
    return StoredRevision(rid, pack_id, version, sha256, origin, source, applied, pack_json)


def active_revision(conn: sqlite3.Connection) -> StoredRevision | None:
    """The revision in use (None when no pack was ever applied)."""
    row = conn.execute(f"{_REVISION} WHERE active = 1").fetchone()
    return _revision(row) if row else None


def revision_json_by_sha(conn: sqlite3.Connection, sha256: str) -> str | None:
    """The parsed pack of the newest revision with this content, if it was ever applied here."""
    query = "SELECT pack_json FROM pack_revision WHERE sha256 = ? AND pack_json != '' ORDER BY id DESC LIMIT 1"
    row = conn.execute(query, (sha256,)).fetchone()
    return row[0] if row else None


def count_cases(conn: sqlite3.Connection, demo: bool | None = None) -> int:
    """All cases, or only the demo (True) or only the real (False) ones."""
    if demo is None:
        return conn.execute("SELECT count(*) FROM case_record").fetchone()[0]
    return conn.execute("SELECT count(*) FROM case_record WHERE demo = ?", (int(demo),)).fetchone()[0]


def has_cases(conn: sqlite3.Connection) -> bool:
    """Whether any case is in the log."""
    return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM case_record)").fetchone()[0])
