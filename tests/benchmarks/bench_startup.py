"""Start-up: DeskHelp's first paint and ready time against a bare PySide6 window, measured in the same run.

    python tests/benchmarks/bench_startup.py [--runs 15] [--against OTHER_CHECKOUT]

Both are started as fresh processes, alternately, with the same clock: the parent's wall time at spawn is
passed in DESKHELP_BENCH_T0, and each child reports milliseconds from then to its first painted frame.
DeskHelp starts "warm" (database and pack already in place), as on every morning after the first.
Each child's peak resident memory (the kernel's own count, from wait4) is its memory at ready: it quits then.
Python's bytecode is written to a cache of the run's own (PYTHONPYCACHEPREFIX, even where the environment says
PYTHONDONTWRITEBYTECODE) and one start of each is not counted: an installed DeskHelp, like the bundle, starts
from compiled modules. ``--against`` also starts another checkout of DeskHelp (say, main) in turn with the same
database: before and after in one run. Prints JSON; the figures to watch are first_paint_ratio (target: at most
1.5), ready_ratio (at most 2.0) and ready_memory_ratio (at most 1.7).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BARE_WINDOW = r"""
import os, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, report)
        return False

def report():
    print((time.time() - float(os.environ["DESKHELP_BENCH_T0"])) * 1000)
    app.quit()

app = QApplication([])
label = QLabel("Hello")
watcher = FirstPaint()
label.installEventFilter(watcher)
label.show()
app.exec()
"""


def _spawn(args: list[str], env: dict[str, str]) -> str:
    return _spawn_measured(args, env)[0]


def _spawn_measured(args: list[str], env: dict[str, str]) -> tuple[str, float]:
    """The child's last line of output and its peak resident memory in MB."""
    env = {**env, "DESKHELP_BENCH_T0": repr(time.time())}
    # Run from DESKHELP_HOME, not from a checkout: ``-m`` puts the current folder first on the path.
    child = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
                             cwd=env.get("DESKHELP_HOME"))  # fmt: skip
    out = child.stdout.read()
    child.stdout.close()
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise subprocess.CalledProcessError(child.returncode, args, out)
    return out.strip().splitlines()[-1], usage.ru_maxrss / 1024  # kB on Linux


def _ratio(a: list[float], b: list[float]) -> float:
    return round(statistics.median(a) / statistics.median(b), 2)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--against", type=Path, help="another checkout of DeskHelp to start in turn (e.g. main)")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="deskhelp-bench-")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "DESKHELP_HOME": home,
           "PYTHONPYCACHEPREFIX": str(Path(home) / "bytecode")}  # fmt: skip
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    trees = {"deskhelp": ROOT}
    if args.against:
        trees = {"against": args.against.resolve(), **trees}
    # A home of its own for each: two trees with different bundled packs would apply theirs in turn at every start.
    trees = {name: {**env, "PYTHONPATH": str(tree), "DESKHELP_HOME": tempfile.mkdtemp(prefix=f"deskhelp-{name}-")}
             for name, tree in trees.items()}  # fmt: skip
    desk = [sys.executable, "-m", "deskhelp", "--benchmark-startup"]
    for tree_env in trees.values():
        check = [sys.executable, "-m", "deskhelp", "check"]
        subprocess.run(check, env=tree_env, check=True, capture_output=True, cwd=tree_env["DESKHELP_HOME"])
        _spawn(desk, tree_env)  # not counted: writes the bytecode
    _spawn([sys.executable, "-c", BARE_WINDOW], env)
    bare, bare_mb = [], []
    runs = {name: {"paint": [], "ready": [], "mb": [], "stages": []} for name in trees}
    for _ in range(args.runs):
        line, mb = _spawn_measured([sys.executable, "-c", BARE_WINDOW], env)
        bare.append(float(line))
        bare_mb.append(mb)
        for name, tree_env in trees.items():
            line, mb = _spawn_measured(desk, tree_env)
            timings = json.loads(line)
            runs[name]["paint"].append(timings["first_paint_ms"])
            runs[name]["ready"].append(timings["ready_ms"])
            runs[name]["mb"].append(mb)
            runs[name]["stages"].append(timings)
    result = {"runs": args.runs, "bare_pyside6_first_paint_ms": round(statistics.median(bare), 1),
              "bare_pyside6_peak_mb": round(statistics.median(bare_mb), 1)}  # fmt: skip
    for name, seen in runs.items():
        stages = seen["stages"]
        result[name] = {
            "first_paint_ms": round(statistics.median(seen["paint"]), 1),
            "ready_ms": round(statistics.median(seen["ready"]), 1),
            "ready_peak_mb": round(statistics.median(seen["mb"]), 1),
            "first_paint_ratio": _ratio(seen["paint"], bare),
            "ready_ratio": _ratio(seen["ready"], bare),
            "ready_memory_ratio": _ratio(seen["mb"], bare_mb),
            # each run's own ratio to the bare window started just before it: the spread on a noisy machine
            "ready_ratio_range": [round(min(r / b for r, b in zip(seen["ready"], bare, strict=True)), 2),
                                  round(max(r / b for r, b in zip(seen["ready"], bare, strict=True)), 2)],
            "stages_ms": {k: round(statistics.median(t[k] for t in stages), 1) for k in stages[0]},
        }  # fmt: skip
    result["targets"] = {"first_paint_ratio": 1.5, "ready_ratio": 2.0, "ready_memory_ratio": 1.7}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
