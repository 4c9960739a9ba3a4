"""Online backups with SQLite's backup API: a consistent copy even while another connection writes.

A backup only counts once it is whole and readable: it is written under a temporary name, checked with
``PRAGMA quick_check`` and only then renamed into place, so a kill or a full disk can never leave a 0-byte or half
backup that looks like a good one. Restoring never deletes anything: the file it replaces is kept aside.

The backups folder may be another disk or a share (``[storage] backups``): every backup is one finished,
self-contained file (journal mode DELETE, no -wal beside it), named ``<stem>-<YYYYmmdd-HHMMSS>-<reason>.sqlite3``.
Rotation keeps the newest backup of each of the last 7 days, 4 weeks and 12 months that have one, and the newest
few taken before an upgrade.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from deskhelp import paths

log = logging.getLogger(__name__)

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_BEFORE_UPGRADE = 3
UPGRADE_PREFIX = "before-"  # reason of the backups taken before a migration
TEMPORARY_SUFFIX = ".partial"
STALE_PARTIAL = dt.timedelta(hours=1)  # a .partial older than this is a leftover of a killed backup
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9.-]+?)(?:_(?P<counter>\d+))?\.sqlite3$")


class BackupError(Exception):
    """A backup could not be written or did not verify; nothing that counts as a backup was left behind."""


@dataclass(frozen=True)
class BackupInfo:
    """One file in the backups folder, as ``list_backups`` found it."""

    path: Path
    taken: dt.datetime
    reason: str
    size: int
    cases: int | None = None  # None when not looked at or unreadable
    problem: str | None = None  # None: the file verified

    @property
    def good(self) -> bool:
        return self.problem is None


def backup_database(database: Path, reason: str, now: dt.datetime | None = None, folder: Path | None = None) -> Path:
    """Copy ``database`` into ``folder`` (default: the backups folder beside it); returns the verified copy.

    Raises BackupError (or sqlite3.Error/OSError from reading the source or writing the folder) when no good
    backup was made; a half-written copy is removed again.
    """
    now = now or dt.datetime.now()
    folder = folder or paths.backup_dir(database)
    folder.mkdir(parents=True, exist_ok=True)
    _remove_stale_partials(folder, database.stem, now)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{database.stem}-{stamp}-{reason}.sqlite3"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{database.stem}-{stamp}-{reason}_{counter}.sqlite3"  # "_": reasons hold "-"
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
    try:
        _prune(folder, database.stem)
    except OSError:
        log.exception("pruning old backups in %s failed; the new backup is kept", folder)
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


def count_cases_in(backup: Path) -> int | None:
    """How many cases a backup holds (None when it cannot be read)."""
    try:
        conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM case_record").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def parse_backup_name(path: Path, stem: str) -> tuple[dt.datetime, str] | None:
    """When and why a backup of the database ``stem`` was taken, read from its name; None if it is not one."""
    match = _NAME.match(path.name)
    if match is None or match["stem"] != stem:
        return None
    try:
        return dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S"), match["reason"]
    except ValueError:
        return None


def _named_backups(folder: Path, stem: str) -> list[tuple[Path, dt.datetime, str]]:
    """The backups of ``stem`` in ``folder`` by name, newest first. A .partial never counts. Raises OSError."""
    found = []
    for path in folder.iterdir():
        parsed = parse_backup_name(path, stem)
        if parsed is not None and path.is_file():
            found.append((path, *parsed))
    found.sort(key=lambda item: (item[1], _counter(item[0])), reverse=True)
    return found


def _counter(path: Path) -> int:
    """2, 3, ... for the second, third backup taken within the same second (see backup_database)."""
    match = _NAME.match(path.name)
    return int(match["counter"]) if match and match["counter"] else 1


def list_backups(database: Path, folder: Path | None = None, verify: bool = True) -> list[BackupInfo]:
    """Every backup of ``database`` in ``folder``, newest first, each verified and its cases counted (unless
    ``verify`` is False). A missing folder is an empty list; an unreadable one raises OSError."""
    folder = folder or paths.backup_dir(database)
    if not folder.exists():
        return []
    backups = []
    for path, taken, reason in _named_backups(folder, database.stem):
        try:
            size = path.stat().st_size
        except OSError:
            continue  # removed meanwhile
        problem = verify_backup(path) if verify else None
        cases = count_cases_in(path) if verify and problem is None else None
        backups.append(BackupInfo(path, taken, reason, size, cases, problem))
    return backups


def newest_good_backup(database: Path, folder: Path | None = None, with_cases: bool = False) -> BackupInfo | None:
    """The newest backup that verifies (and, with ``with_cases``, holds at least one case). Verifies newest first
    and stops at the first good one, so it stays quick with a full folder."""
    folder = folder or paths.backup_dir(database)
    if not folder.exists():
        return None
    for path, taken, reason in _named_backups(folder, database.stem):
        if verify_backup(path) is not None:
            continue
        cases = count_cases_in(path)
        if with_cases and not cases:
            continue
        return BackupInfo(path, taken, reason, path.stat().st_size, cases)
    return None


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
    # Copy first, beside the database: if the copy fails (full disk), the current file has not been touched.
    partial = database.with_name(database.name + TEMPORARY_SUFFIX)
    try:
        shutil.copyfile(backup, partial)
    except OSError:
        partial.unlink(missing_ok=True)
        raise
    kept: Path | None = None
    if database.exists():
        os.replace(database, aside)
        kept = aside
    for extra in ("-wal", "-shm"):
        companion = Path(f"{database}{extra}")
        if companion.exists():
            os.replace(companion, Path(f"{aside}{extra}"))
    os.replace(partial, database)
    log.warning("restored %s from %s; the replaced file was kept as %s", database, backup, kept)
    return kept


def _remove_stale_partials(folder: Path, stem: str, now: dt.datetime) -> None:
    """A .partial is what a killed backup leaves; it never counts, and once stale it is removed. A young one may be
    another backup still being written (the desk's and IT's at once), so it is left alone."""
    for partial in folder.glob(f"{stem}-*{TEMPORARY_SUFFIX}*"):  # with SQLite's -journal of the copy
        try:
            if now - dt.datetime.fromtimestamp(partial.stat().st_mtime) > STALE_PARTIAL:
                partial.unlink()
                log.info("removed %s, left behind by an interrupted backup", partial)
        except OSError:
            continue


def backups_to_keep(backups: list[tuple[Path, dt.datetime, str]]) -> set[Path]:
    """Rotation: every backup of the last KEEP_DAILY days that have one (the desk makes one a day; IT's own
    ``deskhelp backup`` runs are kept as well), the newest of each of the last KEEP_WEEKLY ISO weeks and
    KEEP_MONTHLY months that have one, and the newest KEEP_BEFORE_UPGRADE taken before an upgrade. Counting
    periods that have a backup (not calendar days) means a desk closed all summer keeps its backups."""
    newest_first = sorted(backups, key=lambda b: (b[1], _counter(b[0])), reverse=True)
    routine = [b for b in newest_first if not b[2].startswith(UPGRADE_PREFIX)]
    upgrades = [b for b in newest_first if b[2].startswith(UPGRADE_PREFIX)]
    keep = {path for path, _, _ in upgrades[:KEEP_BEFORE_UPGRADE]}
    days = list(dict.fromkeys(taken.date() for _, taken, _ in routine))[:KEEP_DAILY]
    keep.update(path for path, taken, _ in routine if taken.date() in days)
    for period, count in (
        (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
        (lambda t: (t.year, t.month), KEEP_MONTHLY),
    ):
        seen: list[object] = []
        for path, taken, _ in routine:
            key = period(taken)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.append(key)
            keep.add(path)
    return keep


def _looks_whole(path: Path) -> bool:
    """A cheap test for rotation: not empty and an SQLite header. Files that fail it are neither counted nor
    removed by rotation (``list_backups`` shows them as damaged)."""
    try:
        with path.open("rb") as file:
            return file.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def _prune(folder: Path, stem: str) -> None:
    backups = [backup for backup in _named_backups(folder, stem) if _looks_whole(backup[0])]
    keep = backups_to_keep(backups)
    for path, _, _ in backups:
        if path not in keep:
            path.unlink(missing_ok=True)
            log.info("removed old backup %s (rotation)", path)
