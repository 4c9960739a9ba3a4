"""The summary report compares like with like (issue 17): a month still under way on the report's day against the
same days of the month before, and it says so; a month that is over against the whole month before."""

from __future__ import annotations

import datetime as dt

from deskhelp.core.statistics import StatsFilter
from deskhelp.reports.builders import ReportOptions, build_report, period_between
from deskhelp.reports.model import ReportKind
from deskhelp.storage.statistics import ReportQueries
from tests.reports.helpers import tables
from tests.reports.independent import Log

APRIL = period_between(dt.date(2026, 4, 1), dt.date(2026, 4, 30))


def summary(report_db, pack, generated: dt.datetime):
    options = ReportOptions(StatsFilter(APRIL), library="Stadsbiblioteket", generated=generated)
    report = build_report(ReportKind.SUMMARY, options, pack, ReportQueries(report_db))
    return report, tables(report)["Översikt", "Översikt"]


def test_a_month_under_way_is_compared_with_the_same_days(report_db, pack) -> None:
    report, (columns, rows) = summary(report_db, pack, dt.datetime(2026, 4, 10, 15, 0))
    assert columns[2] == "Samma dagar föregående period"
    (_label, now, before, _change), _chafing = rows
    assert now == Log(report_db, APRIL.start, APRIL.end).total()
    assert 0 < before == Log(report_db, dt.date(2026, 3, 1), dt.date(2026, 3, 10)).total()
    (text,) = [section.text for section in report.sections if section.title == "Översikt"]
    assert "pågår ännu" in text and "samma dagar av föregående period: 2026-03-01 – 2026-03-10" in text


def test_a_month_that_is_over_is_compared_whole_with_whole(report_db, pack) -> None:
    report, (columns, rows) = summary(report_db, pack, dt.datetime(2026, 5, 2, 9, 0))
    assert columns[2] == "Föregående period"
    (_label, _now, before, _change), _chafing = rows
    assert before == Log(report_db, dt.date(2026, 3, 1), dt.date(2026, 3, 31)).total()
    (text,) = [section.text for section in report.sections if section.title == "Översikt"]
    assert "föregående period 2026-03-01 – 2026-03-31" in text
