"""Per-desk settings. For now from environment variables; IT's configuration files come later (issue 6)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from deskhelp import paths


@dataclass(frozen=True)
class Settings:
    library: str
    branch: str
    desk: str
    database: Path
    pack: Path | None  # a library's own pack, applied at start when it changes; None: the bundled pack
    language: str | None  # UI language forced by DESKHELP_LANG (sv or en); None: the user's choice


def load_settings() -> Settings:
    env = os.environ
    pack = env.get("DESKHELP_PACK", "").strip()
    database = env.get("DESKHELP_DATABASE", "").strip()
    language = env.get("DESKHELP_LANG", "").strip().lower()
    return Settings(
        library=env.get("DESKHELP_LIBRARY", "").strip() or "Biblioteket",
        branch=env.get("DESKHELP_BRANCH", "").strip() or "main",
        desk=env.get("DESKHELP_DESK", "").strip() or "desk-1",
        database=Path(database).expanduser() if database else paths.database_path(),
        pack=Path(pack).expanduser() if pack else None,
        language=language if language in ("sv", "en") else None,
    )
