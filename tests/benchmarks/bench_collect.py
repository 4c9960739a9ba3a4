"""Collecting every desk's shared cases (issue 14), against a plain sqlite3 import of the same rows.

    python tests/benchmarks/bench_collect.py [--desks 100] [--cases 50000] [--keep DIR]

One desk database with CASES demo cases (the default pack, a year) shares them once; that file is copied to
DESKS desk folders, each with its own desk identity, branch and desk names and global ids, with a checksum, as a
desk writes them. Then, in a fresh database: ``collect_cases`` (the first collect, with progress), a second collect
with nothing new, and the baseline: the same rows read from the same files with sqlite3 and inserted with
``executemany`` in one transaction per file into the same schema (no checks, no mapping, no dedup). Prints JSON.
The defaults (10 desks x 5,000 cases) run in well under a minute; the issue's target is 100 x 50,000.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from deskhelp.content import shared_cases as fmt  # noqa: E402
from deskhelp.storage.sharing import collect_cases, share_cases  # noqa: E402


def _database_with_pack(path: Path) -> int:
    from deskhelp.content.pack_file import read_pack_file
    from deskhelp.paths import bundled_pack_path
    from deskhelp.service import BUNDLED, apply_pack
    from deskhelp.storage.database import Database

    db = Database.open(path)
    try:
        return apply_pack(db, read_pack_file(bundled_pack_path()), BUNDLED, str(bundled_pack_path())).id
    finally:
        db.close()


def one_share_file(work: Path, cases: int) -> Path:
    """A desk's share file with ``cases`` demo cases (as `deskhelp demo-data` then `deskhelp share` make it)."""
    from deskhelp.content.pack_file import read_pack_file
    from deskhelp.core.demo import generate_demo_cases
    from deskhelp.paths import bundled_pack_path
    from deskhelp.storage.demo import insert_demo_cases

    desk = work / "desk.sqlite3"
    revision = _database_with_pack(desk)
    pack = read_pack_file(bundled_pack_path()).pack
    insert_demo_cases(desk, revision, generate_demo_cases(pack, cases, dt.date.today(), days=365, seed=5))
    out = work / "one"
    out.mkdir()
    done = share_cases(desk, out, library="Bench", branch="main", desk="desk-1", version="bench")
    assert done.file is not None and done.cases == cases
    return done.file


def desk_files(template: Path, folder: Path, desks: int) -> None:
    """``desks`` copies of ``template``, each a desk of its own: identity, names and global ids."""
    for n in range(desks):
        identity = f"{n:08x}" + "d" * 24
        own = folder / identity
        own.mkdir(parents=True)
        local = folder.parent / "copy.sqlite3"
        shutil.copyfile(template, local)
        conn = sqlite3.connect(local)
        suffix = f"{n:06x}"
        for table in ("case_record", "case_actor", "case_missing_resource"):
            conn.execute(f"UPDATE {table} SET global_id = substr(global_id, 1, 26) || ?", (suffix,))
        conn.execute("UPDATE case_record SET branch = ?, desk = ?", (f"branch-{n % 10}", f"desk-{n}"))
        conn.execute("UPDATE info SET value = ? WHERE key = 'desk_identity'", (identity,))
        conn.commit()
        conn.close()
        fmt.publish(local, own, template.name)
        local.unlink()


def baseline(database: Path, folder: Path) -> int:
    """Plain sqlite3: every file's rows read and inserted with executemany, one transaction per file."""
    columns = [c for c in fmt.CASE_COLUMNS if c != "global_id"]
    conn = sqlite3.connect(database, isolation_level=None)
    conn.execute("PRAGMA cache_size = -262144")
    next_id = 1
    total = 0
    for path in sorted(folder.glob("*/*.dhshare")):
        conn.execute("ATTACH DATABASE ? AS s", (str(path),))
        cases = conn.execute(f"SELECT global_id, {', '.join(columns)} FROM s.case_record").fetchall()
        ids = {}
        rows = []
        for case in cases:
            ids[case[0]] = next_id
            rows.append((next_id, case[0], *case[1:]))
            next_id += 1
        actors = [(ids[g], a) for g, a in conn.execute("SELECT global_id, actor_id FROM s.case_actor")]
        missing = [(ids[g], r) for g, r in conn.execute("SELECT global_id, resource_id FROM s.case_missing_resource")]
        conn.execute("BEGIN")
        marks = ", ".join("?" * (len(columns) + 2))
        conn.executemany(
            f"INSERT INTO case_record (id, global_id, {', '.join(columns)}) VALUES ({marks})",
            rows,
        )
        conn.executemany("INSERT INTO case_actor (case_id, actor_id) VALUES (?, ?)", actors)
        conn.executemany("INSERT INTO case_missing_resource (case_id, resource_id) VALUES (?, ?)", missing)
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE s")
        total += len(rows)
    conn.close()
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desks", type=int, default=10)
    parser.add_argument("--cases", type=int, default=5000, help="cases per desk")
    parser.add_argument("--keep", type=Path, help="work in this folder (kept) instead of a temporary one")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="deskhelp-bench-collect-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        started = time.perf_counter()
        template = one_share_file(work, args.cases)
        folder = work / "shared"
        desk_files(template, folder, args.desks)
        prepared_s = time.perf_counter() - started

        lead = work / "lead.sqlite3"
        revision = _database_with_pack(lead)
        assert revision
        seen: list[int] = []
        started = time.perf_counter()
        report = collect_cases(lead, folder, progress=seen.append)
        collect_s = time.perf_counter() - started
        started = time.perf_counter()
        again = collect_cases(lead, folder)
        second_s = time.perf_counter() - started

        plain = work / "plain.sqlite3"
        _database_with_pack(plain)
        started = time.perf_counter()
        imported = baseline(plain, folder)
        baseline_s = time.perf_counter() - started

        total = args.desks * args.cases
        conn = sqlite3.connect(lead)
        (held,) = conn.execute("SELECT count(*) FROM case_record").fetchone()
        (referrals,) = conn.execute("SELECT count(*) FROM case_actor").fetchone()
        conn.close()
        conn = sqlite3.connect(plain)
        (plain_referrals,) = conn.execute("SELECT count(*) FROM case_actor").fetchone()
        conn.close()
        assert report.cases_added == held == imported == total and not report.skipped, (report, held, imported)
        assert referrals == plain_referrals
        assert (again.files_read, again.cases_added, again.files_known) == (0, 0, args.desks)
        print(
            json.dumps(
                {
                    "desks": args.desks,
                    "cases_per_desk": args.cases,
                    "cases": total,
                    "referrals": referrals,
                    "share_file_bytes": template.stat().st_size,
                    "prepare_s": round(prepared_s, 1),
                    "collect_s": round(collect_s, 2),
                    "collect_cases_per_s": round(total / collect_s),
                    "second_collect_s": round(second_s, 3),
                    "baseline_executemany_s": round(baseline_s, 2),
                    "ratio": round(collect_s / baseline_s, 2),
                    "progress_reports": len(seen),
                }
            )
        )
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
