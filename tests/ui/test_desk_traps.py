"""Issue 17 at the desk: the traps a librarian fell into, driven by keyboard and read back from the SQLite file."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from deskhelp.settings import load_settings
from tests.ui.test_desk_complete import Keyboard

CTRL = Qt.KeyboardModifier.ControlModifier


def _rows(sql: str, *args) -> list[tuple]:
    conn = sqlite3.connect(load_settings().database)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


@pytest.fixture
def desk(open_window):
    return open_window((1366, 768))


def test_enter_in_an_empty_search_picks_and_logs_nothing(qtbot, desk) -> None:
    keyboard = Keyboard(qtbot)
    keyboard.press(Qt.Key.Key_Return, Qt.Key.Key_Return)  # the habitual double Enter
    assert desk.pages.currentWidget() is desk.welcome
    assert desk.search.current_case_type() is None
    assert _rows("SELECT count(*) FROM case_record") == [(0,)]
    keyboard.press(Qt.Key.Key_Down, Qt.Key.Key_Return)  # choosing on purpose still works
    assert desk.showing_case()


def test_after_ctrl_enter_the_logged_errand_leaves_the_screen(qtbot, desk) -> None:
    keyboard = Keyboard(qtbot)
    keyboard.type("wifi")
    keyboard.press(Qt.Key.Key_Return)
    with qtbot.waitSignal(desk.case_logged):
        keyboard.press(Qt.Key.Key_Return, modifier=CTRL)
    assert not desk.showing_case()
    keyboard.press(Qt.Key.Key_Return)  # Enter again: nothing is picked, nothing logged twice
    assert not desk.showing_case()
    assert _rows("SELECT case_type_id FROM case_record") == [("wifi",)]


def test_ctrl_z_takes_the_case_back_onto_the_screen_to_correct(qtbot, desk) -> None:
    keyboard = Keyboard(qtbot)
    keyboard.type("deklarera")
    keyboard.press(Qt.Key.Key_Return)
    keyboard.press(Qt.Key.Key_3, modifier=Qt.KeyboardModifier.AltModifier)
    keyboard.press(Qt.Key.Key_Right)  # no time today: the wrong answer, as it turns out
    keyboard.press(Qt.Key.Key_K, modifier=Qt.KeyboardModifier.AltModifier)
    keyboard.press(Qt.Key.Key_Down, Qt.Key.Key_Down)  # by phone
    keyboard.press(Qt.Key.Key_F, modifier=Qt.KeyboardModifier.AltModifier)  # Re&flektion
    keyboard.type("blanketten saknades")
    with qtbot.waitSignal(desk.case_logged):
        keyboard.press(Qt.Key.Key_Return)
    [(global_id, first_time)] = _rows("SELECT global_id, time FROM case_record")
    assert first_time == "no"

    with qtbot.waitSignal(desk.case_undone):
        keyboard.press(Qt.Key.Key_Z, modifier=CTRL)
    # Taken back as before (the statistics and the shared picture lose it) ...
    assert _rows("SELECT count(*) FROM case_record") == [(0,)]
    assert _rows("SELECT global_id FROM case_withdrawal") == [(global_id,)]
    # ... and on screen again as it was logged.
    assert desk.showing_case() and desk.triage.case_type.id == "skatteverket"
    assert desk.triage.answers().time.value == "no"
    assert desk.triage.details.selected_channel().value == "phone"
    assert desk.triage.details.reflection.toPlainText() == "blanketten saknades"
    assert "Ångrat" in desk.banner.text()

    keyboard.press(Qt.Key.Key_3, modifier=Qt.KeyboardModifier.AltModifier)
    keyboard.press(Qt.Key.Key_Left)  # corrected: there was time
    with qtbot.waitSignal(desk.case_logged):
        keyboard.press(Qt.Key.Key_Return, modifier=CTRL)
    assert _rows("SELECT case_type_id, time, channel, reflection FROM case_record") == [
        ("skatteverket", "yes", "phone", "blanketten saknades")
    ]


def _pdf_text(path) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_booked_time_is_written_onto_the_saved_booking_slip(qtbot, desk, tmp_path, monkeypatch) -> None:
    from PySide6.QtCore import QTimer

    from deskhelp.ui.slip_dialog import SlipDialog

    suggested = []
    target = tmp_path / "slip.pdf"
    monkeypatch.setattr(SlipDialog, "choose_pdf_path", lambda self, path: suggested.append(path) or target)
    keyboard = Keyboard(qtbot)
    keyboard.type("deklarera")
    keyboard.press(Qt.Key.Key_Return)
    keyboard.press(Qt.Key.Key_3, modifier=Qt.KeyboardModifier.AltModifier)
    keyboard.press(Qt.Key.Key_Right)  # no time today: booked
    assert desk.triage.outcome.toPlainText().strip().startswith("Bokat")

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert QApplication.focusWidget() is dialog.booked_time  # the time is what staff write first
        keyboard.type("tisdag 14.00")
        assert "tisdag 14.00" in dialog.preview.toPlainText()
        keyboard.press(Qt.Key.Key_S, modifier=CTRL)

    QTimer.singleShot(300, in_dialog)
    keyboard.press(Qt.Key.Key_P, modifier=CTRL)
    text = _pdf_text(target)
    assert "Bokad tid" in text and "tisdag 14.00" in text and "____" not in text
    # Saved where staff keep their files, under a Swedish name that says what and when, never who.
    from deskhelp.ui.slip_dialog import documents_folder

    assert suggested[0].parent == documents_folder()
    assert suggested[0].name.startswith("bokning-skatteverket-") and suggested[0].suffix == ".pdf"


def test_a_slips_file_name_follows_the_desks_language(swedish) -> None:
    import datetime as dt

    from deskhelp.core.guidelines import Outcome
    from deskhelp.ui.slip_dialog import default_pdf_path

    when = dt.datetime(2026, 12, 2, 9, 5)
    path = default_pdf_path(Outcome.REFERRED, "Försäkringskassan: ansökan", when)
    assert path.name == "hanvisning-forsakringskassan-ansokan-2026-12-02-0905.pdf"
    assert default_pdf_path(Outcome.REFERRED, "مرحبا", when).name == "hanvisning-2026-12-02-0905.pdf"
    swedish.install("en")
    assert default_pdf_path(Outcome.BOOKED, "Wi-Fi", when).name == "booking-wi-fi-2026-12-02-0905.pdf"


def test_not_logged_goes_once_the_personal_data_is_masked(qtbot, desk) -> None:
    keyboard = Keyboard(qtbot)
    keyboard.type("wifi")
    keyboard.press(Qt.Key.Key_Return)
    keyboard.press(Qt.Key.Key_F, modifier=Qt.KeyboardModifier.AltModifier)
    keyboard.type("ring 070-123 45 67")
    keyboard.press(Qt.Key.Key_Return)
    assert desk.banner.isVisible() and "loggades INTE" in desk.banner.text()
    desk.triage.details.redact_button.click()  # "Maskera personuppgifter"
    assert not desk.banner.isVisible()
    with qtbot.waitSignal(desk.case_logged):
        keyboard.press(Qt.Key.Key_Return)
    [(reflection,)] = _rows("SELECT reflection FROM case_record")
    assert "070" not in reflection


@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)])
def test_the_logged_banner_does_not_move_the_desk(qtbot, open_window, size) -> None:
    desk = open_window(size)
    search_top = desk.search.field.mapTo(desk, desk.search.field.rect().topLeft()).y
    before = search_top()
    keyboard = Keyboard(qtbot)
    keyboard.type("wifi")
    keyboard.press(Qt.Key.Key_Return)
    with qtbot.waitSignal(desk.case_logged):
        keyboard.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.banner.isVisible())
    QApplication.processEvents()
    assert search_top() == before and "Loggat" in desk.banner.text()
    desk.banner_area._timer.timeout.emit()  # its eight seconds are over
    QApplication.processEvents()
    assert not desk.banner.isVisible() and search_top() == before


def test_a_configuration_mistake_is_one_short_line_for_staff(qtbot, open_window, use_small_pack, caplog) -> None:
    from deskhelp import diagnostics, paths

    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "deskhelp.toml").write_text('[desk]\nname = "Disk 1"\n[sharing]\nfolder = 12\n[desk\n', encoding="utf-8")
    settings = load_settings()
    assert settings.problems  # the details, for IT:
    with caplog.at_level("WARNING"):
        diagnostics.log_start("test", settings)  # what every start writes into the log
    assert any(str(folder) in record.getMessage() for record in caplog.records)
    window = open_window()
    text = window.banner.text()
    assert text == "Inställningarna har ett fel – IT ser detaljerna i loggen och med deskhelp check."
    assert "\\\\" not in text and str(folder) not in text


def test_a_storage_problem_in_the_desks_banner_is_short_and_swedish(qtbot, open_window, use_small_pack, monkeypatch):
    from deskhelp.storage import engine as engine_module

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    window = open_window()
    qtbot.keyClicks(window.search.field, "deklarera")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    other = sqlite3.connect(load_settings().database, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    other.rollback()
    other.close()
    text = window.banner.text()
    assert "loggades INTE" in text and "\n" not in text
    assert "Detaljer" not in text and "Fil:" not in text and str(load_settings().database) not in text


@pytest.mark.parametrize("scale", [1.0, 1.6, 2.0])
@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)])
def test_what_to_say_stays_in_view_with_large_text(qtbot, open_window, size, scale) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontDatabase

    default = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    QApplication.setFont(default)
    desk = open_window(size)
    try:
        desk.set_text_scale(scale)
        Keyboard(qtbot).type("deklarera")
        Keyboard(qtbot).press(Qt.Key.Key_Return)
        for _ in range(20):
            QApplication.processEvents()
        outcome = desk.triage.outcome
        said = outcome.document().toPlainText().split("\n")
        first_words = next(line for line in said if line.startswith("Jag kan visa"))[:30]
        assert outcome.find(first_words)
        line = outcome.cursorRect()
        where = QRect(outcome.viewport().mapTo(desk, line.topLeft()), line.size())
        scroll = desk.triage.scroll.viewport()
        visible = QRect(scroll.mapTo(desk, scroll.rect().topLeft()), scroll.size())
        assert visible.contains(where), (where, visible)
        # The question in focus is in view too (it scrolls with Alt+1..4 and Tab).
        questions = desk.triage.questions_scroll.viewport()
        focus = QApplication.focusWidget()
        assert focus in desk.triage.mission.buttons()
        assert questions.rect().contains(QRect(focus.mapTo(questions, focus.rect().topLeft()), focus.size()))
    finally:
        QApplication.setFont(default)


def _mnemonic(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].casefold() if index >= 0 else None


@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_two_entries_of_a_menu_share_a_mnemonic(qtbot, open_window, swedish, language) -> None:
    desk = open_window()
    swedish.install(language)
    menus = [desk.menuBar(), *(a.menu() for a in desk.menuBar().actions())]
    menus += [a.menu() for menu in menus[1:] for a in menu.actions() if a.menu() is not None]
    for menu in menus:
        letters = [_mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        letters = [letter for letter in letters if letter]
        assert len(letters) == len(set(letters)), [a.text() for a in menu.actions()]
    assert "Kom igång" in desk.getting_started_action.text().replace("&", "") or language == "en"


def test_f1_opens_getting_started_for_a_new_colleague(qtbot, desk, artifacts) -> None:
    Keyboard(qtbot).press(Qt.Key.Key_F1)
    dialog = desk.getting_started
    qtbot.waitExposed(dialog)
    text = dialog.text.toPlainText()
    for expected in ("Kom igång", "De fyra frågorna", "Ctrl+Enter", "Aldrig: något om besökaren", "Var korten finns"):
        assert expected in text
    assert "Inom bibliotekets uppdrag" in text and "Kompetens" in text and "Tid, för er båda" in text
    dialog.grab().save(str(artifacts / "getting-started.png"))
    assert "Nästa besökare" in desk.welcome.toPlainText() and "kom igång" in desk.welcome.toPlainText()
