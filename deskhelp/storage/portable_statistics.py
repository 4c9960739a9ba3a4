"""The report queries (``deskhelp.reports.builders.ReportData``) as SQLAlchemy Core on the model's tables: what any
SQLAlchemy backend can run (SQLite now, PostgreSQL next), beside the SQLite fast paths of ``storage.statistics``.

The rules that keep it portable: no SQL function beyond count(), sum(), coalesce() and CASE; booleans compared, never
summed; dates grouped by day and folded into weeks and months here; every sort of text done in Python (a server's
collation would order names its own way, SQLite's BINARY order is Python's); lists (the actors of a case) fetched as
rows and joined here rather than by group_concat() or string_agg(). ``cancelled`` is polled between statements and
batches. The same data gives the same numbers, rows and text as the fast paths: tests/reports/test_portable.py.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

from sqlalchemy import Engine, and_, case, func, select, true

from deskhelp.core.inventory import ChafingReason
from deskhelp.core.other_errand import OTHER_ID
from deskhelp.core.statistics import CASE_COLUMNS, ChafingCase, Statistics, StatsFilter, bucket_start
from deskhelp.storage.case_text_labels import LIST_FIELDS, label_of, text_cell
from deskhelp.storage.errors import Cancelled, classify_sqlite_error
from deskhelp.storage.models import Case, CaseActor, CaseChafingReason, CaseMissingResource

_CASE = Case.__table__
_ACTOR = CaseActor.__table__
_MISSING = CaseMissingResource.__table__
_REASON = CaseChafingReason.__table__
BATCH = 2000  # cases per statement while streaming; their actors and resources are fetched per batch


class PortableReportQueries:
    """The log as the report builders ask for it, read through ``engine`` with SQLAlchemy Core."""

    def __init__(self, engine: Engine, cancelled: Callable[[], bool] | None = None, batch: int = BATCH) -> None:
        self.engine = engine
        self.cancelled = cancelled
        self.batch = batch

    # -- plumbing ---------------------------------------------------------------------------------------------

    def _check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()

    def _rows(self, statement) -> list[tuple]:
        self._check()
        try:
            with self.engine.connect() as conn:
                return [tuple(row) for row in conn.execute(statement)]
        except Exception as exc:
            raise self._failure(exc) from exc

    def _failure(self, exc: Exception) -> Exception:
        """A database's error as a StorageError (its classification reads the driver's message); others as they are."""
        from sqlalchemy.exc import SQLAlchemyError

        if not isinstance(exc, SQLAlchemyError):
            return exc
        return classify_sqlite_error(exc, Path(self.engine.url.database or self.engine.url.render_as_string()))

    @staticmethod
    def _where(f: StatsFilter):
        c = _CASE.c
        clauses = [c.occurred_on.between(f.period.start, f.period.end)]
        if f.branch is not None:
            clauses.append(c.branch == f.branch)
        if f.desk is not None:
            clauses.append(c.desk == f.desk)
        return and_(*clauses)

    def _grouped(self, f: StatsFilter, *columns, source=None, extra=None) -> list[tuple]:
        """(columns..., count) for the cases of ``f`` (joined with ``source``), grouped by ``columns``."""
        where = self._where(f) if extra is None else and_(self._where(f), extra)
        statement = select(*columns, func.count()).where(where).group_by(*columns)
        if source is not None:
            statement = statement.select_from(source)
        return self._rows(statement)

    # -- ReportData -------------------------------------------------------------------------------------------

    def case_counts(self, f: StatsFilter) -> tuple[int, int]:
        demo = func.coalesce(func.sum(case((_CASE.c.demo == true(), 1), else_=0)), 0)
        ((total, demo_cases),) = self._rows(select(func.count(), demo).select_from(_CASE).where(self._where(f)))
        return int(total), int(demo_cases)

    def statistics(self, f: StatsFilter, progress: Callable[[int], None] | None = None) -> Statistics:
        c, a, m = _CASE.c, _ACTOR.c, _MISSING.c
        nobody = func.sum(case((c.competence == "no", 1), else_=0))
        colleague = func.sum(case((c.competence == "colleague", 1), else_=0))
        steps: list[tuple[str, Callable[[], object]]] = [
            ("total", lambda: self.case_counts(f)),
            ("over_time", lambda: self._grouped(f, c.occurred_on)),
            ("case_type", lambda: self._grouped(f, c.case_type_id)),
            ("outcome", lambda: self._grouped(f, c.outcome)),
            ("actor", lambda: self._grouped(f, a.actor_id, source=_ACTOR.join(_CASE, c.id == a.case_id))),
            ("channel", lambda: self._grouped(f, c.channel)),
            ("weekday_hour", lambda: self._grouped(f, c.occurred_on, c.occurred_hour)),
            ("effort", lambda: self._grouped(f, c.effort, extra=c.effort.is_not(None))),
            (
                "competence",
                lambda: self._rows(
                    select(c.case_type_id, nobody, colleague)
                    .where(and_(self._where(f), c.competence != "yes"))
                    .group_by(c.case_type_id)
                ),
            ),
            (
                "needless",
                lambda: self._grouped(
                    f,
                    c.case_type_id,
                    extra=and_(c.competence != "yes", c.mission.in_(("yes", "partly")), c.outcome == "referred"),
                ),
            ),
            ("missing", lambda: self._grouped(f, m.resource_id, source=_MISSING.join(_CASE, c.id == m.case_id))),
            ("chafing", lambda: self._inventory(f, c.chafing == true())),
            ("not_in_guidelines", lambda: self._inventory(f, c.case_type_id == OTHER_ID)),
        ]
        results: dict = {}
        for number, (name, query) in enumerate(steps, start=1):
            results[name] = query()
            if progress is not None:
                progress(round(100 * number / len(steps)))
        total, demo = results["total"]
        bucket = f.period.bucket()
        return Statistics(
            filter=f,
            total=total,
            demo_cases=demo,
            over_time=list(_folded(results["over_time"], lambda day: bucket_start(_date(day), bucket)).items()),
            by_case_type=_ranked(results["case_type"]),
            by_outcome=dict(results["outcome"]),
            by_actor=_ranked(results["actor"]),
            by_channel=dict(results["channel"]),
            weekday_hour=_folded(results["weekday_hour"], lambda day, hour: (_date(day).weekday(), hour)),
            effort=dict(results["effort"]),
            competence_gaps=sorted(
                ((ct, int(no), int(col)) for ct, no, col in results["competence"]),
                key=lambda r: (-(r[1] + r[2]), r[0]),
            ),
            missing_resources=_ranked(results["missing"]),
            chafing=results["chafing"],
            not_in_guidelines=results["not_in_guidelines"],
            needless_referrals={ct: int(n) for ct, n in results["needless"]},
        )

    def _inventory(self, f: StatsFilter, condition) -> list[ChafingCase]:
        """The question inventory's cases that meet ``condition``, each with why it chafed (the reasons fetched per
        batch of cases and put in the enum's order here, as the fast path does)."""
        c, r = _CASE.c, _REASON.c
        rows = self._rows(
            select(c.id, c.occurred_on, c.case_type_id, c.reflection, c.description)
            .where(and_(self._where(f), condition))
            .order_by(c.occurred_on, c.id)
        )
        ids = [row[0] for row in rows]
        given: dict[int, set[str]] = defaultdict(set)
        for start in range(0, len(ids), self.batch):
            for case_id, reason in self._rows(
                select(r.case_id, r.reason).where(r.case_id.in_(ids[start : start + self.batch]))
            ):
                given[case_id].add(reason)
        return [
            ChafingCase(
                _date(day),
                case_type,
                reflection,
                tuple(reason.value for reason in ChafingReason if reason.value in given[case_id]),
                description,
            )
            for case_id, day, case_type, reflection, description in rows
        ]

    def cases(self, f: StatsFilter) -> Iterator[tuple]:
        """The rows of ``storage.statistics.iter_cases``, read a batch at a time: CASE_COLUMNS (yes/no as 1/0), then
        the actors and the missing resources, comma-separated in code point order (None if none)."""
        columns = [_CASE.c[name] for name in CASE_COLUMNS]
        flags = [CASE_COLUMNS.index("chafing"), CASE_COLUMNS.index("demo")]
        statement = select(*columns).where(self._where(f)).order_by(_CASE.c.occurred_on, _CASE.c.id)
        try:
            with self.engine.connect() as conn:
                result = conn.execution_options(stream_results=True, yield_per=self.batch).execute(statement)
                for batch in result.partitions(self.batch):
                    self._check()
                    ids = [row[0] for row in batch]
                    actors = self._lists(conn, _ACTOR.c.case_id, _ACTOR.c.actor_id, ids)
                    missing = self._lists(conn, _MISSING.c.case_id, _MISSING.c.resource_id, ids)
                    for row in batch:
                        values = list(row)
                        for at in flags:
                            values[at] = int(values[at])
                        values[1] = _date(values[1])
                        yield (*values, actors.get(row[0]), missing.get(row[0]))
        except Cancelled:
            raise
        except Exception as exc:
            raise self._failure(exc) from exc

    @staticmethod
    def _lists(conn, case_id, value, ids: list[int]) -> dict[int, str]:
        found: dict[int, list[str]] = defaultdict(list)
        if ids:
            for owner, item in conn.execute(select(case_id, value).where(case_id.in_(ids))):
                found[owner].append(item)
        return {owner: ",".join(sorted(items)) for owner, items in found.items()}

    def case_text(
        self, f: StatsFilter, rules, case_type_cells: Callable[[str], Sequence[str]], labels: Mapping | None = None
    ) -> Iterator[str]:
        """The rows of ``cases`` as text by ``rules`` (``reports.model.TextRules``), written here cell by cell: the
        bytes the SQLite fast path (``storage.statistics.iter_case_text``) renders, ``labels`` as it puts them."""
        labels = labels or {}
        fields = (*CASE_COLUMNS, *LIST_FIELDS)
        named: dict[str, list[str]] = {}
        lines: list[str] = []
        for row in self.cases(f):
            text: list[str] = []
            for field, value in zip(fields, row, strict=True):
                if field == "case_type_id":
                    cells = named.get(value)
                    if cells is None:
                        cells = named[value] = [text_cell(cell, rules) for cell in case_type_cells(value)]
                    text += cells
                elif field in labels:
                    text.append(text_cell(label_of(field, value, labels), rules))
                text.append(text_cell(value, rules))
            lines.append(rules.separator.join(text) + rules.line_end)
            if len(lines) >= self.batch:
                yield "".join(lines)
                lines.clear()
        if lines:
            yield "".join(lines)

    def actor_case_types(self, f: StatsFilter) -> list[tuple[str, str, int]]:
        a, c = _ACTOR.c, _CASE.c
        return sorted(self._grouped(f, a.actor_id, c.case_type_id, source=_ACTOR.join(_CASE, c.id == a.case_id)))

    def actor_months(self, f: StatsFilter) -> list[tuple[str, dt.date, int]]:
        a, c = _ACTOR.c, _CASE.c
        days = self._grouped(f, a.actor_id, c.occurred_on, source=_ACTOR.join(_CASE, c.id == a.case_id))
        months = _folded(days, lambda actor, day: (actor, _date(day).replace(day=1)))
        return [(actor, month, count) for (actor, month), count in months.items()]

    def actor_missing_resources(self, f: StatsFilter) -> list[tuple[str, str, int]]:
        a, c, m = _ACTOR.c, _CASE.c, _MISSING.c
        source = _ACTOR.join(_CASE, c.id == a.case_id).join(_MISSING, m.case_id == c.id)
        return sorted(self._grouped(f, a.actor_id, m.resource_id, source=source))

    def case_type_outcomes(self, f: StatsFilter) -> list[tuple[str, str, int]]:
        c = _CASE.c
        return sorted(self._grouped(f, c.case_type_id, c.outcome))

    def branches_and_desks(self) -> tuple[tuple[str, str], ...]:
        """Every (branch, desk) that has logged a case, sorted (the dashboard's filter lists)."""
        return tuple(sorted(self._rows(select(_CASE.c.branch, _CASE.c.desk).distinct())))


def _date(value) -> dt.date:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _folded(rows, key: Callable) -> dict:
    counts: dict = defaultdict(int)
    for *group, count in rows:
        counts[key(*group)] += count
    return dict(sorted(counts.items()))


def _ranked(rows) -> list[tuple[str, int]]:
    return sorted(((key, count) for key, count in rows), key=lambda item: (-item[1], item[0]))
