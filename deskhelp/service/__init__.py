"""The desk's application service: what the window and the command line do, without knowing either.

It ties the layers together: storage keeps revisions and cases, content reads pack files, core decides.
The windows take the error types they catch from here too (StorageError, Cancelled, ExportError), not from storage.
"""

from __future__ import annotations

import datetime as dt
import gc
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
from deskhelp.storage.backup import BackupError, backup_database
from deskhelp.storage.errors import Cancelled, DemoRefused, StorageError, StorageProblem, classify_sqlite_error

# This module is imported before the window's first paint (for prepare() and the error types), so what pulls in
# SQLAlchemy (storage.database, storage.statistics), YAML (content.pack_file) or the domain's rules (search, triage,
# the case record with its personal-data finder) is imported where it is used: after the first paint.
if TYPE_CHECKING:
    from deskhelp.core.cases import CaseDetails, CaseRecord
    from deskhelp.core.guidelines import GuidelinePack
    from deskhelp.core.pack_changes import PackChange
    from deskhelp.core.review_checklist import ReviewChecklist
    from deskhelp.core.search import SearchHit, SearchIndex
    from deskhelp.core.statistics import Statistics, StatsFilter
    from deskhelp.core.triage import Answers, TriageResult
    from deskhelp.exports import ExportRequest
    from deskhelp.reports.builders import ReportData
    from deskhelp.reports.model import Report
    from deskhelp.storage.database import Database
    from deskhelp.storage.on_demand import DatabaseOnDemand
    from deskhelp.storage.quick_read import StoredRevision
    from deskhelp.storage.sharing import CollectReport, FolderUnreachable, ShareResult, SharingStatus

# Sharing's types live with its SQL (storage.sharing, which loads SQLAlchemy's engine settings): handed out from here
# when first asked for, so that importing the service before the first paint stays light.
_SHARING_TYPES = frozenset({"CollectReport", "FolderUnreachable", "ShareResult", "SharingStatus"})
LOCAL, CENTRAL = "local", "central"  # where statistics and exports read the cases from (issue 15)


def __getattr__(name: str):
    if name in _SHARING_TYPES:
        from deskhelp.storage import sharing

        return getattr(sharing, name)
    if name == "CentralUnavailable":  # the central database's problem; storage.central imports psycopg lazily
        from deskhelp.storage.central import CentralUnavailable

        return CentralUnavailable
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "BUNDLED",
    "FILE",
    "PACK_SUFFIXES",
    "BackupError",
    "PackStatus",
    "Restored",
    "apply_pack",
    "backups_folder",
    "list_backups",
    "make_backup",
    "newest_pack_in",
    "restore_backup",
    "sync_pack",
    "Cancelled",
    "CollectReport",
    "DemoRefused",
    "DeskService",
    "ExportError",
    "FolderUnreachable",
    "ShareResult",
    "SharingStatus",
    "StorageError",
    "StorageProblem",
    "prepare",
]

log = logging.getLogger(__name__)

# The service's two helpers, re-exported: the window and the command line know one module, deskhelp.service.
from deskhelp.service.backups import (  # noqa: E402
    Restored,
    _backed_up_on,
    backups_folder,
    list_backups,
    make_backup,
    restore_backup,
)
from deskhelp.service.packs import (  # noqa: E402
    BUNDLED,
    FILE,
    PACK_SUFFIXES,
    PackStatus,
    _offered_pack,
    apply_pack,
    newest_pack_in,
    sync_pack,
)

