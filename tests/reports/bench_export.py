"""Speed and memory of the cases export. Not part of the test suite (no timed assertions); prints JSON.

    python tests/reports/bench_export.py [CASES] [--xlsx]

Fills a database of its own (in the system's temporary folder, kept for the next run) with CASES synthetic
cases by plain SQL, then times, each in a fresh process so peak memory is its own: reading the cases alone
(iter_cases), reading and building the report rows, and writing the CSV (and, with --xlsx, the XLSX).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
PACK = ROOT / "tests" / "fixtures" / "packs" / "small.yaml"
START = dt.date(2025, 1, 1)


def fill(path: Path, count: int) -> None:
    from deskhelp.content.pack_file import read_pack_file
    from deskhelp.service import FILE, apply_pack
    from deskhelp.storage.database import Database

    loaded = read_pack_file(PACK)
    db = Database.open(path)
    revision = apply_pack(db, loaded, FILE, str(PACK))
    db.close()
    rng = random.Random(7)
    case_types = list(loaded.pack.case_types)

    def rows():
        for number in range(1, count + 1):
            chafing = rng.random() < 0.1
            yield (
                number,
                revision.id,
                rng.choice(case_types),
                rng.choice(["helped_here", "referred", "booked"]),
                rng.choice(["desk", "phone"]),
                (START + dt.timedelta(days=number * 365 // (count + 1))).isoformat(),
                rng.randrange(9, 20),
                rng.choice(["main", "north"]),
                rng.randint(1, 6),
                int(chafing),
                "Skavde med e-legitimationen, =HYPERLINK('x')" if chafing else None,
            )

    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO case_record (id, pack_revision_id, case_type_id, mission, competence, time, resources, "
            "outcome, channel, occurred_on, occurred_hour, branch, desk, effort, duration, chafing, reflection, demo) "
            "VALUES (?, ?, ?, 'yes', 'yes', 'yes', 'yes', ?, ?, ?, ?, ?, 'desk-1', ?, '5-15', ?, ?, 0)",
            rows(),
        )
        conn.executemany("INSERT INTO case_actor VALUES (?, 'bank')", ((n,) for n in range(1, count + 1, 3)))
        conn.executemany(
            "INSERT INTO case_missing_resource VALUES (?, 'e-identification')", ((n,) for n in range(1, count + 1, 5))
        )
    conn.close()


def measure(what: str, path: Path) -> dict:
    from deskhelp.content.pack_file import read_pack_file
    from deskhelp.core.statistics import Period, StatsFilter
    from deskhelp.reports.builders import ReportOptions, build_report
    from deskhelp.reports.model import ReportKind
    from deskhelp.storage.statistics import ReportQueries, iter_cases

    pack = read_pack_file(PACK).pack
    f = StatsFilter(Period(START, dt.date(2025, 12, 31)))
    started = time.perf_counter()
    if what == "iter_cases":
        count = sum(1 for _ in iter_cases(path, f))
    else:
        report = build_report(ReportKind.CASES, ReportOptions(f), pack, ReportQueries(path))
        if what == "build":
            count = sum(1 for _ in report.sections[0].tables[0].rows)
        else:
            from deskhelp.reports.csv_writer import write_csv
            from deskhelp.reports.xlsx_writer import write_xlsx

            out = path.with_suffix(f".{what}")
            (write_csv if what == "csv" else write_xlsx)(report, out)
            count = ReportQueries(path).case_counts(f)[0]
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 if sys.platform != "darwin" else 1024 * 1024)
    return {
        "what": what,
        "cases": count,
        "seconds": round(seconds, 2),
        "cases_per_s": round(count / seconds),
        "peak_rss_mb": round(peak),
    }


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--measure":
        print(json.dumps(measure(sys.argv[2], Path(sys.argv[3]))))
        return
    count = int(next((a for a in sys.argv[1:] if a.isdigit()), "1000000"))
    path = Path(tempfile.gettempdir()) / f"deskhelp-bench-{count}.sqlite3"
    if not path.exists():
        fill(path, count)
    steps = ["iter_cases", "build", "csv"] + (["xlsx"] if "--xlsx" in sys.argv else [])
    for what in steps:
        out = subprocess.run(
            [sys.executable, __file__, "--measure", what, str(path)], capture_output=True, text=True, check=True
        )
        print(out.stdout.strip())


if __name__ == "__main__":
    main()
