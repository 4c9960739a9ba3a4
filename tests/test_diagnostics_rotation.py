"""The log file turns over as logging.handlers.RotatingFileHandler would, without importing it (issue 18)."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from deskhelp import diagnostics

log = logging.getLogger("deskhelp.test_rotation")


@pytest.fixture
def small_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(diagnostics, "MAX_BYTES", 2_000)
    path = diagnostics.start_logging(tmp_path / "logs" / "deskhelp.log")
    yield path
    diagnostics.stop_logging()


def test_the_log_keeps_five_older_files_of_at_most_its_size(small_log: Path) -> None:
    for i in range(400):
        log.info("line %04d of the day", i)
    files = sorted(small_log.parent.iterdir())
    assert [f.name for f in files] == ["deskhelp.log", *(f"deskhelp.log.{n}" for n in range(1, 6))]
    assert all(f.stat().st_size < diagnostics.MAX_BYTES for f in files)
    assert small_log.read_text(encoding="utf-8").splitlines()[-1].endswith("line 0399 of the day")
    # Older lines are in the higher numbers, and nothing between the kept files is lost.
    numbers = [
        int(line.rsplit("line ", 1)[1].split()[0])
        for name in ("deskhelp.log.5", "deskhelp.log.4", "deskhelp.log.3", "deskhelp.log.2", "deskhelp.log.1")
        for line in (small_log.parent / name).read_text(encoding="utf-8").splitlines()
    ] + [int(line.rsplit("line ", 1)[1].split()[0]) for line in small_log.read_text(encoding="utf-8").splitlines()]
    assert numbers == list(range(numbers[0], 400))


def test_a_command_does_not_import_logging_handlers(deskhelp_home: Path) -> None:
    code = (
        "import sys, io, contextlib, json\n"
        "from deskhelp.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()): main(['search', 'bank', '--json'])\n"
        "print(json.dumps('logging.handlers' in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) is False
    assert (deskhelp_home / "logs" / "deskhelp.log").read_text(encoding="utf-8").count("command search") == 1
