"""Online backups with SQLite's backup API: a consistent copy even while another connection writes.

A backup only counts once it is whole and readable: it is written under a temporary name, checked with
``PRAGMA quick_check`` and only then renamed into place, so a kill or a full disk can never leave a 0-byte or half
backup that looks like a good one. Restoring never deletes anything: the file it replaces is kept aside.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
from pathlib import Path

from deskhelp import paths

log = logging.getLogger(__name__)

KEEP_BACKUPS = 20
TEMPORARY_SUFFIX = ".partial"


class BackupError(Exception):
    """A backup could not be written or did not verify; nothing that counts as a backup was left behind."""


def backup_database(database: Path, reason: str, now: dt.datetime | None = None, folder: Path | None = None) -> Path:
    """Copy ``database`` into ``folder`` (default: the backups folder beside it); returns the verified copy.

    Raises BackupError (or sqlite3.Error/OSError from reading the source) when no good backup was made.
    """
    folder = folder or paths.backup_dir(database)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{database.stem}-{stamp}-{reason}.sqlite3"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{database.stem}-{stamp}-{reason}-{counter}.sqlite3"
    partial = target.with_name(target.name + TEMPORARY_SUFFIX)
    try:
        _copy(database, partial)
        problem = verify_backup(partial)
        if problem:
            raise BackupError(f"the backup of {database} did not verify ({problem}); it was not kept")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    log.info("backup written: %s (%s bytes, %s)", target, target.stat().st_size, reason)
    _prune(folder, database.stem)
    return target


def _copy(database: Path, target: Path) -> None:
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        finally:
            copy.close()
    finally:
        source.close()


def verify_backup(backup: Path) -> str | None:
    """None when ``backup`` is a readable, undamaged SQLite file; otherwise what is wrong with it."""
    try:
        if backup.stat().st_size == 0:
            return "the file is empty"
        conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except (sqlite3.Error, OSError) as exc:
        return str(exc)
    return None if rows == ["ok"] else "; ".join(rows[:5])


def restore_database(backup: Path, database: Path, now: dt.datetime | None = None) -> Path | None:
    """Put ``backup`` in place of ``database``. The file it replaces (with its -wal and -shm) is kept aside under
    a dated name, never deleted; returns that name (None when there was no file to keep). The backup must verify.
    """
    problem = verify_backup(backup)
    if problem:
        raise BackupError(f"{backup} cannot be restored: {problem}")
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = database.with_name(f"{database.stem}-replaced-{stamp}{database.suffix}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = database.with_name(f"{database.stem}-replaced-{stamp}-{counter}{database.suffix}")
    kept: Path | None = None
    if database.exists():
        os.replace(database, aside)
        kept = aside
    for extra in ("-wal", "-shm"):
        companion = Path(f"{database}{extra}")
        if companion.exists():
            os.replace(companion, Path(f"{aside}{extra}"))
    partial = database.with_name(database.name + TEMPORARY_SUFFIX)
    shutil.copyfile(backup, partial)
    os.replace(partial, database)
    log.warning("restored %s from %s; the replaced file was kept as %s", database, backup, kept)
    return kept


def _prune(folder: Path, stem: str) -> None:
    backups = sorted(folder.glob(f"{stem}-*.sqlite3"), key=lambda p: p.stat().st_mtime)
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
