"""The command line speaks the desk's language (issue 17: it answered "Wrote ..." to a Swedish library).

Swedish unless configured otherwise, like the window: ``[desk] language`` / DESKHELP_LANG, else the user's choice in
the window's menu, else Swedish. Every text it says has a Swedish translation with the same placeholders; JSON and
exit codes do not change with the language.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

from deskhelp import cli, cli_text, paths
from deskhelp.cli_text_sv import ARGPARSE, SWEDISH

CLI_MODULES = sorted((Path(cli.__file__).parent).glob("cli*.py"))
EXPORT = ["export", "--format", "csv", "--report", "summary", "--from", "2026-01-01", "--to", "2026-01-31"]


def _said_through_tr() -> tuple[set[str], list[str]]:
    """Every literal text passed to tr() in the command line's modules, and the calls whose text is not a literal."""
    literals: set[str] = set()
    others: list[str] = []
    for path in CLI_MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr":
                text = node.args[0]
                if isinstance(text, ast.Constant) and isinstance(text.value, str):
                    literals.add(text.value)
                else:
                    others.append(f"{path.name}: tr({ast.unparse(text)})")
    return literals, others


def _said_through_variables() -> set[str]:
    """The texts tr() gets through a name: the refusals kept as constants, the minimum's meaning, and what each
    report is for (a new report's purpose needs its Swedish here too)."""
    from deskhelp.cli_central import NOT_SET
    from deskhelp.cli_sharing import NO_FOLDER
    from deskhelp.reports.registry import REPORTS

    return {NOT_SET, NO_FOLDER, " (off)"} | {spec.purpose for spec in REPORTS.values()} | _storage_details()


def _storage_details() -> set[str]:
    """The storage problems worded the same every time, as the storage layer words them."""
    from deskhelp.storage.errors import classify_sqlite_error

    said = ["database is locked", "attempt to write a readonly database", "database or disk is full"]
    said += ["file is not a database", "unable to open database file"]
    return {classify_sqlite_error(Exception(text), Path("x")).detail for text in said}


