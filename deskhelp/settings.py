"""Per-desk settings: which library, branch and desk this is, where the data lives, the guidance times.

Read from TOML files, each overriding the one before:
1. the machine-wide file IT installs (``paths.machine_config_dir() / deskhelp.toml``),
2. the user's file (``paths.config_dir() / deskhelp.toml``),
3. environment variables (``DESKHELP_LIBRARY``, ``DESKHELP_BRANCH``, ``DESKHELP_DESK``, ``DESKHELP_DATABASE``,
   ``DESKHELP_BACKUPS``, ``DESKHELP_PACK``, ``DESKHELP_PACK_FOLDER``, ``DESKHELP_LANG``, ``DESKHELP_GUIDANCE``,
   ``DESKHELP_SHARE_FOLDER``, ``DESKHELP_CENTRAL_URL``, ``DESKHELP_CENTRAL_PASSWORD_FILE``; the central database's
   password only from ``DESKHELP_CENTRAL_PASSWORD`` or that file, see storage.central).

A file that cannot be read is reported (file, line, what) in ``problems`` and otherwise ignored: the desk still
starts, with the window's banner and ``deskhelp check`` telling IT what to fix.
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from deskhelp import paths

CONFIG_FILENAME = "deskhelp.toml"
# Names given in the first-start dialog (issue 13, item 7), in the user's file: IT's [library] and [desk] win.
FIRST_START_SECTION = "first_start"

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
    ("sharing", "folder"): ("share_folder", "DESKHELP_SHARE_FOLDER"),
    ("central", "url"): ("central_url", "DESKHELP_CENTRAL_URL"),
    ("central", "password_file"): ("central_password_file", "DESKHELP_CENTRAL_PASSWORD_FILE"),
}
_DEFAULTS = {"library": "Biblioteket", "branch": "main", "desk": "desk-1"}
MAX_CONFIG_BYTES = 1024 * 1024  # a real deskhelp.toml is a few hundred bytes
MAX_PROBLEMS_PER_FILE = 20  # more are counted, not listed: the banner must stay readable
_QUOTED_CHARS = 60

log = logging.getLogger(__name__)


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
    share_folder: Path | None = None  # a shared folder where every desk shares its cases (issue 14); None: no sharing
    central_url: str | None = None  # a central PostgreSQL database (issue 15, storage.central); None: none
    central_password_file: Path | None = None  # a file only the service account may read, holding its password
    problems: tuple[str, ...] = ()  # configuration files that could not be used, and why


def config_files() -> list[Path]:
    """The files read, machine-wide first."""
    return [paths.machine_config_dir() / CONFIG_FILENAME, paths.config_dir() / CONFIG_FILENAME]


def _read_file(path: Path, values: dict[str, str], sources: dict[str, str], problems: list[str]) -> None:
    """Read one configuration file into ``values``. Whatever the file holds, the outcome is values or problem lines
    naming the file: a configuration file must never stop the desk."""
    found: list[str] = []
    try:
        _read_toml(path, values, sources, found)
    except Exception as error:  # noqa: BLE001 - reported with the file's name; the desk starts regardless
        log.warning("configuration file %s could not be read", path, exc_info=True)
        found.append(f"{path}: cannot be read ({type(error).__name__}: {_shortened(str(error))})")
    problems.extend(found[:MAX_PROBLEMS_PER_FILE])
    if len(found) > MAX_PROBLEMS_PER_FILE:
        problems.append(f"{path}: and {len(found) - MAX_PROBLEMS_PER_FILE:,} more problems")


def _read_toml(path: Path, values: dict[str, str], sources: dict[str, str], problems: list[str]) -> None:
    try:
        raw = _config_bytes(path)
    except FileNotFoundError:
        return
    except OSError as error:
        problems.append(f"{path}: cannot be read ({error.strerror or error})")
        return
    if raw is None:
        problems.append(f"{path}: is not a file, or larger than {MAX_CONFIG_BYTES:,} bytes (the file is ignored)")
        return
    import tomllib  # only where there is a file: its import is milliseconds of every start, window and command

    try:
        # utf-8-sig: Notepad saves UTF-8 with a byte order mark, which TOML itself does not allow.
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        problems.append(f"{path}: is not UTF-8 text (byte {error.start}); save it as UTF-8")
        return
    except tomllib.TOMLDecodeError as error:
        problems.append(f"{path}: {error}")  # tomllib names the line and column
        return
    except RecursionError:
        problems.append(f"{path}: is nested too deeply to be a DeskHelp configuration (the file is ignored)")
        return
    except ValueError:  # a number with more digits than Python converts (sys.get_int_max_str_digits)
        problems.append(f"{path}: holds a number with too many digits (the file is ignored)")
        return
    known_sections = {section for section, _ in _KEYS}
    for section, table in data.items():
        if section == FIRST_START_SECTION and isinstance(table, dict):
            _read_first_start(path, table, values, sources, problems)
            continue
        if section not in known_sections or not isinstance(table, dict):
            problems.append(f"{path}: [{_shortened(section)}] is not a DeskHelp setting")
            continue
        for key, value in table.items():
            if (section, key) not in _KEYS:
                problems.append(f"{path}: [{section}] {_shortened(key)} is not a DeskHelp setting")
            elif not isinstance(value, str):
                problems.append(f"{path}: [{section}] {key} must be text in quotes")
            elif "\0" in value:
                problems.append(f"{path}: [{section}] {key} holds a NUL character (it is ignored)")
            elif value.strip():
                setting = _KEYS[section, key][0]
                values[setting] = value.strip()
                sources[setting] = f"{path}: [{section}] {key}"


def _read_first_start(path: Path, table: dict, values: dict[str, str], sources: dict[str, str], problems: list[str]):
    """The names given in the first-start dialog, kept apart (``first_start:library`` ...) until load_settings has
    read every file: they are used only where no file's [library] or [desk] and no environment variable sets one."""
    for key, value in table.items():
        if key not in _NAME_KEYS:
            problems.append(f"{path}: [{FIRST_START_SECTION}] {_shortened(key)} is not a DeskHelp setting")
        elif isinstance(value, str) and value.strip() and "\0" not in value:
            values[f"{FIRST_START_SECTION}:{key}"] = value.strip()
            sources[f"{FIRST_START_SECTION}:{key}"] = f"{path}: [{FIRST_START_SECTION}] {key}"
        else:
            problems.append(f"{path}: [{FIRST_START_SECTION}] {key} must be text in quotes")


