"""Sending this desk's cases to the central database in the background (issue 15): when the window is ready, every
hour, shortly after each logged case and at exit, on a Python thread, as ui.sharing shares into a folder. The work
is the service's (DeskService.central.push).

The desk never waits for the network: the case is in the local file before anything is sent. A server that cannot be
reached (network down, restarting, a wrong password) is logged and shown once as a quiet notice, not an error;
what waits is sent next time. At exit the push gets about two seconds; then the window closes anyway (the thread is
a daemon) and nothing is lost.
"""

from __future__ import annotations

import contextlib
import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)
EVERY_MS = 60 * 60 * 1000
AFTER_A_CASE_MS = 30 * 1000  # cases logged in a burst go together
EXIT_SECONDS = 2.0


class BackgroundCentral(QObject):
    finished = Signal(object)  # a PushResult, None (nothing configured, or busy), or the CentralUnavailable met

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
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(AFTER_A_CASE_MS)
        self._soon.timeout.connect(self.start)

    @property
    def enabled(self) -> bool:
        return self._service.central is not None

    def start(self) -> None:
        """Send now (if not already sending) and then every hour. Does nothing without a central database."""
        if not self.enabled:
            return
        self._timer.start()
        if self._thread is not None and self._thread.is_alive():
            return
        self._thread = threading.Thread(target=self._run, name="deskhelp-central", daemon=True)
        self._thread.start()

    def soon(self, *_case) -> None:
        """A case was logged: send within half a minute (one push for a burst of cases)."""
        if self.enabled:
            self._soon.start()

    def wait(self, seconds: float | None = None) -> None:
        """For tests: until the running push has finished."""
        if self._thread is not None:
            self._thread.join(seconds)

    def at_exit(self, seconds: float = EXIT_SECONDS) -> None:
        """The last push, waiting at most ``seconds``: the window closes whether or not it is done."""
        if not self.enabled:
            return
        self._timer.stop()
        self._soon.stop()
        thread = threading.Thread(target=self._push, args=(seconds,), name="deskhelp-central-exit", daemon=True)
        thread.start()
        thread.join(seconds)

    def _push(self, timeout: float = -1):
        from deskhelp.service import CentralUnavailable

        try:
            return self._service.central.push(timeout)
        except CentralUnavailable as exc:
            log.warning("central: %s; the cases wait here and are sent later", exc)
            return exc
        except Exception:  # noqa: BLE001 - the desk goes on whatever the push meets
            log.exception("sending the cases to the central database failed; they are sent later")
            return None

    def _run(self) -> None:
        done = self._push()
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            self.finished.emit(done)  # queued to the GUI thread

    def _report(self, done) -> None:
        from deskhelp.service import CentralUnavailable

        if isinstance(done, CentralUnavailable) and not self._told:
            self._told = True
            self._window.show_banner(
                self.tr("The central database cannot be reached; this desk's cases are kept here and sent later."),
                error=False,
            )


class ReportSource:
    """The service as the dashboard and its exports read it: this PC's cases, or (``central``) the central
    database's, chosen in the dashboard when one is configured. Everything else is the service's own."""

    def __init__(self, service) -> None:
        self.service = service
        self.central = False

    def __getattr__(self, name: str):
        return getattr(self.service, name)  # pack, settings ...

    def _central(self) -> dict:
        """The keyword that asks the service for the central database's cases (none: this PC's, as always)."""
        from deskhelp.service import CENTRAL

        return {"source": CENTRAL} if self.central else {}

    def statistics(self, stats_filter, cancelled=None, progress=None):
        return self.service.statistics(stats_filter, cancelled, progress, **self._central())

    def branches_and_desks(self, cancelled=None):
        return self.service.branches_and_desks(cancelled, **self._central())

    def export(self, request, cancelled=None):
        return self.service.export(request, cancelled, **self._central())
