"""Storage problems staff and IT can act on. Each has a kind the UI translates and an English message for logs
and the command line."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class StorageProblem(StrEnum):
    NETWORK_PATH = "network_path"
    CANNOT_CREATE = "cannot_create"
    NOT_A_DATABASE = "not_a_database"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    NEWER_SCHEMA = "newer_schema"
    MIGRATION_FAILED = "migration_failed"
    DAMAGED = "damaged"  # the file fails SQLite's integrity checks
    EMPTIED = "emptied"  # a database that held cases is missing or empty


DAMAGED_DETAIL = (
    "the database file is damaged; nothing more is written into it. With DeskHelp closed, IT can restore a backup: "
    "deskhelp restore --list, then deskhelp restore"
)


class StorageError(Exception):
    def __init__(self, problem: StorageProblem, path: Path, detail: str) -> None:
        self.problem = problem
        self.path = path
        self.detail = detail
        super().__init__(f"{path}: {detail}")


def classify_sqlite_error(exc: Exception, path: Path) -> StorageError:
    """Turn a sqlite3 / SQLAlchemy error into a problem staff can be told about."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "locked" in text or "busy" in text:
        return StorageError(
            StorageProblem.LOCKED, path, "the database is locked by another program; close it and try again"
        )
    if "readonly" in text or "read-only" in text or "attempt to write a readonly" in text:
        return StorageError(StorageProblem.READ_ONLY, path, "the database file or its folder is read-only")
    if "disk is full" in text or "database or disk is full" in text or "no space" in text:
        return StorageError(StorageProblem.DISK_FULL, path, "the disk is full; nothing was saved")
    if "malformed" in text:
        return StorageError(StorageProblem.DAMAGED, path, f"{DAMAGED_DETAIL} (SQLite: {text})")
    if "not a database" in text or "file is encrypted" in text:
        return StorageError(StorageProblem.NOT_A_DATABASE, path, "the file is not a DeskHelp database or is damaged")
    if "unable to open" in text:
        return StorageError(StorageProblem.CANNOT_CREATE, path, "the database file cannot be opened or created")
    return StorageError(StorageProblem.MIGRATION_FAILED, path, f"database error: {exc}")


class DemoRefused(Exception):
    """The database holds real cases: demo data would mix with them. Nothing was written."""

    def __init__(self, path: Path, real_cases: int) -> None:
        self.path = path
        self.real_cases = real_cases
        super().__init__(
            f"{path} holds {real_cases} real case{'s' if real_cases != 1 else ''}; nothing was added. Demo data goes "
            "only into an empty database, e.g. DESKHELP_HOME=/tmp/demo deskhelp demo-data --cases 10000"
        )


class Cancelled(Exception):
    """The team lead cancelled the refresh or export."""
