"""`deskhelp export` in a terminal: one plain line, rewritten in place, saying how far it has come and about how long
is left ("412 000 av 1 000 000 ärenden – cirka 2 min kvar"). Only in a terminal: a scheduled job's log gets no
progress noise, only the line saying what was written."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from deskhelp.core.progress import Estimate, progress_text

REFRESH_SECONDS = 0.5  # often enough to see it move, seldom enough not to flicker


class TerminalProgress:
    """``progress(done, total)`` for ``DeskService.export``, written to ``stream`` as one line ended by ``close``."""

    def __init__(self, stream: TextIO, language: str = "sv", clock: Callable[[], float] = time.monotonic) -> None:
        self.stream, self.language, self.clock = stream, language, clock
        self.estimate: Estimate | None = None
        self.shown_at: float | None = None
        self.width = 0
        self.last: tuple[int, int] | None = None  # (done, total) last heard

    def __call__(self, done: int, total: int) -> None:
        self.last = (done, max(total, done))
        if self.estimate is None:
            self.estimate = Estimate(total, self.clock)
        self.estimate.total = max(total, done)
        now = self.clock()
        if self.shown_at is not None and done < total and now - self.shown_at < REFRESH_SECONDS:
            return
        self.shown_at = now
        text = self.estimate.text(done, self.language)
        # Back to the start of the line; spaces over what a longer text before left there.
        self.stream.write("\r" + text.ljust(self.width))
        self.stream.flush()
        self.width = len(text)

    def close(self) -> None:
        """End the line (if one was written), so that what follows starts on a line of its own; when every case is
        through, without the time left ("1 000 000 av 1 000 000 ärenden")."""
        if self.shown_at is None:
            return
        if self.last is not None and self.last[0] >= self.last[1]:
            text = progress_text(*self.last, None, self.language)
            self.stream.write("\r" + text.ljust(self.width))
        self.stream.write("\n")
        self.stream.flush()


def terminal_progress(language: str = "sv") -> TerminalProgress | None:
    """The progress line on standard error when that is a terminal; None otherwise (a job, a pipe, a file)."""
    stream = sys.stderr
    try:
        in_terminal = stream is not None and stream.isatty()
    except (AttributeError, ValueError):  # closed, or no real stream
        in_terminal = False
    return TerminalProgress(stream, language) if in_terminal else None
