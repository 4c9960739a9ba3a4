"""The desk conversation as pure functions: a case type and four answers give an outcome and what to say.

The rules follow the seed's "Bryt ner frågan": mission first (refer what is not ours), then competence (ask a
colleague), then time (book a longer guidance session), then the patron's resources. There is almost always a
part the library can do, so a case that is partly ours ends in "helped partly and referred", not in a no.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from deskhelp.core.guidelines import Actor, CaseType, GuidelinePack, Outcome, Text, Verdict


class Competence(StrEnum):
    YES = "yes"  # the staff member on duty can do it
    COLLEAGUE = "colleague"  # a colleague can
    NO = "no"  # nobody here can


class Enough(StrEnum):
    """Answer to the time and resources questions."""

    YES = "yes"
    NO = "no"


@dataclass(frozen=True)
class Answers:
    mission: Verdict
    competence: Competence = Competence.YES
    time: Enough = Enough.YES
    resources: Enough = Enough.YES


@dataclass(frozen=True)
class TriageResult:
    case_type: CaseType
    answers: Answers
    outcome: Outcome
    phrasing: Text
    actors: tuple[Actor, ...]
    closing_checklist: tuple[Text, ...]
    phrasing_channel: str | None = None  # the pack's channel key when the phrasing is for a channel (core.channels)


def default_answers(case_type: CaseType) -> Answers:
    """The answers staff start from: the guideline's verdict, and yes to the rest."""
    return Answers(mission=case_type.mission)


def decide_outcome(answers: Answers, has_actors: bool) -> Outcome:
    if answers.mission is Verdict.NO:
        return Outcome.REFERRED
    if answers.competence is Competence.COLLEAGUE:
        return Outcome.COLLEAGUE
    if answers.competence is Competence.NO:
        # Nobody here can do it: refer where someone can, otherwise book a session with more time to find out.
        return Outcome.REFERRED if has_actors else Outcome.BOOKED
    if answers.time is Enough.NO:
        return Outcome.BOOKED
    if answers.resources is Enough.NO or answers.mission is Verdict.PARTLY:
        # We show what we can now; the patron gets the rest (or the missing resource) elsewhere.
        return Outcome.PARTLY_REFERRED if has_actors else Outcome.HELPED_HERE
    return Outcome.HELPED_HERE


def referred_actors(pack: GuidelinePack, case_type: CaseType, outcome: Outcome) -> tuple[Actor, ...]:
    """Actors to show: those of the case type, unless the patron was helped here or handed on internally."""
    if outcome in (Outcome.HELPED_HERE, Outcome.COLLEAGUE, Outcome.BOOKED):
        return ()
    return tuple(pack.actors[actor_id] for actor_id in case_type.actors)


def triage(pack: GuidelinePack, case_type: CaseType, answers: Answers) -> TriageResult:
    outcome = decide_outcome(answers, has_actors=bool(case_type.actors))
    return TriageResult(
        case_type=case_type,
        answers=answers,
        outcome=outcome,
        phrasing=pack.phrasing_for(case_type, outcome),
        actors=referred_actors(pack, case_type, outcome),
        closing_checklist=pack.closing_checklist,
    )


def reachable_outcomes(case_type: CaseType) -> frozenset[Outcome]:
    """Every outcome staff can reach for this case type by changing any of the four answers."""
    has_actors = bool(case_type.actors)
    return frozenset(
        decide_outcome(Answers(mission, competence, time, resources), has_actors)
        for mission in Verdict
        for competence in Competence
        for time in Enough
        for resources in Enough
    )
