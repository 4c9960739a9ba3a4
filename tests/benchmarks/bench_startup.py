"""Start-up: DeskHelp's first paint and ready time against a bare PySide6 window, measured in the same run.

    python tests/benchmarks/bench_startup.py [--runs 15]

Both are started as fresh processes, alternately, with the same clock: the parent's wall time at spawn is
passed in DESKHELP_BENCH_T0, and each child reports milliseconds from then to its first painted frame.
DeskHelp starts "warm" (database and pack already in place), as on every morning after the first.
Prints JSON; the figure to watch is first_paint_ratio (target: at most 1.5).
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
    env = {**env, "DESKHELP_BENCH_T0": repr(time.time())}
    out = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120, check=True)
    return out.stdout.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="deskhelp-bench-")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "DESKHELP_HOME": home}
    subprocess.run([sys.executable, "-m", "deskhelp", "check"], env=env, check=True, capture_output=True)
    bare, paint, ready, stages = [], [], [], []
    for _ in range(args.runs):
        bare.append(float(_spawn([sys.executable, "-c", BARE_WINDOW], env)))
        timings = json.loads(_spawn([sys.executable, "-m", "deskhelp", "--benchmark-startup"], env))
        paint.append(timings["first_paint_ms"])
        ready.append(timings["ready_ms"])
        stages.append(timings)
    result = {
        "runs": args.runs,
        "bare_pyside6_first_paint_ms": round(statistics.median(bare), 1),
        "deskhelp_first_paint_ms": round(statistics.median(paint), 1),
        "deskhelp_ready_ms": round(statistics.median(ready), 1),
        "first_paint_ratio": round(statistics.median(paint) / statistics.median(bare), 2),
        "ready_ratio": round(statistics.median(ready) / statistics.median(bare), 2),
        "deskhelp_stages_ms": {k: round(statistics.median(t[k] for t in stages), 1) for k in stages[0]},
        "target_first_paint_ratio": 1.5,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    main()
