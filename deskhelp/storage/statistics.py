"""The dashboard's counts as plain GROUP BY queries on the case table, and the anonymous cases for export.

Runs on a connection of its own (plain sqlite3, read-only), so a worker thread can count while the desk keeps
logging (WAL lets readers and the writer run side by side) and a team lead can cancel: ``cancelled`` is polled
by SQLite's progress handler, which interrupts the running query.

The cases come two ways: as rows (``iter_cases``, for any writer) and as delimited text rendered by SQLite
(``iter_case_text``, the CSV export's fast path), in the same order and, written out, to the same bytes.
"""

from __future__ import annotations

import datetime as dt
import queue
import sqlite3
import threading
from collections import defaultdict, deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing, contextmanager
from pathlib import Path

from deskhelp.core.inventory import ChafingReason
from deskhelp.core.other_errand import OTHER_ID
from deskhelp.core.statistics import CASE_COLUMNS, NAME_SEPARATOR, ChafingCase, Statistics, StatsFilter, bucket_start
from deskhelp.storage.case_text_labels import label_sql, ref_names_rows, refs_sql
from deskhelp.storage.engine import BUSY_TIMEOUT_MS
from deskhelp.storage.errors import Cancelled, classify_sqlite_error

PROGRESS_EVERY = 20_000  # SQLite VM steps between checks for a cancel: well under a millisecond
# Cases over time and by weekday and hour are counted per day, then summed into weeks, months and weekdays here:
# grouping by day works out nothing per case (and over time reads the index of occurred_on alone), where grouping by
# SQLite's date() or strftime() of every case took 2-5 times as long (a year of a large city: 365 days, 500,000 cases).
# Which bucket a day falls in is core's ``bucket_start``, the same arithmetic the dashboard and reports lay out.


@contextmanager
def read_connection(path: Path, cancelled: Callable[[], bool] | None = None) -> Iterator[sqlite3.Connection]:
    conn = _connect(path, cancelled)
    try:
        with closing(conn):
            yield conn
    except sqlite3.Error as exc:
        raise _failure(exc, path, cancelled) from exc


def _connect(path: Path, cancelled: Callable[[], bool] | None, check_same_thread: bool = True) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro",
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=check_same_thread,
        )
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, path) from exc
    if cancelled is not None:
        conn.set_progress_handler(lambda: 1 if cancelled() else 0, PROGRESS_EVERY)
    return conn


def _failure(exc: sqlite3.Error, path: Path, cancelled: Callable[[], bool] | None) -> Exception:
    """What a failed statement means: Cancelled when the team lead cancelled it, else a StorageError."""
    if isinstance(exc, sqlite3.OperationalError) and cancelled is not None and cancelled():
        return Cancelled()
    return classify_sqlite_error(exc, path)


def _where(f: StatsFilter, table: str = "c") -> tuple[str, list]:
    clauses = [f"{table}.occurred_on BETWEEN ? AND ?"]
    args: list = [f.period.start.isoformat(), f.period.end.isoformat()]
    for column, value in (("branch", f.branch), ("desk", f.desk)):
        if value is not None:
            clauses.append(f"{table}.{column} = ?")
            args.append(value)
    return " AND ".join(clauses), args


def _folded(rows, key: Callable) -> dict:
    """Counts (the last value of each row) summed by ``key`` of the rest of the row, in key order."""
    counts: dict = defaultdict(int)
    for *group, count in rows:
        counts[key(*group)] += count
    return dict(sorted(counts.items()))


def _ranked(rows) -> list[tuple[str, int]]:
    return sorted(((key, count) for key, count in rows), key=lambda item: (-item[1], item[0]))


