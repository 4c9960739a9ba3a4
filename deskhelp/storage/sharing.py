"""Sharing cases through a folder (issue 14): a desk writes the cases it has not shared yet into its own place in
the folder; the team lead's PC collects every desk's files into its database. The file format is
content.shared_cases; this module is the SQL on both sides, with plain sqlite3 and large transactions.

- Sharing sends the cases logged here (``origin_desk IS NULL``) with ``shared = 0`` and the withdrawals (undone
  cases) not yet sent, then marks exactly those as sent, by global id: a case logged or undone while the file was
  being written is sent next time. A file written but not marked (the PC went off) is sent again; collecting twice
  never counts twice.
- Collecting reads each desk's files in name (time) order, each in a transaction of its own: a file is read whole
  or not at all, and a file read before (same name and checksum) is not read again. Cases keep their global id and
  get ``origin_desk`` (the sending desk's identity); a withdrawal removes the case and is remembered, so the same
  case arriving again later (an older file, another route) stays out.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from deskhelp.content import shared_cases as fmt
from deskhelp.storage.quick_read import BUSY_TIMEOUT_MS

log = logging.getLogger(__name__)

STALE_PART_SECONDS = 3600  # a temporary file this old was left by a share that was cut off (the PC went off)
COLLECT_CACHE_KIB = 256 * 1024  # the global-id index of millions of cases stays in memory while collecting


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy stores DateTime


@contextlib.contextmanager
def _connect(database: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(database, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA trusted_schema = OFF")  # a collected file's schema runs no functions of ours
        yield conn
    finally:
        conn.close()


class FolderUnreachable(Exception):
    """The sharing folder cannot be read or written (a network drive away, no permission). Nothing was changed."""

    def __init__(self, folder: Path, reason: str) -> None:
        self.folder = folder
        self.reason = reason
        super().__init__(f"the sharing folder {folder} cannot be reached: {reason}")


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


# -- this desk's identity and state -----------------------------------------------------------------------------


def desk_identity(conn: sqlite3.Connection, create: bool = True) -> str | None:
    """This database's identity in the sharing folder: random, made once (the first share) and kept."""
    row = conn.execute("SELECT desk_identity FROM share_state WHERE id = 1").fetchone()
    if row is None and create:
        conn.execute("INSERT OR IGNORE INTO share_state (id, desk_identity) VALUES (1, ?)", (uuid.uuid4().hex,))
        row = conn.execute("SELECT desk_identity FROM share_state WHERE id = 1").fetchone()
    return row[0] if row else None


@dataclass(frozen=True)
class SharingStatus:
    """For ``deskhelp check``: where this desk shares, when it last did, and what waits for the next share."""

    desk_identity: str | None
    last_share_at: str | None
    last_share_file: str | None
    waiting_cases: int
    waiting_withdrawals: int


def sharing_status(database: Path) -> SharingStatus:
    with _connect(database) as conn:
        row = conn.execute("SELECT desk_identity, last_share_at, last_share_file FROM share_state").fetchone()
        waiting = conn.execute("SELECT count(*) FROM case_record WHERE shared = 0 AND origin_desk IS NULL").fetchone()[
            0
        ]
        withdrawals = conn.execute(
            "SELECT count(*) FROM case_withdrawal WHERE shared = 0 AND origin_desk IS NULL"
        ).fetchone()[0]
    identity, last_at, last_file = row if row else (None, None, None)
    return SharingStatus(identity, last_at[:19] if last_at else None, last_file, waiting, withdrawals)


# -- sharing ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ShareResult:
    folder: Path  # this desk's own place in the sharing folder
    file: Path | None  # None: there was nothing to share
    cases: int
    withdrawals: int
    reflections_left_out: int = 0  # reflections that failed the personal-data check: the case went without it
    descriptions_left_out: int = 0  # the same for descriptions of errands not in the guidelines


