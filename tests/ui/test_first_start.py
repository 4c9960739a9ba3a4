"""First start (issue 13, item 7): where IT left library, branch or desk unset, the desk asks for them once it is
ready, by keyboard, in Swedish; the names go to the user's deskhelp.toml, and IT's settings still win."""

from __future__ import annotations

import tomllib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from deskhelp import paths
from deskhelp.settings import load_settings, unset_names
from deskhelp.ui.first_start import ask_names_if_unset

USER_FILE_BEFORE = '# set by hand\n[desk]\nlanguage = "sv"\n\n[guidance]\ntimes = """\nTisdagar 10-12\n"""\n'


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _user_file():
    return paths.config_dir() / "deskhelp.toml"


def test_names_typed_at_first_start_are_saved_and_used(qtbot, window) -> None:
    _user_file().parent.mkdir(parents=True, exist_ok=True)
    _user_file().write_text(USER_FILE_BEFORE, encoding="utf-8")
    dialog = ask_names_if_unset(window, window._service)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Namnge disken"
    assert dialog.later_button.text().replace("&", "") == "Senare"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.fields["library"])
    _type(qtbot, 'Stadsbiblioteket "Öst"')
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _type(qtbot, "Hammarkullen")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _type(qtbot, "Informationsdisken")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    text = _user_file().read_text(encoding="utf-8")
    assert text.startswith(USER_FILE_BEFORE.rstrip())  # what was there stays, comment and all
    data = tomllib.loads(text)
    assert data["first_start"] == {
        "library": 'Stadsbiblioteket "Öst"',
        "branch": "Hammarkullen",
        "desk": "Informationsdisken",
    }
    assert data["guidance"]["times"] == "Tisdagar 10-12\n" and data["desk"]["language"] == "sv"
    settings = load_settings()
    assert (settings.library, settings.branch, settings.desk) == (
        'Stadsbiblioteket "Öst"',
        "Hammarkullen",
        "Informationsdisken",
    )
    assert settings.problems == () and unset_names(settings) == []
    assert window._service.settings.branch == "Hammarkullen"  # in use at once: the next case is stored with it
    assert ask_names_if_unset(window, window._service) is None  # the next start asks nothing


def test_a_name_with_a_phone_number_is_refused_in_the_dialog(qtbot, window) -> None:
    dialog = ask_names_if_unset(window, window._service)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.fields["library"])
    _type(qtbot, "Stadsbiblioteket")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _type(qtbot, "Centrum")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _type(qtbot, "Anna 070-123 45 67")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert "personuppgifter" in dialog.message.text() and "telefonnummer" in dialog.message.text()
    assert QApplication.focusWidget() is dialog.fields["desk"]  # back where it must be changed
    assert not _user_file().exists()
    assert "070" not in dialog.message.text()  # the message never repeats what was refused
    dialog.fields["desk"].clear()
    _type(qtbot, "Disk 1")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert load_settings().desk == "Disk 1"


def test_esc_skips_and_the_next_start_asks_again(qtbot, window) -> None:
    dialog = ask_names_if_unset(window, window._service)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.fields["library"])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(window.search.field.hasFocus)  # back at the desk: the next patron's errand is typed there
    assert not _user_file().exists()
    again = ask_names_if_unset(window, window._service)
    assert again is not None and set(again.fields) == {"library", "branch", "desk"}
    again.reject()


def test_no_dialog_where_it_named_everything_and_it_wins_later(qtbot, open_window, use_small_pack) -> None:
    machine = paths.machine_config_dir() / "deskhelp.toml"
    machine.parent.mkdir(parents=True, exist_ok=True)
    machine.write_text('[library]\nname = "Stadsbiblioteket"\n', encoding="utf-8")
    window = open_window()
    dialog = ask_names_if_unset(window, window._service)
    assert set(dialog.fields) == {"branch", "desk"}  # asks only for what IT left unset
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.fields["branch"])
    _type(qtbot, "Angered")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _type(qtbot, "Disk 2")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    machine.write_text(
        '[library]\nname = "Stadsbiblioteket"\nbranch = "Angered bibliotek"\n[desk]\nname = "Info"\n', encoding="utf-8"
    )
    settings = load_settings()
    assert (settings.branch, settings.desk) == ("Angered bibliotek", "Info")  # IT's file wins over first start
    assert ask_names_if_unset(open_window(), window._service.__class__.open(settings)) is None
