"""Turn the log's counts into Reports (``deskhelp.reports.model``): titled sections of tables, in Swedish or English.

The builders are pure: they take counts (``Statistics`` and a few breakdowns, computed by
``deskhelp.storage.statistics``) and the guideline pack (for the names of case types, areas, actors and resources),
and know nothing about the database. ``build_report`` asks a ``ReportData`` for what a kind of report needs;
``deskhelp.storage.statistics.ReportQueries`` is the one that reads the database.

Suppression: in everything meant to leave the library (actors, Digidel) counts below a threshold are hidden;
``ReportOptions.suppress_below`` overrides the kind's default (0: off). Every count goes through the report's
``Protection`` (``deskhelp.reports.protection``) with the sums the report publishes (a row and its total, the
totals and the grand total), which hides more counts until no hidden one can be worked out from a total and the
counts shown beside it (was: "80 + 0 + <3 + 18 + 7 = 107" gave the 2 away). Hidden counts are written as ".."
(``model.HIDDEN``); every count that is shown is a number. The report's notes and a note under each table with a
hidden count say how.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from deskhelp.core.guidelines import GuidelinePack
from deskhelp.core.inventory import ChafingReason
from deskhelp.core.pack_names import PackNames
from deskhelp.core.statistics import (
    ChafingCase,
    Period,
    PeriodKind,
    Statistics,
    StatsFilter,
    by_area,
    change_percent,
)
from deskhelp.reports.case_columns import CASE_FIELDS as _CASE_FIELDS
from deskhelp.reports.case_columns import CASE_REPORT_COLUMNS, CaseLabels
from deskhelp.reports.labels import (
    CHANNELS,
    OUTCOMES,
    channel_label,
    label,
    number_text,
    outcome_label,
    reason_label,
)
from deskhelp.reports.model import Cell, ChartKind, Hidden, Report, ReportKind, Section, Table, TextRules
from deskhelp.reports.protection import Count, Derived, Protection

# The row shape of deskhelp.storage.statistics.iter_cases and the cases report's columns (names beside the ids):
# deskhelp.reports.case_columns.
CASE_FIELDS = _CASE_FIELDS
CASE_REPORT_FIELDS = tuple(key.removeprefix("case.") for key in CASE_REPORT_COLUMNS)

TOP_CASE_TYPES = 25
TOP_MISSING_RESOURCES = 10


@dataclass(frozen=True)
class ReportOptions:
    filter: StatsFilter
    library: str = ""
    language: str = "sv"
    suppress_below: int | None = None  # None: the report kind's default (reports.registry); 0: no suppression
    generated: dt.datetime | None = None  # None: now


class ReportData(Protocol):
    """What the builders need from the log; ``deskhelp.storage.statistics.ReportQueries`` reads it from SQLite."""

    def statistics(  # every dashboard panel; ``progress`` is told the per cent done
        self, f: StatsFilter, progress: Callable[[int], None] | None = None
    ) -> Statistics: ...

    def case_counts(self, f: StatsFilter) -> tuple[int, int]: ...  # cases, of which demo cases

    def cases(self, f: StatsFilter) -> Iterator[tuple]: ...  # rows shaped as CASE_FIELDS, oldest first

    def case_text(  # the same rows as text by ``rules`` (Table.text): names before ids, see iter_case_text
        self,
        f: StatsFilter,
        rules: TextRules,
        case_type_cells: Callable[[str], Sequence[str]],
        labels: Mapping[str, Mapping] | None = None,
    ) -> Iterable[str]: ...

    def actor_case_types(self, f: StatsFilter) -> list[tuple[str, str, int]]: ...

    def actor_months(self, f: StatsFilter) -> list[tuple[str, dt.date, int]]: ...

    def actor_missing_resources(self, f: StatsFilter) -> list[tuple[str, str, int]]: ...

    def case_type_outcomes(self, f: StatsFilter) -> list[tuple[str, str, int]]: ...


def period_between(start: dt.date, end: dt.date) -> Period:
    """The period from ``start`` to ``end``; a whole week, month, term or year is recognised as one, so that the
    summary compares it with the previous week, month, term or year rather than with as many days before."""
    for kind in (PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.TERM, PeriodKind.YEAR):
        whole = Period.containing(kind, start)
        if (whole.start, whole.end) == (start, end):
            return whole
    return Period(start, end)


def threshold_for(kind: ReportKind, options: ReportOptions) -> int | None:
    """The suppression threshold in effect, or None. The cases report has no counts to suppress."""
    from deskhelp.reports.registry import spec  # which imports the builders

    if kind is ReportKind.CASES:
        return None
    value = spec(kind).default_suppression if options.suppress_below is None else options.suppress_below
    return value if value and value > 0 else None


def build_report(kind: ReportKind, options: ReportOptions, pack: GuidelinePack, data: ReportData) -> Report:
    """The report of ``kind`` for ``options.filter`` (built as ``deskhelp.reports.registry`` says). The cases
    report's rows are streamed from ``data.cases``."""
    from deskhelp.reports.registry import spec  # which imports the builders

    return spec(kind).build(options, pack, data)


