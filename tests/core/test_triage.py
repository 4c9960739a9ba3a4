from __future__ import annotations

import pytest

from deskhelp.core.guidelines import Outcome, Verdict
from deskhelp.core.triage import (
    Answers,
    Competence,
    Enough,
    decide_outcome,
    default_answers,
    reachable_outcomes,
    triage,
)

Y, P, N = Verdict.YES, Verdict.PARTLY, Verdict.NO
C_YES, C_COL, C_NO = Competence.YES, Competence.COLLEAGUE, Competence.NO
E_YES, E_NO = Enough.YES, Enough.NO


@pytest.mark.parametrize(
    ("answers", "has_actors", "expected"),
    [
        (Answers(Y), True, Outcome.HELPED_HERE),
        (Answers(Y), False, Outcome.HELPED_HERE),
        (Answers(P), True, Outcome.PARTLY_REFERRED),
        (Answers(P), False, Outcome.HELPED_HERE),
        (Answers(N), True, Outcome.REFERRED),
        (Answers(N, C_NO, E_NO, E_NO), True, Outcome.REFERRED),  # not ours: refer, whatever the rest
        (Answers(Y, C_COL), True, Outcome.COLLEAGUE),
        (Answers(P, C_COL, E_NO), True, Outcome.COLLEAGUE),  # a colleague comes before booking
        (Answers(Y, C_NO), True, Outcome.REFERRED),
        (Answers(Y, C_NO), False, Outcome.BOOKED),
        (Answers(Y, C_YES, E_NO), True, Outcome.BOOKED),
        (Answers(P, C_YES, E_NO), True, Outcome.BOOKED),
        (Answers(Y, C_YES, E_YES, E_NO), True, Outcome.PARTLY_REFERRED),
        (Answers(Y, C_YES, E_YES, E_NO), False, Outcome.HELPED_HERE),
    ],
)
def test_the_conversation_decides_the_outcome(answers: Answers, has_actors: bool, expected: Outcome) -> None:
    assert decide_outcome(answers, has_actors) is expected


def test_defaults_come_from_the_guidelines(small_pack) -> None:
    case = small_pack.case_types["print-bank-statement"]
    assert default_answers(case) == Answers(Verdict.PARTLY, C_YES, E_YES, E_YES)


def test_partly_ours_refers_to_the_case_actors_with_case_phrasing(small_pack) -> None:
    case = small_pack.case_types["print-bank-statement"]
    result = triage(small_pack, case, default_answers(case))
    assert result.outcome is Outcome.PARTLY_REFERRED
    assert [a.id for a in result.actors] == ["bank", "social-services"]
    assert result.phrasing.get("sv").startswith("Jag kan visa hur du skriver ut")
    assert result.phrasing.get("en").startswith("I can show you how to print")
    assert len(result.closing_checklist) == 2


def test_outcomes_without_case_phrasing_fall_back_to_the_pack_default(small_pack) -> None:
    case = small_pack.case_types["print-bank-statement"]
    result = triage(small_pack, case, Answers(Verdict.PARTLY, C_YES, E_NO))
    assert result.outcome is Outcome.BOOKED
    assert result.phrasing == small_pack.default_phrasing[Outcome.BOOKED]
    assert result.actors == ()  # booked here: nobody to refer to


def test_reachable_outcomes(small_pack) -> None:
    with_actors = reachable_outcomes(small_pack.case_types["tax-return"])
    assert with_actors == set(Outcome)
    without = reachable_outcomes(small_pack.case_types["print-document"])
    assert Outcome.PARTLY_REFERRED not in without and Outcome.REFERRED in without  # mission "no" still refers