def compute_statistics(
    path: Path, f: StatsFilter, cancelled: Callable[[], bool] | None = None, progress: Callable[[int], None] = None
) -> Statistics:
    """Every panel for ``f``. Raises Cancelled, or StorageError when the file cannot be read."""
    where, args = _where(f)
    steps: list[tuple[str, str]] = [
        ("total", f"SELECT count(*), coalesce(sum(demo), 0) FROM case_record c WHERE {where}"),
        ("over_time", f"SELECT occurred_on, count(*) FROM case_record c WHERE {where} GROUP BY occurred_on"),
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
            f"SELECT occurred_on, occurred_hour, count(*) FROM case_record c WHERE {where} "
            "GROUP BY occurred_on, occurred_hour",
        ),
        ("effort", f"SELECT effort, count(*) FROM case_record c WHERE {where} AND effort IS NOT NULL GROUP BY effort"),
        (
            "competence",
            "SELECT case_type_id, sum(competence = 'no'), sum(competence = 'colleague') FROM case_record c "
            f"WHERE {where} AND competence != 'yes' GROUP BY case_type_id",
        ),
        (
            "needless",
            f"SELECT case_type_id, count(*) FROM case_record c WHERE {where} AND competence != 'yes' "
            "AND mission IN ('yes', 'partly') AND outcome = 'referred' GROUP BY case_type_id",
        ),
        (
            "missing",
            "SELECT m.resource_id, count(*) FROM case_missing_resource m JOIN case_record c ON c.id = m.case_id "
            f"WHERE {where} GROUP BY m.resource_id",
        ),
        (
            "chafing",
            f"SELECT occurred_on, case_type_id, reflection, {_reasons()}, description FROM case_record c "
            f"WHERE {where} AND chafing = 1 ORDER BY occurred_on, id",
        ),
        (
            "not_in_guidelines",
            f"SELECT occurred_on, case_type_id, reflection, {_reasons()}, description FROM case_record c "
            f"WHERE {where} AND case_type_id = '{OTHER_ID}' ORDER BY occurred_on, id",
        ),
    ]
    results = {}
    with read_connection(path, cancelled) as conn:
        for number, (name, sql) in enumerate(steps):
            results[name] = conn.execute(sql, args).fetchall()
            if progress is not None:
                progress(round(100 * (number + 1) / len(steps)))
    ((total, demo),) = results["total"]
    bucket = f.period.bucket()
    return Statistics(
        filter=f,
        total=total,
        demo_cases=demo,
        over_time=list(
            _folded(results["over_time"], lambda day: bucket_start(dt.date.fromisoformat(day), bucket)).items()
        ),
        by_case_type=_ranked(results["case_type"]),
        by_outcome=dict(results["outcome"]),
        by_actor=_ranked(results["actor"]),
        by_channel=dict(results["channel"]),
        weekday_hour=_folded(results["weekday_hour"], lambda day, hour: (dt.date.fromisoformat(day).weekday(), hour)),
        effort=dict(results["effort"]),
        competence_gaps=sorted(results["competence"], key=lambda r: (-(r[1] + r[2]), r[0])),
        missing_resources=_ranked(results["missing"]),
        chafing=[_inventory_case(row) for row in results["chafing"]],
        not_in_guidelines=[_inventory_case(row) for row in results["not_in_guidelines"]],
        needless_referrals=dict(results["needless"]),
    )


def _reasons() -> str:
    """Why case ``c`` chafed, comma-separated (NULL if no reason was given); put in order by _inventory_case."""
    return "(SELECT group_concat(reason, ',') FROM case_chafing_reason WHERE case_id = c.id)"


def _inventory_case(row: tuple) -> ChafingCase:
    day, case_type_id, reflection, reasons, description = row
    given = set(reasons.split(",")) if reasons else set()
    in_order = tuple(reason.value for reason in ChafingReason if reason.value in given)
    return ChafingCase(dt.date.fromisoformat(day), case_type_id, reflection, in_order, description)


def branches_and_desks(path: Path, cancelled: Callable[[], bool] | None = None) -> tuple[tuple[str, str], ...]:
    """Every (branch, desk) that has logged a case, sorted: the dashboard's filter lists."""
    with read_connection(path, cancelled) as conn:
        rows = conn.execute("SELECT DISTINCT branch, desk FROM case_record ORDER BY branch, desk").fetchall()
    return tuple((branch, desk) for branch, desk in rows)


