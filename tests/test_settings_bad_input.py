"""deskhelp.toml is edited by hand on many desks: whatever it holds, DeskHelp starts, and every mistake becomes a
problem line naming the file (the window's red banner, `deskhelp check` exit 1), never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from deskhelp import paths
from deskhelp.settings import MAX_PROBLEMS_PER_FILE, load_settings

pytestmark = pytest.mark.usefixtures("english_cli")  # these read what the command line says in English


def _write_bytes(raw: bytes) -> Path:
    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "deskhelp.toml"
    path.write_bytes(raw)
    return path


def _only_problem() -> str:
    settings = load_settings()
    assert (settings.library, settings.desk) == ("Biblioteket", "desk-1")  # the defaults: the file was not used
    (problem,) = settings.problems
    return problem


def test_a_file_saved_by_notepad_with_a_byte_order_mark_is_read() -> None:
    # Was: "Invalid statement (at line 1, column 1)" and the whole file ignored.
    _write_bytes('\ufeff[desk]\nname = "Informationsdisken"\n'.encode())
    settings = load_settings()
    assert settings.desk == "Informationsdisken" and settings.problems == ()


@pytest.mark.parametrize(
    "text",
    ["a = " + "[" * 500 + "]" * 500, "a = " + "{b=" * 500 + "1" + "}" * 500],
    ids=["arrays", "tables"],
)
def test_nesting_500_deep_is_a_problem_not_a_recursion_error(text: str) -> None:
    # Was: RecursionError out of tomllib, a traceback in `check` and no window.
    path = _write_bytes(text.encode())
    problem = _only_problem()
    assert problem.startswith(f"{path}: ")
    assert "nested too deeply" in problem or "is not a DeskHelp setting" in problem


def test_a_number_with_thousands_of_digits_is_a_problem() -> None:
    # Was: ValueError "Exceeds the limit (4300 digits) for integer string conversion".
    path = _write_bytes(b"[storage]\nx = " + b"9" * 5000 + b"\n")
    assert _only_problem() == f"{path}: holds a number with too many digits (the file is ignored)"


@pytest.mark.parametrize("setting", [("storage", "database"), ("guidelines", "pack"), ("guidelines", "folder")])
def test_a_home_folder_of_no_one_is_a_problem(setting: tuple[str, str]) -> None:
    # Was: RuntimeError "Could not determine home directory." from Path.expanduser.
    section, key = setting
    path = _write_bytes(f'[{section}]\n{key} = "~nosuchuser/deskhelp"\n'.encode())
    assert _only_problem() == (
        f"{path}: [{section}] {key}: '~nosuchuser/deskhelp': no such user's home folder here (it is ignored)"
    )
    assert load_settings().database == paths.database_path()


def test_a_home_folder_of_no_one_in_the_environment_is_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESKHELP_DATABASE", "~nosuchuser/deskhelp.sqlite3")
    assert _only_problem().startswith("environment variable DESKHELP_DATABASE: '~nosuchuser/")


def test_a_nul_character_in_a_path_is_a_problem() -> None:
    # Was: ValueError "embedded null byte" when the database was opened.
    path = _write_bytes(b'[storage]\ndatabase = "/tmp/a\\u0000b.sqlite3"\n')
    assert _only_problem() == f"{path}: [storage] database holds a NUL character (it is ignored)"


@pytest.mark.skipif(not Path("/dev/zero").exists() or sys.platform == "win32", reason="needs /dev/zero and symlinks")
def test_a_device_as_the_file_is_not_read() -> None:
    folder = paths.config_dir()
    folder.mkdir(parents=True)
    (folder / "deskhelp.toml").symlink_to("/dev/zero")
    assert "is not a file, or larger than" in _only_problem()


def test_a_folder_as_the_file_is_a_problem() -> None:
    (paths.config_dir() / "deskhelp.toml").mkdir(parents=True)
    problem = _only_problem()
    assert "deskhelp.toml: " in problem


def test_thousands_of_mistakes_are_counted_not_listed() -> None:
    path = _write_bytes(("[desk]\n" + "".join(f'k{i} = "x"\n' for i in range(5000))).encode())
    problems = load_settings().problems
    assert len(problems) == MAX_PROBLEMS_PER_FILE + 1
    assert problems[0] == f"{path}: [desk] k0 is not a DeskHelp setting"
    assert problems[-1] == f"{path}: and {5000 - MAX_PROBLEMS_PER_FILE:,} more problems"


def test_a_huge_key_is_quoted_shortened() -> None:
    _write_bytes(b'[desk]\n"' + b"k" * 100_000 + b'" = "x"\n')
    assert len(_only_problem()) < 300


def test_an_unexpected_error_still_names_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    import tomllib

    path = _write_bytes(b'[desk]\nname = "x"\n')

    def broken(_text: str) -> dict:
        raise MemoryError("out of memory")

    monkeypatch.setattr(tomllib, "loads", broken)
    assert _only_problem() == f"{path}: cannot be read (MemoryError: out of memory)"


def test_check_exits_1_with_the_problem_and_no_traceback(use_small_pack: Path, deskhelp_home: Path) -> None:
    path = _write_bytes(b'[storage]\nbackups = "~nosuchuser/backups"\n' + b"a = " + b"[" * 500 + b"]" * 500)
    out = subprocess.run(
        [sys.executable, "-m", "deskhelp", "check"],
        env={**os.environ, "DESKHELP_HOME": str(deskhelp_home)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert f"Problem: configuration: {path}: " in out.stderr
