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

from deskhelp.core.guidelines import GuidelinePack
from deskhelp.core.statistics import StatsFilter
from deskhelp.reports.model import Report, ReportKind

FORMATS = ("csv", "xlsx", "pdf")
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


def export_report(
    request: ExportRequest, database: Path, pack: GuidelinePack, cancelled: Callable[[], bool] | None = None
) -> Report:
    """Write the report; returns it. Raises ExportError (naming the path), StorageError or Cancelled."""
    from deskhelp.reports.builders import ReportOptions, build_report
    from deskhelp.reports.guard import atomic_output
    from deskhelp.storage.statistics import ReportQueries

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
    elif request.file_format == "pdf":
        from deskhelp.ui.report_pdf import write_report_pdf  # Qt: only when a PDF is asked for

        with atomic_output(request.out) as temporary:
            write_report_pdf(report, temporary)
    else:
        raise ValueError(f"unknown format {request.file_format!r}; use one of {', '.join(FORMATS)}")
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
