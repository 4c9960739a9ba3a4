"""Every kind of report, in one table: how it is built, its default suppression, the formats it can be written as,
its title and what it is for. The command line's ``export`` choices and help, the exporter, the builders and the
dashboard's list of reports read it.

Adding a report: a ReportKind, a builder in ``deskhelp.reports.builders``, an entry here, and its title in
``deskhelp.reports.labels`` (a test checks every kind has one in both languages).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from deskhelp.reports.labels import label
from deskhelp.reports.model import Report, ReportKind

if TYPE_CHECKING:
    from deskhelp.core.guidelines import GuidelinePack
    from deskhelp.reports.builders import ReportData, ReportOptions

FORMATS = ("csv", "xlsx", "pdf")  # every format a report can be written as (deskhelp.exports)
TABLE_FORMATS = ("csv", "xlsx")  # for a table too long to lay out on pages


@dataclass(frozen=True)
class ReportSpec:
    kind: ReportKind
    build: Callable[[ReportOptions, GuidelinePack, ReportData], Report]  # asks the data for what the report needs
    default_suppression: int | None  # counts below it shown as "<N"; None: nothing suppressed (internal reports)
    formats: tuple[str, ...]
    purpose: str  # English, for the command line's help

    @property
    def title_key(self) -> str:
        return f"report.{self.kind.value}"

    def title(self, language: str = "sv") -> str:
        return label(self.title_key, language)


# The builders take what each report needs; ``data`` is a ReportData (the service's queries on the log).


def _summary(options: ReportOptions, pack: GuidelinePack, data: ReportData) -> Report:
    from deskhelp.core.comparison import comparison_period
    from deskhelp.reports.builders import build_summary

    f = options.filter
    # Like with like: a period still under way on the day of the report against the same days of the one before.
    today = (options.generated or dt.datetime.now()).date()
    compared = replace(f, period=comparison_period(f.period, today))
    return build_summary(options, pack, data.statistics(f), data.statistics(compared))


def _cases(options: ReportOptions, pack: GuidelinePack, data: ReportData) -> Report:
    from deskhelp.reports.builders import build_cases

    f = options.filter
    _total, demo = data.case_counts(f)
    return build_cases(
        options, pack, data.cases(f), demo, lambda rules, cells, labels: data.case_text(f, rules, cells, labels)
    )


def _actors(options: ReportOptions, pack: GuidelinePack, data: ReportData) -> Report:
    from deskhelp.reports.builders import build_actors

    f = options.filter
    return build_actors(
        options,
        pack,
        data.statistics(f),
        data.actor_case_types(f),
        data.actor_months(f),
        data.actor_missing_resources(f),
    )


def _inventory(options: ReportOptions, pack: GuidelinePack, data: ReportData) -> Report:
    from deskhelp.reports.builders import build_inventory

    return build_inventory(options, pack, data.statistics(options.filter))


def _digidel(options: ReportOptions, pack: GuidelinePack, data: ReportData) -> Report:
    from deskhelp.reports.builders import build_digidel

    f = options.filter
    return build_digidel(options, pack, data.statistics(f), data.case_type_outcomes(f))


def _competence(options: ReportOptions, pack: GuidelinePack, data: ReportData) -> Report:
    from deskhelp.reports.competence_report import build_competence_report

    return build_competence_report(options, pack, data.statistics(options.filter))


# (The builders are imported when a report is built: builders.py reads this table for thresholds and titles.)
REPORTS: dict[ReportKind, ReportSpec] = {
    spec.kind: spec
    for spec in (
        ReportSpec(ReportKind.SUMMARY, _summary, None, FORMATS, "every dashboard panel, for the staff meeting"),
        ReportSpec(ReportKind.CASES, _cases, None, TABLE_FORMATS, "the anonymous cases, one per row"),
        ReportSpec(ReportKind.ACTORS, _actors, 3, FORMATS, "feedback to each actor (leaves the library)"),
        ReportSpec(ReportKind.INVENTORY, _inventory, None, FORMATS, "the chafing cases and their reflections"),
        ReportSpec(ReportKind.DIGIDEL, _digidel, 3, FORMATS, "case types by outcome, for Digidel (leaves the library)"),
        ReportSpec(ReportKind.COMPETENCE, _competence, None, FORMATS, "what the desk needs to learn, and from what"),
    )
}


def spec(kind: ReportKind | str) -> ReportSpec:
    """The entry for ``kind``; ValueError for a kind there is none of."""
    try:
        return REPORTS[ReportKind(kind)]
    except (ValueError, KeyError):
        raise ValueError(f"unknown report {kind!r}; use one of {', '.join(REPORTS)}") from None


def check_format(kind: ReportKind, file_format: str) -> None:
    """ValueError unless a report of ``kind`` can be written as ``file_format``."""
    if file_format not in FORMATS:
        raise ValueError(f"unknown format {file_format!r}; use one of {', '.join(FORMATS)}")
    allowed = spec(kind).formats
    if file_format not in allowed:
        raise ValueError(f"the {kind} report is for {' or '.join(f.upper() for f in allowed)}")
