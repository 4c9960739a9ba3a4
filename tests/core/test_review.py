"""When the next review of the guidelines is due (issue 13, item 3): table tests of the date arithmetic."""

from __future__ import annotations

import datetime as dt

import pytest

from deskhelp.core.guidelines import PackInfo, Text
from deskhelp.core.review import add_months, review_due, review_overdue


def _info(reviewed: str, months: int = 6) -> PackInfo:
    return PackInfo(id="p", version="1", title=Text({"sv": "P", "en": "P"}), reviewed=reviewed, review_months=months)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        ("2026-11-21", 6, "2027-05-21"),
        ("2026-08-31", 6, "2027-02-28"),  # no 31st in February
        ("2027-08-31", 6, "2028-02-29"),  # a leap year
        ("2026-01-15", 12, "2027-01-15"),
        ("2026-12-01", 1, "2027-01-01"),
        ("2026-06-30", 6, "2026-12-30"),
    ],
)
def test_add_months(day: str, months: int, expected: str) -> None:
    assert add_months(dt.date.fromisoformat(day), months) == dt.date.fromisoformat(expected)


@pytest.mark.parametrize(
    ("reviewed", "months", "today", "overdue"),
    [
        ("2026-05-01", 6, "2026-11-01", False),  # due today: not yet overdue
        ("2026-05-01", 6, "2026-11-02", True),
        ("2026-05-01", 12, "2026-11-02", False),
        ("2026-11-21", 6, "2026-12-02", False),
    ],
)
def test_review_overdue(reviewed: str, months: int, today: str, overdue: bool) -> None:
    info = _info(reviewed, months)
    assert review_overdue(info, dt.date.fromisoformat(today)) is overdue
    assert review_due(info) == add_months(dt.date.fromisoformat(reviewed), months)


def test_the_default_interval_is_six_months() -> None:
    info = PackInfo(id="p", version="1", title=Text({"sv": "P", "en": "P"}), reviewed="2026-01-31")
    assert info.review_months == 6 and info.owner == "Arbetsgruppen för digital service"
    assert review_due(info) == dt.date(2026, 7, 31)
