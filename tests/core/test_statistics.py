"""The period arithmetic the dashboard, the reports and the counting share (core.statistics), checked against
plain day-by-day reasoning: every day of a period falls in exactly one bucket, and the buckets are laid out in order."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskhelp.core.statistics import Period, PeriodKind, bucket_start, change_percent

days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31))
lengths = st.integers(min_value=1, max_value=900)


def _every_day(period: Period) -> list[dt.date]:
    return [period.start + dt.timedelta(days=n) for n in range(period.days)]


@settings(max_examples=150, deadline=None)
@given(days, lengths)
def test_the_buckets_hold_every_day_of_the_period_once(start: dt.date, length: int) -> None:
    period = Period(start, start + dt.timedelta(days=length - 1))
    bucket = period.bucket()
    starts = period.bucket_starts()
    assert starts == sorted(set(starts))
    assert starts == sorted({bucket_start(day, bucket) for day in _every_day(period)})
    if bucket == "week":
        assert all(day.weekday() == 0 for day in starts)
    if bucket == "month":
        assert all(day.day == 1 for day in starts) and starts == period.months()


@settings(max_examples=150, deadline=None)
@given(days, st.sampled_from([PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.TERM, PeriodKind.YEAR]))
def test_the_next_and_previous_period_meet_without_a_gap(day: dt.date, kind: PeriodKind) -> None:
    period = Period.containing(kind, day)
    after, before = period.following(), period.previous()
    assert after.start == period.end + dt.timedelta(days=1) and after.kind is kind
    assert before.end == period.start - dt.timedelta(days=1)
    assert after.previous() == period and before.following() == period


@settings(max_examples=100, deadline=None)
@given(days, lengths)
def test_a_custom_period_steps_by_its_own_length(start: dt.date, length: int) -> None:
    period = Period(start, start + dt.timedelta(days=length - 1))
    assert period.following().days == period.previous().days == period.days
    assert period.following().previous() == period


def test_months_of_a_short_period_cover_both_months() -> None:
    assert Period(dt.date(2026, 1, 30), dt.date(2026, 2, 2)).months() == [dt.date(2026, 1, 1), dt.date(2026, 2, 1)]


@pytest.mark.parametrize(
    ("now", "before", "expected"),
    [(100, 110, -9), (117, 24, 388), (3, 8, -62), (5, 0, None), (0, 4, -100), (7, 7, 0), (1, 8, -88)],
)
def test_change_is_in_whole_per_cent(now: int, before: int, expected: int | None) -> None:
    assert change_percent(now, before) == expected


def test_an_unknown_bucket_is_refused() -> None:
    with pytest.raises(ValueError, match="quarter"):
        bucket_start(dt.date(2026, 1, 1), "quarter")
