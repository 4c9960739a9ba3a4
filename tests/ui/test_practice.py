"""Practice mode (issue 19 part 1), driven by keyboard as a new colleague would, against the real database file."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from deskhelp.settings import load_settings
from tests.ui.accessibility import unnamed_widgets

SIZES = [(1366, 768), (1024, 700)]


def keys(qtbot, *presses, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    for key in presses:
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _cases(database: Path) -> list[tuple]:
    conn = sqlite3.connect(database)
    try:
        return conn.execute("SELECT * FROM case_record ORDER BY id").fetchall()
    finally:
        conn.close()


def _settle(window) -> None:
    """Deliver posted events until the layout stops changing (rounds, not milliseconds)."""
    from PySide6.QtWidgets import QWidget

    previous = None
    for _ in range(50):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        state = [(w.geometry(), w.isVisible()) for w in (window, *window.findChildren(QWidget))]
        if state == previous:
            return
        previous = state


def _open_practice(qtbot, window):
    keys(qtbot, Qt.Key.Key_O, modifier=Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    practice = window.practice.practice_window
    assert practice is not None
    qtbot.waitExposed(practice)
    practice.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is practice.search.field)
    return practice


def test_practise_by_keyboard_and_nothing_reaches_the_case_log(qtbot, open_window, artifacts) -> None:
    window = open_window((1366, 768))
    # A real case first, so that "unchanged" is about a log with something in it.
    qtbot.keyClicks(window.search.field, "deklarera")
    with qtbot.waitSignal(window.case_logged):
        keys(qtbot, Qt.Key.Key_Return, Qt.Key.Key_Return)
    database = load_settings().database
    before = _cases(database)
    assert len(before) == 1

    practice = _open_practice(qtbot, window)
    assert practice.windowTitle() == "Övning – inget loggas"
    assert practice.band.isVisible() and practice.band.text().startswith("ÖVNING")
    exercise = practice.exercise
    assert exercise.id == "ex-bank-statement-welfare"
    assert "Socialtjänsten" in practice.request.text()

    qtbot.keyClicks(QApplication.focusWidget(), "skriva ut kontoutdrag")  # the patron's own words
    assert practice.search.current_case_type() == "print-bank-statement"
    keys(qtbot, Qt.Key.Key_Return)
    assert practice.questions.case.id == "print-bank-statement"
    assert practice.questions.mission.value() is None  # staff decide; nothing is answered for them
    assert practice.questions.outcome.value() is None
    assert QApplication.focusWidget() is practice.questions.mission.buttons()[0]
    keys(qtbot, Qt.Key.Key_Right, Qt.Key.Key_Space)  # to "partly", and choose it
    assert practice.questions.mission.value().value == "partly"
    keys(qtbot, Qt.Key.Key_5, modifier=Qt.KeyboardModifier.AltModifier)  # to "what do you say"
    keys(qtbot, Qt.Key.Key_Right, Qt.Key.Key_Space)  # "helped partly and referred"
    assert practice.questions.outcome.value().value == "partly_referred"
    practice.grab().save(str(artifacts / "practice-answering-1366x768.png"))

    keys(qtbot, Qt.Key.Key_Return)  # compare
    assert practice.pages.currentWidget() is practice.comparison_page
    text = practice.comparison.toPlainText()
    assert "Dina svar är riktlinjernas svar." in text
    assert "Skriva ut kontoutdrag" in text and "Socialtjänsten" in text  # the case type and an actor
    assert "Varför" in text
    practice.grab().save(str(artifacts / "practice-right-1366x768.png"))

    keys(qtbot, Qt.Key.Key_Return)  # the next exercise, ready to search
    assert practice.exercise.id != exercise.id
    assert QApplication.focusWidget() is practice.search.field and practice.search.field.text() == ""
    qtbot.keyClicks(practice.search.field, "pass skanna visum")
    keys(qtbot, Qt.Key.Key_Return)
    keys(qtbot, Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Right)  # "no" (once chosen, arrows change it)
    assert practice.questions.mission.value().value == "no"  # not ours at all, thinks staff (the guidelines: partly)
    keys(qtbot, Qt.Key.Key_5, modifier=Qt.KeyboardModifier.AltModifier)
    keys(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Space)  # referred
    keys(qtbot, Qt.Key.Key_Return)
    text = practice.comparison.toPlainText()
    assert "Dina svar skilde sig från riktlinjerna i: inom bibliotekets uppdrag, utfall." in text
    assert "Det gör vi inte" in text  # the reason the answer differed
    assert unnamed_widgets(practice) == []
    practice.grab().save(str(artifacts / "practice-differs-1366x768.png"))

    window.practice.practice_action.trigger()  # opened again from the desk: the same window comes forward
    assert window.practice.practice_window is practice
    keys(qtbot, Qt.Key.Key_W, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.practice.practice_window is None)
    assert _cases(database) == before  # read back from the file: practice logged nothing


def test_nothing_about_practising_is_stored(qtbot, open_window) -> None:
    """No settings, no database write, no file of results, and no log line about the exercises or the answers."""
    from deskhelp import paths

    window = open_window()
    folders = {load_settings().database.parent, paths.config_dir(), paths.log_dir()}

    def files() -> dict[Path, bytes]:
        return {p: p.read_bytes() for folder in folders if folder.is_dir() for p in folder.rglob("*") if p.is_file()}

    window._service.prepare_search()  # the desk's own search index, kept beside the database: not practice's
    before = files()
    practice = _open_practice(qtbot, window)
    qtbot.keyClicks(practice.search.field, "kontoutdrag")
    keys(qtbot, Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_Return)
    assert practice.pages.currentWidget() is practice.comparison_page
    keys(qtbot, Qt.Key.Key_Return)
    practice.close()
    after = files()
    assert set(after) == set(before)
    for path, content in after.items():
        if path.suffix == ".log" or ".log." in path.name:
            added = content[len(before[path]) :].decode("utf-8", "replace")
            assert "ex-" not in added and "kontoutdrag" not in added.lower() and "practi" not in added.lower(), added
        else:
            assert content == before[path], path


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_practice_screenshots(qtbot, open_window, artifacts, size) -> None:
    window = open_window(size)
    practice = _open_practice(qtbot, window)
    practice.resize(*size)
    practice.grab().save(str(artifacts / f"practice-start-{size[0]}x{size[1]}.png"))
    qtbot.keyClicks(practice.search.field, "kontoutdrag")
    keys(qtbot, Qt.Key.Key_Return)
    _settle(practice)
    practice.grab().save(str(artifacts / f"practice-questions-{size[0]}x{size[1]}.png"))
    body = practice.questions.scroll.widget()
    assert body.width() <= practice.questions.scroll.viewport().width()  # nothing cut off at the right
    assert body.minimumSizeHint().width() <= practice.questions.scroll.viewport().width()
    keys(qtbot, Qt.Key.Key_Return)
    practice.grab().save(str(artifacts / f"practice-compare-{size[0]}x{size[1]}.png"))
    assert practice.comparison.horizontalScrollBar().maximum() == 0


def _pdf_text(path: Path, *pages: int) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    args = ["pdftotext", "-layout"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def _pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_exercise_sheets_have_the_requests_first_and_the_answer_key_after(
    qtbot, open_window, monkeypatch, tmp_path, artifacts
) -> None:
    from deskhelp.ui import practice_sheets

    target = tmp_path / "övningar"  # without .pdf: the ending is added
    monkeypatch.setattr(practice_sheets, "choose_path", lambda parent: target)
    window = open_window()
    practice = _open_practice(qtbot, window)
    practice.sheets_button.click()
    saved = target.with_name("övningar.pdf")
    assert saved.is_file()
    assert "Sparat" in practice.statusBar().currentMessage()
    pages = _pdf_pages(saved)
    text = _pdf_text(saved)
    key_at = text.index("Facit: det här säger riktlinjerna")
    requests, key = text[:key_at], text[key_at:]
    first = practice.exercises[0]
    assert "Öva på riktlinjerna: övningar" in requests
    assert "kontoutdrag för de tre senaste månaderna" in " ".join(requests.split())
    assert "Hjälpt delvis och hänvisat" not in requests  # the answers are not beside the questions
    assert "Skriva ut kontoutdrag (till exempel för försörjningsstöd)" in " ".join(key.split())
    assert "Hjälpt delvis och hänvisat" in key and "Varför:" in key
    assert f"{len(practice.exercises)}." in key  # every exercise has its answer
    assert first.request.get("sv")[:30] in " ".join(_pdf_text(saved, 1).split())  # the requests start on page 1
    assert "Facit: det här säger riktlinjerna" not in _pdf_text(saved, 1)
    assert f"Sida 1 av {pages}" in _pdf_text(saved, 1)
    # For people to look at: the first page and the first page of the answer key.
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(saved), str(artifacts / "exercise-sheets")], check=True)


def test_the_workshop_by_keyboard(qtbot, open_window, artifacts) -> None:
    window = open_window()
    practice = _open_practice(qtbot, window)
    keys(qtbot, Qt.Key.Key_F5)
    workshop = practice.workshop
    qtbot.waitExposed(workshop)
    workshop.activateWindow()
    qtbot.waitUntil(workshop.isActiveWindow)
    assert workshop.windowTitle() == "Workshop – inget loggas"
    assert workshop.font().pointSizeF() >= 2 * QApplication.font().pointSizeF()  # large, for a projector
    first = workshop.exercise
    assert first.request.get("sv") in workshop.request.text()
    assert not workshop.answer.isVisible()
    for size in SIZES:
        workshop.showNormal()
        workshop.resize(*size)
        workshop.grab().save(str(artifacts / f"workshop-request-{size[0]}x{size[1]}.png"))
    qtbot.keyClick(workshop, Qt.Key.Key_Return)  # reveal
    assert workshop.answer.isVisible() and not workshop.discuss.isVisible()
    shown = workshop.answer.toPlainText()
    assert "Skriva ut kontoutdrag" in shown and "Delvis" in shown and "Hjälpt delvis och hänvisat" in shown
    assert "Socialtjänsten" in shown and "Varför" in shown
    for size in SIZES:
        workshop.resize(*size)
        workshop.grab().save(str(artifacts / f"workshop-answer-{size[0]}x{size[1]}.png"))
    qtbot.keyClick(workshop, Qt.Key.Key_Space)  # next: the answer is hidden again
    assert workshop.exercise is not first and not workshop.answer.isVisible()
    qtbot.keyClick(workshop, Qt.Key.Key_Right)
    qtbot.keyClick(workshop, Qt.Key.Key_Left)
    assert workshop.index == 1
    qtbot.keyClick(workshop, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not workshop.isVisible())
