"""The packaged build against a bare PySide6 "hello window" one-folder bundle built the same way, in one run.

    python tests/benchmarks/bench_bundle.py [--runs 15] [--keep DIR] [--against OTHER_CHECKOUT]

Builds both with PyInstaller (one folder, default options for the bare one, deskhelp.spec for DeskHelp), then
compares their size on disk and their time to first paint (fresh processes, alternately; the parent's wall time
at spawn is passed in DESKHELP_BENCH_T0). Single starts on a shared machine vary by a third or more, mostly in
Python's and PyInstaller's own start, so the medians of 15 alternating starts are compared. Prints JSON.
Budget (issue 6): DeskHelp's bundle is smaller than the bare one and its first paint is within 1.5 times the
bare one's, and it is ready (the search answers) within 2.0 times (issue 18). ``--against`` also bundles another
checkout (say, main) and starts it in turn: before and after in one run. Needs the build extra: pip install -e
".[build]".
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup import BARE_WINDOW, _spawn  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _pyinstaller(args: list[str], cwd: Path, tree: Path | None = None) -> None:
    env = {**os.environ, "PYTHONPATH": str(tree)} if tree else None  # that checkout's deskhelp, not the installed one
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR", *args], cwd=cwd,
                   check=True, capture_output=True, env=env)  # fmt: skip


def _executable(folder: Path, name: str) -> Path:
    return folder / (f"{name}.exe" if os.name == "nt" else name)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--keep", type=Path, help="build in this folder and leave it there")
    parser.add_argument("--against", type=Path, help="another checkout of DeskHelp to bundle and start in turn")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="deskhelp-bundle-"))
    work.mkdir(parents=True, exist_ok=True)
    (work / "hello.py").write_text(BARE_WINDOW, encoding="utf-8")
    _pyinstaller(["--onedir", "--distpath", str(work / "dist"), "--workpath", str(work / "build-hello"), "hello.py"],
                 work)  # fmt: skip
    trees = {"deskhelp": ROOT, **({"against": args.against.resolve()} if args.against else {})}
    for name, tree in trees.items():
        _pyinstaller(["--distpath", str(work / f"dist-{name}"), "--workpath", str(work / f"build-{name}"),
                      str(tree / "deskhelp.spec")], work, tree)  # fmt: skip
    hello = work / "dist" / "hello"
    bundles = {name: _executable(work / f"dist-{name}" / "DeskHelp", "DeskHelp") for name in trees}
    deskhelp = bundles["deskhelp"].parent

    base = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # A home of its own for each bundle: two with different bundled packs would apply theirs in turn at every start.
    envs = {name: {**base, "DESKHELP_HOME": str(work / f"home-{name}")} for name in trees}
    for name, exe in bundles.items():
        subprocess.run([str(exe), "check"], env=envs[name], check=True, capture_output=True)
    bare, starts = [], {name: [] for name in trees}
    for _ in range(args.runs):
        bare.append(float(_spawn([str(_executable(hello, "hello"))], base)))
        for name, exe in bundles.items():
            starts[name].append(json.loads(_spawn([str(exe), "--benchmark-startup"], envs[name])))
    ours = starts["deskhelp"]
    bare_ms = statistics.median(bare)
    paint_ms = statistics.median(t["first_paint_ms"] for t in ours)
    sizes = {"bare_bundle_mb": _size(hello) / 2**20, "deskhelp_bundle_mb": _size(deskhelp) / 2**20}
    result = {
        "runs": args.runs,
        **{k: round(v, 1) for k, v in sizes.items()},
        "size_ratio": round(sizes["deskhelp_bundle_mb"] / sizes["bare_bundle_mb"], 3),
        "bare_first_paint_ms": round(bare_ms, 1),
        "deskhelp_first_paint_ms": round(paint_ms, 1),
        "deskhelp_ready_ms": round(statistics.median(t["ready_ms"] for t in ours), 1),
        "first_paint_ratio": round(paint_ms / bare_ms, 2),
        "ready_ratio": round(statistics.median(t["ready_ms"] for t in ours) / bare_ms, 2),  # issue 18: at most 2.0
        "deskhelp_stages_ms": {k: round(statistics.median(t[k] for t in ours), 1) for k in ours[0]},
        "budget": {"size_ratio_below": 1.0, "first_paint_ratio_at_most": 1.5, "ready_ratio_at_most": 2.0},
    }
    if args.against:
        other = starts["against"]
        paint, ready = (statistics.median(t[k] for t in other) for k in ("first_paint_ms", "ready_ms"))
        result["against"] = {
            "bundle_mb": round(_size(bundles["against"].parent) / 2**20, 1),
            "first_paint_ms": round(paint, 1),
            "ready_ms": round(ready, 1),
            "first_paint_ratio": round(paint / bare_ms, 2),
            "ready_ratio": round(ready / bare_ms, 2),
        }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
