"""The desk's application service: what the window and the command line do, without knowing either.

It ties the layers together: storage keeps revisions and cases, content reads pack files, core decides.
The windows take the error types they catch from here too (StorageError, Cancelled, ExportError), not from storage.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from deskhelp import paths
from deskhelp.files import WriteError as ExportError  # for the windows (the same class as reports.guard.ExportError)
from deskhelp.settings import Settings

# The door's error types: the window and the command line catch these from here, never from deskhelp.storage.
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
from deskhelp.storage.errors import Cancelled, DemoRefused, StorageError, StorageProblem
from deskhelp.storage.integrity import check_integrity
from deskhelp.storage.locking import database_in_use

# This module is imported before the window's first paint (for prepare() and the error types), so what pulls in
# SQLAlchemy (storage.database, storage.statistics), YAML (content.pack_file) or the domain's rules (search, triage,
# the case record with its personal-data finder) is imported where it is used: after the first paint.
if TYPE_CHECKING:
    from deskhelp.content.pack_file import LoadedPack, PackError
    from deskhelp.core.cases import CaseDetails, CaseRecord
    from deskhelp.core.guidelines import GuidelinePack
    from deskhelp.core.pack_changes import PackChange
    from deskhelp.core.review_checklist import ReviewChecklist
    from deskhelp.core.search import SearchHit
    from deskhelp.core.statistics import Statistics, StatsFilter
    from deskhelp.core.triage import Answers, TriageResult
    from deskhelp.exports import ExportRequest
    from deskhelp.reports.builders import ReportData
    from deskhelp.reports.model import Report
    from deskhelp.storage.database import Database, StoredRevision

__all__ = [
    "BackupError",
    "Cancelled",
    "DemoRefused",
    "DeskService",
    "ExportError",
    "StorageError",
    "StorageProblem",
    "prepare",
]

log = logging.getLogger(__name__)

BUNDLED, FILE = "bundled", "file"
UNDO_WINDOW = dt.timedelta(minutes=10)  # long enough to notice a slip, short enough not to rewrite history


@dataclass(frozen=True)
class PackStatus:
    """What happened to the guideline pack at start: which revision is active, and any pack that was refused."""

    revision: StoredRevision
    applied_now: bool
    refused: PackError | None
    notice: str | None = None  # e.g. the shared pack folder could not be read: the active pack stays
    previous: StoredRevision | None = None  # the revision active before this start, when a new one was applied now


def apply_pack(db: Database, loaded: LoadedPack, origin: str, source: str) -> StoredRevision:
    """Store ``loaded`` as the active revision. ``source`` is kept as a file name only ("default.yaml"): a full path
    would put the user's folder, often their name, into the database and every backup of it."""
    return db.activate_revision(
        pack_id=loaded.pack.info.id,
        version=loaded.pack.info.version,
        sha256=loaded.sha256,
        origin=origin,
        source=Path(source).name,
        pack_text=loaded.text,
        pack_json=loaded.data_json,
    )


def sync_pack(db: Database, offered: Path, origin: str) -> PackStatus:
    """Apply ``offered`` if it is new and valid; otherwise keep the active revision.

    The bundled pack never replaces a pack the library applied itself. An invalid pack changes nothing; it
    is reported, and if there is no revision at all to fall back on, the PackError is raised.
    """
    from deskhelp.content.pack_file import PackError, parse_pack_bytes, read_pack_bytes, sha256_of

    active = db.active_revision()
    if origin == BUNDLED and active is not None and active.origin != BUNDLED:
        log.info("pack: the library's own revision %s stays; the bundled pack does not replace it", active.id)
        return PackStatus(active, applied_now=False, refused=None)
    try:
        raw = read_pack_bytes(offered)
        if active is not None and active.sha256 == sha256_of(raw):
            log.info("pack: %s unchanged, revision %s stays", offered, active.id)
            return PackStatus(active, applied_now=False, refused=None)  # unchanged: no need to parse it again
        loaded = parse_pack_bytes(raw, str(offered))
    except PackError as error:
        first = str(error).partition("\n")[0][:500]
        kept = f"revision {active.id} stays in use" if active else "no earlier revision to use"
        log.warning("pack: %s refused, %s (%s problems; first: %s)", offered, kept, len(error.problems), first)
        if active is None:
            raise
        return PackStatus(active, applied_now=False, refused=error)
    revision = apply_pack(db, loaded, origin, offered.name)
    log.info("pack: %s applied: %s %s as revision %s", offered, revision.pack_id, revision.version, revision.id)
    return PackStatus(revision, applied_now=True, refused=None, previous=active)


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
class Published:
    """A revision the guideline editor saved: where it was published (None when no pack folder is set)."""

    revision: StoredRevision
    path: Path | None


@dataclass(frozen=True)
class Maintenance:
    """What the once-a-day check and backup did (DeskService.daily_maintenance)."""

    day: dt.date
    problems: tuple[str, ...]  # what the integrity check found; any problem stops writing into the file
    backup: Path | None  # the backup made, None when none was due or it failed
    backup_problem: str | None = None  # why no backup could be made (the desk goes on all the same)

    @property
    def damaged(self) -> bool:
        return bool(self.problems)


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
        from deskhelp.content.pack_file import pack_from_json

        self.pack: GuidelinePack = pack_from_json(status.revision.pack_json, f"revision {status.revision.id}")
        from deskhelp.core.search import SearchIndex

        self._index = SearchIndex(searchable(self.pack))
        self._clock = clock
        self._last_logged: LoggedCase | None = None
        self._maintained_on: dt.date | None = None
        self._maintaining = threading.Lock()

    @classmethod
    def open(cls, settings: Settings) -> DeskService:
        """Open (and migrate) the database and bring the guideline pack up to date.

        Raises StorageError when the database cannot be used, PackError when there is no valid pack at all (not
        even the bundled one). A refused pack is reported in ``pack_status.refused``.
        """
        from deskhelp.content.pack_file import PackError
        from deskhelp.storage.database import Database

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
                log.warning("pack: the library's pack folder could not be used: %s", notice)
                status = replace(status, notice=notice)
            return cls(db, settings, status)
        except Exception:
            db.close()
            raise

    def close(self) -> None:
        self.db.close()

    # -- the door for the window and the command line: nothing outside this module needs ``self.db`` ------------

    def database_location(self) -> str:
        """Where the cases are kept, as text for people (``deskhelp check``, a message): not for opening."""
        return str(self.db.path)

    def case_count(self, demo: bool | None = None) -> int:
        """Cases in the log (``demo``: only demo cases, only real ones, or None: all)."""
        return self.db.count_cases(demo=demo)

    @property
    def damaged(self) -> StorageError | None:
        """The damage found by the last integrity check, which stopped all writing (None: whole)."""
        return self.db.damaged

    def check_integrity(self) -> list[str]:
        """SQLite's thorough integrity check now; what it found (empty: whole). Damage stops all writing."""
        return self.db.check_integrity()

    def active_pack_text(self) -> str:
        """The active guideline pack revision's file as it was applied."""
        return self.db.revision_text(self.pack_status.revision.id) or ""

    def export_pack(self, out: Path) -> StoredRevision:
        """Write the active pack revision's file to ``out`` (replaced only when complete). Raises ExportError, also
        when ``out`` is the database or in a backups folder."""
        from deskhelp.exports import refuse_protected_output
        from deskhelp.reports.guard import atomic_output

        refuse_protected_output(Path(out), self.db.path, self.settings.backups)
        with atomic_output(Path(out)) as temporary:
            temporary.write_text(self.active_pack_text(), encoding="utf-8")
        return self.pack_status.revision

    def apply_pack_file(self, path: Path) -> StoredRevision:
        """Read, check and store the pack file at ``path`` as the active revision (``deskhelp pack apply``); the
        desk picks it up when it next starts. Raises PackError (nothing changed) or StorageError."""
        from deskhelp.content.pack_file import read_pack_file

        loaded = read_pack_file(Path(path))
        revision = apply_pack(self.db, loaded, FILE, Path(path).name)
        log.info("pack: %s applied: %s %s as revision %s", path, revision.pack_id, revision.version, revision.id)
        return revision

    def guidance(self, language: str = "sv") -> str | None:
        """The times for digital guidance at this desk's branch: from the pack, else from `[guidance] times`."""
        from deskhelp.core.branch_times import guidance_for

        return guidance_for(self.pack, self.settings.branch, self.settings.guidance, language)

    # -- the guideline editor -------------------------------------------------------------------------------------
    def editable_pack_data(self) -> dict:
        """The active pack as the plain data of a pack file, for the editor to change."""
        from deskhelp.content.pack_writer import pack_to_data

        return pack_to_data(self.pack)

    def check_pack_data(self, data: dict) -> tuple[list, int]:
        """The reader's problems with the editor's data (the first ones, and how many in all)."""
        from deskhelp.content.pack_publish import problems_in

        return problems_in(data)

    def edited_pack_or_none(self, data: dict) -> GuidelinePack | None:
        """The editor's data as a pack, for a preview; None while it has problems."""
        from deskhelp.content.pack_file import PackError, pack_from_data

        try:
            return pack_from_data(data, "edited")
        except PackError:
            return None

    def review_checklist(self, today: dt.date | None = None) -> ReviewChecklist:
        """What the review goes through: cases since the last review, unfilled and long-unverified actors."""
        from deskhelp.core.review_checklist import review_checklist
        from deskhelp.core.statistics import Period, StatsFilter

        today = today or self._clock().date()
        since = min(dt.date.fromisoformat(self.pack.info.reviewed), today)
        try:
            statistics = self.statistics(StatsFilter(Period(since, today)))
        except StorageError:
            log.exception("review checklist: the cases could not be counted")
            statistics = None
        return review_checklist(self.pack, statistics, today)

    def apply_edited_pack(self, data: dict, note: str, today: dt.date | None = None) -> Published:
        """Save the editor's pack as a new revision with a change note, and publish it to the library's pack folder.

        Raises PackError (the reader's problems; nothing is saved) or ExportError when the pack folder cannot be
        written (nothing is saved either: publishing is what makes a revision the library's)."""
        from deskhelp.content.pack_publish import edited_pack, publish_to

        if self.settings.pack:  # the desks read that one file at start: an edit saved here would be undone
            raise ExportError(self.settings.pack, "this desk reads one pack file set by IT ([guidelines] pack)")
        loaded = edited_pack(data, note, self.pack.info.version)
        day = today or self._clock().date()
        path = publish_to(self.settings.pack_folder, loaded, day) if self.settings.pack_folder else None
        revision = apply_pack(self.db, loaded, FILE, path.name if path else f"{loaded.pack.info.id}-edited.yaml")
        log.info(
            "pack: edited revision %s %s saved as %s, published to %s",
            revision.pack_id,
            revision.version,
            revision.id,
            path or "no pack folder",
        )
        previous = self.pack_status.revision
        self.pack_status = PackStatus(revision, applied_now=True, refused=None, previous=previous)
        self.pack = loaded.pack
        from deskhelp.core.search import SearchIndex

        self._index = SearchIndex(searchable(self.pack))
        return Published(revision, path)

    def add_demo_cases(self, cases: Iterable[CaseRecord]) -> int:
        """Bulk-load synthetic cases (``deskhelp demo-data``, from ``core.demo.generate_demo_cases``), marked as demo
        data, into a log without real cases. Returns how many; raises DemoRefused (re-exported here) when the log
        holds real cases; nothing is added then."""
        from deskhelp.storage.demo import insert_demo_cases

        return insert_demo_cases(self.db.path, self.pack_status.revision.id, cases)

    def report_data(self, cancelled: Callable[[], bool] | None = None) -> ReportData:
        """The log as the report builders read it (``reports.builders.ReportData``); ``cancelled`` is polled and
        stops a running query (raising Cancelled)."""
        from deskhelp.storage.statistics import report_queries

        return report_queries(self.db, cancelled)

    def export(self, request: ExportRequest, cancelled: Callable[[], bool] | None = None) -> Report:
        """Build the report ``request`` asks for and write it to ``request.out`` (``deskhelp export`` and the
        dashboard). Raises ExportError (naming the path; the database and backups are refused as destinations),
        ValueError, StorageError or Cancelled; the file is then left as it was."""
        from deskhelp.exports import export_report, protected_locations

        protected = protected_locations(self.db.path, self.settings.backups)
        return export_report(request, self.report_data(cancelled), self.pack, protected=protected)

    def search(self, query: str, limit: int = 10) -> list[SearchHit]:
        return self._index.search(query, limit)

    def whats_new(self, seen_sha256: str | None, language: str = "sv") -> list[PackChange]:
        """What changed in the guidelines since the revision staff at this desk last saw (``seen_sha256``), or else
        since the revision active before this start; empty when nothing is new or there is nothing to compare."""
        current = self.pack_status.revision
        if seen_sha256 == current.sha256:
            return []
        previous = self.db.revision_json_by_sha(seen_sha256) if seen_sha256 else None
        if previous is None and self.pack_status.previous is not None:
            previous = self.pack_status.previous.pack_json
        if previous is None:
            return []
        from deskhelp.content.pack_file import PackError, pack_from_json
        from deskhelp.core.pack_changes import pack_changes

        try:
            old = pack_from_json(previous, "the previous revision")
        except PackError:
            log.warning("pack: the previous revision could not be read to tell what is new")
            return []
        return pack_changes(old, self.pack, language)

    def triage(self, case_type_id: str, answers: Answers) -> TriageResult:
        from deskhelp.core.triage import triage

        return triage(self.pack, self.pack.case_types[case_type_id], answers)

    def log(
        self, result: TriageResult, details: CaseDetails | None = None, missing_resources: Iterable[str] = ()
    ) -> LoggedCase:
        """Store the case. Raises CaseRefused (personal data, bad values) or StorageError; nothing is stored then."""
        from deskhelp.core.cases import CaseRecord, default_details

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

    def daily_maintenance(self) -> Maintenance | None:
        """Once a day (the first call of each day; None otherwise): check the file's integrity, and if it is whole
        and no backup was made today, make one. Safe to run on a background thread while cases are logged: both
        read the file through connections of their own. Damage stops all writing (see Database.check_integrity)."""
        if not self._maintaining.acquire(blocking=False):
            return None  # one is running already
        try:
            now = self._clock()
            if self._maintained_on == now.date():
                return None
            try:
                problems = tuple(self.db.check_integrity())
            except StorageError as error:  # e.g. locked by a backup program: not damage; try again in an hour
                log.warning("the daily integrity check could not run: %s", error)
                return None
            backup, backup_problem = None, None
            if not problems:
                try:
                    if self.db.count_cases() and not _backed_up_on(self.settings, now.date()):
                        backup = backup_database(self.db.path, "daily", now=now, folder=self.settings.backups)
                except (BackupError, sqlite3.Error, OSError) as exc:
                    backup_problem = f"{backups_folder(self.settings)}: {exc}"
                    log.warning("the daily backup failed: %s", backup_problem)
            self._maintained_on = now.date()
            return Maintenance(now.date(), problems, backup, backup_problem)
        finally:
            self._maintaining.release()

    # -- statistics and exports, for the team lead's dashboard ---------------------------------------------------
    # Each reads through a read-only connection of its own, so a worker thread may call them while cases are logged;
    # ``cancelled`` is polled inside the queries (raises Cancelled), ``progress`` hears 0-100 between them.

    def statistics(
        self,
        stats_filter: StatsFilter,
        cancelled: Callable[[], bool] | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> Statistics:
        """Every dashboard panel's counts for ``stats_filter``. Raises Cancelled or StorageError."""
        return self.report_data(cancelled).statistics(stats_filter, progress)

    def branches_and_desks(self, cancelled: Callable[[], bool] | None = None) -> tuple[tuple[str, str], ...]:
        """Every (branch, desk) that has logged a case, sorted. Raises Cancelled or StorageError."""
        return self.report_data(cancelled).branches_and_desks()


def searchable(pack: GuidelinePack) -> GuidelinePack:
    """The pack the search offers from: without retired case types (they stay in the pack for the statistics)."""
    if not any(case.retired for case in pack.case_types.values()):
        return pack
    return replace(pack, case_types={k: c for k, c in pack.case_types.items() if not c.retired})


def prepare(settings: Settings) -> None:
    """Before any window: refuse unsafe locations, create the folder, bring the schema up to date (backing up
    first). Fast when nothing needs doing: plain sqlite3, no SQLAlchemy. Raises StorageError saying what is wrong."""
    from deskhelp.storage.migrate import prepare_database

    prepare_database(settings.database, settings.backups)


# -- backups and restoring, for `deskhelp backup`, `deskhelp restore` and the daily maintenance ----------------------


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
