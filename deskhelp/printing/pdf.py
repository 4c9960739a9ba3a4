"""Saving a PDF: the one way slips and reports become files."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPdfWriter

from deskhelp.files import WriteError, atomic_output
from deskhelp.printing.style import page_layout

PDF_DPI = 1200  # what Qt's printer writes a PDF at in high resolution: the layout of a printed slip, to the pixel


def save_pdf(path: Path, title: str, margins_mm: QMarginsF, paint: Callable[[QPagedPaintDevice], None]) -> None:
    """Save a PDF at ``path``, its pages painted by ``paint`` on a PDF writer set up for A4 with ``margins_mm``.

    Written through a temporary file beside ``path`` and renamed when complete: a reader never sees half a PDF, and
    the PDF gets the permissions any new file there gets. Raises WriteError (an OSError) naming ``path``."""
    path = Path(path).absolute()
    # Qt's PDF writer fails without a word: say why first.
    if not path.parent.is_dir():
        raise WriteError(path, f"the folder {path.parent} does not exist")
    if path.is_dir():
        raise WriteError(path, "that is a folder")
    with atomic_output(path) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(PDF_DPI)
        writer.setCreator("DeskHelp")
        writer.setTitle(title)
        writer.setPageLayout(page_layout(margins_mm))
        paint(writer)
        del writer  # closes the file
        if os.path.getsize(temporary) == 0:
            raise WriteError(path, "nothing was written")
        # Qt's PDF writer does not report a failed write: on a full disk it left a cut-off file and said nothing.
        if not _ends_like_a_pdf(temporary):
            raise WriteError(path, "the PDF could not be written completely (is the disk full?)")


def _ends_like_a_pdf(path: Path) -> bool:
    with open(path, "rb") as stream:
        size = stream.seek(0, 2)
        stream.seek(max(0, size - 1024))
        return b"%%EOF" in stream.read()
