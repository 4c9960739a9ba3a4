"""Issue 17: `deskhelp export --help` says which formats each report has (from the report registry)."""

from __future__ import annotations

import re
import subprocess
import sys

from deskhelp.reports.registry import REPORTS


def test_export_help_names_each_reports_formats() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "deskhelp", "export", "--help"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(out.split())
    for spec in REPORTS.values():
        match = re.search(rf"{spec.kind.value}: ((?:csv|xlsx|pdf)(?:, (?:csv|xlsx|pdf))*)", flat)
        assert match, spec.kind
        assert tuple(match.group(1).split(", ")) == spec.formats
