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
from deskhelp.core.statistics import Statistics, StatsFilter
from deskhelp.core.triage import Answers, TriageResult, triage
from deskhelp.exports import ExportRequest, export_report
from deskhelp.reports.guard import ExportError as ExportError  # for the windows: they do not import reports.guard
from deskhelp.reports.model import Report
from deskhelp.settings import Settings
from deskhelp.storage import statistics as _statistics
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
from deskhelp.storage.database import Database, StoredRevision
from deskhelp.storage.errors import StorageError, classify_sqlite_error
from deskhelp.storage.integrity import check_integrity
from deskhelp.storage.locking import database_in_use
from deskhelp.storage.sharing import CollectReport, FolderUnreachable, ShareResult, SharingStatus
from deskhelp.storage.statistics import Cancelled as Cancelled  # for the windows: they do not import storage

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
    return PackStatus(revision, applied_now=True, refused=None)


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
        self.pack: GuidelinePack = pack_from_json(status.revision.pack_json, f"revision {status.revision.id}")
        self._index = SearchIndex(self.pack)
        self._clock = clock
        self._last_logged: LoggedCase | None = None
        self._maintained_on: dt.date | None = None
        self._maintaining = threading.Lock()
        self._sharing = threading.Lock()  # one share at a time (start, hourly, exit, or the command)

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
                log.warning("pack: the library's pack folder could not be used: %s", notice)
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
        return _statistics.compute_statistics(self.db.path, stats_filter, cancelled, progress)

    def branches_and_desks(self, cancelled: Callable[[], bool] | None = None) -> tuple[tuple[str, str], ...]:
        """Every (branch, desk) that has logged a case, sorted. Raises Cancelled or StorageError."""
        return _statistics.branches_and_desks(self.db.path, cancelled)

    def export(self, request: ExportRequest, cancelled: Callable[[], bool] | None = None) -> Report:
        """Write the report ``request`` asks for with the active pack's names (as `deskhelp export` does).
        Raises ExportError (naming the file), StorageError, Cancelled, or ValueError for an unknown format."""
        return export_report(request, self.db.path, self.pack, cancelled, backups=self.settings.backups)

    # -- sharing through a folder (issue 14), see storage.sharing ------------------------------------------------

    def share(self, timeout: float = -1) -> ShareResult | None:
        """Write the cases not shared yet into this desk's place in the sharing folder. None when no folder is set
        (or, with ``timeout`` in seconds, when another share still runs after it). Raises FolderUnreachable
        (nothing is lost: it is all shared next time) or StorageError."""
        from deskhelp import __version__
        from deskhelp.storage.sharing import share_cases

        folder = self.settings.share_folder
        if folder is None or not self._sharing.acquire(timeout=timeout):
            return None
        try:
            settings = self.settings
            return share_cases(
                self.db.path,
                folder,
                library=settings.library,
                branch=settings.branch,
                desk=settings.desk,
                version=__version__,
            )
        except sqlite3.Error as exc:
            raise classify_sqlite_error(exc, self.db.path) from exc
        finally:
            self._sharing.release()

    def collect(
        self, progress: Callable[[int], None] | None = None, cancelled: Callable[[], bool] | None = None
    ) -> CollectReport:
        """Read every desk's new shared cases into this database. Raises FolderUnreachable (also when no sharing
        folder is set) or StorageError; a file that cannot be used is named in the report's ``skipped``."""
        from deskhelp.storage.sharing import collect_cases

        folder = self.settings.share_folder
        if folder is None:
            raise FolderUnreachable(Path("[sharing] folder"), "no sharing folder is set in deskhelp.toml")
        try:
            return collect_cases(self.db.path, folder, progress, cancelled)
        except sqlite3.Error as exc:
            raise classify_sqlite_error(exc, self.db.path) from exc

    def sharing_status(self) -> SharingStatus:
        from deskhelp.storage.sharing import sharing_status

        try:
            return sharing_status(self.db.path)
        except sqlite3.Error as exc:
            raise classify_sqlite_error(exc, self.db.path) from exc


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
