"""Like with like (issue 17): a period under way is compared with the same days of the period before."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from deskhelp.core.comparison import comparison_period, months_back, under_way
from deskhelp.core.statistics import Period, PeriodKind

D = dt.date
days = st.dates(min_value=D(1990, 1, 1), max_value=D(2100, 12, 31))
calendar_kinds = st.sampled_from([PeriodKind.MONTH, PeriodKind.TERM, PeriodKind.YEAR])
kinds = st.sampled_from([PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.TERM, PeriodKind.YEAR])


def month(year: int, number: int) -> Period:
    return Period.containing(PeriodKind.MONTH, D(year, number, 1))


def test_the_issues_examples() -> None:
    december = month(2026, 12)
    before = comparison_period(december, D(2026, 12, 2))
    assert (before.start, before.end) == (D(2026, 11, 1), D(2026, 11, 2))
    year = Period.containing(PeriodKind.YEAR, D(2026, 12, 2))
    before = comparison_period(year, D(2026, 12, 2))
    assert (before.start, before.end) == (D(2025, 1, 1), D(2025, 12, 2))


def test_month_ends() -> None:
    march = month(2026, 3)
    assert comparison_period(march, D(2026, 3, 30)).end == D(2026, 2, 28)  # February has no 29th or 30th in 2026
    assert comparison_period(march, D(2026, 3, 31)) == month(2026, 2)  # the last day: whole with whole
    assert comparison_period(month(2024, 3), D(2024, 3, 29)).end == D(2024, 2, 29)  # a leap year
    assert comparison_period(month(2026, 5), D(2026, 5, 31)) == month(2026, 4)
    assert comparison_period(month(2026, 5), D(2026, 5, 30)).end == D(2026, 4, 30)
    assert months_back(D(2024, 2, 29), 12) == D(2023, 2, 28)
    assert months_back(D(2025, 3, 1), 12) == D(2024, 3, 1)
    assert months_back(D(2026, 1, 31), 1) == D(2025, 12, 31)


def test_a_period_that_is_over_or_not_begun_compares_whole_with_whole() -> None:
    november = month(2026, 11)
    assert comparison_period(november, D(2026, 12, 2)) == november.previous()
    assert comparison_period(november, D(2026, 10, 2)) == november.previous()


@given(kinds, days, days)
def test_a_period_under_way_is_compared_with_as_many_of_its_first_days(kind, anchor, today) -> None:
    period = Period.containing(kind, anchor)
    before, whole_before = comparison_period(period, today), period.previous()
    assert before.start == whole_before.start and before.end <= whole_before.end
    if not under_way(period, today):
        assert before == whole_before
        return
    assert before.bucket() == period.bucket()  # the two lines lie over each other bucket by bucket
    so_far = (today - period.start).days + 1
    if kind is PeriodKind.WEEK:
        assert before.days == so_far
    else:
        # Calendar days: the same date, or the shorter month's last day; never more days than so far, and fewer
        # only by what the months before had fewer of.
        assert before.days <= so_far + 3 * (12 if kind is PeriodKind.YEAR else 6)
        assert before.end.day == min(today.day, whole_before_month_end(before.end))
        assert before.end.month == ((today.month - 1 - MONTHS[kind]) % 12) + 1


MONTHS = {PeriodKind.MONTH: 1, PeriodKind.TERM: 6, PeriodKind.YEAR: 12}


def whole_before_month_end(day: dt.date) -> int:
    return calendar.monthrange(day.year, day.month)[1]


@given(calendar_kinds, days)
def test_on_its_last_day_a_period_compares_whole_with_whole(kind, anchor) -> None:
    period = Period.containing(kind, anchor)
    assert comparison_period(period, period.end) == period.previous()


@given(days, st.integers(min_value=1, max_value=400), days)
def test_a_chosen_period_is_compared_with_as_many_days_just_before(start, length, today) -> None:
    period = Period(start, start + dt.timedelta(days=length - 1))
    before = comparison_period(period, today)
    assert before.start == start - dt.timedelta(days=length)
    expected = (today - start).days + 1 if under_way(period, today) else length
    assert before.days == expected
    assert before.end < start
