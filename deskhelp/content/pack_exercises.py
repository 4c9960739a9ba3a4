"""Reading and writing a pack's practice exercises (FORMAT.md, `exercises`), by the reader's own rules.

Every exercise names a case type of the same pack; what it says about the answers must lead to the outcome it
names, if it names one, so that a pack cannot teach one thing in practice and another at the desk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from deskhelp.content.pack_quote import quote as _quote
from deskhelp.core.guidelines import CaseType, Outcome
from deskhelp.core.practice import EXERCISE_ANSWERS, Exercise
from deskhelp.core.triage import Answers, Competence, Enough, decide_outcome

if TYPE_CHECKING:
    from deskhelp.content.pack_file import _Reader

FIELDS = {"id", "request", "case_type", "answers", "outcome", "note"}
_CHOICES = {"competence": tuple(Competence), "time": tuple(Enough), "resources": tuple(Enough)}


def read_exercises(reader: _Reader, value: Any, case_types: dict[str, CaseType]) -> tuple[Exercise, ...]:
    seen: set[str] = set()
    out = []
    for i, item in enumerate(reader.items(value, lambda v: v, allow_empty=True)):
        with reader._at(i):
            exercise = _exercise(reader, item, case_types)
            if exercise is None:
                continue
            if exercise.id in seen:
                with reader._at("id"):
                    reader.problem(f"{_quote(exercise.id)} is used twice in exercises")
                continue
            seen.add(exercise.id)
            out.append(exercise)
    return tuple(out)


def _exercise(reader: _Reader, item: Any, case_types: dict[str, CaseType]) -> Exercise | None:
    data = reader.mapping(item, FIELDS)
    if data is None:
        return None
    before = reader.count
    exercise_id = reader.field(data, "id", reader.identifier)
    request = reader.field(data, "request", reader.text)
    case_id = reader.field(data, "case_type", reader.identifier)
    case = case_types.get(case_id) if case_id is not None else None
    if case_id is not None and case is None:
        with reader._at("case_type"):
            reader.problem(f"no case type has the id {_quote(case_id)}")
    answers = reader.field(data, "answers", lambda v: _answers(reader, v), required=False) or {}
    outcome = reader.field(data, "outcome", lambda v: reader.choice(v, tuple(Outcome)), required=False)
    note = reader.field(data, "note", reader.text, required=False)
    if reader.count > before or case is None:
        return None
    exercise = Exercise(
        id=exercise_id,
        request=request,
        case_type=case_id,
        competence=Competence(answers["competence"]) if "competence" in answers else None,
        time=Enough(answers["time"]) if "time" in answers else None,
        resources=Enough(answers["resources"]) if "resources" in answers else None,
        outcome=Outcome(outcome) if outcome else None,
        note=note,
    )
    if exercise.outcome is not None:
        leads_to = decide_outcome(
            Answers(
                mission=case.mission,
                competence=exercise.competence or Competence.YES,
                time=exercise.time or Enough.YES,
                resources=exercise.resources or Enough.YES,
            ),
            has_actors=bool(case.actors),
        )
        if leads_to is not exercise.outcome:
            with reader._at("outcome"):
                reader.problem(
                    f"'{exercise.outcome}' is not where case type {_quote(case_id)} and these answers lead "
                    f"(they lead to '{leads_to}'); change the answers or the outcome"
                )
            return None
    return exercise


def _answers(reader: _Reader, value: Any) -> dict[str, str]:
    data = reader.mapping(value, set(EXERCISE_ANSWERS))
    if data is None:
        return {}
    out = {}
    for name in EXERCISE_ANSWERS:
        choice = reader.field(data, name, lambda v, n=name: reader.choice(v, _CHOICES[n]), required=False)
        if choice is not None:
            out[name] = choice
    return out


def exercises_to_data(exercises: tuple[Exercise, ...]) -> list[dict[str, Any]]:
    """The exercises as the plain data of a pack file: what read_exercises reads back to the same exercises."""
    out = []
    for exercise in exercises:
        data: dict[str, Any] = {
            "id": exercise.id,
            "request": dict(exercise.request.translations),
            "case_type": exercise.case_type,
        }
        answers = {name: getattr(exercise, name).value for name in EXERCISE_ANSWERS if getattr(exercise, name)}
        if answers:
            data["answers"] = answers
        if exercise.outcome is not None:
            data["outcome"] = exercise.outcome.value
        if exercise.note is not None:
            data["note"] = dict(exercise.note.translations)
        out.append(data)
    return out
