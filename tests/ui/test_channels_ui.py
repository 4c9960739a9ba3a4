"""A patron on the phone or in a chat: the outcome says it for the channel, and Ctrl+Shift+C puts the referral on
the clipboard as text in the patron's language, driven by keyboard on the default pack."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from deskhelp import paths
from deskhelp.settings import load_settings

TIMES = """
times:
  - branch: "*"
    drop_in: {sv: "Tisdagar 13-15", en: "Tuesdays 1-3 pm", ar: "أيام الثلاثاء 13-15"}
    remote: {sv: "Torsdagar 10-11 på video", en: "Thursdays 10-11 on video", ar: "أيام الخميس 10-11 عبر الفيديو"}
    remote_link: "https://meet.example.se/biblioteket"
"""


@pytest.fixture
def desk(open_window, tmp_path: Path, monkeypatch):
    """The default pack, as shipped, with the library's times and remote drop-in added."""
    pack = tmp_path / "pack.yaml"
    pack.write_text(paths.bundled_pack_path().read_text(encoding="utf-8") + TIMES, encoding="utf-8")
    monkeypatch.setenv("DESKHELP_PACK", str(pack))
    monkeypatch.setenv("DESKHELP_LIBRARY", "Stadsbiblioteket")
    return open_window((1366, 768))


def _keys(qtbot, *presses) -> None:
    for key in presses:
        qtbot.keyClick(QApplication.focusWidget(), key)


def _choose_phone(qtbot, desk) -> None:
    """To the channel box (Tab from the slip button, as staff do) and down to "Telefon"."""
    desk.triage.slip_button.setFocus()
    _keys(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is desk.triage.details.channel
    while desk.triage.details.channel.currentData() != "phone":
        _keys(qtbot, Qt.Key.Key_Down)


def _copy(qtbot, desk) -> str:
    QApplication.clipboard().clear()
    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    return QApplication.clipboard().text()


def test_on_the_phone_the_outcome_says_it_for_the_phone(qtbot, desk, artifacts) -> None:
    qtbot.keyClicks(desk.search.field, "deklarera")
    _keys(qtbot, Qt.Key.Key_Return)
    assert desk.triage.case_type.id == "skatteverket"
    usual = desk.triage.outcome.toPlainText()
    assert 'src="qr:' in desk.triage.outcome.toHtml()
    assert "Säg\n" in usual and "långsamt" not in usual
    _choose_phone(qtbot, desk)
    shown = desk.triage.outcome.toPlainText()
    assert "Säg i telefon" in shown
    assert "Jag läser upp deras telefonnummer långsamt" in shown
    assert "Ctrl+Shift+C" in shown  # the hint for a patron who is not here
    assert 'src="qr:' not in desk.triage.outcome.toHtml()  # nothing to scan on the phone
    desk.grab().save(str(artifacts / "channels-outcome-phone.png"))
    desk.triage.outcome.grab().save(str(artifacts / "channels-outcome-phone-view.png"))

    # Logged as a phone case, read back from the file.
    with qtbot.waitSignal(desk.case_logged, timeout=5000) as logged:
        desk.triage.log_button.setFocus()
        _keys(qtbot, Qt.Key.Key_Return)
    conn = sqlite3.connect(load_settings().database)
    row = conn.execute("SELECT channel, outcome FROM case_record WHERE id = ?", (logged.args[0],)).fetchone()
    conn.close()
    assert row == ("phone", "partly_referred")


def test_ctrl_shift_c_copies_the_referral_as_text(qtbot, desk) -> None:
    qtbot.keyClicks(desk.search.field, "deklarera")
    _keys(qtbot, Qt.Key.Key_Return)
    _choose_phone(qtbot, desk)
    text = _copy(qtbot, desk)
    assert text.startswith("Hänvisning\nDitt ärende: Skatteverket")
    assert "Det här kom vi fram till:\nSkatteverket svarar på frågor om ditt ärende. Jag läser upp" in text
    assert "Skatteverket\n" in text and "Webb: https://www.skatteverket.se" in text and "Telefon: 0771-567 567" in text
    assert "Bibliotekets drop-in på distans:\nPå distans: Torsdagar 10-11 på video" in text
    assert "Videorum: https://meet.example.se/biblioteket" in text
    assert "Från Stadsbiblioteket" in text
    assert "QR" not in text and "<" not in text  # plain text, no code to scan
    assert desk.banner.isVisible() and "kopierad" in desk.banner.text()
    assert desk._service.db.count_cases() == 0  # copying logs nothing


def test_the_copied_text_is_in_the_language_chosen_for_the_patron(qtbot, desk) -> None:
    qtbot.keyClicks(desk.search.field, "deklarera")
    _keys(qtbot, Qt.Key.Key_Return)
    desk.show_patron_view("ar")  # the patron reads Arabic (chosen in the patron view)
    desk.close_patron_view()
    _choose_phone(qtbot, desk)
    text = _copy(qtbot, desk)
    assert text.startswith("إحالة\nموضوع طلبك: ")
    assert "ما اتفقنا عليه:\nSkatteverket (مصلحة الضرائب) هي الجهة التي تجيب" in text
    assert "جلسات المكتبة عن بُعد دون موعد:" in text and "غرفة الفيديو: https://meet.example.se/biblioteket" in text
    for swedish in ("Det här kom vi fram till", "Hit kan du vända dig", "Videorum", "Telefon:", "Webb:"):
        assert swedish not in text


def test_at_the_desk_there_is_no_remote_drop_in_and_without_a_case_nothing_is_copied(qtbot, desk) -> None:
    QApplication.clipboard().setText("before")
    qtbot.keyClick(
        desk.search.field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert QApplication.clipboard().text() == "before"
    assert "Välj ett ärende först" in desk.banner.text()
    qtbot.keyClicks(desk.search.field, "deklarera")
    _keys(qtbot, Qt.Key.Key_Return)
    text = _copy(qtbot, desk)
    assert "drop-in på distans" not in text and "Videorum" not in text
    assert "Säg i telefon" not in desk.triage.outcome.toPlainText()


def test_the_edit_menu_offers_it(desk) -> None:
    action = desk.copy_action
    assert action in desk.edit_menu.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+C"
    assert action.text() == "&Kopiera hänvisningen som text"
