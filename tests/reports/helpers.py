from __future__ import annotations

import datetime as dt
from pathlib import Path

from deskhelp.core.statistics import StatsFilter
from deskhelp.reports.builders import ReportOptions, build_report, period_between
from deskhelp.reports.model import Report, ReportKind
from deskhelp.storage.statistics import ReportQueries

GENERATED = dt.datetime(2026, 5, 2, 8, 30)


def report_for(
    db: Path,
    pack,
    kind: ReportKind,
    start: dt.date,
    end: dt.date,
    *,
    branch: str | None = None,
    desk: str | None = None,
    suppress_below: int | None = None,
    language: str = "sv",
) -> Report:
    options = ReportOptions(
        StatsFilter(period_between(start, end), branch, desk),
        library="Stadsbiblioteket",
        language=language,
        suppress_below=suppress_below,
        generated=GENERATED,
    )
    return build_report(kind, options, pack, ReportQueries(db))


def tables(report: Report) -> dict[tuple[str, str], tuple[tuple[str, ...], list[tuple]]]:
    """Every table by (section title, table title): its columns and its rows (a streamed table is read here)."""
    found = {}
    for section in report.sections:
        for table in section.tables:
            key = (section.title, table.title)
            assert key not in found, f"two tables called {key}"
            found[key] = (table.columns, list(table.rows))
    return found


def single(report: Report, title: str) -> tuple[tuple[str, ...], list[tuple]]:
    return tables(report)[title, title]
