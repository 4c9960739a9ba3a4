"""The portable report queries (SQLAlchemy Core, what a PostgreSQL backend will run) against the SQLite fast paths
and against independent SQL: the same numbers, the same rows, the same export bytes, on the same files."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from deskhelp.core.statistics import Period, PeriodKind, StatsFilter
from deskhelp.reports.builders import ReportOptions, build_report, period_between
from deskhelp.reports.csv_writer import CSV_TEXT, write_csv
from deskhelp.reports.model import ReportKind
from deskhelp.reports.registry import REPORTS
from deskhelp.reports.xlsx_writer import write_xlsx
from deskhelp.storage.engine import create_sqlite_engine
from deskhelp.storage.portable_statistics import PortableReportQueries
from deskhelp.storage.statistics import Cancelled, ReportQueries
from tests.reports import test_case_text
from tests.reports.conftest import END, START
from tests.reports.helpers import GENERATED
from tests.reports.independent import Log
from tests.reports.test_case_text import FILTERS

odd_db, odd_pack = test_case_text.odd_db, test_case_text.odd_pack  # the fixtures: odd text, ids out of date order


@contextmanager
def portable(path: Path, **kwargs) -> Iterator[PortableReportQueries]:
    engine = create_sqlite_engine(path)
    try:
        yield PortableReportQueries(engine, **kwargs)
    finally:
        engine.dispose()


PERIODS = [
    period_between(START, END),  # a custom period: counted by week
    Period.containing(PeriodKind.MONTH, dt.date(2026, 3, 9)),  # by day
    Period.containing(PeriodKind.YEAR, START),  # by month
    Period.containing(PeriodKind.WEEK, dt.date(2026, 4, 1)),
    Period(dt.date(2030, 1, 1), dt.date(2030, 1, 31)),  # nothing logged
]


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.start}-{p.end}")
@pytest.mark.parametrize(("branch", "desk"), FILTERS)
def test_the_portable_path_counts_what_the_fast_path_counts(odd_db, period, branch, desk) -> None:
    f = StatsFilter(period, branch, desk)
    fast = ReportQueries(odd_db)
    with portable(odd_db) as slow:
        assert slow.statistics(f) == fast.statistics(f)
        assert slow.case_counts(f) == fast.case_counts(f)
        assert slow.actor_case_types(f) == fast.actor_case_types(f)
        assert slow.actor_months(f) == fast.actor_months(f)
        assert slow.actor_missing_resources(f) == fast.actor_missing_resources(f)
        assert slow.case_type_outcomes(f) == fast.case_type_outcomes(f)
        assert slow.branches_and_desks() == fast.branches_and_desks()
        as_stored = [(row[0], row[1].isoformat(), *row[2:]) for row in slow.cases(f)]  # SQLite hands out ISO text
        assert as_stored == list(fast.cases(f))


def test_the_question_inventory_is_the_same_from_either_path(report_db) -> None:
    """Why cases chafed and the errands not in the guidelines (issue 13) read alike on both paths."""
    f = StatsFilter(period_between(START, END))
    fast = ReportQueries(report_db).statistics(f)
    with portable(report_db) as slow:
        counted = slow.statistics(f)
    assert any(case.reasons for case in fast.chafing) and fast.not_in_guidelines  # the data has what is compared
    assert counted.chafing == fast.chafing
    assert counted.not_in_guidelines == fast.not_in_guidelines


@pytest.mark.parametrize(("branch", "desk"), [(None, None), ("north", None), (None, "desk-2")])
def test_the_portable_path_agrees_with_independent_sql(report_db, branch, desk) -> None:
    f = StatsFilter(period_between(START, END), branch, desk)
    log = Log(report_db, START, END, branch, desk)
    try:
        with portable(report_db) as data:
            stats = data.statistics(f)
            assert (stats.total, stats.demo_cases) == (log.total(), log.demo())
            assert Counter(stats.by_outcome) == log.counter("outcome")
            assert Counter(stats.by_channel) == log.counter("channel")
            assert Counter(dict(stats.by_case_type)) == log.counter("case_type_id")
            assert Counter(dict(stats.by_actor)) == log.actors()
            assert Counter(dict(stats.missing_resources)) == log.missing()
            assert Counter(stats.weekday_hour) == log.weekday_hour()
            assert {ct: (no, col) for ct, no, col in stats.competence_gaps} == log.competence()
            assert [(c.occurred_on.isoformat(), c.case_type_id, c.reflection) for c in stats.chafing] == (
                log.chafing_cases()
            )
            assert Counter({(ct, o): n for ct, o, n in data.case_type_outcomes(f)}) == log.case_type_outcome()
            for actor in log.actors():
                months = Counter({m.strftime("%Y-%m"): n for a, m, n in data.actor_months(f) if a == actor})
                assert months == log.actor_months(actor)
                assert Counter({ct: n for a, ct, n in data.actor_case_types(f) if a == actor}) == (
                    log.actor_case_types(actor)
                )
                assert Counter({r: n for a, r, n in data.actor_missing_resources(f) if a == actor}) == (
                    log.actor_missing(actor)
                )
            rows = [(row[0], row[1].isoformat(), *row[2:]) for row in data.cases(f)]
            expected = [(*row[:-2], *(_sorted_list(v) for v in row[-2:])) for row in log.cases()]
            assert rows == expected
    finally:
        log.close()


def _sorted_list(value: str | None) -> str | None:
    return None if value is None else ",".join(sorted(value.split(",")))


def _options(branch=None, desk=None, language="sv") -> ReportOptions:
    f = StatsFilter(period_between(START, END), branch, desk)
    return ReportOptions(f, "Stadsbiblioteket", language, generated=GENERATED)


@pytest.mark.parametrize("kind", list(REPORTS))
@pytest.mark.parametrize(("branch", "desk"), [(None, None), ("x;y", None), (None, "desk-2")])
def test_every_report_is_the_same_bytes_from_either_path(odd_db, odd_pack, tmp_path, kind, branch, desk) -> None:
    """Through the writers: the CSV (the cases' text from SQLite's printf() on one side, written here cell by cell
    on the other) and what the XLSX holds."""
    fast_csv, slow_csv = tmp_path / "fast.csv", tmp_path / "slow.csv"
    write_csv(build_report(kind, _options(branch, desk), odd_pack, ReportQueries(odd_db)), fast_csv)
    with portable(odd_db, batch=7) as slow:  # small batches: many batch boundaries
        write_csv(build_report(kind, _options(branch, desk), odd_pack, slow), slow_csv)
        assert slow_csv.read_bytes() == fast_csv.read_bytes()
        fast_xlsx, slow_xlsx = tmp_path / "fast.xlsx", tmp_path / "slow.xlsx"
        write_xlsx(build_report(kind, _options(branch, desk, "en"), odd_pack, ReportQueries(odd_db)), fast_xlsx)
        write_xlsx(build_report(kind, _options(branch, desk, "en"), odd_pack, slow), slow_xlsx)
    assert _cells(slow_xlsx) == _cells(fast_xlsx)


def _cells(path: Path) -> dict[str, bytes]:
    """What the XLSX holds: every part of the zip, uncompressed, but the file's properties (when it was written)."""
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist() if name != "docProps/core.xml"}


