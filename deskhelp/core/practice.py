"""Practice exercises (issue 19, seed 001: "övas in så att alla kan säga ungefär samma sak").

An exercise is a patron's request as they would say it and the case type the guidelines file it under. What the
guidelines answer follows from the pack itself: the case type's verdict, the four answers (yes to the rest
unless the exercise says that the request implies otherwise: no time, a missing BankID) and the outcome they
lead to. Staff's attempt is compared with that, question by question. Nothing here is ever stored: practice
must not say who practised or how they did.
"""

from __future__ import annotations

from dataclasses import dataclass

from deskhelp.core.guidelines import GuidelinePack, Outcome, Text, Verdict
from deskhelp.core.triage import Answers, Competence, Enough, TriageResult, triage

# What an exercise may say about the answers beyond the case type's own verdict (which is the guidelines'). The
# verdict is not among them: an exercise that contradicted its case type would teach something else than the desk.
EXERCISE_ANSWERS = ("competence", "time", "resources")


@dataclass(frozen=True)
class Exercise:
    id: str
    request: Text  # as the patron would say it
    case_type: str  # the id of the case type the guidelines file it under
    competence: Competence | None = None  # None: the guidelines' default (yes)
    time: Enough | None = None
    resources: Enough | None = None
    outcome: Outcome | None = None  # as written in the pack: checked against what the answers lead to
    note: Text | None = None  # for the discussion: what to notice


@dataclass(frozen=True)
class Attempt:
    """What staff chose; None where they did not answer."""

    case_type: str | None
    mission: Verdict | None = None
    competence: Competence | None = None
    time: Enough | None = None
    resources: Enough | None = None
    outcome: Outcome | None = None


# The points compared, in the order they are shown.
POINTS = ("case_type", "mission", "competence", "time", "resources", "outcome")


@dataclass(frozen=True)
class Comparison:
    expected: TriageResult  # what the guidelines say
    differs: tuple[str, ...]  # the POINTS where the attempt differed (or was not answered)

    @property
    def all_same(self) -> bool:
        return not self.differs


def expected_answers(pack: GuidelinePack, exercise: Exercise) -> Answers:
    case = pack.case_types[exercise.case_type]
    return Answers(
        mission=case.mission,
        competence=exercise.competence or Competence.YES,
        time=exercise.time or Enough.YES,
        resources=exercise.resources or Enough.YES,
    )


def expected_result(pack: GuidelinePack, exercise: Exercise) -> TriageResult:
    """What the guidelines say for the exercise: the case type, the four answers, the outcome, actors, words."""
    return triage(pack, pack.case_types[exercise.case_type], expected_answers(pack, exercise))


def compare(pack: GuidelinePack, exercise: Exercise, attempt: Attempt) -> Comparison:
    expected = expected_result(pack, exercise)
    answers = expected.answers
    wanted = {
        "case_type": exercise.case_type,
        "mission": answers.mission,
        "competence": answers.competence,
        "time": answers.time,
        "resources": answers.resources,
        "outcome": expected.outcome,
    }
    differs = tuple(point for point in POINTS if getattr(attempt, point) != wanted[point])
    return Comparison(expected=expected, differs=differs)


def exercises_for(pack: GuidelinePack) -> tuple[Exercise, ...]:
    """The pack's exercises whose case type is still offered (a retired one is not practised)."""
    return tuple(
        e for e in pack.exercises if e.case_type in pack.case_types and not pack.case_types[e.case_type].retired
    )
