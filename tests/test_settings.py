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
