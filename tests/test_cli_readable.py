"""`deskhelp pack export --format pdf|html` (issue 13, item 6): the readable guidelines and an actor's extract, written
by a real process from the bundled pack and read back with independent tools (pdftotext, html.parser, the pack's YAML
itself)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from deskhelp import paths

pytestmark = pytest.mark.usefixtures("english_cli")  # these read what the command line says in English

ACTOR = "skatteverket"
TEMPLATE_ACTOR_TEXT = "Kontaktuppgifterna fylls i av biblioteket."


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "deskhelp", "pack", "export", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=180,
    )


def squeezed(text: str) -> str:
    """Without any white space: a title wrapped over lines in a table cell is still found."""
    return re.sub(r"\s+", "", text)


def pack_yaml() -> dict:
    return yaml.safe_load(paths.bundled_pack_path().read_text(encoding="utf-8"))


def actor_names(data: dict, language: str = "sv") -> dict[str, str]:
    return {actor["id"]: actor["name"][language] for actor in data["actors"]}


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.decode("utf-8")


class _Page(HTMLParser):
    """The page's text, its rows (id -> text) and its root's language."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.rows: dict[str, list[str]] = {}
        self.row: str | None = None
        self.lang: str | None = None
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.lang = values.get("lang")
        if tag == "tr" and values.get("id"):
            self.row = values["id"]
            self.rows[self.row] = []
        self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "tr":
            self.row = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self.row is not None:
            self.rows[self.row].append(data)


def parsed(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def test_the_pdf_holds_every_case_type_and_its_actors(tmp_path: Path) -> None:
    out_file = tmp_path / "riktlinjer.pdf"
    out = run("--format", "pdf", "--out", str(out_file))
    assert out.returncode == 0, out.stderr
    assert out_file.read_bytes().startswith(b"%PDF")
    text = squeezed(pdf_text(out_file))
    info = subprocess.run(["pdfinfo", str(out_file)], capture_output=True, text=True, timeout=60).stdout
    assert "(A4)" in info and "DeskHelp standardriktlinjer" in info  # A4, and titled for the PDF reader
    data = pack_yaml()
    names = actor_names(data)
    for case_type in data["case_types"]:
        assert squeezed(case_type["title"]["sv"]) in text, case_type["id"]
        for actor in case_type.get("actors", []):
            assert squeezed(names[actor]) in text, (case_type["id"], actor)
    for card in data.get("cards", []):
        assert squeezed(card["title"]["sv"]) in text, card["id"]
    assert squeezed(TEMPLATE_ACTOR_TEXT) in text  # a template actor says so, no blank contact line
    assert "Besökarenbehöverhjälpmed" in text and "Hänvisatill" in text and "Vigörinte:" in text
    assert "Page" not in text and "Refer to" not in text  # Swedish throughout


def test_the_html_parses_and_holds_every_case_type_and_its_actors(tmp_path: Path) -> None:
    out_file = tmp_path / "riktlinjer.html"
    out = run("--format", "html", "--out", str(out_file))
    assert out.returncode == 0, out.stderr
    page = parsed(out_file)
    assert page.lang == "sv"
    assert "script" not in page.tags and "link" not in page.tags  # self-contained, nothing runs
    data = pack_yaml()
    names = actor_names(data)
    assert set(page.rows) == {case_type["id"] for case_type in data["case_types"]}
    for case_type in data["case_types"]:
        row = " ".join(page.rows[case_type["id"]])
        assert case_type["title"]["sv"] in row
        for actor in case_type.get("actors", []):
            assert names[actor] in row, (case_type["id"], actor)


def test_an_actors_extract_holds_only_the_case_types_that_refer_to_it(tmp_path: Path) -> None:
    data = pack_yaml()
    referring = {c["id"]: c["title"]["sv"] for c in data["case_types"] if ACTOR in c.get("actors", [])}
    others = {c["id"]: c["title"]["sv"] for c in data["case_types"] if ACTOR not in c.get("actors", [])}
    assert referring and others

    html_file = tmp_path / "skatteverket.html"
    assert run("--format", "html", "--actor", ACTOR, "--out", str(html_file)).returncode == 0
    page = parsed(html_file)
    assert set(page.rows) == set(referring)
    whole = " ".join(page.text)
    assert "Vad biblioteket gör och inte gör för era användare" in whole
    assert "Till Skatteverket" in whole

    pdf_file = tmp_path / "skatteverket.pdf"
    out = run("--format", "pdf", "--actor", ACTOR, "--out", str(pdf_file))
    assert out.returncode == 0, out.stderr
    text = squeezed(pdf_text(pdf_file))
    for title in referring.values():
        assert squeezed(title) in text
    for case_id, title in others.items():
        assert squeezed(title) not in text, case_id
    assert "Snabbkort" not in text  # the cards are the staff's, not the actor's


def test_an_unknown_actor_is_a_clear_error_and_nothing_is_written(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    for file_format in ("pdf", "html"):
        out_file = folder / f"x.{file_format}"
        out = run("--format", file_format, "--actor", "no-such-actor", "--out", str(out_file))
        assert out.returncode == 1
        assert "no actor 'no-such-actor'" in out.stderr and ACTOR in out.stderr  # names the ones there are
        assert not out_file.exists() and list(folder.iterdir()) == []


def test_an_actor_needs_a_readable_format(tmp_path: Path) -> None:
    out = run("--actor", ACTOR, "--out", str(tmp_path / "pack.yaml"))
    assert out.returncode == 1 and "--format html or pdf" in out.stderr
    assert not (tmp_path / "pack.yaml").exists()


def test_english_on_request(tmp_path: Path) -> None:
    out_file = tmp_path / "guidelines.html"
    assert run("--format", "html", "--lang", "en", "--out", str(out_file)).returncode == 0
    page = parsed(out_file)
    whole = " ".join(page.text)
    assert page.lang == "en"
    assert "Refer to" in whole and "Hänvisa till" not in whole
    for case_type in pack_yaml()["case_types"]:
        assert case_type["title"]["en"] in " ".join(page.rows[case_type["id"]])
