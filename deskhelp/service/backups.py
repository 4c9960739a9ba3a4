"""Backups and restoring, for `deskhelp backup`, `deskhelp restore` and the daily maintenance: the service's part
(which folder, which backup, what to refuse); the copying and checking is storage's."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from deskhelp import paths
from deskhelp.settings import Settings
from deskhelp.storage.backup import (
    UPGRADE_PREFIX,
    BackupError,
    BackupInfo,
    backup_database,
    count_cases_in,
    newest_good_backup,
    parse_backup_name,
    restore_database,
    verify_backup,
)
from deskhelp.storage.backup import list_backups as _list_backups
from deskhelp.storage.integrity import check_integrity
from deskhelp.storage.locking import database_in_use

log = logging.getLogger("deskhelp.service")


@dataclass(frozen=True)
class Restored:
    backup: BackupInfo
    database: Path
    kept: Path | None  # where the replaced file was put aside (None: there was none)


def backups_folder(settings: Settings) -> Path:
    return settings.backups or paths.backup_dir(settings.database)


def _backed_up_on(settings: Settings, day: dt.date) -> bool:
    """True when the folder holds a routine backup (not one taken before an upgrade) from ``day``."""
    folder = backups_folder(settings)
    if not folder.exists():
        return False
    for path in folder.iterdir():
        parsed = parse_backup_name(path, settings.database.stem)
        if parsed and parsed[0].date() == day and not parsed[1].startswith(UPGRADE_PREFIX):
            return True
    return False


def list_backups(settings: Settings) -> list[BackupInfo]:
    """Every backup in the backups folder, newest first, each verified and its cases counted.
    Raises BackupError when the folder cannot be read."""
    try:
        return _list_backups(settings.database, settings.backups)
    except OSError as exc:
        raise BackupError(f"the backups folder {backups_folder(settings)} cannot be read: {exc}") from exc


def make_backup(settings: Settings, now: dt.datetime | None = None) -> BackupInfo:
    """A verified backup now (``deskhelp backup``). A damaged database is not backed up (the backup would rotate
    good ones out); BackupError says why not."""
    database = settings.database
    if not database.exists() or database.stat().st_size == 0:
        raise BackupError(f"there is no database to back up at {database}")
    try:
        problems = check_integrity(database)
    except sqlite3.Error as exc:
        raise BackupError(f"{database} could not be read to back it up: {exc}") from exc
    if problems:
        raise BackupError(f"{database} is damaged, so it was not backed up: {'; '.join(problems[:5])}")
    try:
        path = backup_database(database, "manual", now=now, folder=settings.backups)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(f"no backup was made in {backups_folder(settings)}: {exc}") from exc
    parsed = parse_backup_name(path, database.stem)
    assert parsed is not None
    return BackupInfo(path, parsed[0], parsed[1], path.stat().st_size)


def restore_backup(settings: Settings, name: str | None = None, now: dt.datetime | None = None) -> Restored:
    """Put a backup (``name``: a file in the backups folder or a full path; default: the newest good one) in place
    of the database. The current file is kept aside under a dated name. Refused while DeskHelp has the database
    open. Raises BackupError saying why nothing was changed."""
    database, folder = settings.database, backups_folder(settings)
    try:
        if name:
            chosen = Path(name).expanduser()
            if not chosen.is_file():
                chosen = folder / name
            if not chosen.is_file():
                raise BackupError(f"there is no backup {name!r} (in {folder}); see deskhelp restore --list")
            problem = verify_backup(chosen)
            if problem:
                raise BackupError(f"{chosen} is not a good backup ({problem}); nothing was changed")
            parsed = parse_backup_name(chosen, database.stem)
            taken = parsed[0] if parsed else dt.datetime.fromtimestamp(chosen.stat().st_mtime)
            reason = parsed[1] if parsed else "file"
            backup = BackupInfo(chosen, taken, reason, chosen.stat().st_size, count_cases_in(chosen))
        else:
            found = newest_good_backup(database, settings.backups)
            if found is None:
                raise BackupError(f"there is no good backup in {folder}; nothing was changed")
            backup = found
        if database_in_use(database):
            raise BackupError(
                f"{database} is open in DeskHelp (or another program); close DeskHelp on this PC, then restore"
            )
        kept = restore_database(backup.path, database, now=now)
    except OSError as exc:
        raise BackupError(f"nothing was restored: {exc}") from exc
    return Restored(backup, database, kept)
