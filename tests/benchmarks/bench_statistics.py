"""Refreshing every dashboard panel for a year of a large city's log, against hand-written GROUP BY queries.

    python tests/benchmarks/bench_statistics.py [--cases 5000000] [--keep DIR]

A database with CASES demo cases over ten years (as `deskhelp demo-data --days 3650` makes them, from the default
pack; filled in a temporary folder, or kept in DIR and used again by the next run with the same CASES). Then,
alternately, five times each: ``compute_statistics`` for the last whole calendar year in the data, and the
equivalent GROUP BY queries written by hand here with plain sqlite3 on the same file, one per panel (their results
are checked against compute_statistics'). Prints JSON; the figure to watch is ratio, the medians' quotient
(target: at most 1.5).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from deskhelp.core.statistics import Period, PeriodKind, StatsFilter  # noqa: E402
from deskhelp.storage.statistics import compute_statistics  # noqa: E402

RUNS = 5
DAYS = 3650


def demo_database(folder: Path, cases: int, days: int = DAYS) -> Path:
    """``folder``/deskhelp-bench-CASES.sqlite3, filled with ``cases`` demo cases over ``days`` days ending today
    (kept from an earlier run if it holds as many)."""
    from deskhelp.content.pack_file import read_pack_file
    from deskhelp.core.demo import generate_demo_cases
    from deskhelp.paths import bundled_pack_path
    from deskhelp.service import BUNDLED, apply_pack
    from deskhelp.storage.database import Database
    from deskhelp.storage.demo import insert_demo_cases

    path = folder / f"deskhelp-bench-{cases}.sqlite3"
    if path.exists():
        with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
            (held,) = conn.execute("SELECT count(*) FROM case_record").fetchone()
        conn.close()
        if held == cases:
            return path
        raise SystemExit(f"{path} holds {held} cases, not {cases}: remove it or choose another folder")
    started = time.perf_counter()
    loaded = read_pack_file(bundled_pack_path())
    db = Database.open(path)
    try:
        revision = apply_pack(db, loaded, BUNDLED, str(bundled_pack_path()))
    finally:
        db.close()
    insert_demo_cases(path, revision.id, generate_demo_cases(loaded.pack, cases, dt.date.today(), days=days))
    print(f"filled {path} with {cases} cases in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path


def last_whole_year(path: Path) -> Period:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        first, last = (
            dt.date.fromisoformat(day)
            for day in conn.execute("SELECT min(occurred_on), max(occurred_on) FROM case_record").fetchone()
        )
    conn.close()
    year = last.year if last == dt.date(last.year, 12, 31) else last.year - 1
    if dt.date(year, 1, 1) < first:
        raise SystemExit(f"the data ({first} – {last}) holds no whole calendar year")
    return Period.containing(PeriodKind.YEAR, dt.date(year, 1, 1))


# One plain query per panel, as one would write them by hand; "{r}" is the period's condition. Time is counted per
# day (on the index of occurred_on alone) and summed into weeks and weekdays in Python: much quicker than asking
# SQLite for the week or weekday of every case.
HAND_WRITTEN = {
    "total": "SELECT count(*), total(demo) FROM case_record WHERE {r}",
    "days": "SELECT occurred_on, count(*) FROM case_record WHERE {r} GROUP BY occurred_on",
    "case_type": "SELECT case_type_id, count(*) FROM case_record WHERE {r} GROUP BY case_type_id",
    "outcome": "SELECT outcome, count(*) FROM case_record WHERE {r} GROUP BY outcome",
    "actor": "SELECT case_actor.actor_id, count(*) FROM case_record JOIN case_actor ON case_actor.case_id = "
    "case_record.id WHERE {r} GROUP BY case_actor.actor_id",
    "channel": "SELECT channel, count(*) FROM case_record WHERE {r} GROUP BY channel",
    "day_hour": "SELECT occurred_on, occurred_hour, count(*) FROM case_record WHERE {r} GROUP BY 1, 2",
    "effort": "SELECT effort, count(*) FROM case_record WHERE {r} AND effort IS NOT NULL GROUP BY effort",
    "competence": "SELECT case_type_id, sum(competence = 'no'), sum(competence = 'colleague') FROM case_record "
    "WHERE {r} AND competence IN ('no', 'colleague') GROUP BY case_type_id",
    "missing": "SELECT m.resource_id, count(*) FROM case_record JOIN case_missing_resource m ON m.case_id = "
    "case_record.id WHERE {r} GROUP BY m.resource_id",
    "chafing": "SELECT occurred_on, case_type_id, reflection FROM case_record WHERE {r} AND chafing = 1 "
    "ORDER BY occurred_on, id",
}


def hand_written(path: Path, period: Period) -> dict:
    """Every panel, by HAND_WRITTEN: the rows of each query, the days summed into weeks and weekdays."""
    condition = "occurred_on >= :start AND occurred_on <= :end"
    args = {"start": period.start.isoformat(), "end": period.end.isoformat()}
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        results = {name: conn.execute(sql.format(r=condition), args).fetchall() for name, sql in HAND_WRITTEN.items()}
    finally:
        conn.close()
    weeks: dict[dt.date, int] = defaultdict(int)
    for day, n in results["days"]:
        day = dt.date.fromisoformat(day)
        weeks[day - dt.timedelta(days=day.weekday())] += n
    weekday_hour: dict[tuple[int, int], int] = defaultdict(int)
    for day, hour, n in results["day_hour"]:
        weekday_hour[dt.date.fromisoformat(day).weekday(), hour] += n
    return {**results, "weeks": sorted(weeks.items()), "weekday_hour": weekday_hour}


def check_same(results: dict, stats) -> None:
    """The hand-written queries answer what compute_statistics answers (else the comparison means nothing)."""

    def ranked(rows):
        return sorted(((key, n) for key, n in rows), key=lambda item: (-item[1], item[0]))

    ((total, demo),) = results["total"]
    assert (stats.total, stats.demo_cases) == (total, int(demo))
    assert stats.filter.period.bucket() == "week" and stats.over_time == results["weeks"]
    assert stats.by_case_type == ranked(results["case_type"])
    assert stats.by_outcome == dict(results["outcome"])
    assert stats.by_actor == ranked(results["actor"])
    assert stats.by_channel == dict(results["channel"])
    assert stats.weekday_hour == results["weekday_hour"]
    assert stats.effort == dict(results["effort"])
    gaps = sorted(results["competence"], key=lambda row: (-(row[1] + row[2]), row[0]))
    assert stats.competence_gaps == gaps
    assert stats.missing_resources == ranked(results["missing"])
    assert [(c.occurred_on.isoformat(), c.case_type_id, c.reflection) for c in stats.chafing] == results["chafing"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=5_000_000)
    parser.add_argument("--keep", type=Path, help="keep the database in this folder (and use it again)")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="deskhelp-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        path = demo_database(folder, args.cases)
        period = last_whole_year(path)
        f = StatsFilter(period)
        check_same(hand_written(path, period), compute_statistics(path, f))  # also warms the page cache
        ours, baseline = [], []
        for _ in range(RUNS):
            started = time.perf_counter()
            compute_statistics(path, f)
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            hand_written(path, period)
            baseline.append(time.perf_counter() - started)
        stats = compute_statistics(path, f)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(
        json.dumps(
            {
                "cases": args.cases,
                "period": f"{period.start}/{period.end}",
                "cases_in_period": stats.total,
                "runs": RUNS,
                "compute_statistics_ms": round(statistics.median(ours) * 1000, 1),
                "hand_written_group_by_ms": round(statistics.median(baseline) * 1000, 1),
                "ratio": round(statistics.median(ours) / statistics.median(baseline), 2),
                "target_ratio": 1.5,
            }
        )
    )


if __name__ == "__main__":
    main()