def _actors(value: str = "group_concat(actor_id, ',')") -> str:
    """The actors case ``c`` was referred to, comma-separated (NULL if none), as ``value`` of that list."""
    return f"(SELECT {value} FROM case_actor WHERE case_id = c.id)"


def _missing(value: str = "group_concat(resource_id, ',')") -> str:
    """The resources the patron of case ``c`` lacked, comma-separated (NULL if none), as ``value`` of that list."""
    return f"(SELECT {value} FROM case_missing_resource WHERE case_id = c.id)"


BATCHES_AHEAD = 3  # batches of cases fetched ahead of the caller: a few MB at most


def iter_cases(
    path: Path, f: StatsFilter, cancelled: Callable[[], bool] | None = None, batch: int = 5000
) -> Iterator[tuple]:
    """The anonymous cases of ``f`` in CASE_COLUMNS order, oldest first, fetched in batches (constant memory).

    Each row ends with the actors it was referred to and the resources the patron lacked, comma-separated.

    Fetched on a thread of its own, a few batches ahead: SQLite works with the GIL released, so the query runs while
    the caller writes the rows (a million as XLSX: a third of the time is the query). One connection, one snapshot.
    """
    where, args = _where(f)
    sql = (
        f"SELECT {', '.join('c.' + column for column in CASE_COLUMNS)}, {_actors()}, {_missing()} "
        f"FROM case_record c WHERE {where} ORDER BY c.occurred_on, c.id"
    )
    batches: queue.Queue = queue.Queue(maxsize=BATCHES_AHEAD)
    gone = threading.Event()  # the caller stopped reading: the query is interrupted, the thread ends

    def hand_over(item: object) -> None:
        while not gone.is_set():
            try:
                batches.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def fetch() -> None:
        try:
            with read_connection(path, lambda: gone.is_set() or (cancelled is not None and cancelled())) as conn:
                cursor = conn.execute(sql, args)
                while rows := cursor.fetchmany(batch):
                    hand_over(rows)
            hand_over(None)
        except BaseException as exc:  # noqa: BLE001 - raised again on the caller's thread
            hand_over(exc)

    thread = threading.Thread(target=fetch, name="case-rows", daemon=True)
    thread.start()
    try:
        while (rows := batches.get()) is not None:
            if isinstance(rows, BaseException):
                raise rows
            yield from rows
    finally:
        gone.set()
        thread.join()


# -- The cases as delimited text: the CSV export's fast path ---------------------------------------------------------

TEXT_CHUNK_CASES = 5000  # cases rendered by one statement: some 750 kB of text at a time, whatever the period
TEXT_THREADS = 2  # connections rendering chunks side by side
# Columns anyone can put anything into (settings, typed reflections): rendered as text cells. The others hold what the
# schema lets them hold, written as they are: whole numbers, ISO dates, and the CHECK constraints' plain words.
_FREE_TEXT = frozenset({"branch", "desk", "reflection", "description"})
_WHOLE_NUMBERS = frozenset({"id", "occurred_hour", "chafing", "demo", "pack_revision_id"})  # never NULL: printf %d
# Every case type id in the log, by skipping along its index: one seek per id rather than a scan of the cases.
_CASE_TYPE_IDS = (
    "WITH RECURSIVE ids(id) AS (SELECT min(case_type_id) FROM case_record UNION ALL "
    "SELECT (SELECT min(case_type_id) FROM case_record WHERE case_type_id > ids.id) FROM ids WHERE ids.id IS NOT NULL) "
    "SELECT id FROM ids WHERE id IS NOT NULL"
)