def _config_bytes(path: Path) -> bytes | None:
    """The file's bytes; None if it is not a regular file or is far too big. The size is known before reading."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_CONFIG_BYTES:
            return None
        raw = stream.read(MAX_CONFIG_BYTES + 1)
    return raw if len(raw) <= MAX_CONFIG_BYTES else None


def _shortened(text: str) -> str:
    return text if len(text) <= _QUOTED_CHARS else f"{text[:_QUOTED_CHARS]}… ({len(text):,} characters)"


def _expanded(value: str) -> Path | None:
    """``value`` as a path with ``~`` expanded; None when ``~user`` names no one here."""
    try:
        path = Path(value).expanduser()
    except (RuntimeError, KeyError, OSError):  # "Could not determine home directory"
        return None
    return None if path.parts[:1] and path.parts[0].startswith("~") else path


def load_settings() -> Settings:
    values: dict[str, str] = dict(_DEFAULTS)
    sources: dict[str, str] = {}  # where each value came from, to name it in a problem
    problems: list[str] = []
    for path in config_files():
        _read_file(path, values, sources, problems)
    for name in _NAME_KEYS:  # first-start names, beneath every file's own setting and the environment
        given = values.pop(f"{FIRST_START_SECTION}:{name}", None)
        source = sources.pop(f"{FIRST_START_SECTION}:{name}", None)
        if given is not None and name not in sources:
            values[name] = given
            sources[name] = source or FIRST_START_SECTION
    for setting, variable in _KEYS.values():
        if value := os.environ.get(variable, "").strip():
            values[setting] = value
            sources[setting] = f"environment variable {variable}"
    language = values.get("language", "").lower()
    if language and language not in ("sv", "en"):
        problems.append(f"{sources['language']}: {language!r} is not available; use sv or en")
    paths_: dict[str, Path] = {}
    for name in ("database", "backups", "pack", "pack_folder", "share_folder", "central_password_file"):
        if name not in values:
            continue
        if "\0" in values[name]:
            problems.append(f"{sources[name]}: holds a NUL character (it is ignored)")
        elif (expanded := _expanded(values[name])) is None:
            problems.append(f"{sources[name]}: {values[name]!r}: no such user's home folder here (it is ignored)")
        else:
            paths_[name] = expanded
    for name in ("database", "backups", "pack_folder", "share_folder", "central_password_file"):
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
        share_folder=paths_.get("share_folder"),
        central_url=values.get("central_url"),
        central_password_file=paths_.get("central_password_file"),
        problems=tuple(problems),
    )


def _check_names(values: dict[str, str], sources: dict[str, str], problems: list[str]) -> None:
    """Branch and desk names are stored on every case and the library's name is printed on slips: one that holds
    personal data ("Anna Svensson 070-1234567"), is absurdly long or holds control characters is reported and
    replaced by the default, so the desk still starts and nothing of it reaches a case. The problem line never
    repeats the name."""
    from deskhelp.core.names import name_problem  # loads the personal-data finder only for a name it could match

    for name in ("library", "branch", "desk"):
        if name in sources and (problem := name_problem(values[name])):
            problems.append(f"{sources[name]}: the name {problem}; {_DEFAULTS[name]!r} is used instead")
            values[name] = _DEFAULTS[name]


# Where each name is set, as `deskhelp check` tells IT (issue 13: the defaults were printed on slips and exports).
_NAME_KEYS = {"library": "[library] name", "branch": "[library] branch", "desk": "[desk] name"}


def unset_names(settings: Settings) -> list[tuple[str, str, str]]:
    """(setting, its default still in use, where to set it) for library, branch and desk left at their defaults."""
    return [
        (name, _DEFAULTS[name], _NAME_KEYS[name])
        for name in ("library", "branch", "desk")
        if getattr(settings, name) == _DEFAULTS[name]
    ]


class ConfigWriteError(OSError):
    """The user's configuration file could not be updated; the message names the file and says why."""


