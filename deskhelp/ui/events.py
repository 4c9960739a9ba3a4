"""The events several windows care about, in one place: the desk window says what happened, every open window hears.

One ``DeskEvents`` per application, owned by the desk window (``MainWindow.events``) and handed to each window it
opens; not a module-level singleton, so every test (and every window) gets a fresh one. A window that opens later
reads the current state from the service; the hub only tells of changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DeskEvents(QObject):
    language_changed = Signal(str)  # sv | en: the pack's names and the window's strings follow
    pack_changed = Signal()  # a new guideline pack revision is active: names and lists are read again
    case_logged = Signal(int)  # case id: the log has one more case
    case_undone = Signal(int)  # case id: the log has one case less
    cases_collected = Signal(int)  # cases added: other desks' shared cases were read into the log (issue 14)
