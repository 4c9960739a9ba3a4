"""The names given at first start (issue 13, item 7) in the user's deskhelp.toml: written safely, everything else kept,
read back by load_settings beneath IT's files and the environment."""

from __future__ import annotations

import tomllib

import pytest

from deskhelp import paths
from deskhelp.settings import ConfigWriteError, load_settings, save_first_start_names, unset_names


def user_file():
    return paths.config_dir() / "deskhelp.toml"


def test_quotes_and_backslashes_read_back_as_typed() -> None:
    names = {"library": 'Bibliotek "Öst" \\ Väst', "branch": "Filial 'A'", "desk": "Disk\\n1"}
    save_first_start_names(names)
    assert tomllib.loads(user_file().read_text(encoding="utf-8"))["first_start"] == names
    settings = load_settings()
    assert (settings.library, settings.branch, settings.desk) == tuple(names.values())
    assert unset_names(settings) == []


def test_saving_again_replaces_the_section_and_keeps_the_rest() -> None:
    user_file().parent.mkdir(parents=True)
    before = '# IT was here\n[first_start]\nlibrary = "Old"\n\n[guidelines]\nfolder = "/srv/packs"  # shared\n'
    user_file().write_text(before, encoding="utf-8")
    save_first_start_names({"library": "New"})
    text = user_file().read_text(encoding="utf-8")
    assert "# IT was here" in text and 'folder = "/srv/packs"  # shared' in text
    assert text.count("[first_start]") == 1 and "Old" not in text
    assert tomllib.loads(text)["first_start"] == {"library": "New"}


def test_a_file_that_is_no_toml_or_would_read_back_wrong_is_left_alone() -> None:
    user_file().parent.mkdir(parents=True)
    for before in ("[library\n", '[guidance]\ntimes = """\n[first_start]\nlibrary = "x"\n"""\n'):
        user_file().write_text(before, encoding="utf-8")
        with pytest.raises(ConfigWriteError, match="deskhelp.toml"):
            save_first_start_names({"library": "New"})
        assert user_file().read_text(encoding="utf-8") == before
        assert [p.name for p in user_file().parent.iterdir()] == ["deskhelp.toml"]  # no temporary file left


def test_it_and_the_environment_win(monkeypatch) -> None:
    save_first_start_names({"library": "Given", "branch": "Given branch", "desk": "Given desk"})
    machine = paths.machine_config_dir() / "deskhelp.toml"
    machine.parent.mkdir(parents=True)
    machine.write_text('[library]\nname = "IT library"\n', encoding="utf-8")
    monkeypatch.setenv("DESKHELP_DESK", "Env desk")
    settings = load_settings()
    assert (settings.library, settings.branch, settings.desk) == ("IT library", "Given branch", "Env desk")


def test_a_first_start_name_with_personal_data_is_refused_on_reading() -> None:
    user_file().parent.mkdir(parents=True)
    user_file().write_text('[first_start]\ndesk = "Anna 070-123 45 67"\nnickname = "x"\n', encoding="utf-8")
    settings = load_settings()
    assert settings.desk == "desk-1"
    assert any("[first_start] desk" in p and "personal data" in p and "070" not in p for p in settings.problems)
    assert any("[first_start] nickname is not a DeskHelp setting" in p for p in settings.problems)
