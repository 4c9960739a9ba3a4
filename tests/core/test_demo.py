"""Synthetic demo cases: deterministic, consistent with the triage rules, and shaped like a real year at the desk."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from deskhelp.core.cases import REFLECTION_MAX_CHARS, CaseRecord, Channel
from deskhelp.core.demo import (
    HOUR_WEIGHTS,
    REFLECTIONS,
    case_type_popularity,
    generate_demo_cases,
    is_everyday_case_type,
    is_tax_case_type,
)
from deskhelp.core.guidelines import DURATION_BUCKETS, GuidelinePack, Outcome
from deskhelp.core.privacy import find_personal_data
from deskhelp.core.triage import Answers, Enough, decide_outcome, referred_actors

DEFAULT_PACK = Path(__file__).resolve().parents[2] / "resources" / "packs" / "default.yaml"
END = dt.date(2026, 11, 22)  # a Sunday; the year before it covers every month


@pytest.fixture(scope="module")
def default_pack() -> GuidelinePack:
    from deskhelp.content.pack_file import read_pack_file

    return read_pack_file(DEFAULT_PACK).pack


@pytest.fixture(scope="module")
def year(default_pack: GuidelinePack) -> list[CaseRecord]:
    return list(generate_demo_cases(default_pack, 20_000, END, days=365, seed=7))


def test_the_same_seed_gives_the_same_cases(small_pack: GuidelinePack) -> None:
    first = list(generate_demo_cases(small_pack, 500, END, seed=3))
    assert first == list(generate_demo_cases(small_pack, 500, END, seed=3))
    assert first != list(generate_demo_cases(small_pack, 500, END, seed=4))


@pytest.mark.parametrize("n", [0, 1, 999])
def test_exactly_n_cases(small_pack: GuidelinePack, n: int) -> None:
    assert sum(1 for _ in generate_demo_cases(small_pack, n, END)) == n


@pytest.mark.parametrize(
    "kwargs",
    [{"n": -1}, {"days": 0}, {"branches": ()}, {"desks": ()}, {"branches": ("main", "")}],
)
def test_impossible_arguments_are_refused_at_once(small_pack: GuidelinePack, kwargs: dict) -> None:
    arguments = {"n": 10, **kwargs}
    with pytest.raises(ValueError):
        generate_demo_cases(small_pack, end=END, **arguments)


def test_cases_fall_on_the_days_ending_at_end_and_in_opening_hours(year: list[CaseRecord]) -> None:
    first = END - dt.timedelta(days=364)
    assert {case.occurred_on for case in year} >= {first, END - dt.timedelta(days=1)}
    assert all(first <= case.occurred_on <= END for case in year)
    assert all(case.occurred_hour in HOUR_WEIGHTS[case.occurred_on.weekday()] for case in year)


def test_cases_come_oldest_first(year: list[CaseRecord]) -> None:
    moments = [(case.occurred_on, case.occurred_hour) for case in year]
    assert moments == sorted(moments)


def test_one_day(small_pack: GuidelinePack) -> None:
    cases = list(generate_demo_cases(small_pack, 50, dt.datetime(2026, 3, 2, 17, 5), days=1))
    assert {case.occurred_on for case in cases} == {dt.date(2026, 3, 2)}
    assert all(type(case.occurred_on) is dt.date for case in cases)


def test_monday_peak_and_quiet_weekend(year: list[CaseRecord]) -> None:
    weekdays = Counter(case.occurred_on.weekday() for case in year)
    assert weekdays[0] > weekdays[6] * 3
    assert weekdays[0] == max(weekdays.values())
    assert weekdays[5] < weekdays[4]


def test_afternoons_are_busiest(year: list[CaseRecord]) -> None:
    hours = Counter(case.occurred_hour for case in year)
    afternoon = sum(hours[h] for h in (13, 14, 15)) / 3
    morning = sum(hours[h] for h in (10, 11)) / 2
    assert afternoon > morning * 1.3


def test_july_is_quieter_than_september(year: list[CaseRecord]) -> None:
    months = Counter(case.occurred_on.month for case in year)
    assert months[7] < months[9] * 0.75


def test_tax_errands_peak_in_spring(default_pack: GuidelinePack, year: list[CaseRecord]) -> None:
    tax_types = {ct.id for ct in default_pack.case_types.values() if is_tax_case_type(ct)}
    assert "skatteverket" in tax_types

    def share(months: set[int]) -> float:
        cases = [case for case in year if case.occurred_on.month in months]
        return sum(case.case_type_id in tax_types for case in cases) / len(cases)

    assert share({3, 4, 5}) > 2 * share({9, 10, 11})


def test_everyday_errands_are_the_most_common(default_pack: GuidelinePack, year: list[CaseRecord]) -> None:
    popularity = case_type_popularity(default_pack)
    assert set(popularity) == {c.id for c in default_pack.case_types.values() if c.in_guidelines}  # not "other"
    top = [case_type for case_type, _ in Counter(case.case_type_id for case in year).most_common(5)]
    assert sum(is_everyday_case_type(default_pack.case_types[case_type]) for case_type in top) >= 4
    assert {"wifi", "bankid", "print-from-computer", "forgotten-password"} <= {
        ct.id for ct in default_pack.case_types.values() if is_everyday_case_type(ct)
    }


def test_outcomes_and_actors_follow_the_triage_rules(default_pack: GuidelinePack, year: list[CaseRecord]) -> None:
    for case in year:
        case_type = default_pack.case_types[case.case_type_id]
        answers = Answers(case.mission, case.competence, case.time, case.resources)
        assert case.outcome is decide_outcome(answers, has_actors=bool(case_type.actors))
        assert case.actor_ids == tuple(a.id for a in referred_actors(default_pack, case_type, case.outcome))
        if case.actor_ids:
            assert case.outcome in (Outcome.REFERRED, Outcome.PARTLY_REFERRED)


def test_missing_resources_match_the_answer(default_pack: GuidelinePack, year: list[CaseRecord]) -> None:
    for case in year:
        assert (case.resources is Enough.NO) == bool(case.missing_resources)
        assert set(case.missing_resources) <= set(default_pack.case_types[case.case_type_id].resources)
    with_resources = [case for case in year if default_pack.case_types[case.case_type_id].resources]
    assert 0.09 < sum(bool(case.missing_resources) for case in with_resources) / len(with_resources) < 0.15


def test_answers_and_channels_have_realistic_shares(default_pack: GuidelinePack, year: list[CaseRecord]) -> None:
    def share(count: int) -> float:
        return count / len(year)

    default_mission = sum(case.mission is default_pack.case_types[case.case_type_id].mission for case in year)
    assert 0.9 < share(default_mission) < 0.99
    competence = Counter(case.competence.value for case in year)
    assert 0.82 < share(competence["yes"]) < 0.88 and 0.07 < share(competence["colleague"]) < 0.11
    assert 0.07 < share(sum(case.time is Enough.NO for case in year)) < 0.13
    busy = [case for case in year if case.occurred_hour in (13, 14, 15)]
    calm = [case for case in year if case.occurred_hour not in (13, 14, 15)]
    assert sum(c.time is Enough.NO for c in busy) / len(busy) > sum(c.time is Enough.NO for c in calm) / len(calm)
    channels = Counter(case.details.channel for case in year)
    assert 0.62 < share(channels[Channel.DESK]) < 0.68
    assert set(channels) == set(Channel)


def test_effort_and_duration_stay_near_the_case_type(default_pack: GuidelinePack, year: list[CaseRecord]) -> None:
    for case in year:
        case_type = default_pack.case_types[case.case_type_id]
        assert abs(case.details.effort - case_type.effort) <= 1 and 1 <= case.details.effort <= 6
        shift = DURATION_BUCKETS.index(case.details.duration) - DURATION_BUCKETS.index(case_type.duration)
        assert abs(shift) <= 1
    assert Counter(case.details.effort == default_pack.case_types[case.case_type_id].effort for case in year)[True] > (
        len(year) / 2
    )


def test_reflections_only_when_it_chafed(year: list[CaseRecord]) -> None:
    chafing = [case for case in year if case.details.chafing]
    assert 0.03 < len(chafing) / len(year) < 0.055
    assert all(not case.details.reflection for case in year if not case.details.chafing)
    with_reflection = [case for case in chafing if case.details.reflection]
    assert 0.6 < len(with_reflection) / len(chafing) < 0.95
    assert {case.details.reflection for case in with_reflection} <= set(REFLECTIONS)


def test_the_reflections_hold_no_personal_data() -> None:
    assert 15 <= len(REFLECTIONS) <= 20 and len(set(REFLECTIONS)) == len(REFLECTIONS)
    for reflection in REFLECTIONS:
        assert find_personal_data(reflection) == [], reflection
        assert 0 < len(reflection) <= REFLECTION_MAX_CHARS and reflection == reflection.strip()


def test_branches_and_desks_are_all_used(small_pack: GuidelinePack) -> None:
    cases = list(generate_demo_cases(small_pack, 2000, END, branches=("main", "north"), desks=("a", "b", "c")))
    assert {case.branch for case in cases} == {"main", "north"}
    assert {case.desk for case in cases} == {"a", "b", "c"}
    branches = Counter(case.branch for case in cases)
    assert branches["main"] > branches["north"]
