"""File → Collect cases from all desks (issue 14): the team lead's PC reads every desk's shared cases.

The work is the service's (DeskService.collect, as `deskhelp collect`), on a Python thread: the window stays
responsive, a progress dialog shows how far it got and can cancel (files read so far stay read; the rest is read
next time). When it ends, the result is shown and every open window hears of the new cases (DeskEvents).
"""

from __future__ import annotations

import contextlib
import logging
import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

log = logging.getLogger(__name__)
SKIPPED_SHOWN = 10  # more skipped files are counted; the log and `deskhelp collect` list them all


class CaseCollector(QObject):
    progressed = Signal(int)
    ended = Signal(object)  # a CollectReport, or the error met

    def __init__(self, window, service, events) -> None:
        super().__init__(window)
        self._window = window
        self._service = service
        self._events = events
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()
        self.dialog: QProgressDialog | None = None
        self.box: QMessageBox | None = None  # the result, for tests
        self.progressed.connect(self._on_progress)
        self.ended.connect(self._on_ended)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        if self._service.settings.share_folder is None:
            self._window.show_banner(
                self.tr("No sharing folder is set; ask IT to set [sharing] folder in deskhelp.toml."), error=False
            )
            return
        self._cancel.clear()
        self.dialog = QProgressDialog(
            self.tr("Collecting cases from all desks…"), self.tr("Cancel"), 0, 100, self._window
        )
        self.dialog.setWindowTitle(self.tr("Collect cases"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.canceled.connect(self._cancel.set)
        self.dialog.setValue(0)
        self._thread = threading.Thread(target=self._run, name="deskhelp-collect", daemon=True)
        self._thread.start()

    def wait(self, seconds: float | None = None) -> None:
        """For tests: until the collect has finished on its thread."""
        if self._thread is not None:
            self._thread.join(seconds)

    def _run(self) -> None:
        from deskhelp.service import FolderUnreachable, StorageError

        outcome: object
        try:
            outcome = self._service.collect(self._emit_progress, self._cancel.is_set)
        except (FolderUnreachable, StorageError) as error:
            log.warning("collect: %s", error)
            outcome = error
        except Exception as error:  # noqa: BLE001 - shown like the others; logged, as nobody foresaw it
            log.exception("collecting the shared cases failed")
            outcome = error
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            self.ended.emit(outcome)

    def _emit_progress(self, percent: int) -> None:
        with contextlib.suppress(RuntimeError):
            self.progressed.emit(percent)

    def _on_progress(self, percent: int) -> None:
        if self.dialog is not None and not self._cancel.is_set():
            self.dialog.setValue(min(percent, 99))

    def _on_ended(self, outcome) -> None:
        from deskhelp.service import CollectReport

        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._cancel.set)
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
        if isinstance(outcome, CollectReport):
            self._show(self._summary(outcome), warning=bool(outcome.skipped))
            if outcome.cases_added or outcome.withdrawn:
                self._events.cases_collected.emit(outcome.cases_added)
        else:
            self._show(self.tr("No cases were collected:") + f" {outcome}", warning=True)

    def _summary(self, report) -> str:
        lines = [
            self.tr("{0} new files read, {1} cases added, {2} withdrawn.").format(
                report.files_read, report.cases_added, report.withdrawn
            )
        ]
        if report.cancelled:
            lines.append(self.tr("Cancelled: the remaining files are read next time."))
        for (branch, desk), count in sorted(report.by_branch_desk.items()):
            lines.append(self.tr("Branch {0}, desk {1}: {2} cases").format(branch, desk, count))
        if report.skipped:
            lines.append(self.tr("Files skipped (tell IT):"))
            lines += report.skipped[:SKIPPED_SHOWN]
            if len(report.skipped) > SKIPPED_SHOWN:
                lines.append(self.tr("and {0} more").format(len(report.skipped) - SKIPPED_SHOWN))
        return "\n".join(lines)

    def _show(self, text: str, warning: bool) -> None:
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        self.box = QMessageBox(icon, self.tr("Collect cases"), text, QMessageBox.StandardButton.Ok, self._window)
        self.box.open()  # not exec(): the desk's window goes on