def share_cases(
    database: Path,
    folder: Path,
    *,
    library: str,
    branch: str,
    desk: str,
    version: str,
    now: dt.datetime | None = None,
) -> ShareResult:
    """Write the cases (and withdrawals) this desk has not shared yet into ``folder/<desk identity>/``.
    Raises FolderUnreachable (nothing marked as shared: it all goes next time) or sqlite3.Error."""
    now = now or dt.datetime.now(dt.UTC)
    if not folder.is_dir():
        raise FolderUnreachable(folder, "it does not exist or is not a folder (is the network drive connected?)")
    with _connect(database) as conn:
        identity = desk_identity(conn)
        own = folder / identity
        try:
            own.mkdir(exist_ok=True)
            _remove_stale_parts(own)
        except OSError as exc:
            raise FolderUnreachable(folder, _reason(exc)) from exc
        conn.execute("BEGIN")  # one snapshot for the cases, their details and the withdrawals
        cases = conn.execute(
            f"SELECT {', '.join(fmt.CASE_COLUMNS)} FROM case_record WHERE shared = 0 AND origin_desk IS NULL"
        ).fetchall()
        actors = conn.execute(
            "SELECT c.global_id, a.actor_id FROM case_actor a JOIN case_record c ON c.id = a.case_id "
            "WHERE c.shared = 0 AND c.origin_desk IS NULL"
        ).fetchall()
        missing = conn.execute(
            "SELECT c.global_id, m.resource_id FROM case_missing_resource m JOIN case_record c ON c.id = m.case_id "
            "WHERE c.shared = 0 AND c.origin_desk IS NULL"
        ).fetchall()
        reasons = conn.execute(
            "SELECT c.global_id, r.reason FROM case_chafing_reason r JOIN case_record c ON c.id = r.case_id "
            "WHERE c.shared = 0 AND c.origin_desk IS NULL"
        ).fetchall()
        withdrawals = [
            r[0] for r in conn.execute("SELECT global_id FROM case_withdrawal WHERE shared = 0 AND origin_desk IS NULL")
        ]
        revisions = conn.execute(
            "SELECT id, pack_id, version, sha256, origin, applied_at FROM pack_revision WHERE id IN "
            "(SELECT DISTINCT pack_revision_id FROM case_record WHERE shared = 0 AND origin_desk IS NULL)"
        ).fetchall()
        conn.execute("COMMIT")
        if not cases and not withdrawals:
            return ShareResult(own, None, 0, 0)
        cases, left_out = _checked_text(cases, "reflection")
        cases, descriptions_left_out = _checked_text(cases, "description")
        content = fmt.ShareContent(
            info={
                "format": fmt.FORMAT,
                "format_version": fmt.FORMAT_VERSION,
                "desk_identity": identity,
                "library": library,
                "branch": branch,
                "desk": desk,
                "written_at": now.isoformat(timespec="seconds"),
                "deskhelp_version": version,
            },
            revisions=revisions,
            cases=cases,
            actors=actors,
            missing=missing,
            withdrawals=withdrawals,
            reasons=reasons,
        )
        name = _new_name(own, now)
        with tempfile.TemporaryDirectory(prefix="deskhelp-share-") as scratch:
            local = Path(scratch) / name
            fmt.build_share_file(local, content)
            try:
                published = fmt.publish(local, own, name)
            except OSError as exc:
                raise FolderUnreachable(folder, _reason(exc)) from exc
        # Exactly what went into the file is marked, by global id: what came meanwhile goes next time.
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("UPDATE case_record SET shared = 1 WHERE global_id = ?", ((c[0],) for c in cases))
        conn.executemany("UPDATE case_withdrawal SET shared = 1 WHERE global_id = ?", ((g,) for g in withdrawals))
        conn.execute(
            "UPDATE share_state SET last_share_at = ?, last_share_file = ? WHERE id = 1",
            (_stamp(now.astimezone().replace(tzinfo=None)), published.name),
        )
        conn.execute("COMMIT")
    log.info(
        "shared %s cases and %s withdrawals into %s (%s reflections and %s descriptions left out)",
        len(cases),
        len(withdrawals),
        published,
        left_out,
        descriptions_left_out,
    )
    return ShareResult(own, published, len(cases), len(withdrawals), left_out, descriptions_left_out)


