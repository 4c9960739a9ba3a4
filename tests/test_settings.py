"""Configuration: machine-wide file, then the user's, then the environment; a broken file is reported, not fatal."""

from __future__ import annotations

from pathlib import Path

import pytest

from deskhelp import paths
from deskhelp.settings import load_settings


def _write(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "deskhelp.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_any_file() -> None:
    settings = load_settings()
    assert (settings.library, settings.branch, settings.desk) == ("Biblioteket", "main", "desk-1")
    assert settings.guidance is None and settings.problems == ()
    assert settings.database == paths.database_path()


def test_user_file_overrides_machine_file_and_environment_overrides_both(monkeypatch: pytest.MonkeyPatch) -> None:
    _write(
        paths.machine_config_dir(),
        '[library]\nname = "Stadsbiblioteket Malmö"\nbranch = "Centrum"\n'
        '[guidance]\ntimes = """Drop-in tisdagar 13–15.\nBoka i disken eller på 040-123 45."""\n',
    )
    _write(paths.config_dir(), '[desk]\nname = "Informationsdisken"\n[library]\nbranch = "Rosengård"\n')
    settings = load_settings()
    assert settings.library == "Stadsbiblioteket Malmö"
    assert settings.branch == "Rosengård"
    assert settings.desk == "Informationsdisken"
    assert settings.guidance == "Drop-in tisdagar 13–15.\nBoka i disken eller på 040-123 45."
    monkeypatch.setenv("DESKHELP_BRANCH", "Hyllie")
    assert load_settings().branch == "Hyllie"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[library]\nname = "unterminated\n', "line 2"),
        ("[library]\nname = 7\n", "must be text in quotes"),
        ('[library]\ncolour = "blue"\n', "[library] colour is not a DeskHelp setting"),
        ('[printer]\nname = "x"\n', "[printer] is not a DeskHelp setting"),
        ('[desk]\nlanguage = "fi"\n', "'fi' is not available"),
    ],
)
def test_a_broken_file_is_reported_with_where_and_what(text: str, expected: str) -> None:
    path = _write(paths.machine_config_dir(), text)
    settings = load_settings()
    assert len(settings.problems) == 1
    assert expected in settings.problems[0]
    assert str(path) in settings.problems[0]
    assert settings.library == "Biblioteket"  # the rest still works


def test_a_file_that_is_not_utf8_is_reported() -> None:
    folder = paths.config_dir()
    folder.mkdir(parents=True)
    (folder / "deskhelp.toml").write_bytes(b'[library]\nname = "Bibliot\xe9ket"\n')
    assert "deskhelp.toml" in load_settings().problems[0]


def test_a_relative_database_path_is_refused_with_its_source(monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(paths.machine_config_dir(), '[storage]\ndatabase = "data/deskhelp.sqlite3"\n')
    settings = load_settings()
    assert settings.database == paths.database_path()  # the safe default
    assert settings.problems == (
        f"{path}: [storage] database: 'data/deskhelp.sqlite3' must be a full path (it is ignored)",
    )
    monkeypatch.setenv("DESKHELP_PACK_FOLDER", "packs")
    assert "environment variable DESKHELP_PACK_FOLDER" in load_settings().problems[-1]


def test_the_readme_example_file_is_valid() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    example = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    _write(paths.machine_config_dir(), example)
    settings = load_settings()
    # Windows paths are not absolute on other systems; everything else must be understood.
    assert [p for p in settings.problems if "must be a full path" not in p] == []
    assert (settings.library, settings.branch, settings.desk) == ("Stadsbiblioteket", "Centrum", "Informationsdisken")
    assert settings.guidance.startswith("Drop-in: tisdagar 13–15")


@pytest.mark.parametrize(
    ("section_key", "value", "why"),
    [
        ("[desk]\nname", "Anna Svensson 070-1234567", "contains personal data (phone)"),
        ("[desk]\nname", "anna.svensson@example.se", "contains personal data (email)"),
        ("[desk]\nname", "Anna (at) example dot se", "contains personal data (email)"),
        ("[library]\nbranch", "Disk 811218-9876", "contains personal data (personal_number)"),
        ("[library]\nbranch", "x" * 61, "is 61 characters long; at most 60"),
        ("[library]\nbranch", "Norr\\u0007", "contains control or invisible characters"),
        ("[desk]\nname", "Disk\\u202e1", "contains control or invisible characters"),  # a right-to-left override
        ("[desk]\nname", "Disk\\u200b1", "contains control or invisible characters"),
        ("[library]\nname", "Biblioteket, ring 08-123 456 78", "contains personal data (phone)"),
    ],
)
def test_a_name_with_personal_data_too_long_or_with_control_characters_falls_back(
    section_key: str, value: str, why: str
) -> None:
    path = _write(paths.config_dir(), f'{section_key} = "{value}"\n')
    settings = load_settings()
    setting = {"[desk]\nname": "desk", "[library]\nbranch": "branch", "[library]\nname": "library"}[section_key]
    default = {"desk": "desk-1", "branch": "main", "library": "Biblioteket"}[setting]
    assert getattr(settings, setting) == default
    assert len(settings.problems) == 1
    problem = settings.problems[0]
    assert problem.startswith(f"{path}: {section_key.replace(chr(10), ' ')}: the name {why}; '{default}' is used")
    assert value.encode().decode("unicode_escape") not in problem  # the name itself goes no further


def test_a_name_from_the_environment_is_checked_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESKHELP_DESK", "Anna 070-123 45 67")
    monkeypatch.setenv("DESKHELP_BRANCH", "Norr")
    settings = load_settings()
    assert (settings.branch, settings.desk) == ("Norr", "desk-1")
    assert settings.problems == (
        "environment variable DESKHELP_DESK: the name contains personal data (phone); 'desk-1' is used instead",
    )


@pytest.mark.parametrize(
    "name", ["Informationsdisken", "Hammarkullens bibliotek, plan 2", "Disk 3 (barn) 2026", "x" * 60, "مكتب 1"]
)
def test_ordinary_names_are_kept(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESKHELP_DESK", name)
    settings = load_settings()
    assert settings.desk == name and settings.problems == ()
