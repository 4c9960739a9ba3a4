"""The desk's database file, with SQLAlchemy made ready only when something needs it (issue 18).

Start-up reads (the active pack, case counts, the integrity check) use plain sqlite3 (storage.quick_read). The
first write, report or other use makes the SQLAlchemy ``Database``; the window asks for that in the background
right after it is ready (``warm_up``), so the first case logged at the desk does not wait for SQLAlchemy's import.

One plain connection stays open from ``open`` to ``close``: it answers those reads, and it shows that the file is in
use (storage.locking), so ``deskhelp restore`` is refused while a desk runs, as it was when SQLAlchemy's pool held
the file from the start.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from deskhelp.storage import quick_read
from deskhelp.storage.emptied import mark_had_cases, marker_path
from deskhelp.storage.errors import StorageError, classify_sqlite_error
from deskhelp.storage.integrity import damage_found
from deskhelp.storage.migrate import prepare_database
from deskhelp.storage.quick_read import BUSY_TIMEOUT_MS, StoredRevision

if TYPE_CHECKING:
    from deskhelp.storage.database import Database

log = logging.getLogger(__name__)


class DatabaseOnDemand:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._database: Database | None = None
        self._damaged: StorageError | None = None  # found by a check before the Database was made
        self._closed = False
        self._lock = threading.Lock()  # one Database, made once, whichever thread asks first
        self._reading = threading.Lock()  # the held connection serves one thread at a time
        try:
            # mode=rw: never create a file here (prepare_database did); the last to close a WAL file checkpoints it.
            self._held = sqlite3.connect(
                f"file:{path}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            )
            self._held.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the file and its WAL index
        except sqlite3.Error as exc:
            raise classify_sqlite_error(exc, path) from exc

    @classmethod
    def open(cls, path: Path, backups: Path | None = None) -> DatabaseOnDemand:
        """Migrate (with a backup into ``backups``) if needed; then the file is ready to read. Raises StorageError
        with a reason staff can act on. Migrating needs Alembic and SQLAlchemy: a slow start, once per upgrade."""
        prepare_database(path, backups)
        opened = cls(path)
        if not marker_path(path).exists():  # an existing database with cases gets its marker (storage.emptied)
            try:
                if opened._read(quick_read.has_cases):
                    mark_had_cases(path)
            except StorageError:
                pass  # the caller meets the same problem at once, with its own message
        return opened

    def _read(self, query, *args):
        try:
            with self._reading:
                return query(self._held, *args)
        except sqlite3.Error as exc:
            raise classify_sqlite_error(exc, self.path) from exc

    def database(self) -> Database:
        """The SQLAlchemy side, made on first use (importing SQLAlchemy the first time: about 0.4 s)."""
        database = self._database
        if database is not None:
            return database
        with self._lock:
            return self._make()

    def _make(self) -> Database:  # under self._lock
        if self._database is None:
            from deskhelp.storage.database import Database

            self._database = Database(self.path, damaged=self._damaged)
        return self._database

    def warm_up(self) -> None:
        """Make the Database and read through it once, so its connection and the ORM's mappers are set up before
        the first case is logged (run on a background thread right after the window is ready)."""
        with self._lock:
            if self._closed:
                return
            database = self._make()
        try:
            database.active_revision()
        except StorageError as error:  # the first write meets the same problem and says it
            log.warning("the database could not be prepared in the background: %s", error)

    @property
    def ready(self) -> bool:
        """Whether the SQLAlchemy side has been made."""
        return self._database is not None

    # -- what the start needs: plain sqlite3 ---------------------------------------------------------------------
    def active_revision(self) -> StoredRevision | None:
        return self._read(quick_read.active_revision)

    def revision_json_by_sha(self, sha256: str) -> str | None:
        return self._read(quick_read.revision_json_by_sha, sha256)

    def count_cases(self, demo: bool | None = None) -> int:
        return self._read(quick_read.count_cases, demo)

    @property
    def damaged(self) -> StorageError | None:
        """Why nothing more is written into this file (None: it is not known to be damaged)."""
        database = self._database
        return database.damaged if database is not None else self._damaged

    def check_integrity(self, thorough: bool = True) -> list[str]:
        """SQLite's integrity checks (storage.integrity). Any problem stops all further writes."""
        problems, damage = damage_found(self.path, thorough)
        if damage is not None:
            with self._lock:
                self._damaged = damage
                if self._database is not None:
                    self._database.stop_writing(damage)
        return problems

    # -- writing: through SQLAlchemy -----------------------------------------------------------------------------
    def activate_revision(self, **revision: str) -> StoredRevision:
        """See Database.activate_revision."""
        return self.database().activate_revision(**revision)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            with self._reading:
                self._held.close()  # first: the read-write engine, closing last, checkpoints the WAL into the file
            if self._database is not None:
                self._database.close()
