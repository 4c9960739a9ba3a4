from __future__ import annotations

from pathlib import Path

from deskhelp.ui.preferences import Preferences, load_preferences, save_preferences, with_language


def test_language_choice_survives_a_restart(deskhelp_home: Path) -> None:
    assert load_preferences() == Preferences()
    save_preferences(with_language(load_preferences(), "en"))
    assert load_preferences().language == "en"
    assert (deskhelp_home / "config" / "ui.json").exists()


def test_a_damaged_or_strange_file_means_defaults(deskhelp_home: Path) -> None:
    path = deskhelp_home / "config" / "ui.json"
    path.parent.mkdir(parents=True)
    for content in ("{not json", "[1, 2]", '{"language": "klingon"}', "", '{"language": 7}'):
        path.write_text(content, encoding="utf-8")
        assert load_preferences() == Preferences()
    path.write_bytes(b"\xff\xfe\x00garbage")
    assert load_preferences() == Preferences()


def test_a_read_only_profile_does_not_stop_the_window(deskhelp_home: Path) -> None:
    deskhelp_home.mkdir(parents=True)
    (deskhelp_home / "config").write_text("a file where the folder should be")
    save_preferences(with_language(Preferences(), "en"))  # no exception: the choice lasts this session only
    assert load_preferences() == Preferences()
