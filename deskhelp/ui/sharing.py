"""Sharing this desk's cases in the background (issue 14): at start (once the window is ready), every hour and at
exit, on a Python thread, as ui.maintenance does the daily backup. The work is the service's (DeskService.share).

Sharing must never interrupt the desk: an unreachable folder is logged and shown once as a quiet (not an error)
notice; what was not shared is shared next time. At exit the share gets about two seconds; if it takes longer the
window closes anyway (the thread is a daemon) and nothing is lost: the cases go next time.
"""

from __future__ import annotations

import contextlib
import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)
EVERY_MS = 60 * 60 * 1000
EXIT_SECONDS = 2.0


class BackgroundSharing(QObject):
    finished = Signal(object)  # a ShareResult, None (nothing set up, or busy), or the FolderUnreachable met

    def __init__(self, window, service) -> None:
        super().__init__(window)
        self._window = window
        self._service = service
        self._thread: threading.Thread | None = None
        self._told = False  # the unreachable-folder notice is shown once per session
        self.finished.connect(self._report)
        self._timer = QTimer(self)
        self._timer.setInterval(EVERY_MS)
        self._timer.timeout.connect(self.start)

    @property
    def enabled(self) -> bool:
        return self._service.settings.share_folder is not None

    def start(self) -> None:
        """Share now (if not already sharing) and then every hour. Does nothing without a sharing folder."""
        if not self.enabled:
            return
        self._timer.start()
        if self._thread is not None and self._thread.is_alive():
            return
        self._thread = threading.Thread(target=self._run, name="deskhelp-share", daemon=True)
        self._thread.start()

    def wait(self, seconds: float | None = None) -> None:
        """For tests: until the running share has finished."""
        if self._thread is not None:
            self._thread.join(seconds)

    def at_exit(self, seconds: float = EXIT_SECONDS) -> None:
        """The last share, waiting at most ``seconds``: the window closes whether or not it is done."""
        if not self.enabled:
            return
        self._timer.stop()
        thread = threading.Thread(target=self._last, args=(seconds,), name="deskhelp-share-exit", daemon=True)
        thread.start()
        thread.join(seconds)

    def _share(self, timeout: float = -1):
        from deskhelp.service import FolderUnreachable

        try:
            return self._service.share(timeout)
        except FolderUnreachable as exc:
            log.warning("sharing: %s; the cases are shared next time", exc)
            return exc
        except Exception:  # noqa: BLE001 - the desk goes on whatever the share meets
            log.exception("sharing the cases failed; they are shared next time")
            return None

    def _run(self) -> None:
        done = self._share()
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            self.finished.emit(done)  # queued to the GUI thread

    def _last(self, seconds: float) -> None:
        self._share(timeout=max(seconds - 0.5, 0.1))

    def _report(self, done) -> None:
        from deskhelp.service import FolderUnreachable

        if isinstance(done, FolderUnreachable) and not self._told:
            self._told = True
            self._window.show_banner(
                self.tr("The sharing folder cannot be reached; this desk's cases are shared later.")
                + f" ({done.folder})",
                error=False,
            )
