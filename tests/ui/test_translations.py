"""Swedish is the default: every UI string has a Swedish translation, and the compiled .qm files are current."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_translations_are_complete_and_compiled() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_translations.py"), "--check"], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr
