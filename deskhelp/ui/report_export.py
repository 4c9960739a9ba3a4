"""Exporting a report from the dashboard: ask where, write it on a thread of its own, show progress, allow cancel.

The writing itself is ``deskhelp.exports.export_report``, the same as `deskhelp export` on the command line. A
PDF is written on the main thread (Qt paints it); CSV and XLSX, which may hold a million cases, on a worker.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from deskhelp.core.guidelines import GuidelinePack
from deskhelp.core.statistics import StatsFilter
from deskhelp.exports import ExportRequest, export_report
from deskhelp.reports.guard import ExportError
from deskhelp.reports.model import ReportKind
from deskhelp.storage.errors import StorageError
from deskhelp.storage.statistics import Cancelled
from deskhelp.ui.messages import storage_message

FILTERS = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)"}


def suggested_path(kind: ReportKind, file_format: str, stats_filter: StatsFilter) -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    period = stats_filter.period
    return Path(documents) / f"deskhelp-{kind.value}-{period.start:%Y-%m-%d}--{period.end:%Y-%m-%d}.{file_format}"


class _Writer(QObject):
    done = Signal(object)  # the error, or None when written
    cancelled = Signal()

    def __init__(self, request: ExportRequest, database: Path, pack: GuidelinePack) -> None:
        super().__init__()
        self.request, self.database, self.pack = request, database, pack
        self.flag = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            export_report(self.request, self.database, self.pack, self.flag.is_set)
        except Cancelled:
            self.cancelled.emit()
            return
        except (ExportError, StorageError, OSError, ValueError) as error:
            self.done.emit(error)
            return
        self.done.emit(None)


class ReportExporter(QObject):
    """One export at a time, for one dashboard."""

    finished = Signal(str)  # the path written

    def __init__(self, parent: QWidget, database: Path, pack: GuidelinePack, library: str) -> None:
        super().__init__(parent)
        self._parent, self._database, self._pack, self._library = parent, database, pack, library
        self._thread: QThread | None = None

    def choose_path(self, suggested: Path, file_format: str) -> Path | None:
        """Ask where to save (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Save the report"), str(suggested), FILTERS[file_format]
        )
        return Path(path) if path else None

    def export(self, kind: ReportKind, file_format: str, stats_filter: StatsFilter, language: str = "sv") -> None:
        if self._thread is not None:
            return  # one at a time; the progress dialog is showing
        out = self.choose_path(suggested_path(kind, file_format, stats_filter), file_format)
        if out is None:
            return
        if out.suffix.lower() != f".{file_format}":
            out = out.with_name(f"{out.name}.{file_format}")
        request = ExportRequest(kind, file_format, stats_filter, out, self._library, language)
        if request.file_format == "pdf":  # Qt paints the PDF: on this thread
            writer = _Writer(request, self._database, self._pack)
            writer.done.connect(lambda error: self._done(error, out))
            writer.run()
            return
        self._run_on_thread(request, out)

    def _run_on_thread(self, request: ExportRequest, out: Path) -> None:
        progress = QProgressDialog(self.tr("Writing {0}…").format(out.name), self.tr("Cancel"), 0, 0, self._parent)
        progress.setObjectName("exportProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        writer = _Writer(request, self._database, self._pack)
        thread = QThread(self)
        writer.moveToThread(thread)
        thread.started.connect(writer.run)
        progress.canceled.connect(writer.flag.set)

        def finish(error) -> None:
            progress.reset()
            thread.quit()
            thread.wait()
            writer.deleteLater()
            self._thread = None
            if error != "cancelled":
                self._done(error, out)

        writer.done.connect(finish, Qt.ConnectionType.QueuedConnection)
        writer.cancelled.connect(lambda: finish("cancelled"), Qt.ConnectionType.QueuedConnection)
        self._thread = thread
        thread.start()

    def _done(self, error, out: Path) -> None:
        if error is None:
            self.finished.emit(str(out))
            return
        text = storage_message(error) if isinstance(error, StorageError) else str(error)
        QMessageBox.warning(self._parent, self.tr("The report was not saved"), text)
