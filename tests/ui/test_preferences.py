from __future__ import annotations

from pathlib import Path

from deskhelp.ui.preferences import Preferences, load_preferences, updated


def test_language_and_text_size_survive_a_restart(deskhelp_home: Path) -> None:
    assert load_preferences() == Preferences()
    updated(load_preferences(), language="en")
    updated(load_preferences(), text_scale=1.3)
    assert load_preferences() == Preferences(language="en", text_scale=1.3)
    assert (deskhelp_home / "config" / "ui.json").exists()


def test_a_damaged_or_strange_file_means_defaults(deskhelp_home: Path) -> None:
    path = deskhelp_home / "config" / "ui.json"
    path.parent.mkdir(parents=True)
    strange = (
        "{not json",
        "[1, 2]",
        '{"language": "klingon"}',
        "",
        '{"language": 7}',
        '{"text_scale": "big"}',
        '{"text_scale": 40}',
        '{"text_scale": true}',
    )
    for content in strange:
        path.write_text(content, encoding="utf-8")
        assert load_preferences() == Preferences()
    path.write_bytes(b"\xff\xfe\x00garbage")
    assert load_preferences() == Preferences()


def test_a_read_only_profile_does_not_stop_the_window(deskhelp_home: Path) -> None:
    deskhelp_home.mkdir(parents=True)
    (deskhelp_home / "config").write_text("a file where the folder should be")
    assert updated(Preferences(), language="en").language == "en"  # no exception: lasts this session only
    assert load_preferences() == Preferences()
