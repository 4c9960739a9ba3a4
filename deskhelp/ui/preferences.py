"""What one person at one desk PC chose in the window (language, text size), kept between starts.

A small JSON file in the user's config folder. A damaged or unreadable file is ignored (defaults apply) and
overwritten on the next change: a preference is never worth refusing to start over.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from deskhelp import paths
from deskhelp.files import write_text_atomically
from deskhelp.ui.i18n import LANGUAGES


@dataclass(frozen=True)
class Preferences:
    language: str | None = None
    text_scale: float = 1.0
    seen_pack: str | None = None  # sha256 of the guidelines revision whose news staff here have seen (issue 13)


def _file() -> Path:
    return paths.config_dir() / "ui.json"


def load_preferences() -> Preferences:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(data, dict):
        return Preferences()
    language = data.get("language")
    scale = data.get("text_scale")
    valid_scale = isinstance(scale, int | float) and not isinstance(scale, bool) and 0.5 <= scale <= 3.0
    seen = data.get("seen_pack")
    valid_seen = isinstance(seen, str) and len(seen) == 64 and all(c in "0123456789abcdef" for c in seen)
    return Preferences(
        language=language if language in LANGUAGES else None,
        text_scale=scale if valid_scale else 1.0,
        seen_pack=seen if valid_seen else None,
    )


def save_preferences(preferences: Preferences) -> None:
    try:
        _file().parent.mkdir(parents=True, exist_ok=True)
        # Atomically: a crash or a full disk mid-write leaves the previous choices, not a cut-off file.
        write_text_atomically(_file(), json.dumps(asdict(preferences)))
    except OSError:  # WriteError included
        pass  # a read-only profile: the choice lasts for this session only


def updated(preferences: Preferences, **changes) -> Preferences:
    """``preferences`` with ``changes`` applied, saved at once."""
    preferences = replace(preferences, **changes)
    save_preferences(preferences)
    return preferences
