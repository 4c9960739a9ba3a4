"""tools/pack_translations.py puts a language into a pack in place, and the bundled pack speaks its patrons' languages.

The tool is run the way a library would run it: on a copy of a pack file, which is then read by DeskHelp's own reader.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from deskhelp import paths
from deskhelp.content.pack_file import read_pack_file
from tests.tools import load_tool

tool = load_tool("pack_translations")

# Every language the bundled pack is complete in; a language is added here when its last text is translated.
COMPLETE_LANGUAGES = ("ar", "uk", "fa", "so", "ti")

SMALL_PACK = """\
# A small pack (comments stay).
format: 1
pack:
  id: small
  version: "1"
  title: {sv: "Liten", en: "Small"}
  reviewed: 2026-11-01

closing_checklist:
  - {sv: "Fråga om följdfrågor.", en: "Ask for follow-up questions."}

default_phrasing:
  helped_here: {sv: "Bra gjort.", en: "Well done.", ar: "أحسنت."}
  partly_referred: {sv: "En del här.", en: "Part here."}
  referred:
    sv: "Till någon annan."
    en: "To someone else."
  booked: {sv: "Boka en tid.", en: "Book a time."}
  colleague: {sv: "Min kollega.", en: "My colleague."}

resources:
  - id: card
    title: {sv: "Lånekort", en: "Library card"}   # what the patron brings
    if_missing: {sv: "Skaffa ett.", en: "Get one."}

areas:
  - id: library
    title: {sv: "Biblioteket", en: "The library"}

actors:
  - id: help
    kind: local
    name: {sv: "Hjälpen", en: "The help"}
    helps_with: {sv: "Allt med \\"citat\\".", en: "Everything with \\"quotes\\"."}
    contacts:
      phone: "010-123 45 67"
      hours: {sv: "Mån 9–12", en: "Mon 9–12"}
    fill_in_locally: true

case_types:
  - id: wifi
    area: library
    title: {sv: "Wifi", en: "Wi-Fi"}
    keywords: [wifi]
    mission: yes
    we_do: {sv: "Vi visar.", en: "We show."}
    phrasing:
      helped_here: {sv: "Nu är du uppkopplad.", en: "Now you are connected."}
    competence: {sv: "Alla.", en: "Everyone."}
    effort: 1
    duration: under-5
