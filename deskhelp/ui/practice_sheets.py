"""Practice → Exercise sheets (PDF): the exercises as printable sheets with an answer key, in the window's language.

The words come from here (translated like the window); deskhelp.printing.exercises lays them out.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from deskhelp.core.guidelines import GuidelinePack
from deskhelp.core.practice import Exercise, expected_result
from deskhelp.printing.exercises import ExerciseSheet, KeyLine, SheetItem, write_exercise_sheets
from deskhelp.ui.labels import outcome_name, verdict_name


def exercise_sheet(pack: GuidelinePack, exercises: tuple[Exercise, ...], language: str) -> ExerciseSheet:
    items = []
    for exercise in exercises:
        result = expected_result(pack, exercise)
        case = result.case_type
        key = [
            KeyLine(QCoreApplication.translate("Practice", "Kind of errand"), case.title.get(language)),
            KeyLine(QCoreApplication.translate("Practice", "Mission"), verdict_name(case.mission)),
            KeyLine(QCoreApplication.translate("Practice", "Outcome"), outcome_name(result.outcome)),
        ]
        if result.actors:
            key.append(
                KeyLine(
                    QCoreApplication.translate("Practice", "Refer to"),
                    ", ".join(a.name.get(language) for a in result.actors),
                )
            )
        key.append(
            KeyLine(QCoreApplication.translate("Practice", "Say"), " ".join(result.phrasing.get(language).split()))
        )
        if case.reason:
            key.append(
                KeyLine(QCoreApplication.translate("Practice", "Why"), " ".join(case.reason.get(language).split()))
            )
        if exercise.note:
            key.append(KeyLine(QCoreApplication.translate("Practice", "To discuss"), exercise.note.get(language)))
        items.append(SheetItem(request=exercise.request.get(language), key=tuple(key)))
    return ExerciseSheet(
        title=QCoreApplication.translate("Practice", "Practising the guidelines: exercises"),
        subtitle=f"{pack.info.title.get(language)} · {pack.info.version} · {dt.date.today().isoformat()}",
        intro=QCoreApplication.translate(
            "Practice",
            "Read the patron's request aloud and talk it through: what kind of errand is it, is it within the "
            "library's mission (yes, partly or no), what do we say, and where do we refer the rest? The answer key "
            "follows the exercises.",
        ),
        note_lines=(
            QCoreApplication.translate(
                "Practice", "Kind of errand: ______________________   Mission: yes / partly / no"
            ),
            QCoreApplication.translate("Practice", "We say and refer to: ____________________________________________"),
        ),
        key_title=QCoreApplication.translate("Practice", "Answer key: what the guidelines say"),
        key_intro=QCoreApplication.translate(
            "Practice", "The same exercises, in the same order, with the guidelines' answer."
        ),
        items=tuple(items),
        footer=QCoreApplication.translate("Practice", "DeskHelp · exercises"),
        page=QCoreApplication.translate("Practice", "Page {page} of {pages}"),
    )


def choose_path(parent: QWidget) -> Path | None:
    """Ask where to save (tests replace this)."""
    from deskhelp.ui.slip_dialog import documents_folder

    start = documents_folder() / QCoreApplication.translate("Practice", "exercises.pdf")
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Practice", "Exercise sheets"), str(start), "PDF (*.pdf)"
    )
    return Path(path) if path else None


def save_exercise_sheets(
    parent: QWidget, pack: GuidelinePack, exercises: tuple[Exercise, ...], language: str
) -> Path | None:
    path = choose_path(parent)
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        write_exercise_sheets(exercise_sheet(pack, exercises, language), path)
    except OSError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Practice", "The exercise sheets were not saved"), str(error)
        )
        return None
    status = getattr(parent, "statusBar", None)
    if status is not None:
        status().showMessage(QCoreApplication.translate("Practice", "Saved: {0}").format(path))
    return path
