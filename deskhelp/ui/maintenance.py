"""Scheduling the service's daily check and backup (DeskService.daily_maintenance) off the GUI thread.

The work itself is the service's; this only starts it on a Python thread once the window is ready, again every
hour (the service does nothing until the date changes, so a desk left open overnight is checked the next day), and
reports on the GUI thread: damage and a failed backup go into the window's error banner.
"""

from __future__ import annotations

import contextlib
import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)
EVERY_MS = 60 * 60 * 1000


class DailyMaintenance(QObject):
    finished = Signal(object)  # a Maintenance, or None when nothing was due

    def __init__(self, window, service) -> None:
        super().__init__(window)
        self._window = window
        self._service = service
        self._thread: threading.Thread | None = None
        self.finished.connect(self._report)
        self._timer = QTimer(self)
        self._timer.setInterval(EVERY_MS)
        self._timer.timeout.connect(self.start)

    def start(self) -> None:
        """Run now (if not already running) and then every hour."""
        self._timer.start()
        if self._thread is not None and self._thread.is_alive():
            return
        self._thread = threading.Thread(target=self._run, name="deskhelp-maintenance", daemon=True)
        self._thread.start()

    def wait(self, seconds: float | None = None) -> None:
        """For tests and shutdown: until the running maintenance has finished."""
        if self._thread is not None:
            self._thread.join(seconds)

    def _run(self) -> None:
        try:
            done = self._service.daily_maintenance()
        except Exception:  # noqa: BLE001 - the desk must go on whatever the check or the backup meets
            log.exception("the daily check and backup failed")
            done = None
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            self.finished.emit(done)  # queued to the GUI thread

    def _report(self, done) -> None:
        if done is None:
            return
        from deskhelp.ui.messages import storage_message

        damaged = self._service.damaged
        if done.damaged and damaged is not None:
            self._window.show_banner(storage_message(damaged, details=False), error=True)
        elif done.backup_problem:
            # The folder and the reason are in the log (the service logs them) and in `deskhelp check`.
            self._window.show_banner(
                self.tr("Today's backup could not be made; DeskHelp works as usual. Tell IT: they see why in the log."),
                error=True,
            )
