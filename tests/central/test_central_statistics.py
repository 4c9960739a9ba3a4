"""Statistics and exports from the central database (issue 15): the same generated cases, pushed to PostgreSQL and
read there through the portable queries, give the numbers and the CSV bytes SQLite's fast paths give locally."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from deskhelp.core.statistics import StatsFilter
from deskhelp.reports.builders import build_report, period_between
from deskhelp.reports.csv_writer import write_csv
from deskhelp.reports.registry import REPORTS
from deskhelp.storage import central as central_db
from deskhelp.storage.statistics import ReportQueries
from tests.central.conftest import PASSWORDS
from tests.reports import test_case_text
from tests.reports.conftest import END, START, pack, report_db  # noqa: F401 - fixtures
from tests.reports.test_portable import PERIODS, _options

odd_db, odd_pack = test_case_text.odd_db, test_case_text.odd_pack  # fixtures: odd text, ids out of date order


@pytest.fixture
def pushed(odd_db, central, tmp_path, monkeypatch):  # noqa: F811
    """A copy of the odd cases' database, upgraded to head, pushed whole to a fresh central database."""
    from deskhelp.storage.migrate import prepare_database

    local = tmp_path / "desk" / "deskhelp.sqlite3"
    local.parent.mkdir()
    shutil.copy(odd_db, local)
    prepare_database(local)
    monkeypatch.setenv("DESKHELP_CENTRAL_PASSWORD", PASSWORDS["deskhelp_owner"])
    engine = central_db.create_central_engine(central.url())
    central_db.check(engine)
    done = central_db.push(local, engine, batch=97)  # many batches
    assert done.waiting_cases == 0
    yield local, central_db._central_report_queries()(engine)
    engine.dispose()


def test_the_central_database_counts_what_the_desk_counts(pushed) -> None:
    local, remote = pushed
    fast = ReportQueries(local)
    assert os.path.getsize(local) > 0
    for period in PERIODS:
        for branch, desk in test_case_text.FILTERS:
            f = StatsFilter(period, branch, desk)
            assert remote.statistics(f) == fast.statistics(f)
            assert remote.case_counts(f) == fast.case_counts(f)
            assert remote.actor_case_types(f) == fast.actor_case_types(f)
            assert remote.actor_months(f) == fast.actor_months(f)
            assert remote.actor_missing_resources(f) == fast.actor_missing_resources(f)
            assert remote.case_type_outcomes(f) == fast.case_type_outcomes(f)
    assert remote.branches_and_desks() == fast.branches_and_desks()
    whole = StatsFilter(period_between(START, END))
    assert remote.statistics(whole).total > 400 and any(c.reasons for c in remote.statistics(whole).chafing)


@pytest.mark.parametrize("kind", list(REPORTS))
def test_every_report_is_the_same_csv_bytes_from_the_centre(pushed, odd_pack, tmp_path: Path, kind) -> None:
    local, remote = pushed
    for branch, desk in [(None, None), ("x;y", None), (None, "desk-2")]:
        here, there = tmp_path / "local.csv", tmp_path / "central.csv"
        write_csv(build_report(kind, _options(branch, desk), odd_pack, ReportQueries(local)), here)
        write_csv(build_report(kind, _options(branch, desk), odd_pack, remote), there)
        assert there.read_bytes() == here.read_bytes(), (kind, branch, desk)
