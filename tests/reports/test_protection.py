"""Small counts stay hidden: no hidden count can be worked out from a total and the counts shown beside it (issue 17:
"80 + 0 + <3 + 18 + 7 = 107" gave the 2 away). Checked on random tables, read back from the rows a report shows,
not from the protection's own bookkeeping."""

from __future__ import annotations

import datetime as dt
import types
from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskhelp.core.statistics import Period, PeriodKind, StatsFilter
from deskhelp.reports.builders import ReportOptions, build_actors, build_digidel
from deskhelp.reports.model import HIDDEN, Hidden
from deskhelp.reports.protection import Protection
from tests.reports.conftest import END, START
from tests.reports.helpers import GENERATED, tables
from tests.reports.independent import OUTCOMES

SMALL = st.integers(0, 6)  # mostly small counts: the hard case
COUNT = st.one_of(SMALL, st.integers(0, 120))


def _unprotected(group: list, threshold: int) -> bool:
    """A group (parts and their total) that gives a hidden count away: exactly one of them hidden."""
    return sum(1 for cell in group if cell is HIDDEN) == 1


def _check_shown(shown: list, real: list, threshold: int) -> None:
    for cell, value in zip(shown, real, strict=True):
        if 0 < value < threshold:
            assert cell is HIDDEN, (cell, value)
        else:
            assert cell is HIDDEN or (type(cell) is int and cell == value), (cell, value)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    matrix=st.lists(st.lists(COUNT, min_size=len(OUTCOMES), max_size=len(OUTCOMES)), min_size=1, max_size=9),
    threshold=st.integers(2, 5),
)
def test_a_digidel_table_never_gives_a_hidden_count_away(small_pack, matrix, threshold) -> None:
    case_types = list(small_pack.case_types)[: len(matrix)]
    matrix = matrix[: len(case_types)]
    data = [(ct, o, n) for ct, row in zip(case_types, matrix, strict=True) for o, n in zip(OUTCOMES, row, strict=True)]
    period = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31), PeriodKind.MONTH)
    options = ReportOptions(StatsFilter(period), suppress_below=threshold, generated=GENERATED)
    report = build_digidel(options, small_pack, types.SimpleNamespace(demo_cases=0), data)
    rows = next(iter(tables(report).values()))[1]
    body, totals = [row[2:] for row in rows[:-1]], rows[-1][2:]
    real = {ct: row for ct, row in zip(case_types, matrix, strict=True)}
    names = {ct.title.get("sv"): ct.id for ct in small_pack.case_types.values()}
    real_rows = []
    for row in rows[:-1]:
        values = list(real.get(names[row[0]], [0] * len(OUTCOMES)))
        real_rows.append([*values, sum(values)])
    real_totals = [sum(column) for column in zip(*real_rows, strict=True)]
    for shown, values in zip([*body, totals], [*real_rows, real_totals], strict=True):
        _check_shown(list(shown), values, threshold)
    groups = [list(row) for row in body] + [list(totals)]  # each row with its total; the totals row
    groups += [list(column) for column in zip(*body, totals, strict=True)]  # each column with its total
    for group in groups:
        assert not _unprotected(group, threshold), (group, rows)
    # Every count that is shown is a number: nothing like "<3" in a count column.
    assert all(isinstance(cell, int | Hidden) for row in [*body, totals] for cell in row)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(per_actor=st.lists(st.lists(SMALL, min_size=1, max_size=4), min_size=1, max_size=4), data=st.data())
def test_an_actors_months_and_case_types_never_give_a_hidden_count_away(small_pack, per_actor, data) -> None:
    actors, case_types = list(small_pack.actors), list(small_pack.case_types)
    period = Period(START, END)  # March and April
    months = [dt.date(2026, 3, 1), dt.date(2026, 4, 1)]
    by_case_type, by_month, by_actor = [], [], []
    for actor, counts in zip(actors, per_actor, strict=False):
        total = sum(counts)
        if not total:
            continue
        by_actor.append((actor, total))
        for case_type, count in zip(case_types, counts, strict=False):
            if count:
                by_case_type.append((actor, case_type, count))
        march = data.draw(st.integers(0, total))
        by_month += [(actor, months[0], march), (actor, months[1], total - march)]
    by_actor.sort(key=lambda item: -item[1])
    statistics = types.SimpleNamespace(filter=StatsFilter(period), by_actor=by_actor, demo_cases=0)
    options = ReportOptions(StatsFilter(period), suppress_below=3, generated=GENERATED)
    report = build_actors(options, small_pack, statistics, by_case_type, by_month, [])
    overview = dict(tables(report)["Alla aktörer", "Alla aktörer"][1])
    for section in report.sections[1:]:
        found = {table.title: [row[1] for row in table.rows] for table in section.tables}
        for title in ("Ärendetyper", "Månader"):
            assert not _unprotected([*found[title], overview[section.title]], 3), (section.title, found, overview)
        assert all(isinstance(cell, int | Hidden) for title in ("Ärendetyper", "Månader") for cell in found[title])


@given(values=st.lists(COUNT, min_size=1, max_size=12), threshold=st.integers(1, 6), cut=st.data())
def test_any_published_sums_hide_zero_or_at_least_two(values, threshold, cut) -> None:
    """The protection itself, on overlapping sums (a total shared by several breakdowns, as the summary's)."""
    protection = Protection(threshold)
    counts = [protection.count(v) for v in values]
    splits = sorted(set(cut.draw(st.lists(st.integers(0, len(values)), max_size=4))) | {0, len(values)})
    groups = [counts[a:b] for a, b in pairwise(splits) if b > a]
    total = protection.count(sum(values))
    for group in groups:
        subtotal = protection.count(sum(protection.values[c.index] for c in group))
        protection.sums(subtotal, group)
        protection.sums(total, [subtotal])  # deliberately odd: a one-part sum hides both or neither
    protection.sums(total, counts)
    for equation in protection.equations:
        hidden = [protection.shown(protection_count) for protection_count in _counts(equation)]
        assert sum(1 for cell in hidden if cell is HIDDEN) != 1
    for count, value in zip(counts, values, strict=True):
        assert (
            protection.shown(count) is HIDDEN if 0 < value < threshold else protection.shown(count) in (value, HIDDEN)
        )


def _counts(equation):
    from deskhelp.reports.protection import Count

    return [Count(index) for index in equation]


def test_the_issues_example_hides_a_second_count() -> None:
    """80 + 0 + 2 + 18 + 7 = 107: the 2 and the next smallest above zero (7) are hidden; zero and the total stay."""
    protection = Protection(3)
    counts = [protection.count(v) for v in (80, 0, 2, 18, 7)]
    total = protection.count(107)
    protection.sums(total, counts)
    assert [protection.shown(c) for c in counts] == [80, 0, HIDDEN, 18, HIDDEN]
    assert protection.shown(total) == 107


def test_without_a_threshold_nothing_is_hidden() -> None:
    protection = Protection(None)
    counts = [protection.count(v) for v in (1, 2, 0)]
    protection.sums(protection.count(3), counts)
    assert [protection.shown(c) for c in counts] == [1, 2, 0] and not protection.any_hidden()
