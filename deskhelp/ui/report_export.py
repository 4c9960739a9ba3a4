"""Exporting a report from the dashboard: ask where, write it on a thread of its own, show progress, allow cancel.

The progress of the cases is said in words, with the time left ("412 000 av 1 000 000 ärenden – cirka 2 min kvar",
``deskhelp.core.progress``, the same text `deskhelp export` shows in a terminal), in the window's language.

The writing itself is the application service's (``DeskService.export``), the same as `deskhelp export` on the
command line. A PDF is written on the main thread (Qt paints it); CSV and XLSX, which may hold a million cases, on
a worker. Whatever happens to a write, the export is over when the writer returns: an unforeseen error is shown and
logged like a foreseen one, and the next export runs (one left marked as running would silently stop every later
one).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from deskhelp.core.progress import Estimate
from deskhelp.core.statistics import StatsFilter
from deskhelp.exports import ExportRequest
from deskhelp.reports.model import ReportKind
from deskhelp.service import Cancelled, ExportError, StorageError
from deskhelp.ui import register_pdf_writer
from deskhelp.ui.messages import storage_message

if TYPE_CHECKING:
    from deskhelp.service import DeskService

log = logging.getLogger(__name__)
register_pdf_writer()  # the dashboard saves PDFs: the exports get the writer with the charts
FILTERS = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)"}
CANCELLED = "cancelled"


def suggested_path(kind: ReportKind, file_format: str, stats_filter: StatsFilter) -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    period = stats_filter.period
    return Path(documents) / f"deskhelp-{kind.value}-{period.start:%Y-%m-%d}--{period.end:%Y-%m-%d}.{file_format}"


class _Writer(QObject):
    ended = Signal(object)  # None when written, CANCELLED, or the error
    progressed = Signal(int, int)  # cases written, cases in all (from the writer's thread: queued to the dialog)

    def __init__(self, request: ExportRequest, service: DeskService) -> None:
        super().__init__()
        self.request, self.service = request, service
        self.flag = threading.Event()

    @Slot()
    def run(self) -> None:
        outcome: object = RuntimeError("the export stopped unexpectedly")  # until it has returned or raised
        try:
            self.service.export(self.request, self.flag.is_set, progress=self.progressed.emit)
            outcome = None
        except Cancelled:
            outcome = CANCELLED
        except (ExportError, StorageError, OSError, ValueError) as error:
            outcome = error
        except Exception as error:  # noqa: BLE001 - shown like the others; logged, as nobody foresaw it
            log.exception("exporting the %s report as %s failed", self.request.kind.value, self.request.file_format)
            outcome = error
        finally:
            self.ended.emit(outcome)  # always: the export is over, whatever happened


class ReportExporter(QObject):
    """One export at a time, for one dashboard."""

    finished = Signal(str)  # the path written
    failed = Signal(str)  # what staff were told

    def __init__(self, parent: QWidget, service: DeskService) -> None:
        super().__init__(parent)
        self._parent, self._service = parent, service
        self._thread: QThread | None = None
        self._running: tuple[QThread, _Writer, QProgressDialog, Path] | None = None  # the export on its thread
        self._estimate: Estimate | None = None  # of the running export, from its first count

    def is_running(self) -> bool:
        return self._thread is not None

    def choose_path(self, suggested: Path, file_format: str) -> Path | None:
        """Ask where to save (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Save the report"), str(suggested), FILTERS[file_format]
        )
        return Path(path) if path else None

    def tell_failure(self, text: str) -> None:
        """Say that the report was not saved, and why (tests replace this)."""
        QMessageBox.warning(self._parent, self.tr("The report was not saved"), text)

    def export(self, kind: ReportKind, file_format: str, stats_filter: StatsFilter, language: str = "sv") -> None:
        if self._thread is not None:
            return  # one at a time; the progress dialog is showing
        out = self.choose_path(suggested_path(kind, file_format, stats_filter), file_format)
        if out is None:
            return
        if out.suffix.lower() != f".{file_format}":
            out = out.with_name(f"{out.name}.{file_format}")
        library = self._service.settings.library
        request = ExportRequest(kind, file_format, stats_filter, out, library, language)
        if request.file_format == "pdf":  # Qt paints the PDF: on this thread
            writer = _Writer(request, self._service)
            writer.ended.connect(lambda outcome: self._done(outcome, out))
            writer.run()
            return
        self._run_on_thread(request, out)

    def _run_on_thread(self, request: ExportRequest, out: Path) -> None:
        progress = QProgressDialog(self.tr("Writing {0}…").format(out.name), self.tr("Cancel"), 0, 0, self._parent)
        progress.setObjectName("exportProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        # The count reaches the total a few seconds before the file is complete: stay open until the writer ends.
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        writer = _Writer(request, self._service)
        self._estimate = None
        writer.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        thread = QThread(self)
        writer.moveToThread(thread)
        thread.started.connect(writer.run)
        progress.canceled.connect(writer.flag.set)
        # Escape right after the dialog appears can hide it without "canceled" (seen offscreen): cancel then too.
        progress.rejected.connect(writer.flag.set)
        # To a slot of this object, which lives on the GUI thread: the ending runs there (a plain function as the
        # receiver could be called on the writer's thread, which cannot wait for itself).
        writer.ended.connect(self._on_ended, Qt.ConnectionType.QueuedConnection)
        self._running = (thread, writer, progress, out)
        self._thread = thread
        thread.start()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._running is None:
            return
        _thread, _writer, progress, out = self._running
        if self._estimate is None:
            self._estimate = Estimate(total)
        self._estimate.total = total = max(total, done)
        language = "sv" if QLocale().language() == QLocale.Language.Swedish else "en"
        progress.setLabelText(f"{self.tr('Writing {0}…').format(out.name)}\n{self._estimate.text(done, language)}")
        if total:  # Qt's progress bar holds an int: a count of cases fits
            progress.setMaximum(total)
            progress.setValue(done)

    @Slot(object)
    def _on_ended(self, outcome: object) -> None:
        thread, writer, progress, out = self._running
        try:
            progress.reset()
            thread.quit()
            thread.wait()
            writer.deleteLater()
        finally:
            self._thread = None  # the next export may run, whatever went wrong here
        self._done(outcome, out)

    def _done(self, outcome: object, out: Path) -> None:
        if outcome == CANCELLED:
            return
        if outcome is None:
            self.finished.emit(str(out))
            return
        text = storage_message(outcome) if isinstance(outcome, StorageError) else str(outcome)
        self.failed.emit(text)
        self.tell_failure(text)
