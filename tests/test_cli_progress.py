"""`deskhelp export`'s progress line: rewritten in place, twice a second at most, ended with the plain count."""

from __future__ import annotations

import io

from deskhelp import cli_progress
from deskhelp.cli_progress import TerminalProgress, terminal_progress

NBSP = "\u00a0"


def test_the_line_is_rewritten_at_most_twice_a_second_and_ends_plain() -> None:
    now = [0.0]
    stream = io.StringIO()
    progress = TerminalProgress(stream, "sv", clock=lambda: now[0])
    progress(0, 20_000)
    now[0] = 0.2
    progress(5_000, 20_000)  # too soon: not shown
    now[0] = 3.0
    progress(10_000, 20_000)  # 3 s for half: about 3 s left
    now[0] = 3.1
    progress(20_000, 20_000)  # the last is always shown
    progress.close()
    assert stream.getvalue().split("\r")[1:] == [
        f"0 av 20{NBSP}000 ärenden",
        f"10{NBSP}000 av 20{NBSP}000 ärenden – några sekunder kvar",
        f"20{NBSP}000 av 20{NBSP}000 ärenden – några sekunder kvar",
        f"20{NBSP}000 av 20{NBSP}000 ärenden".ljust(len(f"20{NBSP}000 av 20{NBSP}000 ärenden – några sekunder kvar"))
        + "\n",
    ]


def test_an_unfinished_export_keeps_its_last_line() -> None:
    stream = io.StringIO()
    progress = TerminalProgress(stream, "en", clock=lambda: 0.0)
    progress(0, 1_000_000)
    progress.close()
    assert stream.getvalue() == "\r0 of 1,000,000 cases\n"


def test_nothing_is_written_when_nothing_was_told() -> None:
    stream = io.StringIO()
    TerminalProgress(stream).close()
    assert stream.getvalue() == ""


def test_no_line_unless_standard_error_is_a_terminal(monkeypatch) -> None:
    monkeypatch.setattr(cli_progress.sys, "stderr", io.StringIO())
    assert terminal_progress("sv") is None
    monkeypatch.setattr(cli_progress.sys, "stderr", None)  # pythonw: no console at all
    assert terminal_progress("sv") is None
