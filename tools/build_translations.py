"""Update the translation sources and compile them: resources/i18n/deskhelp_{sv,en}.ts -> .qm.

    python tools/build_translations.py           # lupdate (keeps existing translations) + lrelease
    python tools/build_translations.py --check   # fail if a .ts is out of date or a Swedish string is missing

Source strings are English, written with self.tr() / QCoreApplication.translate() under deskhelp/ui/.
Translate the .ts files with Qt Linguist (pyside6-linguist); never edit the .qm files, they are generated.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("sv", "en")


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found; install PySide6 (pip install -e .)")
    return found


def sources() -> list[str]:
    return [str(p.relative_to(ROOT)) for p in sorted((ROOT / "deskhelp" / "ui").glob("*.py"))]


def lupdate(ts_files: list[Path]) -> None:
    args = [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", *map(str, ts_files)]
    subprocess.run(args, cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def untranslated(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        unfinished = translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
        if unfinished or not (translation.text or "").strip():
            missing.append(message.findtext("source") or "")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="change nothing; fail if anything is out of date")
    args = parser.parse_args()
    if not args.check:
        for lang in LANGUAGES:
            ts = I18N / f"deskhelp_{lang}.ts"
            lupdate([ts])
            lrelease(ts, I18N / f"deskhelp_{lang}.qm")
        print(f"updated {', '.join(LANGUAGES)}")
        return 0
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            ts = I18N / f"deskhelp_{lang}.ts"
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            lupdate([copy])
            if copy.read_text(encoding="utf-8") != ts.read_text(encoding="utf-8"):
                problems.append(f"{ts.name} is out of date: run python tools/build_translations.py")
            qm = Path(tmp) / f"deskhelp_{lang}.qm"
            lrelease(ts, qm)
            if qm.read_bytes() != (I18N / qm.name).read_bytes():
                problems.append(f"{qm.name} does not match {ts.name}: run python tools/build_translations.py")
        problems += [f"deskhelp_sv.ts: not translated: {s!r}" for s in untranslated(I18N / "deskhelp_sv.ts")]
    print("\n".join(problems) or "translations up to date")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
