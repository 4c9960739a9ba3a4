"""What the team lead asks of the log: a period, a filter, and the counts behind every dashboard panel.

Pure data and date arithmetic, the one place for it: the periods before and after, the buckets cases are counted in
over time, and the change from one period to the next, used alike by the dashboard, the reports and the counting
in storage (so a figure on screen and the same figure in a report cannot drift apart). The counting itself is SQL
in ``deskhelp.storage.statistics``. Counts that leave
the library can be suppressed below a threshold (``suppressed``): in a small municipality everyone knows everyone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

# The stored fields of an anonymous case, in the order the cases export lists them (storage reads them in this
# order, reports name them).
NAME_SEPARATOR = ", "  # between the names of a case's actors or missing resources in the cases report
CASE_COLUMNS = (
    "id",
    "occurred_on",
    "occurred_hour",
    "branch",
    "desk",
    "case_type_id",
    "mission",
    "competence",
    "time",
    "resources",
    "outcome",
    "channel",
    "effort",
    "duration",
    "chafing",
    "reflection",
    "demo",
    "description",
    "pack_revision_id",
)


class PeriodKind(StrEnum):
    WEEK = "week"
    MONTH = "month"
    TERM = "term"  # Swedish terms: spring January-June, autumn July-December
    YEAR = "year"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    """From ``start`` to ``end``, both days included."""

    start: dt.date
    end: dt.date
    kind: PeriodKind = PeriodKind.CUSTOM
    # Counted over time by this bucket rather than its own: the first days of a period, compared with a whole one
    # still under way (core.comparison), laid over it bucket by bucket.
    bucket_kind: str | None = None

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"the period ends ({self.end}) before it starts ({self.start})")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @classmethod
    def containing(cls, kind: PeriodKind, day: dt.date) -> Period:
        """The week (Monday-Sunday), month, term or year that ``day`` falls in."""
        if kind is PeriodKind.WEEK:
            start = day - dt.timedelta(days=day.weekday())
            return cls(start, start + dt.timedelta(days=6), kind)
        if kind is PeriodKind.MONTH:
            start = day.replace(day=1)
            return cls(start, _next_month(start) - dt.timedelta(days=1), kind)
        if kind is PeriodKind.TERM:
            if day.month <= 6:
                return cls(dt.date(day.year, 1, 1), dt.date(day.year, 6, 30), kind)
            return cls(dt.date(day.year, 7, 1), dt.date(day.year, 12, 31), kind)
        if kind is PeriodKind.YEAR:
            return cls(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), kind)
        raise ValueError("a custom period needs its own start and end")

    def previous(self) -> Period:
        """The period before, to compare with: the previous week, month, term or year, or as many days before."""
        before = self.start - dt.timedelta(days=1)
        if self.kind is PeriodKind.CUSTOM:
            return Period(self.start - dt.timedelta(days=self.days), before, self.kind)
        return Period.containing(self.kind, before)

    def following(self) -> Period:
        """The period after: the next week, month, term or year, or as many days after."""
        after = self.end + dt.timedelta(days=1)
        if self.kind is PeriodKind.CUSTOM:
            return Period(after, self.end + dt.timedelta(days=self.days), self.kind)
        return Period.containing(self.kind, after)

    def bucket(self) -> str:
        """How finely to show cases over time: by day up to two months, by week up to a year, else by month."""
        if self.bucket_kind is not None:
            return self.bucket_kind
        if self.days <= 62:
            return "day"
        if self.days <= 366:
            return "week"
        return "month"

    def bucket_starts(self) -> list[dt.date]:
        """The first day of every bucket of the period (``bucket()``), in order: every day; every week's Monday (the
        first may fall before ``start``); or every month's first day."""
        kind = self.bucket()
        if kind == "day":
            return [self.start + dt.timedelta(days=n) for n in range(self.days)]
        first, last = bucket_start(self.start, kind), bucket_start(self.end, kind)
        starts = []
        while first <= last:
            starts.append(first)
            first = first + dt.timedelta(weeks=1) if kind == "week" else _next_month(first)
        return starts

    def months(self) -> list[dt.date]:
        """The first day of every month the period touches (the actors report counts by month, however long)."""
        first, starts = self.start.replace(day=1), []
        while first <= self.end:
            starts.append(first)
            first = _next_month(first)
        return starts