def iter_case_text(
    path: Path,
    f: StatsFilter,
    rules,
    case_type_cells: Callable[[str], Sequence[str]],
    cancelled: Callable[[], bool] | None = None,
    chunk_cases: int = TEXT_CHUNK_CASES,
    threads: int = TEXT_THREADS,
    labels: Mapping[str, Mapping] | None = None,
) -> Iterator[str]:
    """The cases ``iter_cases`` reads, in its order, as delimited text made by SQLite: a line per case, its cells
    those of iter_cases with ``case_type_cells(case_type_id)`` (the case type's title and area, say) right before the
    case type id, and the name of each field in ``labels`` right before its value (``case_text_labels``). Yields
    the text of thousands of cases at a time; constant memory.

    ``rules`` is a ``deskhelp.reports.model.TextRules`` (or anything with its attributes). Text cells are guarded,
    then quoted, by them; numbers are written as digits, NULL as nothing: the bytes a writer with the same rules
    makes of iter_cases' rows, given values as DeskHelp stores them (see _FREE_TEXT). A test compares them.

    Why SQLite: Python would fetch twenty values per case and write each as a cell, some 12 µs a case; SQLite's
    printf() does it in C in a third of that, and group_concat() hands over thousands of cases as one string. And
    SQLite works with the GIL released, so ``threads`` connections render chunks of days side by side. Each reads
    the log as it was when it started: a case logged while the export runs may be in it or not, unlike iter_cases'
    single snapshot (every case logged before the export started is in it).
    """
    text = _CaseText(f, rules, case_type_cells, labels or {})
    with read_connection(path, cancelled) as conn:
        chunks = list(_day_chunks(conn, f, chunk_cases))
    stop = threading.Event()  # the consumer is gone: interrupt what the threads are still rendering
    local = threading.local()
    connections: list[sqlite3.Connection] = []

    def render(first: str, last: str) -> str | None:
        try:
            conn = getattr(local, "conn", None)
            if conn is None:  # the thread's first chunk; its connection is closed below, once the threads are done
                conn = local.conn = _connect(
                    path, lambda: stop.is_set() or (cancelled is not None and cancelled()), check_same_thread=False
                )
                connections.append(conn)
                conn.execute("BEGIN")  # one snapshot for the connection's temporary tables and all its chunks
                text.prepare(conn)
            return text.render(conn, first, last)
        except sqlite3.Error as exc:
            raise _failure(exc, path, cancelled) from exc

    pool = ThreadPoolExecutor(max(1, threads), thread_name_prefix="case-text")
    try:
        ahead: deque[Future] = deque()
        for number, chunk in enumerate(chunks, start=1):
            ahead.append(pool.submit(render, *chunk))
            # A chunk waiting per thread at most, so that a few chunks are in memory whatever the period.
            while ahead and (len(ahead) > threads or number == len(chunks)):
                if lines := ahead.popleft().result():
                    yield lines
    finally:
        stop.set()
        pool.shutdown(cancel_futures=True)
        for conn in connections:
            conn.close()


