"""The command line against ``python -c pass``: ``--version``, ``check`` and ``search x --json``, in one run.

    python tests/benchmarks/bench_cli.py [--runs 15] [--against OTHER_CHECKOUT]

Each command is a fresh process, started in turn with ``python -c pass`` (the yardstick: the interpreter's own
start) so a machine that slows down slows both; wall time is taken around the whole process, and its peak resident
memory is the kernel's count (wait4). The database and the pack are in place, as on every day after the first;
bytecode is cached (PYTHONPYCACHEPREFIX), as for an installed DeskHelp. ``--against`` runs another checkout (say,
main) in turn too. Prints JSON: medians, each command's ratio to the yardstick and the range of the per-pair ratios.
Targets (issue 18): every ratio at most 5, ``search`` under 30 MB.
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
COMMANDS = {"version": ["--version"], "check": ["check"], "search": ["search", "bank", "--json"]}


def _spawn(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall milliseconds and peak MB of one run."""
    started = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                             cwd=env["DESKHELP_HOME"])  # fmt: skip  # not a checkout: -m puts the folder first
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = (time.perf_counter() - started) * 1000
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise subprocess.CalledProcessError(child.returncode, args)
    return wall, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--against", type=Path, help="another checkout of DeskHelp to run in turn (e.g. main)")
    args = parser.parse_args()
    trees = {"deskhelp": ROOT}
    if args.against:
        trees = {"against": args.against.resolve(), **trees}
    home = tempfile.mkdtemp(prefix="deskhelp-cli-")
    base = {**os.environ, "DESKHELP_HOME": home, "PYTHONPYCACHEPREFIX": str(Path(home) / "bytecode")}
    base.pop("PYTHONDONTWRITEBYTECODE", None)
    # A home of its own for each tree: two trees with different bundled packs would apply theirs in turn every run.
    envs = {name: {**base, "PYTHONPATH": str(tree), "DESKHELP_HOME": tempfile.mkdtemp(prefix=f"deskhelp-{name}-")}
            for name, tree in trees.items()}  # fmt: skip
    pass_cmd = [sys.executable, "-c", "pass"]
    for env in envs.values():  # the database, the pack and the bytecode, once
        for command in COMMANDS.values():
            _spawn([sys.executable, "-m", "deskhelp", *command], env)
    seen: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
    for _ in range(args.runs):
        for name, env in envs.items():
            for command, argv in COMMANDS.items():
                yardstick, _mb = _spawn(pass_cmd, base)
                wall, mb = _spawn([sys.executable, "-m", "deskhelp", *argv], env)
                seen.setdefault((name, command), []).append((wall, mb, wall / yardstick))
    passes = [_spawn(pass_cmd, base)[0] for _ in range(5)]
    result: dict = {"runs": args.runs, "python_c_pass_ms": round(statistics.median(passes), 1)}
    for (name, command), runs in seen.items():
        ratios = [r for _w, _m, r in runs]
        result.setdefault(name, {})[command] = {
            "wall_ms": round(statistics.median(w for w, _m, _r in runs), 1),
            "ratio": round(statistics.median(ratios), 2),
            "ratio_range": [round(min(ratios), 2), round(max(ratios), 2)],
            "peak_mb": round(statistics.median(m for _w, m, _r in runs), 1),
        }
    result["targets"] = {"ratio": 5.0, "search_peak_mb": 30.0}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
