"""The dashboard's counts as plain GROUP BY queries on the case table, and the anonymous cases for export.

Runs on a connection of its own (plain sqlite3, read-only), so a worker thread can count while the desk keeps
logging (WAL lets readers and the writer run side by side) and a team lead can cancel: ``cancelled`` is polled
by SQLite's progress handler, which interrupts the running query.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from deskhelp.core.statistics import ChafingCase, Statistics, StatsFilter
from deskhelp.storage.engine import BUSY_TIMEOUT_MS
from deskhelp.storage.errors import classify_sqlite_error

PROGRESS_EVERY = 20_000  # SQLite VM steps between checks for a cancel: well under a millisecond
CASE_COLUMNS = (
    "id",
    "occurred_on",
    "occurred_hour",
    "branch",
    "desk",
    "case_type_id",
    "mission",
    "competence",
    "time",
    "resources",
    "outcome",
    "channel",
    "effort",
    "duration",
    "chafing",
    "reflection",
    "demo",
    "pack_revision_id",
)
_BUCKETS = {
    "day": "occurred_on",
    "week": "date(occurred_on, 'weekday 0', '-6 days')",  # the Monday of the week
    "month": "strftime('%Y-%m-01', occurred_on)",
}


class Cancelled(Exception):
    """The team lead cancelled the refresh or export."""


@contextmanager
def read_connection(path: Path, cancelled: Callable[[], bool] | None = None) -> Iterator[sqlite3.Connection]:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, path) from exc
    if cancelled is not None:
        conn.set_progress_handler(lambda: 1 if cancelled() else 0, PROGRESS_EVERY)
    try:
        with closing(conn):
            yield conn
    except sqlite3.OperationalError as exc:
        if cancelled is not None and cancelled():
            raise Cancelled() from exc
        raise classify_sqlite_error(exc, path) from exc
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, path) from exc


def _where(f: StatsFilter, table: str = "c") -> tuple[str, list]:
    clauses = [f"{table}.occurred_on BETWEEN ? AND ?"]
    args: list = [f.period.start.isoformat(), f.period.end.isoformat()]
    for column, value in (("branch", f.branch), ("desk", f.desk)):
        if value is not None:
            clauses.append(f"{table}.{column} = ?")
            args.append(value)
    return " AND ".join(clauses), args


def _ranked(rows) -> list[tuple[str, int]]:
    return sorted(((key, count) for key, count in rows), key=lambda item: (-item[1], item[0]))


def compute_statistics(
    path: Path, f: StatsFilter, cancelled: Callable[[], bool] | None = None, progress: Callable[[int], None] = None
) -> Statistics:
    """Every panel for ``f``. Raises Cancelled, or StorageError when the file cannot be read."""
    where, args = _where(f)
    steps: list[tuple[str, str]] = [
        ("total", f"SELECT count(*), coalesce(sum(demo), 0) FROM case_record c WHERE {where}"),
        (
            "over_time",
            f"SELECT {_BUCKETS[f.period.bucket()]} AS bucket, count(*) FROM case_record c WHERE {where} "
            "GROUP BY bucket ORDER BY bucket",
        ),
        ("case_type", f"SELECT case_type_id, count(*) FROM case_record c WHERE {where} GROUP BY case_type_id"),
        ("outcome", f"SELECT outcome, count(*) FROM case_record c WHERE {where} GROUP BY outcome"),
        (
            "actor",
            "SELECT a.actor_id, count(*) FROM case_actor a JOIN case_record c ON c.id = a.case_id "
            f"WHERE {where} GROUP BY a.actor_id",
        ),
        ("channel", f"SELECT channel, count(*) FROM case_record c WHERE {where} GROUP BY channel"),
        (
            "weekday_hour",
            f"SELECT (CAST(strftime('%w', occurred_on) AS INTEGER) + 6) % 7 AS weekday, occurred_hour, count(*) "
            f"FROM case_record c WHERE {where} GROUP BY weekday, occurred_hour",
        ),
        ("effort", f"SELECT effort, count(*) FROM case_record c WHERE {where} AND effort IS NOT NULL GROUP BY effort"),
        (
            "competence",
            "SELECT case_type_id, sum(competence = 'no'), sum(competence = 'colleague') FROM case_record c "
            f"WHERE {where} AND competence != 'yes' GROUP BY case_type_id",
        ),
        (
            "missing",
            "SELECT m.resource_id, count(*) FROM case_missing_resource m JOIN case_record c ON c.id = m.case_id "
            f"WHERE {where} GROUP BY m.resource_id",
        ),
        (
            "chafing",
            f"SELECT occurred_on, case_type_id, reflection FROM case_record c WHERE {where} AND chafing = 1 "
            "ORDER BY occurred_on, id",
        ),
    ]
    results = {}
    with read_connection(path, cancelled) as conn:
        for number, (name, sql) in enumerate(steps):
            results[name] = conn.execute(sql, args).fetchall()
            if progress is not None:
                progress(round(100 * (number + 1) / len(steps)))
    ((total, demo),) = results["total"]
    return Statistics(
        filter=f,
        total=total,
        demo_cases=demo,
        over_time=[(dt.date.fromisoformat(day), count) for day, count in results["over_time"]],
        by_case_type=_ranked(results["case_type"]),
        by_outcome=dict(results["outcome"]),
        by_actor=_ranked(results["actor"]),
        by_channel=dict(results["channel"]),
        weekday_hour={(weekday, hour): count for weekday, hour, count in results["weekday_hour"]},
        effort=dict(results["effort"]),
        competence_gaps=sorted(results["competence"], key=lambda r: (-(r[1] + r[2]), r[0])),
        missing_resources=_ranked(results["missing"]),
        chafing=[ChafingCase(dt.date.fromisoformat(day), case, text) for day, case, text in results["chafing"]],
    )


def iter_cases(
    path: Path, f: StatsFilter, cancelled: Callable[[], bool] | None = None, batch: int = 5000
) -> Iterator[tuple]:
    """The anonymous cases of ``f`` in CASE_COLUMNS order, oldest first, fetched in batches (constant memory).

    Each row ends with the actors it was referred to and the resources the patron lacked, comma-separated.
    """
    where, args = _where(f)
    sql = (
        f"SELECT {', '.join('c.' + column for column in CASE_COLUMNS)}, "
        "(SELECT group_concat(actor_id, ',') FROM case_actor WHERE case_id = c.id), "
        "(SELECT group_concat(resource_id, ',') FROM case_missing_resource WHERE case_id = c.id) "
        f"FROM case_record c WHERE {where} ORDER BY c.occurred_on, c.id"
    )
    with read_connection(path, cancelled) as conn:
        cursor = conn.execute(sql, args)
        while rows := cursor.fetchmany(batch):
            yield from rows


# -- Breakdowns for the reports (deskhelp.reports.builders): plain GROUP BY queries with the same filter ------------


def _grouped(path: Path, sql: str, args: list, cancelled: Callable[[], bool] | None) -> list[tuple]:
    with read_connection(path, cancelled) as conn:
        return conn.execute(sql, args).fetchall()


def count_actor_case_types(
    path: Path, f: StatsFilter, cancelled: Callable[[], bool] | None = None
) -> list[tuple[str, str, int]]:
    """(actor, case type, cases referred to the actor), by actor and case type."""
    where, args = _where(f)
    sql = (
        "SELECT a.actor_id, c.case_type_id, count(*) FROM case_actor a JOIN case_record c ON c.id = a.case_id "
        f"WHERE {where} GROUP BY a.actor_id, c.case_type_id ORDER BY a.actor_id, c.case_type_id"
    )
    return _grouped(path, sql, args, cancelled)


def count_actor_months(
    path: Path, f: StatsFilter, cancelled: Callable[[], bool] | None = None
) -> list[tuple[str, dt.date, int]]:
    """(actor, first day of the month, cases referred to the actor that month); months without cases are left out."""
    where, args = _where(f)
    sql = (
        "SELECT a.actor_id, strftime('%Y-%m-01', c.occurred_on) AS month, count(*) FROM case_actor a "
        f"JOIN case_record c ON c.id = a.case_id WHERE {where} GROUP BY a.actor_id, month ORDER BY a.actor_id, month"
    )
    return [(actor, dt.date.fromisoformat(month), n) for actor, month, n in _grouped(path, sql, args, cancelled)]


def count_actor_missing_resources(
    path: Path, f: StatsFilter, cancelled: Callable[[], bool] | None = None
) -> list[tuple[str, str, int]]:
    """(actor, resource, cases referred to the actor in which the patron lacked the resource)."""
    where, args = _where(f)
    sql = (
        "SELECT a.actor_id, m.resource_id, count(*) FROM case_actor a JOIN case_record c ON c.id = a.case_id "
        f"JOIN case_missing_resource m ON m.case_id = c.id WHERE {where} "
        "GROUP BY a.actor_id, m.resource_id ORDER BY a.actor_id, m.resource_id"
    )
    return _grouped(path, sql, args, cancelled)


def count_case_type_outcomes(
    path: Path, f: StatsFilter, cancelled: Callable[[], bool] | None = None
) -> list[tuple[str, str, int]]:
    """(case type, outcome, cases)."""
    where, args = _where(f)
    sql = (
        f"SELECT case_type_id, outcome, count(*) FROM case_record c WHERE {where} "
        "GROUP BY case_type_id, outcome ORDER BY case_type_id, outcome"
    )
    return _grouped(path, sql, args, cancelled)


def count_cases(path: Path, f: StatsFilter, cancelled: Callable[[], bool] | None = None) -> tuple[int, int]:
    """(cases, of which demo cases)."""
    where, args = _where(f)
    ((total, demo),) = _grouped(
        path, f"SELECT count(*), coalesce(sum(demo), 0) FROM case_record c WHERE {where}", args, cancelled
    )
    return total, demo


class ReportQueries:
    """The log as the report builders ask for it (``deskhelp.reports.builders.ReportData``), read from ``path``."""

    def __init__(self, path: Path, cancelled: Callable[[], bool] | None = None) -> None:
        self.path = path
        self.cancelled = cancelled

    def statistics(self, f: StatsFilter) -> Statistics:
        return compute_statistics(self.path, f, self.cancelled)

    def case_counts(self, f: StatsFilter) -> tuple[int, int]:
        return count_cases(self.path, f, self.cancelled)

    def cases(self, f: StatsFilter) -> Iterator[tuple]:
        return iter_cases(self.path, f, self.cancelled)

    def actor_case_types(self, f: StatsFilter) -> list[tuple[str, str, int]]:
        return count_actor_case_types(self.path, f, self.cancelled)

    def actor_months(self, f: StatsFilter) -> list[tuple[str, dt.date, int]]:
        return count_actor_months(self.path, f, self.cancelled)

    def actor_missing_resources(self, f: StatsFilter) -> list[tuple[str, str, int]]:
        return count_actor_missing_resources(self.path, f, self.cancelled)

    def case_type_outcomes(self, f: StatsFilter) -> list[tuple[str, str, int]]:
        return count_case_type_outcomes(self.path, f, self.cancelled)
