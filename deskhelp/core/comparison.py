"""Which days of the period before to compare a period with: like with like.

A month two days old compared with all of the month before said "-94 %" (issue 17). While a period is under way,
it is compared with the same days of the period before: 1-2 December with 1-2 November, the year so far with the
same days of last year. A period that is over (or not yet begun) is compared whole with whole.

"The same days" are calendar days for months, terms and years (the same date so many months back, or that month's
last day when it has fewer days: 1-30 March goes with 1-28 February), and the same number of days for weeks and
periods of the user's own choosing.
"""

from __future__ import annotations

import calendar
import datetime as dt

from deskhelp.core.statistics import Period, PeriodKind

MONTHS_BACK = {PeriodKind.MONTH: 1, PeriodKind.TERM: 6, PeriodKind.YEAR: 12}


def under_way(period: Period, today: dt.date) -> bool:
    """True while ``period`` has begun and has days left after ``today``."""
    return period.start <= today < period.end


def comparison_period(period: Period, today: dt.date) -> Period:
    """The days to compare ``period`` with, as of ``today``: the period before, whole when ``period`` is over or
    has not begun, else as many of its first days as ``period`` has had (counted over time by ``period``'s bucket,
    so that the two lines lie over each other)."""
    before = period.previous()
    if not under_way(period, today):
        return before
    months = MONTHS_BACK.get(period.kind)
    end = before.start + (today - period.start) if months is None else months_back(today, months)
    return Period(before.start, min(end, before.end), PeriodKind.CUSTOM, bucket_kind=period.bucket())


def months_back(day: dt.date, months: int) -> dt.date:
    """The same date ``months`` months earlier, or that month's last day when it is shorter (31 March, 1 back: 28 or
    29 February)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