def _fields(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def test_every_text_the_command_line_says_has_a_swedish_translation_with_the_same_placeholders() -> None:
    literals, others = _said_through_tr()
    assert sorted(others) == sorted(
        [
            "cli.py: tr(detail)",
            "cli.py: tr(meaning)",
            "cli.py: tr(r.purpose)",
            "cli_central.py: tr(NOT_SET)",
            "cli_sharing.py: tr(NO_FOLDER)",
            "cli_sharing.py: tr(NO_FOLDER)",
        ]
    ), "a text given to tr() through a variable must be listed in _said_through_variables"
    said = literals | _said_through_variables()
    assert sorted(said - SWEDISH.keys()) == [], "add these to deskhelp/cli_text_sv.py"
    assert sorted(SWEDISH.keys() - said) == [], "no longer said: remove from deskhelp/cli_text_sv.py"
    for english, swedish in SWEDISH.items():
        assert _fields(swedish) == _fields(english), (english, swedish)
        assert swedish.strip(), english
        assert swedish.startswith(" ") == english.startswith(" "), english  # pieces joined into a sentence
    untranslated = [e for e, s in SWEDISH.items() if s == e and re.search(r"[a-z]{4,}", re.sub(r"\{\w+\}", "", e))]
    assert untranslated == ["Problem: {error}"], "English left in the Swedish"  # "Problem" is Swedish too


def test_argparse_own_words_keep_their_placeholders() -> None:
    """Positional ones all, in order; a named one may be left out (the Swedish says "ogiltigt värde", not which
    Python function refused it)."""
    for english, swedish in ARGPARSE.items():
        assert re.findall(r"%[sr]", swedish) == re.findall(r"%[sr]", english), english
        assert set(re.findall(r"%\(\w+\)[sr]", swedish)) <= set(re.findall(r"%\(\w+\)[sr]", english)), english
        assert swedish.endswith("\n") == english.endswith("\n") and swedish.endswith(" ") == english.endswith(" ")


def _prose(node: ast.AST) -> str:
    """The words of a string literal or f-string written straight into the code (not through tr())."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value for part in node.values if isinstance(part, ast.Constant))
    return ""


def test_nothing_is_printed_to_people_past_the_catalogue() -> None:
    """A print, a refusal, a help text or an argument mistake written as a plain English literal would reach a
    Swedish user untranslated (as a line added in parallel work would)."""
    found = []
    for path in CLI_MODULES:
        if path.name.startswith("cli_text"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            texts = []
            if name in ("print", "_fail", "ArgumentTypeError") and node.args:
                texts.append(node.args[0])
            texts += [k.value for k in node.keywords if k.arg in ("help", "description", "epilog")]
            for text in texts:
                words = _prose(text)
                if re.search(r"[A-Za-z]{2,}", words) and words.strip() not in ("OK", "DeskHelp"):  # the same in Swedish
                    found.append(f"{path.name}:{node.lineno}: {words!r}")
    assert found == [], "say these through deskhelp.cli_text.tr (and add the Swedish to cli_text_sv.py)"


def test_counts_are_written_as_the_language_writes_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_text, "_language", "sv")
    assert cli_text.tr("{count} cases", count=20000) == "20\u00a0000 ärenden"
    monkeypatch.setattr(cli_text, "_language", "en")
    assert cli_text.tr("{count} cases", count=20000) == "20,000 cases"


def test_an_export_says_skrev_by_default(use_small_pack: Path, tmp_path: Path) -> None:
    """As a scheduled job runs it: a fresh process, nothing configured."""
    out = tmp_path / "summary.csv"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "deskhelp", *EXPORT, "--out", str(out)], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Skrev ") and done.stdout.rstrip().endswith(f"till {out}"), done.stdout
    assert "Wrote" not in done.stdout


def _export(tmp_path: Path, capsys: pytest.CaptureFixture[str], *more: str) -> tuple[int, str, str]:
    code = cli.main([*EXPORT, "--out", str(tmp_path / "summary.csv"), *more])
    said = capsys.readouterr()
    return code, said.out, said.err


def test_deskhelp_lang_en_gives_english(
    use_small_pack: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESKHELP_LANG", "en")
    code, out, _ = _export(tmp_path, capsys)
    assert code == 0 and out.startswith("Wrote "), out


def _write_config(text: str) -> None:
    paths.config_dir().mkdir(parents=True, exist_ok=True)
    (paths.config_dir() / "deskhelp.toml").write_text(text, encoding="utf-8")


def test_the_configured_language_wins_over_the_users_choice_in_the_window(
    use_small_pack: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from deskhelp.ui.preferences import Preferences, save_preferences  # the window's own writer of the choice

    save_preferences(Preferences(language="en"))
    code, out, _ = _export(tmp_path, capsys)
    assert code == 0 and out.startswith("Wrote "), "the user chose English in the window's menu"
    _write_config('[desk]\nlanguage = "sv"\n')
    code, out, _ = _export(tmp_path, capsys)
    assert code == 0 and out.startswith("Skrev "), "IT's [desk] language wins, as in the window"
    _write_config('[desk]\nlanguage = "en"\n')
    save_preferences(Preferences(language="sv"))
    code, out, _ = _export(tmp_path, capsys)
    assert code == 0 and out.startswith("Wrote ")


def test_refusals_and_argument_mistakes_are_swedish_with_the_same_exit_codes(
    use_small_pack: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _export(tmp_path, capsys, "--to", "2025-12-31")
    assert code == 1 and err.startswith("Problem: --from 2026-01-01 ligger efter --to 2025-12-31; ingenting skrevs")
    code, _, err = _export(tmp_path, capsys, "--report", "cases", "--format", "pdf")
    assert code == 1 and err == "Problem: rapporten cases finns bara som CSV eller XLSX; ingenting skrevs\n"
    assert not (tmp_path / "summary.csv").exists()
    with pytest.raises(SystemExit) as mistake:
        cli.main(["export", "--format", "pdf"])
    said = capsys.readouterr().err
    assert mistake.value.code == 2
    assert "användning: deskhelp export" in said and "fel: de här argumenten behövs: --report" in said, said
    with pytest.raises(SystemExit) as mistake:
        cli.main([*EXPORT[:-1], "2026-13-01", "--out", "x.csv"])
    assert mistake.value.code == 2
    assert "'2026-13-01' är inte ett datum; skriv det som ÅÅÅÅ-MM-DD" in capsys.readouterr().err
    assert argparse._("usage: ") == "usage: ", "argparse's words are Swedish only while the command line parses"


def test_help_is_swedish_and_names_each_reports_formats(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as shown:
        cli.main(["export", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert shown.value.code == 0
    assert "Skriv en rapport om en periods loggade ärenden" in text
    assert "formaten som varje rapport finns i: summary: csv, xlsx, pdf; cases: csv, xlsx;" in text
    assert "cases: de anonyma ärendena, ett per rad (bara CSV, XLSX)" in text


def test_a_locked_database_is_said_in_swedish(
    use_small_pack: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from deskhelp.storage.errors import classify_sqlite_error

    monkeypatch.setattr(cli_text, "_language", "sv")  # as main() chooses it here, with nothing configured
    locked = classify_sqlite_error(Exception("database is locked"), Path("desk.sqlite3"))

    def refuse(_service) -> int:
        raise locked

    assert cli._with_service(refuse) == 1
    assert capsys.readouterr().err == (
        "Problem: desk.sqlite3: databasen är låst av ett annat program; stäng det och försök igen\n"
    )


def test_check_speaks_swedish_and_json_stays_machine_readable(
    use_small_pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["check"]) == 0
    out = capsys.readouterr().out
    assert "Databas: " in out and "(schemat är aktuellt, integriteten kontrollerad, 0 ärenden)" in out
    assert "Riktlinjepaket: " in out and "Bibliotek: " in out and out.rstrip().endswith("OK")
    assert cli.main(["search", "bankid", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert set(found) == {"query", "close_call", "results"} and found["results"]
    assert {"id", "title", "area", "mission", "in_guidelines", "actors"} <= set(found["results"][0])
