"""How far a long export has come, in words people read: "412 000 av 1 000 000 ärenden – cirka 2 min kvar".

The total is counted first; the time left is worked out from the rate so far (``Estimate``) and said roughly
("cirka", whole minutes, tens of seconds), since a rate measured over a few seconds is no better than that. The
export dialog and `deskhelp export` in a terminal show the same text, in Swedish or English.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

ESTIMATE_AFTER_SECONDS = 2.0  # a rate measured over less jumps about too much to be worth saying

_WORDS = {
    "sv": {
        "count": "{done} av {total} ärenden",
        "seconds": "några sekunder kvar",
        "tens": "cirka {n} s kvar",
        "minutes": "cirka {n} min kvar",
        "hours": "cirka {n} tim kvar",
    },
    "en": {
        "count": "{done} of {total} cases",
        "seconds": "a few seconds left",
        "tens": "about {n} s left",
        "minutes": "about {n} min left",
        "hours": "about {n} h left",
    },
}


def count_text(value: int, language: str = "sv") -> str:
    """412 000 in Swedish (a no-break space between the thousands, as the reports write them), 412,000 in English."""
    grouped = f"{value:,}"
    return grouped if language == "en" else grouped.replace(",", "\u00a0")


def time_left_text(seconds: float, language: str = "sv") -> str:
    """Roughly how long is left: a few seconds; tens of seconds (rounded up); minutes; hours from 90 minutes on."""
    words = _WORDS.get(language, _WORDS["sv"])
    if seconds < 10:
        return words["seconds"]
    if seconds < 55:
        return words["tens"].format(n=math.ceil(seconds / 10) * 10)
    if seconds < 90 * 60:
        return words["minutes"].format(n=max(1, round(seconds / 60)))
    return words["hours"].format(n=round(seconds / 3600))


def progress_text(done: int, total: int, seconds_left: float | None = None, language: str = "sv") -> str:
    """ "412 000 av 1 000 000 ärenden – cirka 2 min kvar"; without the time left when there is no estimate yet."""
    words = _WORDS.get(language, _WORDS["sv"])
    text = words["count"].format(done=count_text(done, language), total=count_text(max(total, done), language))
    if seconds_left is None:
        return text
    return f"{text} – {time_left_text(seconds_left, language)}"


class Estimate:
    """The time left of a job of ``total`` steps, from its rate since it started (``clock``: seconds)."""

    def __init__(self, total: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.total = total
        self.clock = clock
        self.started = clock()

    def seconds_left(self, done: int) -> float | None:
        """None until there is a rate worth going by."""
        elapsed = self.clock() - self.started
        if done <= 0 or elapsed < ESTIMATE_AFTER_SECONDS:
            return None
        return max(0.0, elapsed * (self.total - done) / done)

    def text(self, done: int, language: str = "sv") -> str:
        return progress_text(done, self.total, self.seconds_left(done), language)