class _CaseText:
    """The statements of ``iter_case_text``, which renders a chunk of days at a time."""

    def __init__(self, f: StatsFilter, rules, case_type_cells: Callable[[str], Sequence[str]], labels) -> None:
        self.case_type_cells, self.labels = case_type_cells, labels
        self.cells = cells = _TextCells(rules)
        self.params: dict[str, object] = dict(cells.params)
        where = ["c.occurred_on BETWEEN :first AND :last"]
        for column, value in (("branch", f.branch), ("desk", f.desk)):
            if value is not None:
                where.append(f"c.{column} = :{column}")
                self.params[column] = value
        values, formats = [], []
        for column in CASE_COLUMNS:
            if column == "case_type_id":
                values.append("t.cells")  # the caller's cells and the id, rendered once per case type
            elif column in labels:  # the name's cell and the value's, as one (case_text_labels)
                values.append(label_sql(column, labels[column], rules, self.params))
            else:
                values.append(cells.cell(f"c.{column}") if column in _FREE_TEXT else f"c.{column}")
            formats.append("%d" if column in _WHOLE_NUMBERS else "%s")
        for field, ref in (("actors", "r.actors"), ("missing_resources", "r.missing")):
            values += ["r.names_" + ref[2:], ref] if field in labels else [ref]
            formats += ["%s", "%s"] if field in labels else ["%s"]
        self.params["line"] = cells.separator.join(formats) + cells.line_end
        # The LEFT JOINs keep the cases the outer loop, read in index order (no sorting). SQLite feeds group_concat()
        # the rows of an ordered FROM subquery in that order (its optimiser drops such an ORDER BY only where the
        # order cannot matter, never for group_concat()).
        self.lines = (
            f"SELECT group_concat(line, '') FROM (SELECT printf(:line, {', '.join(values)}) AS line "
            "FROM case_record c LEFT JOIN temp.case_type_cells t ON t.id = c.case_type_id "
            "LEFT JOIN temp.case_refs r ON r.case_id = c.id "
            f"WHERE {' AND '.join(where)} ORDER BY c.occurred_on, c.id)"
        )
        self.id_range = "SELECT min(id), max(id), count(*) FROM case_record WHERE occurred_on BETWEEN :first AND :last"
        # The actors and missing resources of a chunk's cases, rendered into temp.case_refs for the lines to look up:
        # a statement each for the whole chunk, some 10% quicker in all than two correlated subqueries per case. Cases
        # are logged as they happen, so a chunk's cases usually have an id range to themselves, read straight through;
        # otherwise (a desk whose clock was wrong, say) they are looked up one by one.
        self.params["name_separator"] = NAME_SEPARATOR

        def refs(ids: str) -> tuple[str, str]:
            return refs_sql(cells.cell, labels, ids)

        self.refs_in_range = refs("BETWEEN :lo AND :hi")
        self.refs_case_by_case = refs(f"IN (SELECT id FROM case_record c WHERE {where[0]})")

    def prepare(self, conn: sqlite3.Connection) -> None:
        """The connection's temporary tables (which a read-only connection may write)."""
        conn.execute(
            "CREATE TEMP TABLE case_refs (case_id INTEGER PRIMARY KEY, actors TEXT, missing TEXT, "
            "names_actors TEXT, names_missing TEXT)"
        )
        conn.execute("CREATE TEMP TABLE ref_names (field TEXT, id TEXT, name TEXT, PRIMARY KEY (field, id))")
        conn.executemany("INSERT INTO temp.ref_names VALUES (?, ?, ?)", ref_names_rows(self.labels))
        conn.execute("CREATE TEMP TABLE case_type_cells (id TEXT PRIMARY KEY, cells TEXT NOT NULL) WITHOUT ROWID")
        ids = conn.execute(_CASE_TYPE_IDS).fetchall()
        rows = [(case_type, *self.case_type_cells(case_type), case_type) for (case_type,) in ids]
        if rows:
            names = [f"v{i}" for i in range(1, len(rows[0]))]
            cells = " || :separator || ".join(self.cells.cell(f":{name}") for name in names)
            conn.executemany(
                f"INSERT INTO temp.case_type_cells VALUES (:v0, {cells})",
                ({**self.cells.params, **dict(zip(["v0", *names], row, strict=True))} for row in rows),
            )

    def render(self, conn: sqlite3.Connection, first: str, last: str) -> str | None:
        """The lines of the cases of the days from ``first`` to ``last`` (stored values, both included)."""
        params = {**self.params, "first": first, "last": last}
        lo, hi, cases = conn.execute(self.id_range, params).fetchone()
        if not cases:  # taken back since the chunks were planned
            return None
        params.update(lo=lo, hi=hi)
        conn.execute("DELETE FROM temp.case_refs")
        for statement in self.refs_in_range if hi - lo < 2 * cases else self.refs_case_by_case:
            conn.execute(statement, params)
        (lines,) = conn.execute(self.lines, params).fetchone()
        return lines


