"""Is a database file open in another program (above all: a running DeskHelp)? Asked before a restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def database_in_use(database: Path) -> bool:
    """True while another connection has ``database`` open.

    In WAL mode readers and an idle connection hold no lock on the database file itself, so an ordinary
    BEGIN EXCLUSIVE would succeed beside a running desk; in EXCLUSIVE locking mode SQLite must be the only one with
    the file open (the WAL index lives in its own memory then), and says "locked" otherwise.
    """
    try:
        if not database.exists() or database.stat().st_size == 0:
            return False
        conn = sqlite3.connect(f"file:{database}?mode=rw", uri=True, timeout=0, isolation_level=None)
    except (OSError, sqlite3.Error):
        return False  # nobody can be using what cannot be opened
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        return "locked" in text or "busy" in text
    except sqlite3.Error:
        return False  # damaged, but not held by anyone
    finally:
        conn.close()
    return False