class _Builder:
    """What every report shares: language, names, threshold, notes."""

    def __init__(self, kind: ReportKind, options: ReportOptions, pack: GuidelinePack) -> None:
        self.kind = kind
        self.options = options
        self.language = options.language
        self.names = PackNames(pack, options.language, label("row.unknown_area", options.language))
        self.threshold = threshold_for(kind, options)
        self.protection = Protection(self.threshold)

    def t(self, key: str, **values: object) -> str:
        return label(key, self.language, **values)

    def n(self, count: int) -> Count:
        """A count, shown unless the report's protection hides it (``Protection.fill`` in ``report``)."""
        return self.protection.count(count)

    def sums(self, total: Count, parts: Iterable[Count]) -> None:
        """The report shows ``total`` as the sum of ``parts``: hide so that neither gives a hidden count away."""
        self.protection.sums(total, parts)

    def notes(self, demo_cases: int, *extra: str) -> tuple[str, ...]:
        notes = []
        if demo_cases:
            notes.append(self.t("note.demo", n=demo_cases))
        if self.threshold:
            notes.append(f"{self.t('note.suppressed', n=self.threshold)} {self.t('note.exact_totals')}")
        f = self.options.filter
        branch = self.t("note.branch", name=f.branch) if f.branch is not None else self.t("note.all_branches")
        desk = self.t("note.desk", name=f.desk) if f.desk is not None else self.t("note.all_desks")
        notes.append(self.t("note.filter", branch=branch, desk=desk))
        return (*notes, *extra)

    def report(self, sections: list[Section], notes: tuple[str, ...]) -> Report:
        note = self.t("note.hidden_table", n=self.threshold) if self.threshold else ""
        sections = self.protection.fill(sections, note)
        return Report(
            kind=self.kind,
            title=self.t(f"report.{self.kind.value}"),  # ReportSpec.title_key
            library=self.options.library,
            period=self.options.filter.period,
            generated=self.options.generated or dt.datetime.now().replace(microsecond=0),
            sections=sections,
            notes=notes,
            language=self.language,
        )

    def single(self, key: str, columns: tuple[str, ...], rows: list, chart: ChartKind | None = None) -> Section:
        """A section holding one table of the same title."""
        title = self.t(key)
        return Section(title, [Table(title, columns, rows, chart)])

    def ranked(self, pairs: Iterable[tuple[str, int]], name) -> list[tuple[Cell | Count, ...]]:
        return [(name(key), self.n(count)) for key, count in pairs]

    def summed(self, rows: list[tuple], total: Count) -> list[tuple]:
        """``rows`` (a label, then one count) published as adding up to ``total``."""
        self.sums(total, [row[1] for row in rows])
        return rows


def _change_percent(current: int | Hidden, previous: int | Hidden) -> int | None:
    """Change from the previous period in whole per cent, as the dashboard's tile shows it (``change_percent``);
    none when there is nothing (shown) to compare: a hidden count is not compared (it would give it away)."""
    if isinstance(current, Hidden) or isinstance(previous, Hidden):
        return None
    return change_percent(current, previous)


# -- summary ----------------------------------------------------------------------------------------------------


