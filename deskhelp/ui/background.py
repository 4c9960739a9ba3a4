"""Service work that must never make the desk wait, run on a Python thread: when the window is ready, every hour
and at exit (bounded: the window closes whether or not it is done). A destination that cannot be reached is logged
and shown once as a quiet notice; what was not done is done next time. ui.sharing (the shared folder) and
ui.central (the central database) are the two kinds.
"""

from __future__ import annotations

import contextlib
import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

EVERY_MS = 60 * 60 * 1000
EXIT_SECONDS = 2.0


class BackgroundJob(QObject):
    """One kind of background work; a subclass says what it does (``work``), when it is set up (``enabled``), what
    "cannot be reached" is (``unreachable``) and what staff are told then (``notice``)."""

    finished = Signal(object)  # what ``work`` returned, None (nothing set up, busy, or failed), or the unreachable met
    thread_name = "deskhelp-background"
    exit_margin = 0.0  # seconds of the exit's wait not given to the work itself
    log = logging.getLogger(__name__)
    unreachable_message = "%s; it is done next time"
    failed_message = "the background work failed; it is done next time"

    def __init__(self, window, service) -> None:
        super().__init__(window)
        self._window = window
        self._service = service
        self._thread: threading.Thread | None = None
        self._told = False  # the notice is shown once per session
        self.finished.connect(self._report)
        self._timer = QTimer(self)
        self._timer.setInterval(EVERY_MS)
        self._timer.timeout.connect(self.start)

    # -- what a subclass says ---------------------------------------------------------------------------------
    @property
    def enabled(self) -> bool:
        raise NotImplementedError

    def work(self, timeout: float):
        raise NotImplementedError

    def unreachable(self) -> type[Exception]:
        raise NotImplementedError

    def notice(self, problem: Exception) -> str:
        raise NotImplementedError

    # -- the schedule ---------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Run now (if not already running) and then every hour. Does nothing where it is not set up."""
        if not self.enabled:
            return
        self._timer.start()
        if self._thread is not None and self._thread.is_alive():
            return
        self._thread = threading.Thread(target=self._run, name=self.thread_name, daemon=True)
        self._thread.start()

    def wait(self, seconds: float | None = None) -> None:
        """For tests: until the running work has finished."""
        if self._thread is not None:
            self._thread.join(seconds)

    def at_exit(self, seconds: float = EXIT_SECONDS) -> None:
        """The last run, waiting at most ``seconds``: the window closes whether or not it is done."""
        if not self.enabled:
            return
        self._stop_timers()
        timeout = max(seconds - self.exit_margin, 0.1)
        thread = threading.Thread(target=self._attempt, args=(timeout,), name=f"{self.thread_name}-exit", daemon=True)
        thread.start()
        thread.join(seconds)

    def _stop_timers(self) -> None:
        self._timer.stop()

    # -- on the thread, then on the GUI thread --------------------------------------------------------------------
    def _attempt(self, timeout: float = -1):
        try:
            return self.work(timeout)
        except self.unreachable() as exc:
            self.log.warning(self.unreachable_message, exc)
            return exc
        except Exception:  # noqa: BLE001 - the desk goes on whatever the work meets
            self.log.exception(self.failed_message)
            return None

    def _run(self) -> None:
        done = self._attempt()
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            self.finished.emit(done)  # queued to the GUI thread

    def _report(self, done) -> None:
        if isinstance(done, self.unreachable()) and not self._told:
            self._told = True
            self._window.show_banner(self.notice(done), error=False)
