"""What every writer does before a file leaves DeskHelp: guard text against formula injection, and write the file
so that a failed export leaves nothing behind (``deskhelp.files``, re-exported here for the writers).

Formula injection: a spreadsheet treats a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and, in some
programs, a tab or carriage return before one) as a formula. A reflection such as ``=HYPERLINK("x")`` must stay
text when a team lead opens the export, so such text gets a leading single quote, as OWASP recommends. Numbers
are never touched: a negative count is a number, not text.
"""

from __future__ import annotations

import gc
import os
import sys
import traceback
from collections.abc import Iterable
from pathlib import Path

from deskhelp.files import WriteError, atomic_output

__all__ = ["DANGEROUS_STARTS", "ExportError", "atomic_output", "guard_text", "refuse_protected", "release_quietly"]

DANGEROUS_STARTS = frozenset("=+-@\t\r")


# The one atomic write of DeskHelp, under the names the export code has always used.
ExportError = WriteError


def guard_text(text: str) -> str:
    """``text``, with a leading ``'`` if a spreadsheet could take it for a formula."""
    return "'" + text if text[:1] in DANGEROUS_STARTS else text


def refuse_protected(path: Path, files: Iterable[Path], folders: Iterable[Path]) -> None:
    """Raise ExportError if ``path`` is one of ``files`` or inside one of ``folders``: an export must never replace
    the database or a backup. Compared as the system sees them: symbolic links and ``..`` resolved, case folded where
    the file system ignores case (Windows), hard links by identity."""
    target = _comparable(path)
    for protected in files:
        if target == _comparable(protected) or _same_file(path, protected):
            raise ExportError(path, f"that is DeskHelp's own file {protected}; choose another name")
    for folder in folders:
        resolved = _comparable(folder)
        if target == resolved or target.startswith(resolved.rstrip(os.sep) + os.sep):
            raise ExportError(path, f"that is inside the backups folder {folder}; choose another folder")


def _comparable(path: Path) -> str:
    return os.path.normcase(os.path.realpath(os.path.abspath(path)))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):  # one of them does not exist (yet)
        return False


def release_quietly(error: BaseException | None) -> None:
    """Let go of what the frames of a failed write still hold (an open ZIP file of XlsxWriter's), now and silently:
    otherwise its clean-up fails again on the full disk later and prints "Exception ignored" over the message."""
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        seen: set[int] = set()
        while error is not None and id(error) not in seen:
            seen.add(id(error))
            traceback.clear_frames(error.__traceback__)
            error = error.__cause__ or error.__context__
        gc.collect()
    finally:
        sys.unraisablehook = hook
