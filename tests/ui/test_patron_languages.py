"""The patron's language at the desk: only languages the slip is whole in are offered, each named for the patron
and for staff, and one whose translation nobody has checked says "ogranskad översättning" before anything is printed.
Unchecked contact details are named to staff in the slip dialog, never printed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.conftest import LANGUAGES_PACK
from tests.ui.test_desk_complete import Keyboard


@pytest.fixture
def desk(open_window, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DESKHELP_PACK", str(LANGUAGES_PACK))
    return open_window((1366, 768))


def _choose(chooser, code: str) -> None:
    chooser.combo.setFocus()
    chooser.combo.setCurrentIndex(chooser.combo.findData(code))


def test_the_slip_dialog_offers_whole_languages_and_marks_the_unreviewed(qtbot, desk, artifacts) -> None:
    keyboard = Keyboard(qtbot)
    keyboard.type("deklarera")
    keyboard.press(Qt.Key.Key_Return)
    seen = {}

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        chooser = dialog.languages
        seen["codes"] = [chooser.combo.itemData(i) for i in range(chooser.combo.count())]
        seen["names"] = [chooser.combo.itemText(i) for i in range(chooser.combo.count())]
        _choose(chooser, "fa")
        qtbot.waitUntil(lambda: "ارائه" in dialog.preview.toPlainText())
        seen["fa_marked"] = chooser.unreviewed_label.isVisible() and chooser.unreviewed_label.text()
        seen["fa_text"] = dialog.preview.toPlainText()
        seen["unchecked"] = dialog.unchecked.isVisible() and dialog.unchecked.text()
        dialog.grab().save(str(artifacts / "slip-dialog-persian-unreviewed.png"))
        _choose(chooser, "ar")
        qtbot.waitUntil(lambda: "تقديم" in dialog.preview.toPlainText())
        seen["ar_marked"] = chooser.unreviewed_label.isVisible()
        keyboard.press(Qt.Key.Key_Escape)

    QTimer.singleShot(300, in_dialog)
    keyboard.press(Qt.Key.Key_P, modifier=Qt.KeyboardModifier.ControlModifier)
    assert seen["codes"] == ["sv", "en", "ar", "fa", "uk", "so", "ti"]
    assert "فارسی – persiska" in seen["names"] and "Soomaali – somaliska" in seen["names"]
    assert seen["fa_marked"] == "ogranskad översättning"
    assert "Deklarera" not in seen["fa_text"] and "Hänvisning" not in seen["fa_text"]
    assert seen["ar_marked"] is False  # checked by the municipality's interpreting service
    assert seen["unchecked"] and "Skatteverket (telefon)" in seen["unchecked"]
    assert "0771-567 567" in seen["fa_text"]


def test_the_patron_view_in_tigrinya_is_marked_for_staff(qtbot, desk, artifacts) -> None:
    keyboard = Keyboard(qtbot)
    keyboard.type("deklarera")
    keyboard.press(Qt.Key.Key_Return, Qt.Key.Key_F11)
    view = desk.patron_view
    assert not view.languages.unreviewed_label.isVisible()  # Swedish first
    _choose(view.languages, "ti")
    qtbot.waitUntil(lambda: "መግለጺ ግብሪ ምቕራብ" in desk.patron_view.page.text())
    view = desk.patron_view
    assert view.languages.language() == "ti" and view.languages.unreviewed_label.isVisible()
    assert "Deklarera" not in view.page.text()
    desk.grab().save(str(artifacts / "patron-view-tigrinya.png"))
    keyboard.press(Qt.Key.Key_Escape)
    assert desk.screens.currentWidget() is desk.desk


def test_a_language_the_slip_is_not_whole_in_is_not_offered(qtbot, desk) -> None:
    keyboard = Keyboard(qtbot)
    keyboard.type("föräldrapenning")
    keyboard.press(Qt.Key.Key_Return, Qt.Key.Key_F11)
    codes = [desk.patron_view.languages.combo.itemData(i) for i in range(desk.patron_view.languages.combo.count())]
    outcome = desk._result.outcome.value
    # Försäkringskassan has no Arabic name in the pack; the partly-referred phrasing no Somali.
    assert "ar" not in codes and ("so" not in codes or outcome != "partly_referred")


def test_the_desk_gives_a_slip_the_times_in_the_patrons_language(desk) -> None:
    # The staff's Swedish used to decide: an English slip printed "Tisdagar 13–15".
    english = desk._slip_context("en")
    assert english.guidance_language == "en" and "Tuesdays 1–3 pm" in english.guidance
    arabic = desk._slip_context("ar")
    assert arabic.guidance_language == "ar" and "أيام الثلاثاء" in arabic.guidance
    persian = desk._slip_context("fa")  # the pack's times have no Persian: English, label and text alike
    assert persian.guidance_language == "en" and persian.guidance.startswith("Drop-in: Tuesdays")
    assert "Tisdagar" in desk._slip_context("sv").guidance