def bucket_start(day: dt.date, bucket: str) -> dt.date:
    """The first day of the day, week (its Monday) or month bucket that ``day`` is counted in."""
    if bucket == "day":
        return day
    if bucket == "week":
        return day - dt.timedelta(days=day.weekday())
    if bucket == "month":
        return day.replace(day=1)
    raise ValueError(f"unknown bucket {bucket!r}; use day, week or month")


def change_percent(now: int, before: int) -> int | None:
    """The change from ``before`` to ``now`` in whole per cent (Python's round: halves to even), as the dashboard
    shows it and the summary report writes it; None when there was nothing before to compare with."""
    if before == 0:
        return None
    return round(100 * (now - before) / before)


def _next_month(day: dt.date) -> dt.date:
    return day.replace(year=day.year + day.month // 12, month=day.month % 12 + 1, day=1)


@dataclass(frozen=True)
class StatsFilter:
    period: Period
    branch: str | None = None  # None: every branch
    desk: str | None = None  # None: every desk


@dataclass(frozen=True)
class ChafingCase:
    """A case for the question inventory: one that chafed, or an errand not in the guidelines (or both)."""

    occurred_on: dt.date
    case_type_id: str
    reflection: str | None
    reasons: tuple[str, ...] = ()  # ChafingReason values, in the enum's order; none for cases logged before 0004
    description: str | None = None  # what the errand was, for errands not in the guidelines


@dataclass(frozen=True)
class Statistics:
    """Every panel's counts for one filter. Keys are ids (case types, actors, resources); names come from the pack.

    Lists of pairs are sorted by count, largest first, then by id; ``over_time`` by its bucket's first day.
    """

    filter: StatsFilter
    total: int
    demo_cases: int  # synthetic cases from `deskhelp demo-data` among them
    over_time: list[tuple[dt.date, int]]  # first day of each day/week/month bucket with cases
    by_case_type: list[tuple[str, int]]
    by_outcome: dict[str, int]
    by_actor: list[tuple[str, int]]  # cases referred to each actor
    by_channel: dict[str, int]
    weekday_hour: dict[tuple[int, int], int]  # (Monday=0 ... Sunday=6, hour 0-23)
    effort: dict[int, int]  # READ level; cases logged before effort was asked are not counted here
    competence_gaps: list[tuple[str, int, int]]  # case type, cases nobody here could do, cases handed to a colleague
    missing_resources: list[tuple[str, int]]
    chafing: list[ChafingCase] = field(default_factory=list)
    not_in_guidelines: list[ChafingCase] = field(default_factory=list)  # case type "other", chafing or not
    # Per case type: cases nobody here could do that were referred although the errand was the library's (mission
    # yes or partly): referred for want of competence, not because it belonged elsewhere (core.competence_needs).
    needless_referrals: dict[str, int] = field(default_factory=dict)


def suppressed(count: int, threshold: int | None) -> int | str:
    """``count``, or "<threshold" when it is positive but below it (zero is no one, so it can be shown)."""
    if threshold and 0 < count < threshold:
        return f"<{threshold}"
    return count


def by_area(statistics: Statistics, area_of: dict[str, str]) -> list[tuple[str, int]]:
    """Cases per area, from the case types' areas; case types no longer in the pack count under ``""``."""
    totals: dict[str, int] = {}
    for case_type_id, count in statistics.by_case_type:
        area = area_of.get(case_type_id, "")
        totals[area] = totals.get(area, 0) + count
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))
