"""What the guidelines say about an exercise, as rich text: for practice (beside staff's own answers, with where
they differed and why) and for the workshop's reveal on the projector (the guidelines' answer alone).

The strings keep one translation context ("Practice") for the practice window, the workshop and the sheets.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from deskhelp.core.guidelines import GuidelinePack, Text
from deskhelp.core.practice import POINTS, Attempt, Comparison, Exercise, expected_result
from deskhelp.ui.labels import competence_options, enough_options, mission_options, outcome_name

SAME_COLOUR = "#17461a"
DIFFERENT_COLOUR = "#8a2500"
DIFFERENT_FILL = "#fdeee4"


def point_name(point: str) -> str:
    return {
        "case_type": QCoreApplication.translate("Practice", "Kind of errand"),
        "mission": QCoreApplication.translate("Practice", "Within the library's mission?"),
        "competence": QCoreApplication.translate("Practice", "Competence?"),
        "time": QCoreApplication.translate("Practice", "Time, for both of you?"),
        "resources": QCoreApplication.translate("Practice", "Resources: has the patron what is needed?"),
        "outcome": QCoreApplication.translate("Practice", "Outcome"),
    }[point]


def value_name(point: str, value, pack: GuidelinePack, language: str) -> str:
    """A chosen or expected value as staff read it; a dash where nothing was chosen."""
    if value is None:
        return QCoreApplication.translate("Practice", "not answered")
    if point == "case_type":
        case = pack.case_types.get(value)
        return case.title.get(language) if case is not None else value
    if point == "outcome":
        return outcome_name(value)
    options = {"mission": mission_options, "competence": competence_options}.get(point, enough_options)()
    return dict(options)[value]


def _expected_values(result) -> dict:
    answers = result.answers
    return {
        "case_type": result.case_type.id,
        "mission": answers.mission,
        "competence": answers.competence,
        "time": answers.time,
        "resources": answers.resources,
        "outcome": result.outcome,
    }


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(part)}</p>" for part in text.split("\n\n") if part.strip())


def _section(title: str, text: Text | None, language: str) -> str:
    return f"<h3>{escape(title)}</h3>{_paragraphs(text.get(language))}" if text else ""


def request_html(exercise: Exercise, language: str, size: str = "large") -> str:
    return f'<p style="font-size:{size}"><i>“{escape(exercise.request.get(language))}”</i></p>'


def answer_table(pack: GuidelinePack, exercise: Exercise, language: str, attempt: Attempt | None) -> str:
    """The six points: the guidelines' answer, and staff's beside it where there is an attempt."""
    expected = _expected_values(expected_result(pack, exercise))
    # Named before the f-strings: lupdate does not look into them.
    question = QCoreApplication.translate("Practice", "Question")
    yours = QCoreApplication.translate("Practice", "Your answer")
    theirs = QCoreApplication.translate("Practice", "The guidelines")
    head = f"<th align='left'>{escape(question)}</th>"
    if attempt is not None:
        head += f"<th align='left'>{escape(yours)}</th>"
    head += f"<th align='left'>{escape(theirs)}</th>"
    rows = []
    for point in POINTS:
        guideline = escape(value_name(point, expected[point], pack, language))
        cells = f"<td><b>{escape(point_name(point))}</b></td>"
        style = ""
        if attempt is not None:
            chosen = getattr(attempt, point)
            same = chosen == expected[point]
            mark = "✓" if same else "✗"
            colour = SAME_COLOUR if same else DIFFERENT_COLOUR
            text = escape(value_name(point, chosen, pack, language))
            cells += f'<td><span style="color:{colour}"><b>{mark}</b> {text}</span></td>'
            style = "" if same else f' style="background:{DIFFERENT_FILL}"'
        cells += f"<td>{guideline}</td>"
        rows.append(f"<tr{style}>{cells}</tr>")
    return f'<table cellpadding="5" cellspacing="0" width="100%"><tr>{head}</tr>{"".join(rows)}</table>'


def summary(comparison: Comparison) -> str:
    if comparison.all_same:
        return QCoreApplication.translate("Practice", "Your answers are the guidelines' answers.")
    names = ", ".join(point_name(point).rstrip("?").lower() for point in comparison.differs)
    return QCoreApplication.translate("Practice", "Your answers differed from the guidelines in: {0}.").format(names)


def guidelines_html(
    pack: GuidelinePack, exercise: Exercise, language: str, comparison: Comparison | None = None, attempt=None
) -> str:
    """What the guidelines say: the points (beside staff's answers when practising), then the reason (why, what we
    do and what we don't), the words to say and whom to refer to, and the exercise's note for the discussion."""
    result = expected_result(pack, exercise)
    case = result.case_type
    parts = []
    if comparison is not None:
        colour = SAME_COLOUR if comparison.all_same else DIFFERENT_COLOUR
        parts.append(f'<p style="font-size:large; color:{colour}"><b>{escape(summary(comparison))}</b></p>')
    parts.append(answer_table(pack, exercise, language, attempt))
    parts.append(_section(QCoreApplication.translate("Practice", "Why"), case.reason, language))
    parts.append(_section(QCoreApplication.translate("Practice", "What we do"), case.we_do, language))
    parts.append(_section(QCoreApplication.translate("Practice", "What we don't do"), case.we_dont, language))
    say = QCoreApplication.translate("Practice", "Say")
    parts.append(f"<h3>{escape(say)}</h3>")
    parts.append(f'<blockquote style="font-size:large">{_paragraphs(result.phrasing.get(language))}</blockquote>')
    if result.actors:
        items = "".join(
            f"<li><b>{escape(a.name.get(language))}</b>: {escape(a.helps_with.get(language))}</li>"
            for a in result.actors
        )
        refer = QCoreApplication.translate("Practice", "Refer to")
        parts.append(f"<h3>{escape(refer)}</h3><ul>{items}</ul>")
    elif case.colleague_role and result.outcome.value == "colleague":
        ask = QCoreApplication.translate("Practice", "Ask")
        parts.append(f"<h3>{escape(ask)}</h3><p><b>{escape(case.colleague_role.get(language))}</b></p>")
    parts.append(_section(QCoreApplication.translate("Practice", "To discuss"), exercise.note, language))
    return "".join(parts)