"""

MEMORY = {
    "Lånekort": 'Картка "бібліотеки"',
    "Skaffa ett.": "Отримайте її.\\ тут",
    "Till någon annan.": "До когось іншого.",
    'Allt med "citat".': 'Усе з "лапками".',
    "Mån 9–12": "Пн 9–12",
    "Wifi": "Wi-Fi",
    "Nu är du uppkopplad.": "Тепер ви підключені.",
    "Bra gjort.": "Добре.",
    "Vi visar.": "staff-only: must never be inserted",
    "En text som inte finns.": "Нема.",
}


@pytest.fixture
def small(tmp_path: Path) -> Path:
    pack = tmp_path / "small.yaml"
    pack.write_text(SMALL_PACK, encoding="utf-8")
    return pack


def _memory(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "uk.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_apply_inserts_in_place_keeps_layout_and_escapes_quotes(small: Path, tmp_path: Path) -> None:
    assert tool.main(["apply", "uk", str(_memory(tmp_path, MEMORY)), str(small)]) == 0
    after = small.read_text(encoding="utf-8")
    # Only insertions: taking the inserted `uk` entries out gives back the file byte for byte (comments too).
    inserted = re.compile(r'(, |\n *)uk: "(?:[^"\\]|\\.)*"')
    assert inserted.sub("", after) == SMALL_PACK
    assert len(inserted.findall(after)) == 8
    assert "# A small pack (comments stay)." in after
    assert '    title: {sv: "Lånekort", en: "Library card", uk: "Картка \\"бібліотеки\\""}   # what the patron' in after
    assert '    sv: "Till någon annan."\n    en: "To someone else."\n    uk: "До когось іншого."\n' in after
    # The staff-only text is left alone even though the memory has its Swedish text.
    assert 'we_do: {sv: "Vi visar.", en: "We show."}' in after
    pack = read_pack_file(small).pack
    assert pack.resources["card"].title.get("uk") == 'Картка "бібліотеки"'
    assert pack.resources["card"].if_missing.get("uk") == "Отримайте її.\\ тут"
    assert pack.actors["help"].helps_with.get("uk") == 'Усе з "лапками".'
    assert pack.actors["help"].contacts.hours.get("uk") == "Пн 9–12"
    assert pack.case_types["wifi"].title.get("uk") == "Wi-Fi"
    assert "uk" not in pack.case_types["wifi"].we_do.translations
    assert "uk" not in pack.info.title.translations  # the pack title is staff-only


def test_missing_lists_what_the_memory_lacks_and_apply_again_changes_nothing(small: Path, tmp_path: Path) -> None:
    text = SMALL_PACK
    lacking = {entry["sv"] for entry in tool.missing(text, "uk")}
    assert "Vi visar." not in lacking and "Liten" not in lacking and "Fråga om följdfrågor." not in lacking
    assert {"Lånekort", "Mån 9–12", "Nu är du uppkopplad.", "Bra gjort.", "Boka en tid."} <= lacking
    memory = _memory(tmp_path, MEMORY)
    assert {e["sv"] for e in tool.missing(text, "uk", tool.read_memory(memory))} == {
        "En del här.",
        "Boka en tid.",
        "Min kollega.",
        "Hjälpen",
    }
    tool.main(["apply", "uk", str(memory), str(small)])
    once = small.read_bytes()
    tool.main(["apply", "uk", str(memory), str(small)])
    assert small.read_bytes() == once


def test_an_existing_translation_is_kept(small: Path, tmp_path: Path) -> None:
    tool.main(["apply", "ar", str(_memory(tmp_path, {"Bra gjort.": "جيد", "Boka en tid.": "احجز"})), str(small)])
    pack = read_pack_file(small).pack
    from deskhelp.core.guidelines import Outcome

    assert pack.default_phrasing[Outcome.HELPED_HERE].get("ar") == "أحسنت."
    assert pack.default_phrasing[Outcome.BOOKED].get("ar") == "احجز"


def test_update_corrects_an_existing_translation_and_nothing_else(small: Path, tmp_path: Path) -> None:
    memory = _memory(tmp_path, {"Bra gjort.": 'Rättad "ar"', "Boka en tid.": "احجز"})
    assert tool.main(["apply", "ar", str(memory), str(small)]) == 0  # without --update the old text stays
    assert 'ar: "أحسنت."' in small.read_text(encoding="utf-8")
    assert tool.main(["apply", "ar", str(memory), str(small), "--update"]) == 0
    after = small.read_text(encoding="utf-8")
    assert 'helped_here: {sv: "Bra gjort.", en: "Well done.", ar: "Rättad \\"ar\\""}' in after
    assert after.replace('ar: "Rättad \\"ar\\""', 'ar: "أحسنت."').replace(', ar: "احجز"', "") == SMALL_PACK
    from deskhelp.core.guidelines import Outcome

    assert read_pack_file(small).pack.default_phrasing[Outcome.HELPED_HERE].get("ar") == 'Rättad "ar"'


@pytest.mark.parametrize(
    ("lang", "memory"),
    [
        ("uk", ["not", "a", "mapping"]),
        ("uk", {"Lånekort": ""}),  # an empty translation
        ("uk", {"Lånekort": "x" * 5000}),  # longer than a pack text may be: the pack would not read
        ("sv", {"Lånekort": "Lånekort"}),
        ("Ukrainian", {"Lånekort": "Картка"}),
    ],
)
def test_nothing_is_written_on_an_error(small: Path, tmp_path: Path, lang: str, memory: object) -> None:
    assert tool.main(["apply", lang, str(_memory(tmp_path, memory)), str(small)]) == 2
    assert small.read_text(encoding="utf-8") == SMALL_PACK
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_a_broken_pack_is_not_written(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(SMALL_PACK.replace("format: 1", "format: 1\nformat: [", 1), encoding="utf-8")
    before = broken.read_bytes()
    assert tool.main(["apply", "uk", str(_memory(tmp_path, MEMORY)), str(broken)]) == 2
    assert broken.read_bytes() == before


def test_control_characters_and_line_breaks_are_escaped() -> None:
    for value in ['a "b" \\ c', "line\nbreak", "tab\there", "bell\x07", "sep\u2028x", "\ufeffbom", "ok 😀"]:
        assert yaml.safe_load(tool.yaml_quoted(value)) == value


# -- the bundled pack ----------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def bundled_text() -> str:
    return paths.bundled_pack_path().read_text(encoding="utf-8-sig")


def test_the_tool_finds_every_patron_facing_text_of_the_bundled_pack(bundled_text: str) -> None:
    pack = read_pack_file(paths.bundled_pack_path()).pack
    found = {t.where for t in tool.patron_texts(bundled_text)}
    assert {f"default_phrasing.{o.value}" for o in pack.default_phrasing} <= found
    for case in pack.case_types.values():
        if case.id in {c.id for c in pack.case_types.values() if f"case_types[{case.id}].title" not in found}:
            continue  # the built-in "not in the guidelines" errand is not in the file
        assert {f"case_types[{case.id}].phrasing.{o.value}" for o in case.phrasing} <= found
    for actor in pack.actors.values():
        assert {f"actors[{actor.id}].name", f"actors[{actor.id}].helps_with"} <= found
    for card in pack.cards.values():
        assert {f"cards[{card.id}].steps[{i}]" for i in range(len(card.steps))} <= found
    assert not [w for w in found if ".we_do" in w or ".reason" in w or ".staff_note" in w or ".competence" in w]


@pytest.mark.parametrize("lang", COMPLETE_LANGUAGES)
def test_the_bundled_pack_has_every_patron_facing_text_in(bundled_text: str, lang: str) -> None:
    lacking = [entry["where"] for entry in tool.missing(bundled_text, lang)]
    assert lacking == [], f"{len(lacking)} patron-facing texts lack {lang}: {lacking[:10]}"


# The script each language is written in: a text pasted under the wrong code, or Russian for Ukrainian, shows here.
SCRIPTS = {
    "ar": re.compile(r"[\u0600-\u06ff]"),
    "fa": re.compile(r"[\u0600-\u06ff]"),
    "uk": re.compile(r"[а-щьюяєіїґ]", re.IGNORECASE),
    "ti": re.compile(r"[\u1200-\u137f]"),
    "so": re.compile(r"[a-z]", re.IGNORECASE),
}


@pytest.mark.parametrize("lang", COMPLETE_LANGUAGES)
def test_each_language_is_written_in_its_own_script(bundled_text: str, lang: str) -> None:
    found = tool.patron_texts(bundled_text)
    texts = [t.get(lang) or "" for t in found]
    # A proper name kept as it is ("Freja eID (Freja eID Plus)") is the one text that may lack the script.
    assert [t.where for t in found if not SCRIPTS[lang].search(t.get(lang) or "") and t.get(lang) != t.sv] == []
    if lang == "fa":  # Persian letters, not the Arabic forms of yeh and kaf
        assert not [text for text in texts if re.search("[\u064a\u0643]", text)]
    if lang == "uk":  # Ukrainian, not Russian: no ы, э, ъ, ё
        assert not [text for text in texts if re.search("[ыэъё]", text, re.IGNORECASE)]
    if lang == "so":  # Somali in Latin script only
        assert not [text for text in texts if re.search(r"[\u0600-\u06ff\u1200-\u137f]", text)]
