"""Branch and desk names: configuration sets them and every case stores them, so they may hold no personal data.

Checked when the settings are read, before the window's first paint: the personal-data finder (and the compiling
of its patterns) is loaded only for a name in which it could find anything at all.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

NAME_MAX_CHARS = 60  # a branch or desk name: "Hammarkullens bibliotek, informationsdisken" fits
# Every kind the finder knows needs at least this many digits (a phone number), or else an e-mail address: an "@"
# or an "at" written out ("(at)", " at ", "snabel-a"). tests/core/test_privacy.py holds this against every example.
FEWEST_DIGITS = 8
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def could_hold_personal_data(text: str) -> bool:
    """False only when ``text`` certainly holds nothing the finder would find; a quick test, no patterns."""
    folded = unicodedata.normalize("NFKC", text).lower()
    folded = folded.translate(_ZERO_WIDTH)  # the finder reads "a\u200bt" as "at"
    return "@" in folded or "at" in folded or "snabel" in folded or sum(ch.isdigit() for ch in folded) >= FEWEST_DIGITS


@lru_cache(maxsize=256)  # a handful of names, checked on every case stored
def name_problem(name: str, max_chars: int = NAME_MAX_CHARS) -> str | None:
    """Why ``name`` cannot be a branch or desk name; None if it can.

    The message never repeats the name: it is shown in the window's banner, printed by ``check`` and logged, and a
    name refused for holding personal data must not travel further.
    """
    if not name.strip():
        return "is empty"
    if len(name) > max_chars:
        return f"is {len(name)} characters long; at most {max_chars}"
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        return "contains control or invisible characters"
    if not could_hold_personal_data(name):
        return None
    from deskhelp.core.privacy import find_personal_data

    if findings := find_personal_data(name):
        kinds = ", ".join(dict.fromkeys(f.kind.value for f in findings))
        return f"contains personal data ({kinds})"
    return None