def _toml_string(value: str) -> str:
    """``value`` as a TOML basic string: quotes, backslashes and control characters escaped."""
    escaped = []
    for ch in value:
        if ch in ('"', "\\"):
            escaped.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            escaped.append(f"\\u{ord(ch):04X}")
        else:
            escaped.append(ch)
    return '"' + "".join(escaped) + '"'


def save_first_start_names(names: dict[str, str]) -> Path:
    """Keep ``names`` (library, branch, desk; each checked by the caller) in the user's deskhelp.toml, in its
    [first_start] section, and return the file. Everything else in the file stays as it was, comments included: the
    old [first_start] section is replaced by a new one at the end, and the result is read back before it replaces
    the file (atomically). Raises ConfigWriteError when the file is not valid TOML or cannot be written."""
    from deskhelp.files import WriteError, write_text_atomically

    unknown = set(names) - set(_NAME_KEYS)
    if unknown:
        raise ValueError(f"not a first-start name: {', '.join(sorted(unknown))}")
    path = paths.config_dir() / CONFIG_FILENAME
    try:
        raw = _config_bytes(path)
    except FileNotFoundError:
        raw = b""
    except OSError as error:
        raise ConfigWriteError(f"{path}: cannot be read ({error.strerror or error})") from error
    if raw is None:
        raise ConfigWriteError(f"{path}: is not a file, or larger than {MAX_CONFIG_BYTES:,} bytes")
    import tomllib

    try:
        text = raw.decode("utf-8-sig")
        before = tomllib.loads(text)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError, ValueError) as error:
        raise ConfigWriteError(f"{path}: is not valid TOML, so it is left as it is ({error})") from error
    kept = _without_section(text, FIRST_START_SECTION).rstrip()
    lines = [f"[{FIRST_START_SECTION}]", "# Given at DeskHelp's first start; IT's [library] and [desk] settings win."]
    lines += [f"{key} = {_toml_string(value)}" for key, value in names.items()]
    new_text = (kept + "\n\n" if kept else "") + "\n".join(lines) + "\n"
    expected = {k: v for k, v in before.items() if k != FIRST_START_SECTION}
    expected[FIRST_START_SECTION] = dict(names)
    try:
        after = tomllib.loads(new_text)
    except tomllib.TOMLDecodeError:
        after = None
    if after != expected:  # e.g. a [first_start] line inside a multi-line string: never write what reads back wrong
        raise ConfigWriteError(f"{path}: could not be updated safely; set the names there by hand")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        write_text_atomically(path, new_text)
    except WriteError as error:
        raise ConfigWriteError(str(error)) from error
    log.info("settings: first-start names %s saved in %s", ", ".join(names), path)
    return path


def _without_section(text: str, section: str) -> str:
    """``text`` without the [section] header and its lines, up to the next table header."""
    import re

    header = re.compile(r"^\s*\[\[?\s*([^\]]*?)\s*\]")
    kept, skipping = [], False
    for line in text.splitlines():
        match = header.match(line)
        if match:
            skipping = match.group(1).strip("\"' ") == section
        if not skipping:
            kept.append(line)
    return "\n".join(kept)
