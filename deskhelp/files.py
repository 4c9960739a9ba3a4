"""Writing a file so that a reader never sees half of it: the one way DeskHelp writes the files it leaves behind
(reports, slips, pack exports, preferences).

The file is written under a temporary name beside its target and renamed over it when complete; a failure or a
cancel removes the temporary file, and an older file of the same name stays as it was.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class WriteError(OSError):
    """A file could not be written; the message names the file. Nothing was left behind."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"cannot write {path}: {reason}")
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return self.args[0]

    def __reduce__(self):  # an OSError pickles by its args; this one by its own two
        return (type(self), (self.path, self.reason))


@contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` to write to; renamed to ``path`` when the block succeeds, removed if not.

    Raises WriteError, naming ``path``, when the folder cannot be written to or the writing fails with an OSError.
    """
    path = Path(path)
    # Not tempfile.mkstemp: its file is private to the user (0600), and a report often goes to a shared folder.
    # Beside the target, so that the rename stays on one disk. The temporary name keeps the suffix, for writers
    # that go by it.
    temporary_path = path.with_name(f".{path.stem}.{os.getpid()}.{os.urandom(4).hex()}.part{path.suffix}")
    try:
        with open(temporary_path, "xb"):
            pass
    except OSError as exc:
        raise WriteError(path, exc.strerror or str(exc)) from exc
    try:
        yield temporary_path
        os.replace(temporary_path, path)
    except WriteError:  # already names the file (a writer's own check)
        temporary_path.unlink(missing_ok=True)
        raise
    except OSError as exc:
        temporary_path.unlink(missing_ok=True)
        raise WriteError(path, exc.strerror or str(exc)) from exc
    except BaseException:
        temporary_path.unlink(missing_ok=True)
        raise


def write_text_atomically(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` through ``atomic_output``. Raises WriteError naming ``path``."""
    with atomic_output(path) as temporary:
        temporary.write_text(text, encoding=encoding)
