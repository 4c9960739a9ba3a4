"""Bulk loading of synthetic demo cases (``deskhelp demo-data``), kept apart from the desk's real cases.

Demo cases go only into a database without real cases, and every row is marked ``demo = 1``, so statistics and
exports can never mistake them for real ones. Millions of rows are loaded with plain sqlite3 ``executemany`` in
large transactions; the schema's CHECK and foreign-key constraints apply as to any other row, and a load that
fails part-way is removed again, so a run adds all of its cases or none.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from deskhelp.core.cases import CaseDetails, CaseRecord
from deskhelp.storage.engine import BUSY_TIMEOUT_MS
from deskhelp.storage.errors import DemoRefused, classify_sqlite_error

__all__ = ["DemoRefused", "insert_demo_cases"]

# Rows go in many to a statement ("INSERT ... VALUES (...), (...), ..."). SQLite builds the lookup tables for the
# schema's "CHECK (x IN (...))" once per run of a statement; with one row per statement that, and the statement's
# own overhead, is most of the cost (case rows go in about three times faster this way).
ROWS_PER_STATEMENT = 500


@dataclass(frozen=True)
class _Table:
    insert: str  # up to VALUES
    row: str  # one row's placeholders

    @property
    def width(self) -> int:
        return self.row.count("?")

    def sql(self, rows: int) -> str:
        return f"{self.insert} VALUES {', '.join([self.row] * rows)}"


_CASES = _Table(
    "INSERT INTO case_record (id, pack_revision_id, case_type_id, mission, competence, time, resources, outcome, "
    "channel, occurred_on, occurred_hour, branch, desk, effort, duration, chafing, reflection, demo)",
    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",  # demo = 1, whatever the caller
)
_ACTORS = _Table("INSERT INTO case_actor (case_id, actor_id)", "(?, ?)")
_MISSING = _Table("INSERT INTO case_missing_resource (case_id, resource_id)", "(?, ?)")


def insert_demo_cases(path: Path, revision_id: int, cases: Iterable[CaseRecord], batch: int = 50_000) -> int:
    """Add ``cases`` to the database at ``path`` as demo cases triaged under ``revision_id``; return how many.

    Raises DemoRefused when the database holds any real case, StorageError when the file cannot be written, and
    sqlite3.IntegrityError for a row the schema refuses (an unknown revision, a value outside a CHECK). In every
    failure nothing of this run stays in the database.
    """
    if batch < 1:
        raise ValueError(f"batch must be at least 1, not {batch}")
    try:
        # mode=rw: the database must exist already (migrated by Database.open); never create an empty file here.
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
        )
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, path) from exc
    with closing(conn):
        try:
            return _load(conn, path, revision_id, iter(cases), batch)
        except sqlite3.IntegrityError:
            raise  # a row the schema refuses: a bug in the generator, not a problem with the file
        except sqlite3.Error as exc:
            raise classify_sqlite_error(exc, path) from exc


def _load(conn: sqlite3.Connection, path: Path, revision_id: int, cases: Iterator[CaseRecord], batch: int) -> int:
    # Both pragmas must be set outside a transaction.
    conn.execute("PRAGMA foreign_keys = ON")  # an unknown revision fails; deleting a case deletes its rows
    (synchronous,) = conn.execute("PRAGMA synchronous").fetchone()
    # No fsync per commit while loading. A power cut could then lose or damage the last transactions, which is
    # acceptable here and only here: the rows are synthetic and go into a database without real cases, which can
    # simply be made again. Restored below, for whatever this connection would do afterwards.
    conn.execute("PRAGMA synchronous = OFF")
    try:
        return _load_batches(conn, path, revision_id, cases, batch)
    finally:
        conn.execute(f"PRAGMA synchronous = {int(synchronous)}")


def _load_batches(
    conn: sqlite3.Connection, path: Path, revision_id: int, cases: Iterator[CaseRecord], batch: int
) -> int:
    conn.execute("BEGIN IMMEDIATE")  # the write lock first: nobody can log a real case between check and load
    (real,) = conn.execute("SELECT count(*) FROM case_record WHERE demo = 0").fetchone()
    if real:
        conn.execute("ROLLBACK")
        raise DemoRefused(path, real)
    loaded: list[tuple[int, int]] = []  # the id ranges this run added, to take them back if it fails
    try:
        while True:
            if not conn.in_transaction:
                conn.execute("BEGIN IMMEDIATE")
            # Ids assigned here, not by SQLite, so that actor and resource rows need no round trip per case.
            # Read again for every batch: the lock was let go in between.
            (last_id,) = conn.execute("SELECT coalesce(max(id), 0) FROM case_record").fetchone()
            count, cases_values, actors_values, missing_values = _values(islice(cases, batch), last_id + 1, revision_id)
            if not count:
                break
            _insert(conn, _CASES, cases_values)
            _insert(conn, _ACTORS, actors_values)
            _insert(conn, _MISSING, missing_values)
            conn.execute("COMMIT")
            loaded.append((last_id + 1, last_id + count))
        conn.execute("COMMIT")  # the transaction that found nothing more to load
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        _remove(conn, loaded)
        raise
    return sum(last - first + 1 for first, last in loaded)


def _insert(conn: sqlite3.Connection, table: _Table, values: list) -> None:
    """Insert rows whose parameters are ``values``, one row after another in a flat list."""
    width = table.width
    per_statement = max(1, min(ROWS_PER_STATEMENT, conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // width))
    step = width * per_statement
    full = len(values) // step
    if full:
        conn.executemany(table.sql(per_statement), (values[i * step : (i + 1) * step] for i in range(full)))
    if rest := values[full * step :]:
        conn.execute(table.sql(len(rest) // width), rest)


def _values(records: Iterable[CaseRecord], first_id: int, revision_id: int) -> tuple[int, list, list, list]:
    """How many records, and the parameters of their case, actor and missing-resource rows, each a flat list.

    The records are not kept: a batch of them alive at once only gives Python's garbage collector more to scan.
    """
    cases: list = []
    actors: list = []
    missing: list = []
    add_case, add_actor, add_missing = cases.extend, actors.extend, missing.extend
    # The answers are StrEnums. sqlite3 would bind them too, but only after looking for an adapter for each one,
    # which costs more than the insert: plain str first (quicker than .value).
    plain = str.__str__
    days: dict = {}  # the few distinct dates, formatted once, as SQLAlchemy stores them
    # By id(): the generator shares a few CaseDetails among all its cases. Each is kept here with its values, so its
    # id() cannot be reused by another while the cache lives.
    details_values: dict[int, tuple[CaseDetails, tuple]] = {}
    case_id = first_id - 1
    for case_id, record in enumerate(records, first_id):
        day = record.occurred_on
        occurred_on = days.get(day)
        if occurred_on is None:
            occurred_on = days[day] = day.isoformat()
        details = record.details
        cached = details_values.get(id(details))
        if cached is None:
            cached = details_values[id(details)] = (
                details,
                (details.effort, details.duration, int(details.chafing), details.reflection.strip() or None),
            )
        add_case(
            (
                case_id,
                revision_id,
                record.case_type_id,
                plain(record.mission),
                plain(record.competence),
                plain(record.time),
                plain(record.resources),
                plain(record.outcome),
                plain(details.channel),
                occurred_on,
                record.occurred_hour,
                record.branch,
                record.desk,
            )
        )
        add_case(cached[1])
        if record.actor_ids:
            for actor_id in dict.fromkeys(record.actor_ids):
                add_actor((case_id, actor_id))
        if record.missing_resources:
            for resource_id in dict.fromkeys(record.missing_resources):
                add_missing((case_id, resource_id))
    return case_id - first_id + 1, cases, actors, missing


def _remove(conn: sqlite3.Connection, loaded: list[tuple[int, int]]) -> None:
    """Take back the batches a failed load committed; their actor and resource rows go with them (cascade)."""
    if not loaded:
        return
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("DELETE FROM case_record WHERE demo = 1 AND id BETWEEN ? AND ?", loaded)
    conn.execute("COMMIT")
