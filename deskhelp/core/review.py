"""The guidelines' review cycle: seed 001 asks for a review every half-year, by a named owner (a role).

Pure date arithmetic on the pack's info, so the desk, the About box and `deskhelp check` agree on when the next
review is due and whether it is overdue.
"""

from __future__ import annotations

import calendar
import datetime as dt

from deskhelp.core.guidelines import PackInfo


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months; the 31st becomes the month's last day where the month is shorter."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_due(info: PackInfo) -> dt.date:
    """The day the next review is due: the last review plus the pack's interval."""
    return add_months(dt.date.fromisoformat(info.reviewed), info.review_months)


def review_overdue(info: PackInfo, today: dt.date) -> bool:
    return today > review_due(info)
