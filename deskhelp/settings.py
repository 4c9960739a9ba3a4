"""Per-desk settings: which library, branch and desk this is, where the data lives, the guidance times.

Read from TOML files, each overriding the one before:
1. the machine-wide file IT installs (``paths.machine_config_dir() / deskhelp.toml``),
2. the user's file (``paths.config_dir() / deskhelp.toml``),
3. environment variables (``DESKHELP_LIBRARY``, ``DESKHELP_BRANCH``, ``DESKHELP_DESK``, ``DESKHELP_DATABASE``,
   ``DESKHELP_BACKUPS``, ``DESKHELP_PACK``, ``DESKHELP_PACK_FOLDER``, ``DESKHELP_LANG``, ``DESKHELP_GUIDANCE``).

A file that cannot be read is reported (file, line, what) in ``problems`` and otherwise ignored: the desk still
starts, with the window's banner and ``deskhelp check`` telling IT what to fix.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from deskhelp import paths

CONFIG_FILENAME = "deskhelp.toml"

# (section, key) in the TOML file -> (setting, environment variable)
_KEYS = {
    ("library", "name"): ("library", "DESKHELP_LIBRARY"),
    ("library", "branch"): ("branch", "DESKHELP_BRANCH"),
    ("desk", "name"): ("desk", "DESKHELP_DESK"),
    ("desk", "language"): ("language", "DESKHELP_LANG"),
    ("storage", "database"): ("database", "DESKHELP_DATABASE"),
    ("storage", "backups"): ("backups", "DESKHELP_BACKUPS"),
    ("guidelines", "pack"): ("pack", "DESKHELP_PACK"),
    ("guidelines", "folder"): ("pack_folder", "DESKHELP_PACK_FOLDER"),
    ("guidance", "times"): ("guidance", "DESKHELP_GUIDANCE"),
}
_DEFAULTS = {"library": "Biblioteket", "branch": "main", "desk": "desk-1"}


@dataclass(frozen=True)
class Settings:
    library: str  # the library's name, printed on slips
    branch: str
    desk: str
    database: Path
    pack: Path | None  # a library's own pack, applied at start when it changes; None: the bundled pack
    language: str | None  # UI language forced by configuration (sv or en); None: the user's choice
    guidance: str | None = None  # drop-in and booking times for digital guidance, printed on booking slips
    pack_folder: Path | None = None  # a (read-only, shared) folder where the library publishes its pack
    backups: Path | None = None  # where backups go (IT may move them to another disk); None: beside the database
    problems: tuple[str, ...] = ()  # configuration files that could not be used, and why


def config_files() -> list[Path]:
    """The files read, machine-wide first."""
    return [paths.machine_config_dir() / CONFIG_FILENAME, paths.config_dir() / CONFIG_FILENAME]


def _read_file(path: Path, values: dict[str, str], sources: dict[str, str], problems: list[str]) -> None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return
    except (OSError, UnicodeDecodeError) as error:
        problems.append(f"{path}: {error}")
        return
    except tomllib.TOMLDecodeError as error:
        problems.append(f"{path}: {error}")  # tomllib names the line and column
        return
    known_sections = {section for section, _ in _KEYS}
    for section, table in data.items():
        if section not in known_sections or not isinstance(table, dict):
            problems.append(f"{path}: [{section}] is not a DeskHelp setting")
            continue
        for key, value in table.items():
            if (section, key) not in _KEYS:
                problems.append(f"{path}: [{section}] {key} is not a DeskHelp setting")
            elif not isinstance(value, str):
                problems.append(f"{path}: [{section}] {key} must be text in quotes")
            elif value.strip():
                setting = _KEYS[section, key][0]
                values[setting] = value.strip()
                sources[setting] = f"{path}: [{section}] {key}"


def load_settings() -> Settings:
    values: dict[str, str] = dict(_DEFAULTS)
    sources: dict[str, str] = {}  # where each value came from, to name it in a problem
    problems: list[str] = []
    for path in config_files():
        _read_file(path, values, sources, problems)
    for setting, variable in _KEYS.values():
        if value := os.environ.get(variable, "").strip():
            values[setting] = value
            sources[setting] = f"environment variable {variable}"
    language = values.get("language", "").lower()
    if language and language not in ("sv", "en"):
        problems.append(f"{sources['language']}: {language!r} is not available; use sv or en")
    paths_ = {
        name: Path(values[name]).expanduser()
        for name in ("database", "backups", "pack", "pack_folder")
        if name in values
    }
    for name in ("database", "backups", "pack_folder"):
        if name in paths_ and not paths_[name].is_absolute():
            problems.append(f"{sources[name]}: {values[name]!r} must be a full path (it is ignored)")
            del paths_[name]
    _check_names(values, sources, problems)
    return Settings(
        library=values["library"],
        branch=values["branch"],
        desk=values["desk"],
        database=paths_.get("database") or paths.database_path(),
        pack=paths_.get("pack"),
        language=language if language in ("sv", "en") else None,
        guidance=values.get("guidance"),
        pack_folder=paths_.get("pack_folder"),
        backups=paths_.get("backups"),
        problems=tuple(problems),
    )


def _check_names(values: dict[str, str], sources: dict[str, str], problems: list[str]) -> None:
    """Branch and desk names are stored on every case and the library's name is printed on slips: one that holds
    personal data ("Anna Svensson 070-1234567"), is absurdly long or holds control characters is reported and
    replaced by the default, so the desk still starts and nothing of it reaches a case. The problem line never
    repeats the name."""
    from deskhelp.core.privacy import name_problem  # domain code without Qt or SQLAlchemy; compiled when needed

    for name in ("library", "branch", "desk"):
        if name in sources and (problem := name_problem(values[name])):
            problems.append(f"{sources[name]}: the name {problem}; {_DEFAULTS[name]!r} is used instead")
            values[name] = _DEFAULTS[name]
