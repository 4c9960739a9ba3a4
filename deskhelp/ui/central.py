"""Sending this desk's cases to the central database in the background (issue 15): when the window is ready, every
hour, shortly after each logged case and at exit, as ui.background runs such work (ui.sharing is the other kind).
The work is the service's (DeskService.central.push).

The desk never waits for the network: the case is in the local file before anything is sent. A server that cannot be
reached (network down, restarting, a wrong password) is logged and shown once as a quiet notice, not an error;
what waits is sent next time. At exit the push gets about two seconds; then the window closes anyway (the thread is
a daemon) and nothing is lost.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer

from deskhelp.ui.background import BackgroundJob

AFTER_A_CASE_MS = 30 * 1000  # cases logged in a burst go together


class BackgroundCentral(BackgroundJob):
    thread_name = "deskhelp-central"
    log = logging.getLogger(__name__)
    unreachable_message = "central: %s; the cases wait here and are sent later"
    failed_message = "sending the cases to the central database failed; they are sent later"

    def __init__(self, window, service) -> None:
        super().__init__(window, service)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(AFTER_A_CASE_MS)
        self._soon.timeout.connect(self.start)

    @property
    def enabled(self) -> bool:
        return self._service.central is not None

    def soon(self, *_case) -> None:
        """A case was logged: send within half a minute (one push for a burst of cases)."""
        if self.enabled:
            self._soon.start()

    def _stop_timers(self) -> None:
        super()._stop_timers()
        self._soon.stop()

    def work(self, timeout: float):
        return self._service.central.push(timeout)  # a PushResult, or None (busy)

    def unreachable(self) -> type[Exception]:
        from deskhelp.service import CentralUnavailable

        return CentralUnavailable

    def notice(self, problem: Exception) -> str:
        return self.tr("The central database cannot be reached; this desk's cases are kept here and sent later.")


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

    def export(self, request, cancelled=None, progress=None):
        return self.service.export(request, cancelled, progress=progress, **self._central())
