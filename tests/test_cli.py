"""The command line as IT and scripts use it: real processes, real files."""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from deskhelp import __version__

pytestmark = pytest.mark.usefixtures("english_cli")  # these read what the command line says in English


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "deskhelp", *args], capture_output=True, text=True, env=full_env, timeout=120
    )


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"DeskHelp {__version__}"


def test_check_creates_the_database_and_reports(use_small_pack: Path, deskhelp_home: Path) -> None:
    out = run("check")
    assert out.returncode == 0, out.stderr
    assert "test-pack 1" in out.stdout and "OK" in out.stdout
    assert "Search: errand model for 74 case types" in out.stdout
    assert (deskhelp_home / "deskhelp.sqlite3").exists()


def test_check_says_when_the_search_model_is_missing(use_small_pack: Path, deskhelp_home: Path, monkeypatch, capsys):
    """A bundle without its errand model still finds errands by their keywords; check says so, for IT."""
    from deskhelp import cli_check, cli_text, paths

    monkeypatch.setattr(paths, "bundled_model_path", lambda: deskhelp_home / "no-model.bin")
    monkeypatch.setattr(cli_text, "_language", "en")
    assert cli_check.check() == 1
    said = capsys.readouterr()
    assert "Search:" not in said.out and "OK" not in said.out
    assert "Problem: the search model could not be read (see the log); search uses the keywords alone" in said.err


def test_check_fails_in_plain_words_on_a_damaged_database(use_small_pack: Path, deskhelp_home: Path) -> None:
    deskhelp_home.mkdir(parents=True)
    (deskhelp_home / "deskhelp.sqlite3").write_bytes(b"garbage" * 1000)
    out = run("check")
    assert out.returncode == 1
    assert "not a DeskHelp database or is damaged" in out.stderr
    assert "Traceback" not in out.stderr


def test_check_reports_a_refused_pack(use_small_pack: Path, tmp_path: Path) -> None:
    assert run("check").returncode == 0
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\npack: {}\n")
    out = run("check", env={"DESKHELP_PACK": str(broken)})
    assert out.returncode == 1
    assert "previous revision is still in use" in out.stderr
    assert "broken.yaml: pack.id: is missing" in out.stderr


