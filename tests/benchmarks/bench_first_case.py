"""The first minutes at the desk: typing right after ready, the first case logged, undone, and the dashboard opened.

    python tests/benchmarks/bench_first_case.py [--runs 7] [--delay 1500] [--against OTHER_CHECKOUT]

Issue 18 took SQLAlchemy off the way to ready and imports it on a background thread right after (DeskService.
warm_up). This checks what that may cost later: each run starts the real window (``deskhelp``, not the benchmark
mode, which quits at ready), types 17 letters into the search from ready on, one every 100 ms (while the
warm-up runs: the median and the slowest keystroke), then ``--delay`` ms after the last one chooses a case, logs
it, undoes it and opens the team lead's dashboard until its numbers are shown, timing each. Memory is read at
ready and at the end (after the warm-up). ``--against`` runs another checkout (say, main) in turn with a database
of its own: before and after in one run, at the same moments. Prints JSON (medians and ranges, ms and MB).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCENARIO = r"""
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import deskhelp.ui.app as app
from deskhelp.ui.main_window import MainWindow

DELAY = int(sys.argv[1])
seen = {}

def rss_mb():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024

def timed(name, action):
    started = time.perf_counter()
    result = action()
    seen[name] = round((time.perf_counter() - started) * 1000, 1)
    return result

def typing(window, typed="bankid pa mobilen", gap_ms=100):
    # A keystroke every gap_ms from ready on, as staff type: each one's search and result list timed (while the
    # warm-up runs on its thread); then, DELAY ms later, the first case.
    times = []

    def key(n):
        started = time.perf_counter()
        window.search.field.setText(typed[:n])
        QApplication.processEvents()
        times.append((time.perf_counter() - started) * 1000)
        if n < len(typed):
            QTimer.singleShot(gap_ms, lambda: key(n + 1))
        else:
            seen["slowest_keystroke_after_ready_ms"] = round(max(times), 1)
            seen["median_keystroke_after_ready_ms"] = round(sorted(times)[len(times) // 2], 1)
            window.search.field.clear()
            QTimer.singleShot(DELAY, lambda: scenario(window))

    key(1)

def scenario(window):
    service = window._service
    case_id = service.search("bank")[0].case_type.id
    import threading
    warming = [t for t in threading.enumerate() if t.name == "deskhelp-warm-up"]
    seen["warm_up_running_at_log"] = int(bool(warming and warming[0].is_alive()))  # 1: the log waits for it
    timed("choose_case_ms", lambda: window._on_case_type_chosen(case_id))
    timed("first_log_ms", lambda: window._on_log_requested(False))
    assert "Loggat" in window.banner.text() or "Logged" in window.banner.text(), window.banner.text()
    timed("undo_ms", window.undo_last_case)
    started = time.perf_counter()
    window.open_dashboard()
    seen["dashboard_open_ms"] = round((time.perf_counter() - started) * 1000, 1)

    def shown():
        seen["dashboard_numbers_ms"] = round((time.perf_counter() - started) * 1000, 1)
        seen["rss_end_mb"] = round(rss_mb(), 1)
        print(json.dumps(seen))
        QApplication.instance().quit()

    window.dashboard.refreshed.connect(shown)

original = MainWindow.set_service

def set_service(self, service):
    original(self, service)
    seen["rss_ready_mb"] = round(rss_mb(), 1)
    QTimer.singleShot(0, lambda: typing(self))

MainWindow.set_service = set_service
app.run_gui()
"""


def _run(env: dict[str, str], delay: int) -> dict:
    out = subprocess.run([sys.executable, "-c", SCENARIO, str(delay)], env=env, cwd=env["DESKHELP_HOME"],
                         capture_output=True, text=True, timeout=300)  # fmt: skip
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--delay", type=int, default=1500, help="ms from the typing to choosing the first case")
    parser.add_argument("--against", type=Path, help="another checkout of DeskHelp to run in turn (e.g. main)")
    args = parser.parse_args()
    base = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            # names set, so no first-start dialog asks for them
            "DESKHELP_LIBRARY": "Bench", "DESKHELP_BRANCH": "Centrum", "DESKHELP_DESK": "Disk 1"}  # fmt: skip
    base.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed DeskHelp starts from compiled modules
    trees = {"deskhelp": ROOT}
    if args.against:
        trees = {"against": args.against.resolve(), **trees}
    envs = {}
    for name, tree in trees.items():
        home = tempfile.mkdtemp(prefix=f"deskhelp-first-case-{name}-")
        envs[name] = {**base, "PYTHONPATH": str(tree), "DESKHELP_HOME": home,
                      "PYTHONPYCACHEPREFIX": str(Path(home) / "bytecode")}  # fmt: skip
        check = [sys.executable, "-m", "deskhelp", "check"]
        subprocess.run(check, env=envs[name], cwd=home, check=True, capture_output=True)
        _run(envs[name], args.delay)  # not counted: writes the bytecode, shows "what's new" once
    runs = {name: [] for name in trees}
    for _ in range(args.runs):
        for name, env in envs.items():
            runs[name].append(_run(env, args.delay))
    result = {"runs": args.runs, "delay_ms": args.delay}
    for name, seen in runs.items():
        result[name] = {
            key: {"median": round(statistics.median(r[key] for r in seen), 1),
                  "range": [min(r[key] for r in seen), max(r[key] for r in seen)]}
            for key in seen[0]
        }  # fmt: skip
    print(json.dumps(result))


if __name__ == "__main__":
    main()
