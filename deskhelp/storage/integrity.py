"""Is the database file whole? SQLite's own checks, in words IT can act on."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from deskhelp.storage.errors import DAMAGED_DETAIL, StorageError, StorageProblem, classify_sqlite_error

log = logging.getLogger(__name__)

MAX_PROBLEMS = 20  # SQLite can list thousands of broken pages; the first ones say enough


def check_integrity(database: Path, thorough: bool = True) -> list[str]:
    """What is wrong with ``database`` (empty list: nothing). Runs ``integrity_check`` (``quick_check`` when not
    ``thorough``: it skips comparing every index with its table, which is most of the time) and
    ``foreign_key_check``. Reads only; a -wal beside the file is read as part of it. Raises sqlite3.Error when the
    file cannot be read at all for a reason that is not damage (locked, cannot be opened)."""
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)
        try:
            problems = [row[0] for row in conn.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})") if row[0] != "ok"]
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
                if len(problems) >= MAX_PROBLEMS:
                    break
                problems.append(f"{table} row {rowid} refers to a missing row in {parent}")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text or "unable to open" in text:
            raise  # the file could not be checked now; that says nothing about damage
        return [str(exc)]
    return problems


def damage_found(database: Path, thorough: bool = True) -> tuple[list[str], StorageError | None]:
    """check_integrity's problems, and the error that must stop every further write when there are any (logged);
    a file SQLite cannot read at all raises the classified StorageError."""
    try:
        problems = check_integrity(database, thorough)
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, database) from exc
    if not problems:
        return problems, None
    log.error("the database %s is damaged; writing stopped: %s", database, "; ".join(problems))
    detail = f"{DAMAGED_DETAIL}. SQLite found: {'; '.join(problems[:5])}"
    return problems, StorageError(StorageProblem.DAMAGED, database, detail)
