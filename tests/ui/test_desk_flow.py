"""The desk, driven by keyboard as staff drive it, checked against the SQLite file on disk."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
)

from deskhelp.settings import load_settings
from tests.ui.accessibility import unnamed_widgets


def keys(qtbot, *presses) -> None:
    """Press keys on whatever has focus, as a person would."""
    for key in presses:
        qtbot.keyClick(QApplication.focusWidget(), key)


def test_from_search_to_a_logged_case_by_keyboard_only(qtbot, window, artifacts) -> None:
    window.grab().save(str(artifacts / "01-ready.png"))
    qtbot.keyClicks(QApplication.focusWidget(), "kontoutdrg")
    assert window.search.current_case_type() == "print-bank-statement"
    window.grab().save(str(artifacts / "02-search.png"))

    keys(qtbot, Qt.Key.Key_Return)  # pick the highlighted kind of errand
    assert window.triage.case_type.id == "print-bank-statement"
    assert QApplication.focusWidget() is window.triage.mission.buttons()[1]  # "Partly", from the guidelines
    assert "Hjälpt delvis och hänvisat" in window.triage.outcome.toPlainText()
    window.grab().save(str(artifacts / "03-triage.png"))

    keys(qtbot, Qt.Key.Key_Right)  # the errand turns out not to be ours at all
    assert window.triage.answers().mission.value == "no"
    assert window.triage.outcome.toPlainText().strip().startswith("Hänvisat")
    keys(qtbot, Qt.Key.Key_Left)  # ...no, partly after all
    keys(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Tab)  # to time
    keys(qtbot, Qt.Key.Key_Right)  # a queue at the desk: no time now
    assert window.triage.answers().time.value == "no"
    assert window.triage.outcome.toPlainText().strip().startswith("Bokat en längre handledning")
    window.grab().save(str(artifacts / "04-booked.png"))

    with qtbot.waitSignal(window.case_logged, timeout=5000) as logged:
        keys(qtbot, Qt.Key.Key_Return)
    window.grab().save(str(artifacts / "05-logged.png"))

    assert window.banner.isVisible() and "Loggat" in window.banner.text()
    assert QApplication.focusWidget() is window.search.field and window.search.field.text() == ""

    conn = sqlite3.connect(load_settings().database)
    row = conn.execute(
        "SELECT case_type_id, mission, competence, time, resources, outcome, channel FROM case_record WHERE id = ?",
        (logged.args[0],),
    ).fetchone()
    count = conn.execute("SELECT count(*) FROM case_record").fetchone()[0]
    conn.close()
    assert row == ("print-bank-statement", "partly", "yes", "no", "yes", "booked", "desk")
    assert count == 1


def test_a_referral_logs_its_actors(qtbot, window) -> None:
    qtbot.keyClicks(window.search.field, "deklarera")
    with qtbot.waitSignal(window.case_logged) as logged:
        keys(qtbot, Qt.Key.Key_Return, Qt.Key.Key_Return)
    conn = sqlite3.connect(load_settings().database)
    actors = conn.execute("SELECT actor_id FROM case_actor WHERE case_id = ?", (logged.args[0],)).fetchall()
    conn.close()
    assert actors == [("skatteverket",)]


def test_escape_starts_over_without_logging(qtbot, window) -> None:
    qtbot.keyClicks(window.search.field, "legimus")
    keys(qtbot, Qt.Key.Key_Return, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.welcome
    assert window.search.field.hasFocus()
    assert window._service.db.count_cases() == 0


def test_down_arrow_in_the_search_field_moves_the_choice(qtbot, window) -> None:
    qtbot.keyClicks(window.search.field, "skriva ut")
    first = window.search.current_case_type()
    keys(qtbot, Qt.Key.Key_Down)
    assert window.search.current_case_type() != first
    assert window.search.field.hasFocus()


def test_a_close_call_is_said_above_the_list_and_enter_still_picks_the_first(qtbot, window, artifacts) -> None:
    """Issue 16: "utskrift" fits two errands of the test pack nearly equally well; the desk says so in Swedish until
    the words make one clear. The first stays highlighted: staff who have looked still pick it with Enter."""
    normal = window.search.hint.text()
    assert normal == "Upp/Ned för att bläddra, Enter för att välja."
    qtbot.keyClicks(window.search.field, "utskrift")
    assert window.search.hint.text() == "Jämnt läge: kontrollera att det översta ärendet stämmer."
    QApplication.processEvents()  # the hint's new height is laid out by a posted event
    window.grab().save(str(artifacts / "close-call.png"))
    first = window.search.current_case_type()
    assert first in {"print-bank-statement", "print-document"}
    qtbot.keyClicks(window.search.field, " kontoutdrag")
    assert window.search.hint.text() == normal
    assert window.search.current_case_type() == "print-bank-statement"
    keys(qtbot, Qt.Key.Key_Return)
    assert window.triage.case_type.id == "print-bank-statement"


def test_every_interactive_widget_has_a_name(qtbot, window) -> None:
    window.search.field.setText("kontoutdrag")
    window.search.case_type_chosen.emit("print-bank-statement")
    window.triage.details.reflection.setPlainText("070-123 45 67")  # shows the mask button too
    assert unnamed_widgets(window) == []
    window.show_patron_view()
    assert unnamed_widgets(window.patron_view) == []
    window.close_patron_view()
    dialog = window.make_slip_dialog()
    sheet, languages, unreviewed = window._patron_sheet()
    dialog.show_sheet(sheet, window._slip_context(sheet.language), languages, unreviewed)
    assert unnamed_widgets(dialog) == []


def test_no_english_leaks_into_the_swedish_window(window) -> None:
    window.search.case_type_chosen.emit("print-bank-statement")
    visible = [window.search.field.placeholderText(), window.triage.log_button.text(),
               window.triage.reset_button.text(), *[label.text() for label in window.triage.question_labels],
               window.triage.outcome.toPlainText()]  # fmt: skip
    english = ("Log case", "Within the library", "Competence?", "Say", "Refer to", "Before you close", "Describe")
    assert not [s for s in visible for word in english if word in s]


def test_switching_to_english_keeps_the_case_and_is_remembered(qtbot, window, swedish) -> None:
    from deskhelp.ui.preferences import load_preferences

    qtbot.keyClicks(window.search.field, "kontoutdrag")
    keys(qtbot, Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Right)  # competence: a colleague can
    window.language_chosen.connect(lambda lang: (swedish.install(lang), window.set_language(lang)))
    english = next(a for a in window.language_actions.actions() if a.data() == "en")
    english.trigger()
    qtbot.waitUntil(lambda: window.triage.log_button.text() == "Log case (Enter)")  # LanguageChange is posted
    assert window.triage.title.text() == "Print a bank statement"
    assert window.triage.answers().competence.value == "colleague"
    assert window.triage.outcome.toPlainText().strip().startswith("Handed to a colleague")
    assert window.search.model.data(window.search.model.index(0)) == "Print a bank statement"
    assert load_preferences().language is None  # saving is the app's job (run_gui), not the window's