def test_the_portable_text_is_the_fast_texts_bytes(odd_db) -> None:
    f = StatsFilter(period_between(START, END))

    def cells(case_type: str) -> tuple[str, str]:
        return f"={case_type}", f'"{case_type}";'

    with portable(odd_db, batch=5) as slow:
        assert "".join(slow.case_text(f, CSV_TEXT, cells)) == "".join(
            ReportQueries(odd_db).case_text(f, CSV_TEXT, cells)
        )
        # With names beside the codes (the cases report's), odd ones included: to be guarded and quoted alike.
        labels = {
            "outcome": {"referred": "=Hänvisat", "helped_here": 'Hjälpt "här"; klart'},
            "effort": {1: "1 · kort", 6: "+6"},
            "duration": {"under-5": "Under 5 min"},
            "actors": {"skatteverket": "Skatteverket; Malmö"},
            "missing_resources": {},
        }
        fast = "".join(ReportQueries(odd_db).case_text(f, CSV_TEXT, cells, labels))
        assert "".join(slow.case_text(f, CSV_TEXT, cells, labels)) == fast
        assert "'=Hänvisat" in fast and '"Hjälpt ""här""; klart"' in fast


def test_the_portable_path_can_be_cancelled(report_db) -> None:
    f = StatsFilter(period_between(START, END))
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    with portable(report_db, cancelled=cancelled, batch=10) as data:
        with pytest.raises(Cancelled):
            data.statistics(f)
        asked.clear()
        rows = data.cases(f)
        with pytest.raises(Cancelled):
            list(rows)


def test_the_service_hands_out_the_fast_path_on_sqlite_and_either_gives_one_report(report_db_copy, pack) -> None:
    from deskhelp.service import DeskService
    from deskhelp.settings import Settings
    from deskhelp.storage.statistics import report_queries

    service = DeskService.open(Settings("Stadsbiblioteket", "main", "desk-1", report_db_copy, None, None))
    try:
        assert isinstance(service.report_data(), ReportQueries)
        slow = report_queries(service.db, portable=True)
        assert isinstance(slow, PortableReportQueries)
        options = _options()
        for kind in (ReportKind.SUMMARY, ReportKind.DIGIDEL):
            assert build_report(kind, options, service.pack, slow) == build_report(
                kind, options, service.pack, service.report_data()
            )
    finally:
        service.close()


def test_both_paths_tell_the_same_progress(report_db) -> None:
    f = StatsFilter(period_between(START, END))
    fast: list[int] = []
    ReportQueries(report_db).statistics(f, progress=fast.append)
    with portable(report_db) as data:
        slow: list[int] = []
        data.statistics(f, progress=slow.append)
    assert slow == fast and fast[-1] == 100
