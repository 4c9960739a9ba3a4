"""Writing a report to a file: the one way the command line and the dashboard both export (through
``DeskService.export``).

Reads the log through a ``ReportData`` the service hands over (it knows which database and how to query it),
builds the report (reports) and hands it to the writer registered for the format: CSV and XLSX from the reports
layer, registered here; PDF from ``deskhelp.printing`` with the window's charts, registered by ``deskhelp.ui``
(which the command line imports for a PDF), since the exports know no Qt. Every writer writes through a temporary
file renamed at the end: a failed or cancelled export leaves no file, and an older file of the same name stays as it
was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from deskhelp import paths
from deskhelp.core.guidelines import GuidelinePack
from deskhelp.core.statistics import StatsFilter
from deskhelp.reports.model import Report, ReportKind
from deskhelp.reports.registry import FORMATS, check_format

if TYPE_CHECKING:
    from deskhelp.reports.builders import ReportData

__all__ = [
    "FORMATS",
    "ExportRequest",
    "Protected",
    "export_report",
    "protected_locations",
    "refuse_protected_output",
    "register_writer",
    "writer_for",
]
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


@dataclass(frozen=True)
class Protected:
    """Files and folders an export must never write to: the database, SQLite's files beside it, the backups."""

    files: tuple[Path, ...] = ()
    folders: tuple[Path, ...] = ()


def protected_locations(database: Path, backups: Path | None = None) -> Protected:
    """What ``refuse_protected_output`` refuses for the database at ``database`` (the service's to know)."""
    files = (database, *(database.with_name(database.name + suffix) for suffix in DATABASE_COMPANIONS))
    return Protected(files, (paths.backup_dir(database), *((backups,) if backups else ())))


def refuse_protected_output(out: Path, database: Path, backups: Path | None = None) -> None:
    """Raise ExportError when ``out`` is the database, one of SQLite's files beside it, or inside a backups folder
    (the one beside the database and the one configured): an export must never replace what it reports on."""
    _refuse(out, protected_locations(database, backups))


def _refuse(out: Path, protected: Protected) -> None:
    from deskhelp.reports.guard import refuse_protected

    refuse_protected(Path(out), list(protected.files), list(protected.folders))


def export_report(
    request: ExportRequest,
    data: ReportData,
    pack: GuidelinePack,
    protected: Protected = Protected(),
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Report:
    """Write the report from ``data`` (what ``DeskService.report_data`` hands out); returns it. Raises ExportError
    (naming the path), ValueError, StorageError or Cancelled. ``protected``: where the export must not write
    (``protected_locations``: the service knows where the database is). ``progress(done, total)`` hears how many of
    the cases have been written, counted first (``deskhelp.core.progress`` says it in words); ``cancelled`` is asked
    between them too (the data's queries ask it themselves)."""
    from deskhelp.reports.builders import ReportOptions, build_report

    if progress is not None or cancelled is not None:
        from deskhelp.reports.counting import CountedData

        data = CountedData(data, progress, cancelled)

    write = writer_for(request.file_format)  # before anything is read
    _refuse(request.out, protected)  # before anything is read or written
    check_format(request.kind, request.file_format)  # e.g. the cases report is no PDF (deskhelp.reports.registry)
    options = ReportOptions(
        request.filter, library=request.library, language=request.language, suppress_below=request.suppress_below
    )
    report = build_report(request.kind, options, pack, data)
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
