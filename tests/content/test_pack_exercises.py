"""Practice exercises in a pack (issue 19): the default pack's, the reader's errors, the writer's round trip."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskhelp import paths
from deskhelp.content.pack_file import PackError, parse_pack_bytes, read_pack_file
from deskhelp.content.pack_writer import pack_text, pack_to_data
from deskhelp.content.pack_yaml import WordsNotBooleansLoader
from deskhelp.core.guidelines import Verdict
from deskhelp.core.practice import Attempt, compare, exercises_for, expected_result
from deskhelp.core.search import SearchIndex
from deskhelp.core.triage import Enough


@pytest.fixture(scope="module")
def default_pack():
    return read_pack_file(paths.bundled_pack_path()).pack


def _small_with(small_pack_path: Path, exercises) -> bytes:
    data = yaml.load(small_pack_path.read_text(encoding="utf-8"), Loader=WordsNotBooleansLoader)  # noqa: S506
    data["exercises"] = exercises
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


def _problems(small_pack_path: Path, exercises) -> list[str]:
    with pytest.raises(PackError) as caught:
        parse_pack_bytes(_small_with(small_pack_path, exercises), "pack.yaml")
    assert all(line.startswith("pack.yaml: ") for line in str(caught.value).splitlines())
    return [f"{p.path}: {p.message}" for p in caught.value.problems]


REQUEST = {"sv": "Kan du skriva ut mitt kontoutdrag?", "en": "Can you print my bank statement?"}


def test_the_default_pack_has_at_least_40_exercises_of_every_verdict(default_pack) -> None:
    exercises = exercises_for(default_pack)
    assert len(exercises) >= 40
    assert len({e.id for e in exercises}) == len(exercises)
    verdicts = {default_pack.case_types[e.case_type].mission for e in exercises}
    assert verdicts == set(Verdict)
    outcomes = {expected_result(default_pack, e).outcome for e in exercises}
    assert len(outcomes) == 5  # every outcome is practised somewhere
    # Seed 001's central scenario: social services send the patron to print bank statements for income support.
    central = [e for e in exercises if e.case_type == "print-bank-statement"]
    assert any("Socialtjänsten" in e.request.get("sv") and "försörjningsstöd" in e.request.get("sv") for e in central)


def test_the_default_exercises_can_be_found_with_their_own_words(default_pack) -> None:
    """Staff type what the patron said: the guidelines' case type is among the first three for most requests."""
    index = SearchIndex(default_pack)
    exercises = exercises_for(default_pack)
    found = sum(e.case_type in [h.case_type.id for h in index.search(e.request.get("sv"), 3)] for e in exercises)
    assert found / len(exercises) >= 0.8


def test_exercises_survive_the_editors_save(default_pack) -> None:
    again = parse_pack_bytes(pack_text(pack_to_data(default_pack)).encode("utf-8"), "saved").pack
    assert again.exercises == default_pack.exercises


def test_a_pack_without_exercises_is_still_valid(small_pack) -> None:
    assert small_pack.exercises == ()
    assert "exercises" not in pack_to_data(small_pack)


def test_an_exercise_must_name_a_case_type_of_the_pack(small_pack_path: Path) -> None:
    problems = _problems(small_pack_path, [{"id": "ex-a", "request": REQUEST, "case_type": "print-statement"}])
    assert problems == ["exercises[0].case_type: no case type has the id 'print-statement'"]


def test_an_outcome_the_answers_do_not_lead_to_is_refused(small_pack_path: Path) -> None:
    exercise = {"id": "ex-a", "request": REQUEST, "case_type": "print-bank-statement", "outcome": "helped_here"}
    [problem] = _problems(small_pack_path, [exercise])
    assert problem.startswith("exercises[0].outcome: 'helped_here' is not where case type 'print-bank-statement'")
    assert "'partly_referred'" in problem


def test_bad_exercises_are_all_reported_with_their_path(small_pack_path: Path) -> None:
    problems = _problems(
        small_pack_path,
        [
            {"id": "ex-a", "request": {"sv": "Hej"}, "case_type": "tax-return"},
            {"id": "ex-b", "request": REQUEST, "case_type": "tax-return", "answers": {"mission": "yes"}},
            {"id": "ex-c", "request": REQUEST, "case_type": "tax-return", "answers": {"time": "maybe"}},
            {"id": "ex-d", "request": REQUEST, "case_type": "tax-return"},
            {"id": "ex-d", "request": REQUEST, "case_type": "tax-return"},
            {"id": "Ex E", "request": REQUEST, "case_type": "tax-return", "hint": "x"},
            "not an exercise",
        ],
    )
    assert "exercises[0].request: needs a text in en" in problems
    assert any(p.startswith("exercises[1].answers.mission: unknown field") for p in problems)
    assert "exercises[2].answers.time: 'maybe' is not one of: yes, no" in problems
    assert "exercises[4].id: 'ex-d' is used twice in exercises" in problems
    assert any(p.startswith("exercises[5].id: 'Ex E' is not an id") for p in problems)
    assert any(p.startswith("exercises[5].hint: unknown field") for p in problems)
    assert any(p.startswith("exercises[6]: must be a mapping") for p in problems)


def test_the_comparison_says_where_an_attempt_differed(default_pack) -> None:
    [exercise] = [e for e in default_pack.exercises if e.id == "ex-bank-statement-welfare"]
    expected = expected_result(default_pack, exercise)
    right = Attempt(
        case_type="print-bank-statement",
        mission=Verdict.PARTLY,
        competence=expected.answers.competence,
        time=expected.answers.time,
        resources=expected.answers.resources,
        outcome=expected.outcome,
    )
    assert compare(default_pack, exercise, right).all_same
    wrong = Attempt(case_type="welfare-application", mission=Verdict.YES, time=Enough.NO, outcome=expected.outcome)
    assert compare(default_pack, exercise, wrong).differs == ("case_type", "mission", "competence", "time", "resources")


_texts = st.one_of(
    st.none(), st.text(max_size=8), st.integers(), st.dictionaries(st.text(max_size=3), st.text(max_size=5))
)
_exercise = st.dictionaries(
    st.sampled_from(["id", "request", "case_type", "answers", "outcome", "note", "extra"]),
    st.one_of(
        _texts,
        st.sampled_from(["tax-return", "print-bank-statement", "ex-a", "referred", "booked", "partly_referred"]),
        st.just(REQUEST),
        st.dictionaries(
            st.sampled_from(["competence", "time", "resources", "mission"]),
            st.sampled_from(["yes", "no", "colleague", 1]),
        ),
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(exercises=st.one_of(_texts, st.lists(st.one_of(_exercise, _texts), max_size=4)))
def test_any_exercises_section_is_read_or_refused_with_a_pack_error(small_pack_path: Path, exercises) -> None:
    raw = _small_with(small_pack_path, exercises)
    try:
        pack = parse_pack_bytes(raw, "pack.yaml").pack
    except PackError:
        return
    for exercise in pack.exercises:
        assert exercise.case_type in pack.case_types
        expected_result(pack, exercise)  # the guidelines' answer can always be shown