def build_summary(options: ReportOptions, pack: GuidelinePack, current: Statistics, previous: Statistics) -> Report:
    """Every dashboard panel for the period, with the previous period beside the totals and outcomes."""
    b = _Builder(ReportKind.SUMMARY, options, pack)
    names, t, n = b.names, b.t, b.n
    period, before = current.filter.period, previous.filter.period
    which = "period" if before == period.previous() else "same_days"  # core.comparison: a period under way

    overview_rows = []
    total, previous_total = n(current.total), n(previous.total)
    for key, this, last in (
        ("row.cases", total, previous_total),
        ("row.chafing", n(len(current.chafing)), n(len(previous.chafing))),
    ):
        overview_rows.append((t(key), this, last, Derived(_change_percent, (this, last))))
    overview_title = t("section.overview")
    overview = Section(
        overview_title,
        [
            Table(
                overview_title,
                (t("col.measure"), t("col.this_period"), t(f"col.previous_{which}"), t("col.change_percent")),
                overview_rows,
            )
        ],
        text=t(
            f"section.overview.text_{which}",
            start=period.start.isoformat(),
            end=period.end.isoformat(),
            prev_start=before.start.isoformat(),
            prev_end=before.end.isoformat(),
        ),
    )

    bucket = period.bucket()
    counts = dict(current.over_time)
    over_time = b.single(
        "section.over_time",
        (t(f"col.{bucket}"), t("col.cases")),
        b.summed([(day, n(counts.get(day, 0))) for day in period.bucket_starts()], total),
        ChartKind.LINE,
    )

    areas = b.single(
        "section.by_area",
        (t("col.area"), t("col.cases")),
        b.summed(b.ranked(by_area(current, names.area_of), names.area), total),
        ChartKind.BAR,
    )

    case_type_rows = b.ranked(current.by_case_type[:TOP_CASE_TYPES], names.case_type)
    rest = current.by_case_type[TOP_CASE_TYPES:]
    if rest:
        case_type_rows.append((t("row.other"), n(sum(count for _, count in rest))))
    b.summed(case_type_rows, total)
    case_types = b.single("section.by_case_type", (t("col.case_type"), t("col.cases")), case_type_rows, ChartKind.BAR)

    outcome_rows = [
        (outcome_label(o, b.language), n(current.by_outcome.get(o, 0)), n(previous.by_outcome.get(o, 0)))
        for o in OUTCOMES
    ]
    b.sums(total, [row[1] for row in outcome_rows])
    b.sums(previous_total, [row[2] for row in outcome_rows])
    outcomes = b.single(
        "section.by_outcome",
        (t("col.outcome"), t("col.this_period"), t(f"col.previous_{which}")),
        outcome_rows,
        ChartKind.BAR,
    )

    actors = b.single(
        "section.by_actor",
        (t("col.actor"), t("col.referred_cases")),
        b.ranked(current.by_actor, names.actor),
        ChartKind.BAR,
    )

    channel_ids = [*CHANNELS, *sorted(set(current.by_channel) - set(CHANNELS))]
    channels = b.single(
        "section.by_channel",
        (t("col.channel"), t("col.cases")),
        b.summed([(channel_label(c, b.language), n(current.by_channel.get(c, 0))) for c in channel_ids], total),
        ChartKind.PIE,
    )

    hours = sorted({hour for _, hour in current.weekday_hour})
    weekday_rows = []
    for weekday in range(7):
        cells = [current.weekday_hour.get((weekday, hour), 0) for hour in hours]
        shown_cells, row_total = [n(c) for c in cells], n(sum(cells))
        b.sums(row_total, shown_cells)
        weekday_rows.append((t(f"weekday.{weekday}"), *shown_cells, row_total))
    b.sums(total, [row[-1] for row in weekday_rows])
    weekday_hour = b.single(
        "section.weekday_hour",
        (t("col.weekday"), *(f"{hour:02d}–{hour + 1:02d}" for hour in hours), t("col.total")),
        weekday_rows,
    )

    effort_rows = [(t(f"effort.{level}"), n(current.effort.get(level, 0))) for level in range(1, 7)]
    not_given = current.total - sum(current.effort.values())
    if not_given:
        effort_rows.append((t("row.effort_missing"), n(not_given)))
    effort = b.single("section.effort", (t("col.effort"), t("col.cases")), b.summed(effort_rows, total), ChartKind.BAR)

    gaps = b.single(
        "section.competence_gaps",
        (t("col.case_type"), t("col.nobody_here"), t("col.to_colleague")),
        [(names.case_type(ct), n(nobody), n(colleague)) for ct, nobody, colleague in current.competence_gaps],
        ChartKind.BAR,
    )

    missing = b.single(
        "section.missing_resources",
        (t("col.resource"), t("col.cases")),
        b.ranked(current.missing_resources, names.resource),
        ChartKind.BAR,
    )

    sections = [overview, over_time, areas, case_types, outcomes, actors, channels, weekday_hour, effort, gaps, missing]
    return b.report(sections, b.notes(current.demo_cases))


# -- cases ------------------------------------------------------------------------------------------------------