UNDO_WINDOW = dt.timedelta(minutes=10)  # long enough to notice a slip, short enough not to rewrite history


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
        store: DatabaseOnDemand,
        settings: Settings,
        status: PackStatus,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        self._store = store  # plain sqlite3 for the start; SQLAlchemy (self.db) on first use or warm_up()
        self.settings = settings
        self.pack_status = status
        from deskhelp.content.pack_file import pack_from_json

        self.pack: GuidelinePack = pack_from_json(status.revision.pack_json, f"revision {status.revision.id}")
        self._index: SearchIndex | None = None  # built by the first search, or by prepare_search
        self._clock = clock
        self._last_logged: LoggedCase | None = None
        self._maintained_on: dt.date | None = None
        self._maintaining = threading.Lock()
        self._sharing = threading.Lock()  # one share at a time (start, hourly, exit, or the command)
        self.central = None  # the central database (storage.central.CentralLink), when [central] url is set
        if settings.central_url:
            from deskhelp.storage.central import CentralLink

            self.central = CentralLink(settings.central_url, settings.central_password_file, store.path)

    @classmethod
    def open(cls, settings: Settings) -> DeskService:
        """Open (and migrate) the database and bring the guideline pack up to date.

        Raises StorageError when the database cannot be used, PackError when there is no valid pack at all (not
        even the bundled one). A refused pack is reported in ``pack_status.refused``.
        """
        from deskhelp.content.pack_file import PackError
        from deskhelp.storage.on_demand import DatabaseOnDemand

        db = DatabaseOnDemand.open(settings.database, settings.backups)
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
        if self.central is not None:
            self.central.close()
        self._store.close()

    def _warm_up(self) -> None:
        self._store.warm_up()
        # SQLAlchemy's modules, like the pack and its search index, last as long as the desk: out of the collector's
        # way, a full collection during a keystroke looks only through what is newer (issue 18: no pause over 5 ms).
        gc.freeze()

    @property
    def db(self) -> Database:
        """The database through SQLAlchemy: writes, reports. Made on first use, unless warm_up() made it earlier."""
        return self._store.database()

    def warm_up(self) -> threading.Thread:
        """Import and set up SQLAlchemy on a background thread (the window calls this right after it is ready), so the
        first case logged does not wait for it. Start-up itself reads with plain sqlite3 (issue 18)."""
        thread = threading.Thread(target=self._warm_up, name="deskhelp-warm-up")
        thread.start()  # not a daemon: an early exit waits the moment it needs rather than dying inside an import
        return thread

    # -- the door for the window and the command line: nothing outside this module needs ``self.db`` ------------

    def database_location(self) -> str:
        """Where the cases are kept, as text for people (``deskhelp check``, a message): not for opening."""
        return str(self._store.path)

    def case_count(self, demo: bool | None = None) -> int:
        """Cases in the log (``demo``: only demo cases, only real ones, or None: all)."""
        return self._store.count_cases(demo=demo)

    @property
    def damaged(self) -> StorageError | None:
        """The damage found by the last integrity check, which stopped all writing (None: whole)."""
        return self._store.damaged

    def check_integrity(self) -> list[str]:
        """SQLite's thorough integrity check now; what it found (empty: whole). Damage stops all writing."""
        return self._store.check_integrity()

    def active_pack_text(self) -> str:
        """The active guideline pack revision's file as it was applied."""
        return self.db.revision_text(self.pack_status.revision.id) or ""

    def export_pack(self, out: Path) -> StoredRevision:
        """Write the active pack revision's file to ``out`` (replaced only when complete). Raises ExportError, also
        when ``out`` is the database or in a backups folder."""
        from deskhelp.exports import refuse_protected_output
        from deskhelp.reports.guard import atomic_output

        refuse_protected_output(Path(out), self._store.path, self.settings.backups)
        with atomic_output(Path(out)) as temporary:
            temporary.write_text(self.active_pack_text(), encoding="utf-8")
        return self.pack_status.revision

    def use_names(self, settings: Settings) -> None:
        """Use the library, branch and desk names of ``settings`` from now on (given at first start, issue 13); the
        rest stays as the desk started with."""
        self.settings = replace(self.settings, library=settings.library, branch=settings.branch, desk=settings.desk)

    def export_guidelines(self, out: Path, file_format: str, language: str = "sv", actor_id: str | None = None) -> None:
        """Write the active guidelines readable (issue 13: the matrix, or ``actor_id``'s extract) as ``file_format``
        "html" or "pdf" to ``out``, replaced only when complete. Raises UnknownActor (a ValueError), ExportError
        (also for the database or a backups folder), OSError naming ``out``."""
        from deskhelp.exports import refuse_protected_output
        from deskhelp.files import write_text_atomically
        from deskhelp.reports.guideline_document import guideline_document
        from deskhelp.settings import unset_names

        refuse_protected_output(Path(out), self._store.path, self.settings.backups)
        unset = {name for name, _default, _where in unset_names(self.settings)}
        library = "" if "library" in unset else self.settings.library  # never the placeholder "Biblioteket"
        document = guideline_document(self.pack, language, actor_id, library)
        if file_format == "html":
            from deskhelp.reports.guideline_html import guideline_html

            write_text_atomically(Path(out), guideline_html(document))
        else:
            from deskhelp.printing.guidelines import write_guideline_pdf

            write_guideline_pdf(document, Path(out))
        log.info("pack: readable guidelines (%s, %s, actor %s) written to %s", file_format, language, actor_id, out)

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
        self._index = None
        self.prepare_search()
        return Published(revision, path)

    def add_demo_cases(self, cases: Iterable[CaseRecord]) -> int:
        """Bulk-load synthetic cases (``deskhelp demo-data``, from ``core.demo.generate_demo_cases``), marked as demo
        data, into a log without real cases. Returns how many; raises DemoRefused (re-exported here) when the log
        holds real cases; nothing is added then."""
        from deskhelp.storage.demo import insert_demo_cases

        return insert_demo_cases(self._store.path, self.pack_status.revision.id, cases)

    def report_data(self, cancelled: Callable[[], bool] | None = None, source: str = LOCAL) -> ReportData:
        """The log as the report builders read it (``reports.builders.ReportData``); ``cancelled`` is polled and
        stops a running query (raising Cancelled). ``source`` CENTRAL: the central database's cases (raises
        CentralUnavailable when none is configured or it cannot be reached)."""
        from deskhelp.storage.statistics import report_queries

        if source == CENTRAL:
            from deskhelp.storage.central import configured

            return configured(self.central).report_data(cancelled)

        return report_queries(self.db, cancelled)

    def export(
        self,
        request: ExportRequest,
        cancelled: Callable[[], bool] | None = None,
        source: str = LOCAL,
        progress: Callable[[int, int], None] | None = None,
    ) -> Report:
        """Build the report ``request`` asks for and write it to ``request.out`` (``deskhelp export`` and the
        dashboard). Raises ExportError (naming the path; the database and backups are refused as destinations),
        ValueError, StorageError or Cancelled; the file is then left as it was. ``progress(done, total)``: cases."""
        from deskhelp.exports import export_report, protected_locations

        protected = protected_locations(self._store.path, self.settings.backups)
        data = self.report_data(cancelled, source)
        return export_report(request, data, self.pack, protected, progress, cancelled)

    def search(self, query: str, limit: int = 10) -> list[SearchHit]:
        return self.prepare_search().search(query, limit)

    def prepare_search(self) -> SearchIndex:
        """The search index of the active pack, built now if it is not yet (the window does so before it says it is
        ready; ``deskhelp check`` never needs one)."""
        if self._index is None:  # kept per pack revision beside the database: built once, not at every start
            from deskhelp.service.search_cache import index_for

            self._index = index_for(self._store.path, self.pack_status.revision.sha256, searchable(self.pack))
        return self._index

    def whats_new(self, seen_sha256: str | None, language: str = "sv") -> list[PackChange]:
        """What changed in the guidelines since the revision staff at this desk last saw (``seen_sha256``), or else
        since the revision active before this start; empty when nothing is new or there is nothing to compare."""
        current = self.pack_status.revision
        if seen_sha256 == current.sha256:
            return []
        previous = self._store.revision_json_by_sha(seen_sha256) if seen_sha256 else None
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

    def triage(self, case_type_id: str, answers: Answers, channel: str | None = None) -> TriageResult:
        """The outcome and what to say; on the phone, in a chat or an e-mail, the pack's phrasing for it."""
        from deskhelp.core.channels import with_channel
        from deskhelp.core.triage import triage

        result = triage(self.pack, self.pack.case_types[case_type_id], answers)
        return with_channel(result, channel) if channel is not None else result

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
                problems = tuple(self._store.check_integrity())
            except StorageError as error:  # e.g. locked by a backup program: not damage; try again in an hour
                log.warning("the daily integrity check could not run: %s", error)
                return None
            backup, backup_problem = None, None
            if not problems:
                try:
                    if self._store.count_cases() and not _backed_up_on(self.settings, now.date()):
                        backup = backup_database(self._store.path, "daily", now=now, folder=self.settings.backups)
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
        source: str = LOCAL,
    ) -> Statistics:
        """Every dashboard panel's counts for ``stats_filter``. Raises Cancelled or StorageError."""
        return self.report_data(cancelled, source).statistics(stats_filter, progress)

    def branches_and_desks(
        self, cancelled: Callable[[], bool] | None = None, source: str = LOCAL
    ) -> tuple[tuple[str, str], ...]:
        """Every (branch, desk) that has logged a case, sorted. Raises Cancelled or StorageError."""
        return self.report_data(cancelled, source).branches_and_desks()

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
                self._store.path,
                folder,
                library=settings.library,
                branch=settings.branch,
                desk=settings.desk,
                version=__version__,
            )
        except sqlite3.Error as exc:
            raise classify_sqlite_error(exc, self._store.path) from exc
        finally:
            self._sharing.release()

    def collect(
        self, progress: Callable[[int], None] | None = None, cancelled: Callable[[], bool] | None = None
    ) -> CollectReport:
        """Read every desk's new shared cases into this database. Raises FolderUnreachable (also when no sharing
        folder is set) or StorageError; a file that cannot be used is named in the report's ``skipped``."""
        from deskhelp.storage.sharing import FolderUnreachable, collect_cases

        folder = self.settings.share_folder
        if folder is None:
            raise FolderUnreachable(Path("[sharing] folder"), "no sharing folder is set in deskhelp.toml")
        try:
            return collect_cases(self._store.path, folder, progress, cancelled)
        except sqlite3.Error as exc:
            raise classify_sqlite_error(exc, self._store.path) from exc

    def sharing_status(self) -> SharingStatus:
        from deskhelp.storage.sharing import sharing_status

        try:
            return sharing_status(self._store.path)
        except sqlite3.Error as exc:
            raise classify_sqlite_error(exc, self._store.path) from exc


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
