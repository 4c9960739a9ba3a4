"""Writing a report to a file: the one way the command line and the dashboard both export.

Reads the database (storage), builds the report (reports), writes CSV or XLSX (reports) or PDF (ui, Qt's PDF
writer), always through a temporary file renamed at the end: a failed or cancelled export leaves no file, and an
older file of the same name stays as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from deskhelp import paths
from deskhelp.core.guidelines import GuidelinePack
from deskhelp.core.statistics import StatsFilter
from deskhelp.reports.model import Report, ReportKind

FORMATS = ("csv", "xlsx", "pdf")
DATABASE_COMPANIONS = ("-wal", "-shm", "-journal")  # SQLite's files beside the database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportRequest:
    kind: ReportKind
    file_format: str  # one of FORMATS
    filter: StatsFilter
    out: Path
    library: str
    language: str = "sv"
    suppress_below: int | None = None  # None: the report's default (3 for what leaves the library)


def refuse_protected_output(out: Path, database: Path, backups: Path | None = None) -> None:
    """Raise ExportError when ``out`` is the database, one of SQLite's files beside it, or inside a backups folder
    (the one beside the database and the one configured): an export must never replace what it reports on."""
    from deskhelp.reports.guard import refuse_protected

    files = [database, *(database.with_name(database.name + suffix) for suffix in DATABASE_COMPANIONS)]
    folders = [paths.backup_dir(database), *([backups] if backups else [])]
    refuse_protected(Path(out), files, folders)


def export_report(
    request: ExportRequest,
    database: Path,
    pack: GuidelinePack,
    cancelled: Callable[[], bool] | None = None,
    backups: Path | None = None,
) -> Report:
    """Write the report; returns it. Raises ExportError (naming the path), StorageError or Cancelled.

    ``backups``: the configured backups folder, refused as a destination like the database itself."""
    from deskhelp.reports.builders import ReportOptions, build_report
    from deskhelp.reports.guard import atomic_output
    from deskhelp.storage.statistics import ReportQueries

    if request.file_format not in FORMATS:
        raise ValueError(f"unknown format {request.file_format!r}; use one of {', '.join(FORMATS)}")
    refuse_protected_output(request.out, database, backups)  # before anything is read or written
    options = ReportOptions(
        request.filter, library=request.library, language=request.language, suppress_below=request.suppress_below
    )
    report = build_report(request.kind, options, pack, ReportQueries(database, cancelled))
    if request.file_format == "csv":
        from deskhelp.reports.csv_writer import write_csv

        write_csv(report, request.out)
    elif request.file_format == "xlsx":
        from deskhelp.reports.xlsx_writer import write_xlsx

        write_xlsx(report, request.out)
    else:
        from deskhelp.reports.guard import ExportError
        from deskhelp.ui.report_pdf import write_report_pdf  # Qt: only when a PDF is asked for

        with atomic_output(request.out) as temporary:
            write_report_pdf(report, temporary)
            # Qt's PDF writer does not report a failed write: on a full disk it left a cut-off file and said nothing.
            if not _ends_like_a_pdf(temporary):
                raise ExportError(request.out, "the PDF could not be written completely (is the disk full?)")
    period = request.filter.period  # what, when and where only: never a case's content
    log.info(
        "export: %s report as %s, %s to %s, written to %s (%s bytes)",
        request.kind.value,
        request.file_format,
        period.start,
        period.end,
        request.out,
        request.out.stat().st_size,
    )
    return report


def _ends_like_a_pdf(path: Path) -> bool:
    with open(path, "rb") as stream:
        size = stream.seek(0, 2)
        stream.seek(max(0, size - 1024))
        return b"%%EOF" in stream.read()
