"""A real database for the report tests: the small pack, a few hundred varied cases over March-April 2026 (and
some before and after), logged through Database.log_case as the desk logs them."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from deskhelp.content.pack_file import read_pack_file
from deskhelp.core.cases import CaseDetails, CaseRecord, Channel
from deskhelp.core.guidelines import DURATION_BUCKETS, Outcome, Verdict
from deskhelp.core.inventory import ChafingReason
from deskhelp.core.triage import Answers, Competence, Enough, triage
from deskhelp.service import FILE, apply_pack
from deskhelp.storage.database import Database
from tests.conftest import SMALL_PACK

START, END = dt.date(2026, 3, 1), dt.date(2026, 4, 30)
REFLECTIONS = (
    '=HYPERLINK("x")',
    "+46 saknades i formuläret",
    "-1 poäng för e-tjänsten",
    "@x svarade inte",
    "مرحبا، البنك أغلق الحساب 😕",
    'Rad ett; "citat"\nrad två',
    "Besökaren ville att vi loggade in åt hen",
    "",
)


DESCRIPTIONS = ("Fullmakt för en anhörig", "=SUMMA(A1) i en e-tjänst", 'Deklarera åt ett dödsbo; "citat"')


def _log_cases(db: Database, revision_id: int, pack, rng: random.Random, first: dt.date, days: int, count: int):
    case_types = list(pack.case_types.values())
    for _ in range(count):
        case_type = rng.choice(case_types)
        answers = Answers(
            rng.choice([case_type.mission, case_type.mission, *Verdict]),
            rng.choices(list(Competence), weights=(6, 2, 1))[0],
            rng.choices(list(Enough), weights=(5, 1))[0],
            rng.choices(list(Enough), weights=(4, 1))[0],
        )
        result = triage(pack, case_type, answers)
        chafing = rng.random() < 0.15
        details = CaseDetails(
            channel=rng.choice(list(Channel)),
            effort=rng.randint(1, 6),
            duration=rng.choice(DURATION_BUCKETS),
            chafing=chafing,
            reflection=rng.choice(REFLECTIONS) if chafing else "",
            # Since issue 13: why it chafed (none for some, as for cases logged before reasons were asked), and
            # a description for the errand not in the guidelines.
            reasons=frozenset(rng.sample(list(ChafingReason), rng.randint(0, 2))) if chafing else frozenset(),
            description=rng.choice(DESCRIPTIONS) if case_type.id == "other" else "",
        )
        when = dt.datetime.combine(first + dt.timedelta(days=rng.randrange(days)), dt.time(rng.randint(9, 19)))
        missing = [r for r in case_type.resources if rng.random() < 0.4]
        branch = rng.choices(["main", "north"], weights=(3, 2))[0]
        record = CaseRecord.from_triage(result, details, when, branch, rng.choice(["desk-1", "desk-2"]), missing)
        db.log_case(record, revision_id)


@pytest.fixture(scope="session")
def report_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report-db") / "deskhelp.sqlite3"
    loaded = read_pack_file(SMALL_PACK)
    db = Database.open(path)
    revision = apply_pack(db, loaded, FILE, str(SMALL_PACK))
    rng = random.Random(20260301)
    _log_cases(db, revision.id, loaded.pack, rng, START, (END - START).days + 1, 420)
    _log_cases(db, revision.id, loaded.pack, rng, dt.date(2026, 1, 1), 59, 70)  # the period before
    _log_cases(db, revision.id, loaded.pack, rng, dt.date(2026, 5, 1), 10, 15)  # after
    # A branch with two cases, and a case type, actor and resource no longer in the pack.
    for day in (dt.date(2026, 3, 10), dt.date(2026, 4, 20)):
        record = CaseRecord(
            case_type_id="print-document",
            mission=Verdict.YES,
            competence=Competence.YES,
            time=Enough.YES,
            resources=Enough.YES,
            outcome=Outcome.HELPED_HERE,
            actor_ids=(),
            occurred_on=day,
            occurred_hour=11,
            branch="east",
            desk="desk-9",
        )
        db.log_case(record, revision.id)
    retired = CaseRecord(
        case_type_id="retired-type",
        mission=Verdict.NO,
        competence=Competence.YES,
        time=Enough.YES,
        resources=Enough.YES,
        outcome=Outcome.REFERRED,
        actor_ids=("old-actor",),
        occurred_on=dt.date(2026, 4, 2),
        occurred_hour=15,
        branch="main",
        desk="desk-1",
        details=CaseDetails(chafing=True, reflection="Ärendetypen finns inte längre"),
        missing_resources=("old-resource",),
    )
    db.log_case(retired, revision.id)
    db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE case_record SET demo = 1 WHERE id % 37 = 0")
        conn.execute("UPDATE case_record SET effort = NULL, duration = NULL WHERE id % 41 = 0")  # logged before 0002
    conn.close()
    return path


@pytest.fixture
def report_db_copy(report_db: Path, tmp_path: Path) -> Path:
    """A copy for tests that open the database through the service (which may write to it)."""
    target = tmp_path / "db" / "deskhelp.sqlite3"
    target.parent.mkdir()
    shutil.copy(report_db, target)
    return target


@pytest.fixture(scope="session")
def pack():
    return read_pack_file(SMALL_PACK).pack