def _checked_text(cases: list[tuple], column: str) -> tuple[list[tuple], int]:
    """Reflections and descriptions were checked when logged; checked again before they leave the PC. One that
    fails is left out of the shared record (the case goes without it), never the whole case."""
    from deskhelp.core.privacy import contains_personal_data  # its patterns are compiled when first needed

    at = fmt.CASE_COLUMNS.index(column)
    left_out = 0
    checked = []
    for case in cases:
        text = case[at]
        if text is not None and contains_personal_data(text):
            case = (*case[:at], None, *case[at + 1 :])
            left_out += 1
        checked.append(case)
    return checked, left_out


def _new_name(own: Path, now: dt.datetime) -> str:
    base = f"{now.astimezone(dt.UTC):%Y%m%dT%H%M%S%f}"
    name, n = f"{base}{fmt.SUFFIX}", 1
    while (own / name).exists():
        n += 1
        name = f"{base}-{n}{fmt.SUFFIX}"
    return name


def _remove_stale_parts(own: Path) -> None:
    limit = time.time() - STALE_PART_SECONDS
    for path in own.glob(f"*{fmt.PART_SUFFIX}"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit:
                path.unlink()


# -- collecting ---------------------------------------------------------------------------------------------------


@dataclass
class CollectReport:
    folder: Path
    files_read: int = 0
    files_known: int = 0  # read by an earlier collect, not read again
    cases_added: int = 0
    cases_known: int = 0  # in a file read now, but here already (the same case through two routes)
    withdrawn: int = 0
    by_branch_desk: Counter = field(default_factory=Counter)  # (branch, desk) -> cases added now
    desks: dict = field(default_factory=dict)  # desk identity -> "library, branch, desk" as its last file says
    skipped: list[str] = field(default_factory=list)  # one line per file not read, naming it and why
    cancelled: bool = False


class _Skip(Exception):
    pass


def collect_cases(
    database: Path,
    folder: Path,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: dt.datetime | None = None,
) -> CollectReport:
    """Read every desk's new share files in ``folder`` into ``database``. Raises FolderUnreachable when the folder
    cannot be listed; a file that cannot be used is skipped, named in ``skipped``, and the rest is read."""
    now = now or dt.datetime.now()
    report = CollectReport(folder)
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        raise FolderUnreachable(folder, _reason(exc)) from exc
    with _connect(database) as conn:
        conn.execute(f"PRAGMA cache_size = -{COLLECT_CACHE_KIB}")
        own = desk_identity(conn, create=False)
        known = {(d, n): s for d, n, s in conn.execute("SELECT desk_identity, name, sha256 FROM collected_file")}
        work: list[tuple[str, Path, str]] = []
        for entry in entries:
            if not entry.is_dir():
                report.skipped.append(f"{entry}: not a desk's folder (a foreign file); skipped")
                continue
            if not fmt.IDENTITY.fullmatch(entry.name):
                report.skipped.append(f"{entry}: not a desk's folder (its name is not a desk identity); skipped")
                continue
            if entry.name == own:
                continue  # this PC's own cases are here already
            try:
                work += _files_to_read(entry, known, report)
            except OSError as exc:
                report.skipped.append(f"{entry}: cannot be read ({_reason(exc)}); skipped")
        with tempfile.TemporaryDirectory(prefix="deskhelp-collect-") as scratch:
            for done, (identity, path, checksum) in enumerate(work):
                if cancelled is not None and cancelled():
                    report.cancelled = True
                    break
                if progress is not None:
                    progress(done * 100 // max(len(work), 1))
                local = Path(scratch) / "share.sqlite3"
                try:
                    fmt.copy_verified(path, checksum, local)
                    _read_file(conn, local, identity, path.name, checksum, now, report)
                    report.files_read += 1
                except (fmt.ShareFileError, _Skip) as exc:
                    report.skipped.append(f"{path}: {exc}; skipped")
                except OSError as exc:
                    report.skipped.append(f"{path}: cannot be read ({_reason(exc)}); skipped")
                finally:
                    with contextlib.suppress(OSError):
                        local.unlink(missing_ok=True)
    if progress is not None and not report.cancelled:
        progress(100)
    for line in report.skipped:
        log.warning("collect: %s", line)
    log.info(
        "collected from %s: %s files read, %s known, %s cases added, %s withdrawn, %s skipped",
        folder,
        report.files_read,
        report.files_known,
        report.cases_added,
        report.withdrawn,
        len(report.skipped),
    )
    return report


def _files_to_read(desk_folder: Path, known: dict, report: CollectReport) -> list[tuple[str, Path, str]]:
    identity = desk_folder.name
    found = []
    for path in sorted(desk_folder.iterdir()):
        name = path.name
        if name.endswith(fmt.PART_SUFFIX):
            report.skipped.append(f"{path}: half-written (a share in progress, or one cut off); skipped")
        elif name.endswith(fmt.SUFFIX + fmt.CHECKSUM_SUFFIX):
            continue  # read with its data file
        elif not name.endswith(fmt.SUFFIX) or not path.is_file():
            report.skipped.append(f"{path}: not a DeskHelp share file (a foreign file); skipped")
        else:
            try:
                checksum = fmt.read_checksum(path)
            except fmt.ShareFileError as exc:
                report.skipped.append(f"{path}: {exc}; skipped")
                continue
            if known.get((identity, name)) == checksum:
                report.files_known += 1
            else:
                found.append((identity, path, checksum))
    return found


# Values a case may hold that the schema's CHECK constraints do not judge: a foreign file's rows are refused whole.
_BAD_CASES = """
SELECT count(*) FROM s.case_record WHERE
    typeof(global_id) != 'text' OR length(global_id) != 32 OR global_id GLOB '*[^0-9a-f]*'
    OR typeof(case_type_id) != 'text' OR length(case_type_id) NOT BETWEEN 1 AND 100
    OR typeof(occurred_on) != 'text' OR date(occurred_on) IS NOT occurred_on
    OR typeof(occurred_hour) != 'integer' OR typeof(branch) != 'text' OR typeof(desk) != 'text'
    OR (effort IS NOT NULL AND typeof(effort) != 'integer') OR typeof(chafing) != 'integer'
    OR typeof(demo) != 'integer' OR (reflection IS NOT NULL AND typeof(reflection) != 'text')
    OR (description IS NOT NULL AND typeof(description) != 'text')
    OR pack_revision_id NOT IN (SELECT id FROM s.pack_revision)
"""
_BAD_DETAILS = """
SELECT (SELECT count(*) FROM s.case_actor WHERE typeof(actor_id) != 'text' OR length(actor_id) NOT BETWEEN 1 AND 100)
     + (SELECT count(*) FROM s.case_missing_resource
        WHERE typeof(resource_id) != 'text' OR length(resource_id) NOT BETWEEN 1 AND 100)
     + (SELECT count(*) FROM s.case_chafing_reason WHERE typeof(reason) != 'text' OR reason NOT IN ({reasons}))
"""
_INSERT_CASES = """
INSERT INTO main.case_record (pack_revision_id, case_type_id, mission, competence, time, resources, outcome, channel,
    occurred_on, occurred_hour, branch, desk, effort, duration, chafing, reflection, demo, description, global_id,
    shared, origin_desk)
SELECT m.local_id, c.case_type_id, c.mission, c.competence, c.time, c.resources, c.outcome, c.channel, c.occurred_on,
    c.occurred_hour, c.branch, c.desk, c.effort, c.duration, c.chafing != 0,
    CASE WHEN c.global_id IN (SELECT global_id FROM temp.refused_reflection) THEN NULL ELSE c.reflection END,
    c.demo != 0,
    CASE WHEN c.global_id IN (SELECT global_id FROM temp.refused_description) THEN NULL ELSE c.description END,
    c.global_id, 1, :desk
FROM s.case_record c JOIN temp.revision_map m ON m.shared_id = c.pack_revision_id
WHERE c.global_id NOT IN (SELECT global_id FROM main.case_withdrawal WHERE origin_desk = :desk)
ON CONFLICT (global_id) DO NOTHING
"""
_INSERT_DETAILS = """
INSERT OR IGNORE INTO main.{table} (case_id, {column})
SELECT r.id, d.{column} FROM s.{table} d JOIN main.case_record r ON r.global_id = d.global_id
WHERE r.id > :before AND r.origin_desk = :desk
"""


def _read_file(
    conn: sqlite3.Connection,
    local: Path,
    identity: str,
    name: str,
    checksum: str,
    now: dt.datetime,
    report: CollectReport,
) -> None:
    """One verified local copy of a share file, read whole into the database or not at all."""
    try:
        conn.execute("ATTACH DATABASE ? AS s", (str(local),))
    except sqlite3.DatabaseError as exc:
        raise _Skip(f"it cannot be opened ({fmt.sqlite_said(exc)})") from exc
    except UnicodeDecodeError as exc:  # SQLite's message quoted the file's damaged schema
        raise _Skip("it cannot be opened: it is damaged") from exc
    try:
        try:
            info = fmt.check_share_file(conn, "s")
        except UnicodeDecodeError as exc:
            raise _Skip("it is damaged: some of its text is not UTF-8") from exc
        if info["desk_identity"] != identity:
            raise _Skip("it belongs to another desk's folder (its desk identity differs)")
        if fmt.legacy_layout(conn, "s"):
            # Written before descriptions and chafing reasons were shared: its local copy gets the empty column
            # and table, so that one SQL reads both layouts (its cases arrive without either).
            for sql in fmt.LEGACY_UPGRADE:
                conn.execute(sql.format(schema="s"))
        try:
            _check_rows(conn)
            conn.execute("BEGIN IMMEDIATE")
            try:
                added, known, withdrawn, places = _import(conn, identity, name, checksum, now)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        except sqlite3.IntegrityError as exc:
            raise _Skip(f"it holds values DeskHelp does not store ({fmt.sqlite_said(exc)})") from exc
        except UnicodeDecodeError as exc:
            raise _Skip("it is damaged: some of its text is not UTF-8") from exc
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "database is locked" in str(exc):
                raise  # the database, not the file: the caller's problem
            raise _Skip(f"it is damaged or not a share file ({fmt.sqlite_said(exc)})") from exc
    finally:
        conn.execute("DETACH DATABASE s")
    report.cases_added += added
    report.cases_known += known
    report.withdrawn += withdrawn
    report.by_branch_desk.update(places)
    report.desks[identity] = _desk_names(info)


def _desk_names(info: dict[str, str]) -> str:
    """The sending desk's library, branch and desk as its file names them, unless a name is not one DeskHelp would
    accept in deskhelp.toml (then it is not repeated)."""
    from deskhelp.core.names import name_problem

    names = [info["library"], info["branch"], info["desk"]]
    return ", ".join(names) if not any(name_problem(name) for name in names) else "names not shown: not valid names"


def _check_rows(conn: sqlite3.Connection) -> None:
    from deskhelp.core.names import name_problem

    if conn.execute(_BAD_CASES).fetchone()[0]:
        raise _Skip("some of its cases hold values DeskHelp does not store")
    from deskhelp.core.inventory import ChafingReason

    # A reason this DeskHelp does not know would be dropped silently by INSERT OR IGNORE: the file is refused.
    known_reasons = ", ".join(f"'{reason.value}'" for reason in ChafingReason)
    if conn.execute(_BAD_DETAILS.format(reasons=known_reasons)).fetchone()[0]:
        raise _Skip("some of its referrals, missing resources or chafing reasons hold values DeskHelp does not store")
    names = conn.execute("SELECT branch FROM s.case_record UNION SELECT desk FROM s.case_record").fetchall()
    if any(name_problem(value) for (value,) in names):
        raise _Skip("a branch or desk name in it is not one DeskHelp accepts")
    # Text the SQL copies without Python seeing it is decoded here once (each distinct value), so text that is not
    # UTF-8 stops the file rather than a later statistics query.
    conn.execute(
        "SELECT case_type_id FROM s.case_record UNION SELECT actor_id FROM s.case_actor "
        "UNION SELECT resource_id FROM s.case_missing_resource UNION SELECT reason FROM s.case_chafing_reason"
    ).fetchall()
    bad = conn.execute(
        "SELECT count(*) FROM s.withdrawal WHERE typeof(global_id) != 'text' OR length(global_id) != 32 "
        "OR global_id GLOB '*[^0-9a-f]*'"
    )
    if bad.fetchone()[0]:
        raise _Skip("some of its withdrawals are not global ids")


def _import(
    conn: sqlite3.Connection, identity: str, name: str, checksum: str, now: dt.datetime
) -> tuple[int, int, int, Counter]:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS revision_map (shared_id INTEGER PRIMARY KEY, local_id INTEGER)")
    for refused_table in ("refused_reflection", "refused_description"):
        conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {refused_table} (global_id TEXT PRIMARY KEY)")
        conn.execute(f"DELETE FROM temp.{refused_table}")
    conn.execute("DELETE FROM temp.revision_map")
    for row in conn.execute("SELECT id, pack_id, version, sha256, origin, applied_at FROM s.pack_revision").fetchall():
        conn.execute("INSERT INTO temp.revision_map VALUES (?, ?)", (row[0], _local_revision(conn, row, identity)))
    from deskhelp.core.privacy import contains_personal_data

    # Checked at the desk before sharing; checked again here, since the file came from a shared folder.
    for column in ("reflection", "description"):
        refused = [
            (global_id,)
            for global_id, text in conn.execute(
                f"SELECT global_id, {column} FROM s.case_record WHERE {column} IS NOT NULL"
            ).fetchall()
            if contains_personal_data(text)
        ]
        conn.executemany(f"INSERT OR IGNORE INTO temp.refused_{column} VALUES (?)", refused)
    stamp = _stamp(now)
    conn.execute(
        "INSERT OR IGNORE INTO main.case_withdrawal (global_id, origin_desk, withdrawn_at, shared) "
        "SELECT global_id, ?, ?, 1 FROM s.withdrawal",
        (identity, stamp),
    )
    withdrawn = conn.execute(
        "DELETE FROM main.case_record WHERE origin_desk = ? AND global_id IN (SELECT global_id FROM s.withdrawal)",
        (identity,),
    ).rowcount
    before = conn.execute("SELECT coalesce(max(id), 0) FROM main.case_record").fetchone()[0]
    added = conn.execute(_INSERT_CASES, {"desk": identity}).rowcount
    for table, column in (
        ("case_actor", "actor_id"),
        ("case_missing_resource", "resource_id"),
        ("case_chafing_reason", "reason"),
    ):
        conn.execute(_INSERT_DETAILS.format(table=table, column=column), {"before": before, "desk": identity})
    places = Counter(
        {
            (branch, desk): count
            for branch, desk, count in conn.execute(
                "SELECT branch, desk, count(*) FROM main.case_record WHERE id > ? AND origin_desk = ? "
                "GROUP BY branch, desk",
                (before, identity),
            )
        }
    )
    total = conn.execute("SELECT count(*) FROM s.case_record").fetchone()[0]
    conn.execute(
        "INSERT OR REPLACE INTO main.collected_file (desk_identity, name, sha256, read_at, cases) "
        "VALUES (?, ?, ?, ?, ?)",
        (identity, name, checksum, stamp, total),
    )
    return added, total - added, withdrawn, places


def _local_revision(conn: sqlite3.Connection, row: tuple, identity: str) -> int:
    """This database's revision for a shared one: the same pack content (sha256) if it is here, else the shared
    revision's description as an inactive revision of its own. Its text is not sent: the case type ids are what the
    cases need, and the names come from the pack active here (the library publishes one pack to all its desks)."""
    _id, pack_id, version, sha256, origin, applied_at = row
    if not all(isinstance(v, str) for v in (pack_id, version, sha256, origin, applied_at)):
        raise _Skip("its pack revisions are not ones DeskHelp writes")
    found = conn.execute("SELECT id FROM main.pack_revision WHERE sha256 = ? ORDER BY active DESC, id", (sha256,))
    if (local := found.fetchone()) is not None:
        return local[0]
    try:
        applied = _stamp(dt.datetime.fromisoformat(applied_at))
    except ValueError:
        raise _Skip("its pack revisions are not ones DeskHelp writes") from None
    return conn.execute(
        "INSERT INTO main.pack_revision (pack_id, version, sha256, origin, source, applied_at, active, pack_text, "
        "pack_json) VALUES (?, ?, ?, ?, ?, ?, 0, '', '')",
        (
            pack_id[:100],
            version[:100],
            sha256[:64],
            origin if origin in ("bundled", "file") else "file",
            f"shared by desk {identity}",
            applied,
        ),
    ).lastrowid