def test_search_json(use_small_pack: Path) -> None:
    out = run("search", "forsakringskassan", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["query"] == "forsakringskassan"
    assert data["close_call"] is False  # one errand fits: the first can be taken on trust (issue 16)
    first = data["results"][0]
    assert first == {
        "id": "parental-benefit",
        "title": "Ansöka om föräldrapenning",
        "area": "Myndigheter",
        "mission": "partly",
        "in_guidelines": True,
        "actors": [{"id": "forsakringskassan", "name": "Försäkringskassan"}],
    }
    assert data["results"][-1]["id"] == "other"


def test_search_json_says_a_close_call(use_small_pack: Path) -> None:
    out = run("search", "utskrift", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["close_call"] is True
    assert {r["id"] for r in data["results"][:2]} == {"print-bank-statement", "print-document"}


def test_search_json_always_offers_the_errand_not_in_the_guidelines(use_small_pack: Path) -> None:
    """Issue 13: "fullmakt" gave an empty list; now the errand that is not in the guidelines, to log and describe."""
    out = run("search", "fullmakt", "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["results"] == [
        {
            "id": "other",
            "title": "Annat ärende - finns inte i riktlinjerna",
            "area": "Övrigt",
            "mission": "partly",
            "in_guidelines": False,
            "actors": [],
        }
    ]


def test_pack_validate_names_file_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\npack: {id: Not An Id}\n")
    out = run("pack", "validate", str(bad))
    assert out.returncode == 1
    assert f"{bad}: pack.id: 'Not An Id' is not an id" in out.stderr


def test_pack_validate_lists_the_patron_languages_and_their_gaps() -> None:
    from tests.conftest import LANGUAGES_PACK

    out = run("pack", "validate", str(LANGUAGES_PACK))
    assert out.returncode == 0, out.stderr
    assert "ar (العربية, checked by Kommunens tolkservice 2026-11-20): 5 patron texts missing" in out.stdout
    assert "so (Soomaali, unreviewed): 6 patron texts missing, first: default_phrasing.partly_referred" in out.stdout


def test_pack_apply_and_export_round_trip(
    use_small_pack: Path, small_pack_path: Path, tmp_path: Path, deskhelp_home: Path
) -> None:
    assert run("pack", "apply", str(small_pack_path)).returncode == 0
    conn = sqlite3.connect(deskhelp_home / "deskhelp.sqlite3")
    sources = conn.execute("SELECT source FROM pack_revision ORDER BY id").fetchall()
    conn.close()
    assert sources[-1] == ("small.yaml",)  # the file name only, never the folder it was in
    exported = tmp_path / "exported.yaml"
    out = run("pack", "export", "--out", str(exported))
    assert out.returncode == 0, out.stderr
    assert exported.read_text(encoding="utf-8") == small_pack_path.read_text(encoding="utf-8")


def test_export_to_a_missing_folder_fails_in_plain_words(use_small_pack: Path, tmp_path: Path) -> None:
    out = run("pack", "export", "--out", str(tmp_path / "no" / "such" / "folder" / "pack.yaml"))
    assert out.returncode == 1
    assert out.stderr.startswith("Problem:") and "Traceback" not in out.stderr


def test_check_names_a_bad_setting_and_an_unreachable_pack_folder(deskhelp_home: Path) -> None:
    config = deskhelp_home / "machine"
    config.mkdir(parents=True)
    (config / "deskhelp.toml").write_text('[desk]\nname = 7\n[guidelines]\nfolder = "/nowhere/packs"\n')
    env = {**os.environ, "DESKHELP_HOME": str(deskhelp_home)}
    out = subprocess.run([sys.executable, "-m", "deskhelp", "check"], capture_output=True, text=True, env=env)
    assert out.returncode == 1
    assert f"{config / 'deskhelp.toml'}: [desk] name must be text in quotes" in out.stderr
    assert "pack folder could not be used: /nowhere/packs" in out.stderr
    assert "Guideline pack: deskhelp-standard" in out.stdout  # it still works, on the bundled pack


def test_check_refuses_a_desk_name_with_personal_data_and_names_where_it_came_from(deskhelp_home: Path) -> None:
    out = run("check", env={"DESKHELP_HOME": str(deskhelp_home), "DESKHELP_DESK": "Anna Svensson 070-1234567"})
    assert out.returncode == 1
    assert "DESKHELP_DESK: the name contains personal data (phone); 'desk-1' is used instead" in out.stderr
    assert "070" not in out.stdout + out.stderr
    assert "desk desk-1" in out.stdout


def test_a_command_run_in_process_leaves_the_garbage_collector_on(use_small_pack: Path, capsys) -> None:
    """main() starts without the cyclic collector (issue 18: its passes cost every start milliseconds) and turns it on
    again, also for a caller in the same process (tests, scripts)."""
    from deskhelp.cli import main

    assert main(["search", "bank", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["results"]
    assert gc.isenabled()


def test_the_command_leaves_without_the_collectors_last_passes(monkeypatch, capsys) -> None:
    """The installed `deskhelp` command and `python -m deskhelp` both go through run(): main(), then the heap frozen
    (issue 18: the collector's passes at exit cost every command about 10 ms)."""
    import tomllib

    from deskhelp import cli

    scripts = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    assert scripts["project"]["scripts"]["deskhelp"] == "deskhelp.cli:run"
    monkeypatch.setattr(sys, "argv", ["deskhelp", "--version"])
    frozen = gc.get_freeze_count()
    try:
        assert cli.run() == 0
        assert gc.get_freeze_count() > frozen
    finally:
        gc.unfreeze()  # the test process goes on
    assert capsys.readouterr().out == f"DeskHelp {__version__}\n"
