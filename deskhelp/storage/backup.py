"""Online backups with SQLite's backup API: a consistent copy even while another connection writes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from deskhelp import paths

KEEP_BACKUPS = 20


def backup_database(database: Path, reason: str, now: dt.datetime | None = None) -> Path:
    """Copy ``database`` into the backups folder beside it; returns the copy's path. Keeps the newest 20."""
    folder = paths.backup_dir(database)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{database.stem}-{stamp}-{reason}.sqlite3"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{database.stem}-{stamp}-{reason}-{counter}.sqlite3"
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    _prune(folder, database.stem)
    return target


def _prune(folder: Path, stem: str) -> None:
    backups = sorted(folder.glob(f"{stem}-*.sqlite3"), key=lambda p: p.stat().st_mtime)
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
