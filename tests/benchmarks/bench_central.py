"""Many desks against one central PostgreSQL server (issue 15), on a throwaway server of its own.

    python tests/benchmarks/bench_central.py desks [--desks 100] [--seconds 120] [--every 10] [--outage 60]
    python tests/benchmarks/bench_central.py statistics [--cases 5000000]

desks: each simulated desk is a thread with its own SQLite file at head; it logs a case every ``--every`` seconds
(plain SQL, as Database.log_case writes it) and pushes after each case (storage.central.push, the background
sender's work), as the window's sender would half a minute later. After ``--seconds / 3`` the server is stopped for
``--outage`` seconds and started again; the desks keep logging and their pushes fail quietly. At the end every
desk pushes until nothing waits. Checked: every case logged arrived, none twice (central global ids = the union of
the desks' global ids, and the count equals it), and how long the backlog took to drain after the restart.

statistics: ``--cases`` generated cases for a year in the central database (generate_series), the dashboard's
counting (PortableReportQueries.statistics) timed against the same counts written as plain SQL, in one
connection. Prints JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from deskhelp.storage import central as central_db  # noqa: E402
from tests.central import pg_server  # noqa: E402

OWNER_PASSWORD = "bench-owner"


def _server(max_connections: int = 300):
    server = pg_server.start_server()
    server.stop()
    server.start_options = f"-c max_connections={max_connections} -c shared_buffers=256MB"
    _start(server)
    server.psql(f"CREATE ROLE deskhelp_owner LOGIN PASSWORD '{OWNER_PASSWORD}'")
    server.psql("CREATE DATABASE deskhelp OWNER deskhelp_owner")
    os.environ[central_db.PASSWORD_VARIABLE] = OWNER_PASSWORD
    engine = central_db.create_central_engine(server.url("deskhelp_owner"))
    central_db.check(engine)
    return server, engine


def _start(server) -> None:
    pg_server._as_owner(
        [str(server.bin / "pg_ctl"), "-D", str(server.folder / "data"), "-w", "-l", str(server.folder / "log"),
         "-o", f"-k {server.folder} -h '' -p {server.port} -F {server.start_options}", "start"]
    )  # fmt: skip


def _template(folder: Path) -> Path:
    from deskhelp.content.pack_file import read_pack_file
    from deskhelp.service import FILE, apply_pack
    from deskhelp.storage.database import Database

    pack = ROOT / "tests" / "fixtures" / "packs" / "small.yaml"
    path = folder / "template.sqlite3"
    db = Database.open(path)
    apply_pack(db, read_pack_file(pack), FILE, str(pack))
    db.close()
    return path


CASE_TYPES = ("print-document", "print-bank-statement", "tax-return")


def _log_case(conn: sqlite3.Connection, rng: random.Random, desk: str) -> str:
    global_id = uuid.uuid4().hex
    now = dt.datetime.now()
    conn.execute(
        "INSERT INTO case_record (pack_revision_id, case_type_id, mission, competence, time, resources, outcome, "
        "channel, occurred_on, occurred_hour, branch, desk, chafing, demo, global_id) "
        "VALUES (1, ?, 'yes', 'yes', 'yes', 'yes', 'helped_here', 'desk', ?, ?, ?, ?, 0, 0, ?)",
        (rng.choice(CASE_TYPES), now.date().isoformat(), now.hour, f"branch-{desk[:2]}", desk, global_id),
    )
    conn.commit()
    return global_id


def desks(args) -> dict:
    scratch = Path(tempfile.mkdtemp(prefix="dh-bench-"))
    server, engine = _server(max_connections=args.desks + 50)
    template = _template(scratch)
    files = []
    for number in range(args.desks):
        path = scratch / f"desk-{number:03d}.sqlite3"
        shutil.copy(template, path)
        files.append(path)
    logged: list[set[str]] = [set() for _ in files]
    failures = [0]
    pushes = [0]
    push_seconds: list[float] = []
    lock = threading.Lock()
    start = time.monotonic()
    stop_at = start + args.seconds

    def desk(number: int) -> None:
        rng = random.Random(number)
        engine_here = central_db.create_central_engine(server.url("deskhelp_owner"))
        conn = sqlite3.connect(files[number])
        time.sleep(rng.uniform(0, args.every))  # the desks do not log in step
        while time.monotonic() < stop_at:
            logged[number].add(_log_case(conn, rng, f"{number:03d}"))
            began = time.monotonic()
            try:
                central_db.push(files[number], engine_here)
                with lock:
                    pushes[0] += 1
                    push_seconds.append(time.monotonic() - began)
            except central_db.CentralUnavailable:
                with lock:
                    failures[0] += 1
            time.sleep(max(0.0, args.every - (time.monotonic() - began)))
        conn.close()
        engine_here.dispose()

    threads = [threading.Thread(target=desk, args=(n,), daemon=True) for n in range(args.desks)]
    for thread in threads:
        thread.start()
    time.sleep(args.seconds / 3)
    server.stop()
    stopped = time.monotonic()
    time.sleep(args.outage)
    _start(server)
    restarted = time.monotonic()
    # The backlog: how long until every desk's waiting cases are in (the desks push after their next case).
    while any(central_db.status(path).waiting_cases for path in files) and time.monotonic() < stop_at:
        time.sleep(0.5)
    drained = time.monotonic()
    for thread in threads:
        thread.join()
    for path in files:  # the exit push
        central_db.push(path, engine)
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT count(*), count(DISTINCT global_id) FROM case_record").one()
        ids = {g for (g,) in conn.exec_driver_sql("SELECT global_id FROM case_record")}
    everything = set().union(*logged)
    result = {
        "desks": args.desks,
        "seconds": args.seconds,
        "case_every_seconds": args.every,
        "outage_seconds": round(restarted - stopped, 1),
        "cases_logged": len(everything),
        "central_rows": rows[0],
        "central_distinct_global_ids": rows[1],
        "every_case_arrived": ids == everything,
        "none_twice": rows[0] == rows[1] == len(everything),
        "pushes_ok": pushes[0],
        "pushes_refused_quietly": failures[0],
        "push_median_ms": round(1000 * sorted(push_seconds)[len(push_seconds) // 2], 1) if push_seconds else None,
        "backlog_drained_seconds_after_restart": round(drained - restarted, 1),
    }
    engine.dispose()
    pg_server.remove(server)
    shutil.rmtree(scratch, ignore_errors=True)
    return result


def statistics(args) -> dict:
    from deskhelp.core.statistics import Period, PeriodKind, StatsFilter

    server, engine = _server()
    year = dt.date(2026, 1, 1)
    began = time.monotonic()
    server.psql(
        "INSERT INTO pack_revision (pack_id, version, sha256, origin, source, applied_at, active, pack_text, pack_json)"
        " VALUES ('p', '1', 'x', 'file', 'bench', now(), true, '', '')",
        "deskhelp",
    )
    server.psql(
        f"""INSERT INTO case_record (pack_revision_id, case_type_id, mission, competence, time, resources, outcome,
        channel, occurred_on, occurred_hour, branch, desk, effort, chafing, demo, global_id, shared, central_sent)
        SELECT 1, 'type-' || (n % 40), (ARRAY['yes','partly','no'])[1 + n % 3],
               (ARRAY['yes','colleague','no'])[1 + n % 3], 'yes', 'no',
               (ARRAY['helped_here','referred','booked','colleague'])[1 + n % 4], 'desk',
               DATE '{year}' + (n % 365), 9 + n % 9, 'branch-' || (n % 30), 'desk-' || (n % 100), 1 + n % 6,
               n % 50 = 0, false, md5(n::text), true, true
        FROM generate_series(1, {args.cases}) AS n""",
        "deskhelp",
    )
    server.psql(
        "INSERT INTO case_actor SELECT id, 'actor-' || (id % 12) FROM case_record WHERE id % 3 = 0; ANALYZE",
        "deskhelp",
    )
    loaded = time.monotonic() - began
    f = StatsFilter(Period.containing(PeriodKind.YEAR, year))
    queries = central_db._central_report_queries()(engine)
    began = time.monotonic()
    counted = queries.statistics(f)
    portable = time.monotonic() - began
    plain = [
        "SELECT count(*), sum(CASE WHEN demo THEN 1 ELSE 0 END) FROM case_record WHERE occurred_on BETWEEN $1 AND $2",
        "SELECT occurred_on, count(*) FROM case_record WHERE occurred_on BETWEEN $1 AND $2 GROUP BY 1",
        "SELECT case_type_id, count(*) FROM case_record WHERE occurred_on BETWEEN $1 AND $2 GROUP BY 1",
        "SELECT outcome, count(*) FROM case_record WHERE occurred_on BETWEEN $1 AND $2 GROUP BY 1",
        "SELECT a.actor_id, count(*) FROM case_actor a JOIN case_record c ON c.id = a.case_id "
        "WHERE c.occurred_on BETWEEN $1 AND $2 GROUP BY 1",
        "SELECT channel, count(*) FROM case_record WHERE occurred_on BETWEEN $1 AND $2 GROUP BY 1",
        "SELECT occurred_on, occurred_hour, count(*) FROM case_record WHERE occurred_on BETWEEN $1 AND $2 "
        "GROUP BY 1, 2",
        "SELECT effort, count(*) FROM case_record WHERE occurred_on BETWEEN $1 AND $2 AND effort IS NOT NULL "
        "GROUP BY 1",
        "SELECT case_type_id, sum(CASE WHEN competence = 'no' THEN 1 ELSE 0 END), "
        "sum(CASE WHEN competence = 'colleague' THEN 1 ELSE 0 END) FROM case_record "
        "WHERE occurred_on BETWEEN $1 AND $2 AND competence != 'yes' GROUP BY 1",
        "SELECT m.resource_id, count(*) FROM case_missing_resource m JOIN case_record c ON c.id = m.case_id "
        "WHERE c.occurred_on BETWEEN $1 AND $2 GROUP BY 1",
        "SELECT id, case_type_id, occurred_on FROM case_record WHERE occurred_on BETWEEN $1 AND $2 AND chafing",
        "SELECT id, description FROM case_record WHERE occurred_on BETWEEN $1 AND $2 AND case_type_id = 'other'",
    ]
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        began = time.monotonic()
        for statement in plain:
            raw.execute(statement.replace("$1", "%s").replace("$2", "%s"), (f.period.start, f.period.end)).fetchall()
        sql = time.monotonic() - began
    result = {
        "central_cases": args.cases,
        "total_counted": counted.total,
        "load_seconds": round(loaded, 1),
        "portable_statistics_seconds": round(portable, 2),
        "plain_sql_seconds": round(sql, 2),
        "ratio": round(portable / sql, 2),
    }
    engine.dispose()
    pg_server.remove(server)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="what", required=True)
    run = sub.add_parser("desks")
    run.add_argument("--desks", type=int, default=100)
    run.add_argument("--seconds", type=float, default=120)
    run.add_argument("--every", type=float, default=10)
    run.add_argument("--outage", type=float, default=60)
    stats = sub.add_parser("statistics")
    stats.add_argument("--cases", type=int, default=5_000_000)
    args = parser.parse_args()
    print(json.dumps(desks(args) if args.what == "desks" else statistics(args), indent=2))


if __name__ == "__main__":
    main()
