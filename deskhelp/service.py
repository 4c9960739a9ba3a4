"""The desk's application service: what the window and the command line do, without knowing either.

It ties the layers together: storage keeps revisions and cases, content reads pack files, core decides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from deskhelp import paths
from deskhelp.content.pack_file import (
    LoadedPack,
    PackError,
    pack_from_json,
    parse_pack_bytes,
    read_pack_bytes,
    sha256_of,
)
from deskhelp.core.cases import CaseDetails, CaseRecord, default_details
from deskhelp.core.guidelines import GuidelinePack
from deskhelp.core.search import SearchHit, SearchIndex
from deskhelp.core.triage import Answers, TriageResult, triage
from deskhelp.settings import Settings
from deskhelp.storage.database import Database, StoredRevision

BUNDLED, FILE = "bundled", "file"
UNDO_WINDOW = dt.timedelta(minutes=10)  # long enough to notice a slip, short enough not to rewrite history


@dataclass(frozen=True)
class PackStatus:
    """What happened to the guideline pack at start: which revision is active, and any pack that was refused."""

    revision: StoredRevision
    applied_now: bool
    refused: PackError | None
    notice: str | None = None  # e.g. the shared pack folder could not be read: the active pack stays


def apply_pack(db: Database, loaded: LoadedPack, origin: str, source: str) -> StoredRevision:
    return db.activate_revision(
        pack_id=loaded.pack.info.id,
        version=loaded.pack.info.version,
        sha256=loaded.sha256,
        origin=origin,
        source=source,
        pack_text=loaded.text,
        pack_json=loaded.data_json,
    )


def sync_pack(db: Database, offered: Path, origin: str) -> PackStatus:
    """Apply ``offered`` if it is new and valid; otherwise keep the active revision.

    The bundled pack never replaces a pack the library applied itself. An invalid pack changes nothing; it
    is reported, and if there is no revision at all to fall back on, the PackError is raised.
    """
    active = db.active_revision()
    if origin == BUNDLED and active is not None and active.origin != BUNDLED:
        return PackStatus(active, applied_now=False, refused=None)
    try:
        raw = read_pack_bytes(offered)
        if active is not None and active.sha256 == sha256_of(raw):
            return PackStatus(active, applied_now=False, refused=None)  # unchanged: no need to parse it again
        loaded = parse_pack_bytes(raw, str(offered))
    except PackError as error:
        if active is None:
            raise
        return PackStatus(active, applied_now=False, refused=error)
    return PackStatus(apply_pack(db, loaded, origin, str(offered)), applied_now=True, refused=None)


PACK_SUFFIXES = (".yaml", ".yml")


def newest_pack_in(folder: Path) -> Path | None:
    """The most recently modified pack file in the library's published folder (None if there is none).

    Only the newest is considered: an invalid upload is reported and skipped (the active pack stays) rather
    than silently falling back to an older file. Raises OSError when the folder cannot be read.
    """
    files = [p for p in folder.iterdir() if p.suffix.lower() in PACK_SUFFIXES and p.is_file()]
    return max(files, key=lambda p: (p.stat().st_mtime, p.name)) if files else None


def _offered_pack(settings: Settings) -> tuple[Path, str, str | None]:
    """Which pack to offer at start, its origin, and a notice when the shared folder could not be used."""
    if settings.pack:
        return settings.pack, FILE, None
    if settings.pack_folder:
        try:
            newest = newest_pack_in(settings.pack_folder)
        except OSError as error:
            return paths.bundled_pack_path(), BUNDLED, f"{settings.pack_folder}: {error.strerror or error}"
        if newest is not None:
            return newest, FILE, None
        return paths.bundled_pack_path(), BUNDLED, f"{settings.pack_folder}: no pack file (*.yaml) in the folder"
    return paths.bundled_pack_path(), BUNDLED, None


@dataclass(frozen=True)
class LoggedCase:
    id: int
    record: CaseRecord
    logged_at: dt.datetime


class DeskService:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        status: PackStatus,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        self.db = db
        self.settings = settings
        self.pack_status = status
        self.pack: GuidelinePack = pack_from_json(status.revision.pack_json, f"revision {status.revision.id}")
        self._index = SearchIndex(self.pack)
        self._clock = clock
        self._last_logged: LoggedCase | None = None

    @classmethod
    def open(cls, settings: Settings) -> DeskService:
        """Open (and migrate) the database and bring the guideline pack up to date.

        Raises StorageError when the database cannot be used, PackError when there is no valid pack at all (not
        even the bundled one). A refused pack is reported in ``pack_status.refused``.
        """
        db = Database.open(settings.database, settings.backups)
        try:
            offered, origin, notice = _offered_pack(settings)
            try:
                status = sync_pack(db, offered, origin)
            except PackError as error:
                if origin == BUNDLED:
                    raise
                # A new desk whose library pack is broken: the bundled pack lets staff work; the window says why.
                status = replace(sync_pack(db, paths.bundled_pack_path(), BUNDLED), refused=error)
            if notice:
                status = replace(status, notice=notice)
            return cls(db, settings, status)
        except Exception:
            db.close()
            raise

    def close(self) -> None:
        self.db.close()

    def search(self, query: str, limit: int = 10) -> list[SearchHit]:
        return self._index.search(query, limit)

    def triage(self, case_type_id: str, answers: Answers) -> TriageResult:
        return triage(self.pack, self.pack.case_types[case_type_id], answers)

    def log(
        self, result: TriageResult, details: CaseDetails | None = None, missing_resources: Iterable[str] = ()
    ) -> LoggedCase:
        """Store the case. Raises CaseRefused (personal data, bad values) or StorageError; nothing is stored then."""
        now = self._clock()
        details = details if details is not None else default_details(result.case_type)
        record = CaseRecord.from_triage(
            result, details, now, self.settings.branch, self.settings.desk, missing_resources
        )
        self._last_logged = LoggedCase(self.db.log_case(record, self.pack_status.revision.id), record, now)
        return self._last_logged

    def undoable(self) -> LoggedCase | None:
        """The case this desk logged last, while it can still be taken back."""
        last = self._last_logged
        if last is None or self._clock() - last.logged_at > UNDO_WINDOW:
            return None
        return last

    def undo_last(self) -> LoggedCase | None:
        """Take back the last logged case (within UNDO_WINDOW). Returns it, or None if there is nothing to undo."""
        last = self.undoable()
        if last is None:
            return None
        self.db.delete_case(last.id)
        self._last_logged = None
        return last
