"""What every writer does before a file leaves DeskHelp: guard text against formula injection, and write the file
so that a failed export leaves nothing behind.

Formula injection: a spreadsheet treats a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and, in some
programs, a tab or carriage return before one) as a formula. A reflection such as ``=HYPERLINK("x")`` must stay
text when a team lead opens the export, so such text gets a leading single quote, as OWASP recommends. Numbers
are never touched: a negative count is a number, not text.
"""

from __future__ import annotations

import gc
import os
import secrets
import sys
import traceback
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

DANGEROUS_STARTS = frozenset("=+-@\t\r")


class ExportError(Exception):
    """The report could not be written; the message names the file. Nothing was left behind."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"cannot write {path}: {reason}")


def guard_text(text: str) -> str:
    """``text``, with a leading ``'`` if a spreadsheet could take it for a formula."""
    return "'" + text if text[:1] in DANGEROUS_STARTS else text


@contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` to write to; renamed to ``path`` when the block succeeds, removed if not.

    Raises ExportError, naming ``path``, when the folder cannot be written to or the writing fails with an OSError.
    """
    path = Path(path)
    # Not tempfile.mkstemp: its file is private to the user (0600), and the report often goes to a shared folder.
    # The temporary name keeps the suffix, for writers that go by it.
    temporary_path = path.with_name(f".{path.stem}.{os.getpid()}.{secrets.token_hex(4)}.part{path.suffix}")
    try:
        with open(temporary_path, "xb"):
            pass
    except OSError as exc:
        raise ExportError(path, exc.strerror or str(exc)) from exc
    try:
        yield temporary_path
        os.replace(temporary_path, path)
    except OSError as exc:
        temporary_path.unlink(missing_ok=True)
        raise ExportError(path, exc.strerror or str(exc)) from exc
    except BaseException:
        temporary_path.unlink(missing_ok=True)
        raise


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