def build_cases(
    options: ReportOptions,
    pack: GuidelinePack,
    cases: Iterable[tuple],
    demo_cases: int,
    case_text: Callable[[TextRules, Callable[[str], Sequence[str]], Mapping], Iterable[str]] | None = None,
) -> Report:
    """One row per anonymous case, streamed: ``cases`` (rows shaped as CASE_FIELDS) is consumed by the writer.

    ``case_text`` (``ReportData.case_text`` for the filter) offers writers the same rows as text (``Table.text``).
    """
    b = _Builder(ReportKind.CASES, options, pack)
    columns = tuple(b.t(key) for key in CASE_REPORT_COLUMNS)
    labels = CaseLabels(b.names, b.language)  # worked out once: a row is a tuple of look-ups
    text = None
    if case_text is not None:
        text = lambda rules: case_text(rules, labels.case_type_cells, labels.sql_labels())  # noqa: E731
    table = Table(b.t("section.cases"), columns, labels.rows(cases), text=text)
    return b.report([Section(table.title, [table])], b.notes(demo_cases, b.t("note.cases_columns")))


# -- actors -----------------------------------------------------------------------------------------------------


def build_actors(
    options: ReportOptions,
    pack: GuidelinePack,
    statistics: Statistics,
    actor_case_types: Iterable[tuple[str, str, int]],
    actor_months: Iterable[tuple[str, dt.date, int]],
    actor_missing_resources: Iterable[tuple[str, str, int]],
) -> Report:
    """Feedback to the actors: an overview, then one section per actor that was referred cases in the period.

    In a spreadsheet the actors' tables of one kind share a sheet with an actor column (``Table.sheet``): three
    sheets rather than three per actor. On paper each actor's months are charted; the case types and the missing
    resources are tables (a chart would only repeat them)."""
    b = _Builder(ReportKind.ACTORS, options, pack)
    names, t, n = b.names, b.t, b.n
    period = statistics.filter.period

    referred = dict(statistics.by_actor)
    every_actor = {**dict.fromkeys(pack.actors, 0), **referred}
    overview_pairs = sorted(every_actor.items(), key=lambda item: (-item[1], names.actor(item[0])))
    totals = {actor: n(count) for actor, count in overview_pairs}
    overview_rows = [(names.actor(actor), totals[actor]) for actor, _ in overview_pairs]
    overview = b.single("section.all_actors", (t("col.actor"), t("col.referred_cases")), overview_rows, ChartKind.BAR)

    by_case_type: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for actor, case_type, count in actor_case_types:
        by_case_type[actor].append((case_type, count))
    by_month: dict[str, dict[dt.date, int]] = defaultdict(dict)
    for actor, month, count in actor_months:
        by_month[actor][month] = count
    missing: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for actor, resource, count in actor_missing_resources:
        missing[actor].append((resource, count))

    months = period.months()
    actor_column = t("col.actor")
    parts = []
    for actor, _total in statistics.by_actor:
        case_types = sorted(by_case_type[actor], key=lambda item: (-item[1], names.case_type(item[0])))
        resources = sorted(missing[actor], key=lambda item: (-item[1], names.resource(item[0])))
        # Each referred case has one case type and one month: both add up to the actor's total, which is shown.
        type_rows = b.summed(b.ranked(case_types, names.case_type), totals[actor])
        month_rows = b.summed(
            [(month.strftime("%Y-%m"), n(by_month[actor].get(month, 0))) for month in months], totals[actor]
        )
        tables = [
            Table(
                t("actor.by_case_type"),
                (t("col.case_type"), t("col.referred_cases")),
                type_rows,
                sheet=t("sheet.actor_case_types"),
                sheet_column=actor_column,
            ),
            Table(
                t("actor.by_month"),
                (t("col.month"), t("col.referred_cases")),
                month_rows,
                ChartKind.COLUMN,
                sheet=t("sheet.actor_months"),
                sheet_column=actor_column,
            ),
            Table(
                t("actor.missing_resources"),
                (t("col.resource"), t("col.cases")),
                b.ranked(resources[:TOP_MISSING_RESOURCES], names.resource),
                sheet=t("sheet.actor_missing_resources"),
                sheet_column=actor_column,
            ),
        ]
        parts.append((actor, tables))

    sections = [overview]
    for actor, tables in parts:
        shown = b.protection.shown(totals[actor])
        if isinstance(shown, Hidden):
            hidden_small = 0 < every_actor[actor] < (b.threshold or 0)
            count_text = t("actor.fewer_than", n=b.threshold) if hidden_small else t("actor.some")
        else:
            count_text = number_text(shown, b.language)
        intro = t(
            "actor.intro",
            start=period.start.isoformat(),
            end=period.end.isoformat(),
            library=options.library or t("actor.the_library"),
            count=count_text,
            actor=names.actor(actor),
        )
        sections.append(Section(names.actor(actor), tables, text=intro))
    return b.report(sections, b.notes(statistics.demo_cases))


# -- inventory --------------------------------------------------------------------------------------------------


