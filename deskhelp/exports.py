"""Writing a report to a file: the one way the command line and the dashboard both export.

Reads the database (storage), builds the report (reports) and hands it to the writer registered for the format:
CSV and XLSX from the reports layer, registered here; PDF from ``deskhelp.printing`` with the window's charts,
registered by ``deskhelp.ui`` (which the command line imports for a PDF), since the exports know no Qt. Every
writer writes through a temporary file renamed at the end: a failed or cancelled export leaves no file, and an
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
Writer = Callable[[Report, Path], None]  # writes the report at the path, atomically; raises ExportError or OSError
DATABASE_COMPANIONS = ("-wal", "-shm", "-journal")  # SQLite's files beside the database

log = logging.getLogger(__name__)


def _write_csv(report: Report, path: Path) -> None:
    from deskhelp.reports.csv_writer import write_csv

    write_csv(report, path)


def _write_xlsx(report: Report, path: Path) -> None:
    from deskhelp.reports.xlsx_writer import write_xlsx  # XlsxWriter only when asked for

    write_xlsx(report, path)


_WRITERS: dict[str, Writer] = {"csv": _write_csv, "xlsx": _write_xlsx}


def register_writer(file_format: str, writer: Writer) -> None:
    """Make ``writer`` the one for ``file_format`` (one of FORMATS); a later registration replaces an earlier one."""
    if file_format not in FORMATS:
        raise ValueError(f"unknown format {file_format!r}; use one of {', '.join(FORMATS)}")
    _WRITERS[file_format] = writer


def writer_for(file_format: str) -> Writer:
    """The writer registered for ``file_format``. Raises ValueError for an unknown format, LookupError for a known
    one nobody has registered (PDF, where the window's package is not imported)."""
    if file_format not in FORMATS:
        raise ValueError(f"unknown format {file_format!r}; use one of {', '.join(FORMATS)}")
    try:
        return _WRITERS[file_format]
    except KeyError:
        raise LookupError(f"no writer for {file_format} is registered here") from None


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
    from deskhelp.storage.statistics import ReportQueries

    write = writer_for(request.file_format)  # before anything is read
    refuse_protected_output(request.out, database, backups)  # before anything is read or written
    options = ReportOptions(
        request.filter, library=request.library, language=request.language, suppress_below=request.suppress_below
    )
    report = build_report(request.kind, options, pack, ReportQueries(database, cancelled))
    write(report, request.out)
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
