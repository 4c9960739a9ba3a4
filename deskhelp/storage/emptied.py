"""A database that once held cases is never silently replaced by a new, empty one.

SQLite creates a database wherever it is asked to open one that is missing. So DeskHelp keeps a small marker
beside the database, ``deskhelp.sqlite3.had-cases``, written when the first case is logged (and whenever a
database with cases is opened). If the database is later missing or 0 bytes while the marker, or a backup with
cases, says there was something, DeskHelp refuses to start rather than begin a new file, and names the backup to
restore.
"""

from __future__ import annotations

import logging
from pathlib import Path

from deskhelp.storage.backup import newest_good_backup
from deskhelp.storage.errors import StorageError, StorageProblem

log = logging.getLogger(__name__)

MARKER_SUFFIX = ".had-cases"
_MARKER_TEXT = (
    "DeskHelp keeps this file beside its database to know that the database held cases.\n"
    "If the database goes missing or is emptied, DeskHelp refuses to start a new one and asks for a restore.\n"
    "Delete this file only to start an empty database on purpose.\n"
)


def marker_path(database: Path) -> Path:
    return Path(f"{database}{MARKER_SUFFIX}")


def mark_had_cases(database: Path) -> None:
    """Write the marker if it is not there. Never fails the caller: the marker is a safety net, not the data."""
    marker = marker_path(database)
    try:
        if not marker.exists():
            marker.write_text(_MARKER_TEXT, encoding="utf-8")
    except OSError:
        log.exception("could not write %s", marker)


def refuse_if_emptied(database: Path, backups: Path | None = None) -> None:
    """Raise StorageError(EMPTIED) when ``database`` is missing or 0 bytes but once held cases."""
    try:
        if database.exists() and database.stat().st_size > 0:
            return
    except OSError:
        return  # whatever is wrong is reported when the file is opened
    marker = marker_path(database).exists()
    try:
        backup = newest_good_backup(database, backups, with_cases=True)
    except OSError:
        backup = None  # an unreachable backups folder must not hide what the marker says
    if not marker and backup is None:
        return  # a new desk: nothing was ever logged here
    state = "is missing" if not database.exists() else "is empty (0 bytes)"
    detail = f"the database {state}, but it held cases"
    if backup is not None:
        detail += (
            f". The newest good backup is {backup.path} ({backup.cases} cases, taken {backup.taken:%Y-%m-%d %H:%M})."
            " With DeskHelp closed, run: deskhelp restore"
        )
    else:
        detail += ". No backup with cases was found; IT may have one elsewhere (deskhelp restore FILE)"
    detail += f". To start an empty database on purpose, delete {marker_path(database)}"
    log.error("refusing to start a new database: %s", detail)
    raise StorageError(StorageProblem.EMPTIED, database, detail)
