"""Publishing a pack the guideline editor changed: checked by the reader's own rules, given a new version and a
change note, and written as a file to the library's pack folder, from which every desk takes it at its next start.

Who may publish is who may write to that folder (IT sets that on the share); DeskHelp has no passwords of its own.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from pathlib import Path
from typing import Any

from deskhelp.content.pack_file import LoadedPack, PackError, PackProblem, pack_from_data, parse_pack_bytes
from deskhelp.content.pack_writer import pack_text
from deskhelp.files import WriteError, atomic_output

MAX_NOTE_CHARS = 300  # a sentence or two, shown in "what's new"
_LAST_NUMBER = re.compile(r"(\d+)(?!.*\d)")
_UNSAFE_IN_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def problems_in(data: Any) -> tuple[list[PackProblem], int]:
    """The reader's problems with edited pack data (its first MAX_LISTED_PROBLEMS, and how many in all)."""
    try:
        pack_from_data(data, "edited")
    except PackError as error:
        return list(error.problems), error.total
    return [], 0


def next_version(version: str) -> str:
    """The version after ``version``: its last number counted up ("2026.1" -> "2026.2"), or ".1" added."""
    match = _LAST_NUMBER.search(version)
    if match is None:
        return f"{version}.1"
    return version[: match.start()] + str(int(match.group(1)) + 1) + version[match.end() :]


def published_name(pack_id: str, version: str, day: dt.date) -> str:
    """The published file's name: the pack, the day and the version, so that a folder listing reads as a history."""
    safe_version = _UNSAFE_IN_NAME.sub("-", version).strip("-.") or "1"
    return f"{pack_id}-{day.isoformat()}-v{safe_version}.yaml"


def edited_pack(data: dict[str, Any], note: str, active_version: str) -> LoadedPack:
    """The edited data as a checked pack, with the change note and (if the editor did not change it) a new version.
    Raises PackError with the reader's problems; the change note is checked like every other text."""
    data = copy.deepcopy(data)
    info = data.setdefault("pack", {}) if isinstance(data, dict) else {}
    note = " ".join(note.split())
    if not note:
        raise PackError(
            "the change note", [PackProblem("pack.change_note", "is empty; say in a sentence what changed")]
        )
    if len(note) > MAX_NOTE_CHARS:
        problem = PackProblem("pack.change_note", f"is {len(note)} characters; at most {MAX_NOTE_CHARS}")
        raise PackError("the change note", [problem])
    info["change_note"] = note
    if str(info.get("version", "")) == active_version:
        info["version"] = next_version(active_version)
    pack_from_data(data, "the edited guidelines")  # every problem at once, before anything is written
    text = pack_text(data)
    return parse_pack_bytes(text.encode("utf-8"), "the edited guidelines")


def publish_to(folder: Path, loaded: LoadedPack, day: dt.date) -> Path:
    """Write the pack to ``folder`` under its published name, atomically. Raises WriteError naming the file when the
    folder is missing or cannot be written to (this person may not publish there)."""
    target = Path(folder) / published_name(loaded.pack.info.id, loaded.pack.info.version, day)
    if not Path(folder).is_dir():
        raise WriteError(target, "the pack folder does not exist or cannot be reached")
    with atomic_output(target) as temporary:
        temporary.write_bytes(loaded.text.encode("utf-8"))
    return target
