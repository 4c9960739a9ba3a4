"""Is the database file whole? SQLite's own checks, in words IT can act on."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def check_integrity(database: Path) -> list[str]:
    """What is wrong with ``database`` (empty list: nothing). Runs ``quick_check`` and ``foreign_key_check``."""
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check") if row[0] != "ok"]
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
                problems.append(f"{table} row {rowid} refers to a missing row in {parent}")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return [str(exc)]
    return problems