def build_inventory(options: ReportOptions, pack: GuidelinePack, statistics: Statistics) -> Report:
    """The seed's "frågeinventering": every case that chafed, why, with its reflection, by date; a count per type
    and per reason; and the errands not in the guidelines with their descriptions (issue 13)."""
    b = _Builder(ReportKind.INVENTORY, options, pack)
    names, t = b.names, b.t

    def reasons(case: ChafingCase) -> str:
        return ", ".join(reason_label(r, b.language) for r in case.reasons)

    chafing_title = t("section.chafing")
    listing = Section(
        chafing_title,
        [
            Table(
                chafing_title,
                (t("col.date"), t("col.case_type"), t("col.reasons"), t("col.reflection")),
                [
                    (c.occurred_on, names.case_type(c.case_type_id), reasons(c), c.reflection or "")
                    for c in statistics.chafing
                ],
            )
        ],
        text=t("inventory.text"),
    )
    per_type: dict[str, int] = defaultdict(int)
    per_reason: dict[str, int] = defaultdict(int)
    for case in statistics.chafing:
        per_type[case.case_type_id] += 1
        for reason in case.reasons or ("none",):
            per_reason[reason] += 1
    pairs = sorted(per_type.items(), key=lambda item: (-item[1], names.case_type(item[0])))
    counts = b.single(
        "section.chafing_by_case_type", (t("col.case_type"), t("col.cases")), b.ranked(pairs, names.case_type)
    )
    order = [reason.value for reason in ChafingReason] + ["none"]
    reason_pairs = [(reason, per_reason[reason]) for reason in order if per_reason.get(reason)]
    by_reason = b.single(
        "section.chafing_reasons",
        (t("col.reason"), t("col.cases")),
        b.ranked(reason_pairs, lambda reason: reason_label(reason, b.language)),
    )
    other_title = t("section.not_in_guidelines")
    not_covered = Section(
        other_title,
        [
            Table(
                other_title,
                (t("col.date"), t("col.description"), t("col.reasons"), t("col.reflection")),
                [
                    (c.occurred_on, c.description or "", reasons(c), c.reflection or "")
                    for c in statistics.not_in_guidelines
                ],
            )
        ],
        text=t("not_in_guidelines.text"),
    )
    return b.report([listing, by_reason, counts, not_covered], b.notes(statistics.demo_cases))


# -- Digidel ----------------------------------------------------------------------------------------------------


def build_digidel(
    options: ReportOptions,
    pack: GuidelinePack,
    statistics: Statistics,
    case_type_outcomes: Iterable[tuple[str, str, int]],
) -> Report:
    """Cases per case type (every type in the pack, and any others logged) and outcome, with exact totals."""
    b = _Builder(ReportKind.DIGIDEL, options, pack)
    names, t, n = b.names, b.t, b.n
    counts: dict[str, dict[str, int]] = {case_type: {} for case_type in pack.case_types}
    for case_type, outcome, count in case_type_outcomes:
        counts.setdefault(case_type, {})[outcome] = count
    order = sorted(counts, key=lambda ct: (names.area_of_case_type(ct), names.case_type(ct), ct))
    rows: list[tuple] = []
    column_cells: dict[str, list[Count]] = {outcome: [] for outcome in OUTCOMES}
    column_totals = dict.fromkeys(OUTCOMES, 0)
    row_totals = []
    for case_type in order:
        values = [counts[case_type].get(outcome, 0) for outcome in OUTCOMES]
        cells = [n(value) for value in values]
        for outcome, value, cell in zip(OUTCOMES, values, cells, strict=True):
            column_totals[outcome] += value
            column_cells[outcome].append(cell)
        row_total = n(sum(values))
        b.sums(row_total, cells)  # each row and its total
        row_totals.append(row_total)
        rows.append((names.case_type(case_type), names.area_of_case_type(case_type), *cells, row_total))
    total_cells = [n(column_totals[o]) for o in OUTCOMES]
    grand_total = n(sum(column_totals.values()))
    for outcome, total_cell in zip(OUTCOMES, total_cells, strict=True):
        b.sums(total_cell, column_cells[outcome])  # each column and its total
    b.sums(grand_total, total_cells)  # the totals row
    b.sums(grand_total, row_totals)  # the totals column
    rows.append((t("row.total"), "", *total_cells, grand_total))
    title = t("section.digidel")
    table = Table(
        title,
        (t("col.case_type"), t("col.area"), *(outcome_label(o, b.language) for o in OUTCOMES), t("col.total")),
        rows,
    )
    return b.report([Section(title, [table], text=t("digidel.text"))], b.notes(statistics.demo_cases))