class _TextCells:
    """SQL that writes a text value as a cell by ``rules`` (see ``iter_case_text``), and the parameters it needs."""

    def __init__(self, rules) -> None:
        if set(rules.guard) & set(rules.quote_when):
            raise ValueError("the guard must not need quoting: whether to quote is decided before guarding")
        # printf() reads the separator and the line end as part of its format.
        self.separator = rules.separator.replace("%", "%%")
        self.line_end = rules.line_end.replace("%", "%%")
        self.params = {
            "guard": rules.guard,
            "guard_glob": f"{_glob_any_of(rules.guard_when)}*",
            "quote": rules.quote,
            "quote_twice": rules.quote * 2,
            "quote_glob": f"*{_glob_any_of(rules.quote_when)}*",
            "separator": rules.separator,
        }

    @staticmethod
    def cell(value: str) -> str:
        """SQL for the text ``value`` as a cell: guarded, then quoted if it must be; NULL stays NULL (printf() writes
        nothing for it). GLOB, because it is the cheapest test SQLite has for this."""
        guarded = f"CASE WHEN {value} GLOB :guard_glob THEN :guard || {value} ELSE {value} END"
        return (
            f"CASE WHEN {value} IS NULL THEN NULL "
            f"WHEN {value} GLOB :quote_glob THEN :quote || replace({guarded}, :quote, :quote_twice) || :quote "
            f"ELSE {guarded} END"
        )


def _glob_any_of(characters: str) -> str:
    """A GLOB character class matching any one of ``characters``."""
    if not characters or {"]", "^"} & set(characters):
        raise ValueError(f"cannot match {characters!r} with a GLOB character class")
    # "-" last, where GLOB takes it literally rather than as a range.
    return "[" + "".join(sorted(set(characters) - {"-"})) + ("-" if "-" in characters else "") + "]"


def _day_chunks(conn: sqlite3.Connection, f: StatsFilter, cases: int) -> Iterator[tuple[str, str]]:
    """(first, last day) of runs of consecutive days of the period holding about ``cases`` cases together (a busy day
    is a run of its own); counted, filter aside, on the index of occurred_on alone."""
    days = conn.execute(
        "SELECT occurred_on, count(*) FROM case_record WHERE occurred_on BETWEEN ? AND ? "
        "GROUP BY occurred_on ORDER BY occurred_on",
        [f.period.start.isoformat(), f.period.end.isoformat()],
    ).fetchall()
    first, count = None, 0
    for day, day_cases in days:
        first = day if first is None else first
        count += day_cases
        if count >= cases:
            yield first, day
            first, count = None, 0
    if first is not None:
        yield first, days[-1][0]


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

    def statistics(self, f: StatsFilter, progress: Callable[[int], None] | None = None) -> Statistics:
        return compute_statistics(self.path, f, self.cancelled, progress)

    def case_counts(self, f: StatsFilter) -> tuple[int, int]:
        return count_cases(self.path, f, self.cancelled)

    def cases(self, f: StatsFilter) -> Iterator[tuple]:
        return iter_cases(self.path, f, self.cancelled)

    def case_text(
        self, f: StatsFilter, rules, case_type_cells: Callable[[str], Sequence[str]], labels: Mapping | None = None
    ) -> Iterator[str]:
        return iter_case_text(self.path, f, rules, case_type_cells, self.cancelled, labels=labels)

    def actor_case_types(self, f: StatsFilter) -> list[tuple[str, str, int]]:
        return count_actor_case_types(self.path, f, self.cancelled)

    def actor_months(self, f: StatsFilter) -> list[tuple[str, dt.date, int]]:
        return count_actor_months(self.path, f, self.cancelled)

    def actor_missing_resources(self, f: StatsFilter) -> list[tuple[str, str, int]]:
        return count_actor_missing_resources(self.path, f, self.cancelled)

    def case_type_outcomes(self, f: StatsFilter) -> list[tuple[str, str, int]]:
        return count_case_type_outcomes(self.path, f, self.cancelled)

    def branches_and_desks(self) -> tuple[tuple[str, str], ...]:
        return branches_and_desks(self.path, self.cancelled)


def report_queries(db, cancelled: Callable[[], bool] | None = None, portable: bool = False):
    """The queries for the reports of ``db`` (a ``storage.database.Database``), a ``reports.builders.ReportData``:
    SQLite's fast paths on a SQLite file, else (or asked for ``portable``) SQLAlchemy Core, which any backend runs."""
    if db.engine.dialect.name == "sqlite" and not portable:
        return ReportQueries(db.path, cancelled)
    from deskhelp.storage.portable_statistics import PortableReportQueries

    return PortableReportQueries(db.engine, cancelled)
