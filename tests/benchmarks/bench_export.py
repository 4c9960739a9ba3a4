"""The cases export, CSV and XLSX, against plain sqlite3, the csv module and XlsxWriter cell by cell on the same file
in the same run.

    python tests/benchmarks/bench_export.py [--cases 20000] [--keep DIR] [--no-xlsx-baseline]

The targets are for a million cases (``--cases 1000000``, some 4 minutes of XlsxWriter cell by cell); the default
is a quick run.

A database with CASES demo cases over ten years (as `deskhelp demo-data --days 3650` makes them, from the default
pack; filled in a temporary folder, or kept in DIR and used again by the next run with the same CASES). Each
measurement runs in a fresh process (its peak memory read with getrusage(RUSAGE_CHILDREN) by a process of its own
that starts it), for the whole period:

- csv: building the cases report and writing it as CSV (cases/s; target: 200,000 or more),
- cli: the same as `deskhelp export --format csv --report cases` does it, start-up included (cases/s),
- xlsx: the same as XLSX (seconds, CPU seconds, peak memory and file size; targets: a million cases in 60 s or less,
  at 250 MB or less),
- xlsx_cells: the XLSX path before issue 18, in the same run: every cell by XlsxWriter's write_string() and
  write_number() (the writer's path for every report but the cases, which it is made to take here),
- baseline: plain sqlite3 fetching `SELECT * FROM case_record` (rows/s), and that fetch written by a plain
  csv.writer (rows/s).

Prints JSON.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_statistics import demo_database  # noqa: E402

TARGET_CSV_CASES_PER_S = 200_000
TARGET_XLSX_PEAK_MB = 250
TARGET_XLSX_SECONDS_PER_MILLION = 60


def period_of(path: Path) -> tuple[dt.date, dt.date]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        first, last = conn.execute("SELECT min(occurred_on), max(occurred_on) FROM case_record").fetchone()
    conn.close()
    return dt.date.fromisoformat(first), dt.date.fromisoformat(last)


def measure(what: str, path: Path, out: Path) -> dict:
    """In a process of its own: one measurement, timed from after the imports."""
    first, last = period_of(path)
    if what == "baseline":
        started = time.perf_counter()
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        cursor, rows = conn.execute("SELECT * FROM case_record"), 0
        while batch := cursor.fetchmany(5000):
            rows += len(batch)
        fetch = time.perf_counter() - started
        started = time.perf_counter()
        with open(out, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
            cursor = conn.execute("SELECT * FROM case_record")
            while batch := cursor.fetchmany(5000):
                writer.writerows(batch)
        written = time.perf_counter() - started
        conn.close()
        return {"rows": rows, "fetch_seconds": fetch, "fetch_csv_seconds": written}

    import dataclasses

    from deskhelp.content.pack_file import read_pack_file
    from deskhelp.core.statistics import Period, StatsFilter
    from deskhelp.paths import bundled_pack_path
    from deskhelp.reports.builders import ReportOptions, build_report
    from deskhelp.reports.csv_writer import write_csv
    from deskhelp.reports.model import ReportKind
    from deskhelp.reports.xlsx_writer import write_xlsx
    from deskhelp.storage.statistics import ReportQueries

    pack = read_pack_file(bundled_pack_path()).pack
    started = time.perf_counter()
    options = ReportOptions(StatsFilter(Period(first, last)), library="Stadsbiblioteket")
    report = build_report(ReportKind.CASES, options, pack, ReportQueries(path))
    if what == "xlsx_cells":  # the same report down XlsxWriter's cell-by-cell path (taken by every other report)
        report = dataclasses.replace(report, kind=ReportKind.SUMMARY)
    (write_csv if what == "csv" else write_xlsx)(report, out)
    return {"seconds": time.perf_counter() - started}


def run_alone(what: str, path: Path, out: Path) -> dict:
    """``measure`` in a fresh process, started by a process of its own, whose RUSAGE_CHILDREN is then its peak."""
    child = subprocess.run(
        [sys.executable, __file__, "--measure", what, str(path), str(out)], capture_output=True, text=True, check=True
    )
    result = json.loads(child.stdout)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    result["peak_rss_mb"] = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)  # kB on Linux
    # The whole process, start-up included: unlike the wall time, not stretched by what else the machine runs.
    result["cpu_seconds"] = usage.ru_utime + usage.ru_stime
    result["file_mb"] = out.stat().st_size / 1e6 if out.exists() else None
    return result


def cli_seconds(path: Path, out: Path) -> float:
    """`deskhelp export` as a scheduled job runs it: wall time from start to exit."""
    first, last = period_of(path)
    env = {**os.environ, "DESKHELP_HOME": str(out.parent), "DESKHELP_DATABASE": str(path)}
    env["DESKHELP_LIBRARY"] = "Stadsbiblioteket"
    for variable in ("DESKHELP_PACK", "DESKHELP_PACK_FOLDER"):  # the bundled pack, the one the database was filled with
        env.pop(variable, None)
    args = ["--format", "csv", "--report", "cases", "--from", str(first), "--to", str(last), "--out", str(out)]
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "deskhelp", "export", *args], env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def digest(path: Path) -> str:
    with open(path, "rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def main() -> None:
    if sys.argv[1:2] == ["--measure"]:
        print(json.dumps(measure(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))))
        return
    if sys.argv[1:2] == ["--alone"]:
        print(json.dumps(run_alone(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))))
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=20_000, help="cases in the database (20,000; targets: 1,000,000)")
    parser.add_argument("--keep", type=Path, help="keep the database in this folder (and use it again)")
    parser.add_argument(
        "--no-xlsx-baseline", action="store_true", help="skip XlsxWriter cell by cell (a million cases: 4 min or more)"
    )
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="deskhelp-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    outputs = Path(tempfile.mkdtemp(prefix="deskhelp-bench-out-"))
    try:
        path = demo_database(folder, args.cases)
        results = {}
        kinds = ("baseline", "csv", "xlsx") + (() if args.no_xlsx_baseline else ("xlsx_cells",))
        for what in kinds:
            out = outputs / f"{what}.{'xlsx' if what.startswith('xlsx') else 'csv'}"
            child = subprocess.run(
                [sys.executable, __file__, "--alone", what, str(path), str(out)],
                capture_output=True,
                text=True,
                check=True,
            )
            results[what] = json.loads(child.stdout)
        cli = cli_seconds(path, outputs / "cli.csv")
        same_bytes = digest(outputs / "cli.csv") == digest(outputs / "csv.csv")
    finally:
        shutil.rmtree(outputs, ignore_errors=True)
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    cases, base, xlsx = args.cases, results["baseline"], results["xlsx"]
    csv_rate = cases / results["csv"]["seconds"]
    cells = results.get("xlsx_cells")
    xlsx_baseline = {}
    if cells is not None:
        xlsx_baseline = {
            "xlsx_cells_seconds": round(cells["seconds"], 2),
            "xlsx_cells_cpu_seconds": round(cells["cpu_seconds"], 2),
            "xlsx_cells_peak_rss_mb": round(cells["peak_rss_mb"]),
            "xlsx_cells_file_mb": round(cells["file_mb"], 1),
            "xlsx_speedup_over_cells": round(cells["seconds"] / xlsx["seconds"], 2),
            "xlsx_cpu_speedup_over_cells": round(cells["cpu_seconds"] / xlsx["cpu_seconds"], 2),
        }
    print(
        json.dumps(
            {
                "cases": cases,
                "csv_seconds": round(results["csv"]["seconds"], 2),
                "csv_cases_per_s": round(csv_rate),
                "csv_peak_rss_mb": round(results["csv"]["peak_rss_mb"]),
                "cli_csv_seconds": round(cli, 2),
                "cli_csv_cases_per_s": round(cases / cli),
                "cli_same_bytes_as_csv": same_bytes,
                "xlsx_seconds": round(xlsx["seconds"], 2),
                "xlsx_cpu_seconds": round(xlsx["cpu_seconds"], 2),
                "xlsx_cases_per_s": round(cases / xlsx["seconds"]),
                "xlsx_seconds_per_million": round(xlsx["seconds"] * 1e6 / cases, 1),
                "xlsx_peak_rss_mb": round(xlsx["peak_rss_mb"]),
                "xlsx_file_mb": round(xlsx["file_mb"], 1),
                **xlsx_baseline,
                "baseline_sqlite3_fetch_rows_per_s": round(base["rows"] / base["fetch_seconds"]),
                "baseline_sqlite3_fetch_csv_writer_rows_per_s": round(base["rows"] / base["fetch_csv_seconds"]),
                "csv_ratio_to_baseline_fetch_csv_writer": round(
                    csv_rate / (base["rows"] / base["fetch_csv_seconds"]), 2
                ),
                "target_csv_cases_per_s": TARGET_CSV_CASES_PER_S,
                "target_xlsx_peak_rss_mb": TARGET_XLSX_PEAK_MB,
                "target_xlsx_seconds_per_million": TARGET_XLSX_SECONDS_PER_MILLION,
            }
        )
    )


if __name__ == "__main__":
    main()
