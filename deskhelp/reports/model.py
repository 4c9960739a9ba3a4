"""A report as data: titled sections of tables, each table optionally drawn as a chart.

Builders (``deskhelp.reports.builders``) turn statistics into a Report; writers turn a Report into a file:
CSV and XLSX here (no Qt), PDF in ``deskhelp.printing.report`` (Qt's PDF writer; its charts come from
``deskhelp.ui.report_pdf``). Nothing in a report is about a person: cells are counts, ids and names from the
guidelines, dates, and reflections that were checked for personal data when they were logged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from deskhelp.core.statistics import Period


class Hidden:
    """A count not shown, to protect small numbers (``deskhelp.reports.protection``). Written as ".." (as Statistics
    Sweden marks a figure it does not publish) in every format: a mark where no number is shown, never a number."""

    __slots__ = ()
    MARK = ".."

    def __str__(self) -> str:
        return self.MARK

    def __repr__(self) -> str:
        return "HIDDEN"


HIDDEN = Hidden()

Cell = str | int | float | dt.date | Hidden | None


class ReportKind(StrEnum):
    SUMMARY = "summary"  # every dashboard panel, for the staff meeting and the municipality
    CASES = "cases"  # the anonymous cases, one row each
    ACTORS = "actors"  # feedback to each actor: their errands at the library
    INVENTORY = "inventory"  # the seed's "frågeinventering": chafing cases and their reflections
    DIGIDEL = "digidel"  # counts per case type and outcome for the national collection
    COMPETENCE = "competence"  # what the desk needs to learn (seeds 000 and 003), by service and framework area


class ChartKind(StrEnum):
    BAR = "bar"  # first column: labels; second (and further numeric) columns: values
    COLUMN = "column"  # as BAR, drawn upright and low: a few categories in their order (months)
    LINE = "line"  # first column: dates; second: values
    PIE = "pie"


@dataclass(frozen=True)
class TextRules:
    """How a writer turns cells into delimited text, for a data source that renders rows as text itself
    (``Table.text``). Text is guarded, then quoted; numbers are written as digits and empty cells as nothing."""

    separator: str
    line_end: str
    quote: str  # put around a cell holding any of quote_when; doubled inside it
    quote_when: str
    guard: str  # put before text starting with any of guard_when (formula injection: deskhelp.reports.guard)
    guard_when: str


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[str, ...]
    rows: Iterable[tuple[Cell, ...]]  # a list, or a generator for the cases (streamed, constant memory)
    chart: ChartKind | None = None
    note: str = ""  # under the table: e.g. how small counts are hidden
    # Tables of one kind in several sections (each actor's case types) share one sheet in a spreadsheet: ``sheet``
    # names it, and each row gets its section's title in a first column headed ``sheet_column`` (``merged_tables``).
    sheet: str = ""
    sheet_column: str = ""
    # The same rows as text, lines end to end, rendered by the data source (the cases: SQLite writes a million lines
    # several times faster than Python writes their cells). A writer may use it instead of ``rows``; the bytes must
    # be those of writing ``rows`` by the same rules.
    text: Callable[[TextRules], Iterable[str]] | None = None


@dataclass(frozen=True)
class Section:
    title: str
    tables: list[Table] = field(default_factory=list)
    text: str = ""


@dataclass(frozen=True)
class Report:
    kind: ReportKind
    title: str
    library: str
    period: Period
    generated: dt.datetime
    sections: list[Section]
    notes: tuple[str, ...] = ()  # shown first: demo data, suppression, filters
    language: str = "sv"


def merged_tables(report: Report) -> Iterator[tuple[str, str, Table]]:
    """The tables of ``report`` as a spreadsheet lays them out: (section title, table title, table), tables that name
    a ``sheet`` merged into one at the place of the first, with the section's title in a first column."""
    merged: dict[str, list[tuple[Section, Table]]] = {}
    for section in report.sections:
        for table in section.tables:
            if table.sheet:
                merged.setdefault(table.sheet, []).append((section, table))
    done: set[str] = set()
    for section in report.sections:
        for table in section.tables:
            if not table.sheet:
                yield section.title, table.title, table
            elif table.sheet not in done:
                done.add(table.sheet)
                parts = merged[table.sheet]
                rows = [(part_section.title, *row) for part_section, part in parts for row in part.rows]
                notes = dict.fromkeys(part.note for _, part in parts if part.note)
                yield (
                    table.sheet,
                    table.sheet,
                    Table(table.sheet, (table.sheet_column, *table.columns), rows, note=" ".join(notes)),
                )
