"""Memory over a long day: 10,000 cases logged through the service, in one process, with its resident memory read.

    python tests/benchmarks/bench_memory.py [--cases 10000] [--every 1000]

The desk window stays open all day, so whatever a logged case leaves behind adds up. This opens the service as the
window does (plain sqlite3 for the start, then the background warm-up that brings SQLAlchemy), and logs cases of
every case type in turn, undoing every tenth, as staff do. Resident memory (VmRSS) is read at ready, after the
warm-up, and every ``--every`` cases; the same-run baseline is the memory after the first ``--every`` cases (the
engine, the ORM's compiled statements and the caches are all made by then). Prints JSON; the figure to watch is
growth_after_first_mb (target: flat, a few MB at most for 10,000 cases).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--every", type=int, default=1_000)
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout to measure (another one: before)")
    args = parser.parse_args()
    sys.path.insert(0, str(args.tree.resolve()))
    os.environ["DESKHELP_HOME"] = tempfile.mkdtemp(prefix="deskhelp-memory-")
    for name in ("DESKHELP_DATABASE", "DESKHELP_PACK", "DESKHELP_SHARE_FOLDER"):
        os.environ.pop(name, None)

    from deskhelp.core.triage import default_answers
    from deskhelp.service import DeskService
    from deskhelp.settings import load_settings

    # The first start applies the pack (YAML, a write through SQLAlchemy): in a process of its own, so this one
    # starts as every later morning does.
    subprocess.run([sys.executable, "-m", "deskhelp", "check"], env={**os.environ, "PYTHONPATH": str(args.tree)},
                   cwd=os.environ["DESKHELP_HOME"], check=True, capture_output=True)  # fmt: skip
    service = DeskService.open(load_settings())
    at_ready = rss_mb()
    if hasattr(service, "warm_up"):  # a checkout from before issue 18 had SQLAlchemy ready at this point
        service.warm_up().join()
    after_warm_up = rss_mb()
    cases = [c for c in service.pack.case_types.values() if c.in_guidelines]
    results = [service.triage(c.id, default_answers(c)) for c in cases]
    readings, started = [], time.perf_counter()
    for n in range(1, args.cases + 1):
        service.log(results[n % len(results)])
        if n % 10 == 0:
            service.undo_last()
        if n % args.every == 0:
            gc.collect()  # what is still held, not what merely waits for the collector
            readings.append((n, round(rss_mb(), 1)))
    seconds = time.perf_counter() - started
    logged = service.case_count()
    service.close()
    first = readings[0][1]
    print(
        json.dumps(
            {
                "cases_logged": args.cases,
                "cases_kept": logged,
                "rss_at_ready_mb": round(at_ready, 1),
                "rss_after_warm_up_mb": round(after_warm_up, 1),
                "rss_after_first_mb": first,
                "rss_at_end_mb": readings[-1][1],
                "growth_after_first_mb": round(readings[-1][1] - first, 1),
                "readings": readings,
                "ms_per_case": round(seconds * 1000 / args.cases, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
