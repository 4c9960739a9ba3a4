"""What one person at one desk PC chose in the window (language, later text size), kept between starts.

A small JSON file in the user's config folder. A damaged or unreadable file is ignored (defaults apply) and
overwritten on the next change: a preference is never worth refusing to start over.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from deskhelp import paths
from deskhelp.ui.i18n import LANGUAGES


@dataclass(frozen=True)
class Preferences:
    language: str | None = None


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
    return Preferences(language=language if language in LANGUAGES else None)


def save_preferences(preferences: Preferences) -> None:
    try:
        _file().parent.mkdir(parents=True, exist_ok=True)
        _file().write_text(json.dumps(asdict(preferences)), encoding="utf-8")
    except OSError:
        pass  # a read-only profile: the choice lasts for this session only


def with_language(preferences: Preferences, language: str) -> Preferences:
    return replace(preferences, language=language)
