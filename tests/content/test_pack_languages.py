"""A pack's patron languages (FORMAT.md, `languages`): read, checked, written back, and the gaps in translations.

Mistakes name the file and the field; whatever a `languages` section holds, the reader returns a pack or raises
PackError, never another exception; a pack without the section loads as it always did."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskhelp import paths
from deskhelp.content.pack_file import PackError, parse_pack_bytes, read_pack_file
from deskhelp.content.pack_writer import pack_text, pack_to_data
from deskhelp.content.pack_yaml import WordsNotBooleansLoader
from deskhelp.core.guidelines import PackLanguage
from deskhelp.core.patron_languages import missing_translations, pack_patron_texts, unreviewed_languages
from tests.conftest import SMALL_PACK

SMALL = yaml.load(SMALL_PACK.read_text(encoding="utf-8"), Loader=WordsNotBooleansLoader)  # noqa: S506 - safe loader


def _with_languages(languages, tmp_path: Path) -> Path:
    data = copy.deepcopy(SMALL)
    data["languages"] = languages
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _problems(path: Path) -> list[str]:
    with pytest.raises(PackError) as caught:
        read_pack_file(path)
    message = str(caught.value)
    assert all(line.startswith(str(path)) for line in message.splitlines()), message
    return [f"{p.path}: {p.message}" for p in caught.value.problems]


def test_a_pack_without_languages_loads_as_before() -> None:
    pack = read_pack_file(SMALL_PACK).pack
    assert pack.languages == () and missing_translations(pack) == [] and unreviewed_languages(pack) == frozenset()
    assert "languages" not in pack_to_data(pack)


def test_a_pack_without_languages_has_no_record_of_a_checked_translation(arabic_pack) -> None:
    assert unreviewed_languages(arabic_pack) == {"ar"}  # its Arabic phrasing: nobody is said to have checked it


def test_declared_languages_are_read_in_order(languages_pack) -> None:
    ar, fa, *rest = languages_pack.languages
    assert ar == PackLanguage("ar", "العربية", checked_by="Kommunens tolkservice", checked="2026-11-20")
    assert fa.checked_by is None and fa.note == "Test translation, not checked" and not fa.reviewed
    assert [language.code for language in rest] == ["uk", "so", "ti"]
    assert unreviewed_languages(languages_pack) == {"fa", "uk", "so", "ti"}
    assert languages_pack.language("ti").name == "ትግርኛ" and languages_pack.language("de") is None


def test_checked_by_needs_a_date(tmp_path: Path) -> None:
    path = _with_languages([{"code": "ar", "name": "العربية", "checked_by": "Tolkservice"}], tmp_path)
    assert _problems(path) == [
        "languages[0].checked: is missing: the date the translation was checked is needed with checked_by"
    ]


def test_a_date_needs_who_checked(tmp_path: Path) -> None:
    path = _with_languages([{"code": "ar", "name": "العربية", "checked": dt.date(2026, 11, 2)}], tmp_path)
    assert _problems(path) == [
        "languages[0].checked_by: is missing: who checked the translation (a role or organisation) goes with checked"
    ]


def test_unknown_swedish_and_duplicate_codes(tmp_path: Path) -> None:
    languages = [
        {"code": "ar", "name": "العربية"},
        {"code": "fs", "name": "فارسی"},
        {"code": "sv", "name": "svenska"},
        {"code": "ar", "name": "العربية"},
        {"name": "Soomaali"},
    ]
    assert _problems(_with_languages(languages, tmp_path)) == [
        "languages[1].code: 'fs' is not a language code (ISO 639-1, such as ar, uk, fa, so, ti)",
        "languages[2].code: 'sv' is always there; list only the languages besides sv and en",
        "languages[3].code: 'ar' is used twice in languages",
        "languages[4].code: is missing",
    ]


def test_unknown_fields_and_wrong_shapes(tmp_path: Path) -> None:
    path = _with_languages([{"code": "ar", "name": "العربية", "checker": "Anna"}, "uk"], tmp_path)
    problems = _problems(path)
    assert problems[0].startswith("languages[0].checker: unknown field; expected one of: checked, checked_by, code")
    assert problems[1] == "languages[1]: must be a mapping (key: value), not 'uk'"
    assert _problems(_with_languages({"ar": "العربية"}, tmp_path)) == ["languages: must be a list, not a mapping"]


def test_languages_are_written_back_to_the_same_pack(languages_pack) -> None:
    text = pack_text(pack_to_data(languages_pack))
    assert "checked_by: null" in text and "checked: 2026-11-20" in text  # "nobody checked" is said, not left out
    assert text.index("languages:") < text.index("closing_checklist:")
    again = parse_pack_bytes(text.encode("utf-8"), "written").pack
    assert again == languages_pack
    assert pack_text(pack_to_data(again)) == text


def test_the_gaps_in_a_declared_language_are_listed_by_place(languages_pack) -> None:
    missing = missing_translations(languages_pack)
    assert ("ar", "actors[forsakringskassan].name") in missing
    assert ("so", "default_phrasing.partly_referred") in missing
    assert ("uk", "times[*].drop_in") in missing
    assert ("ar", "times[*].drop_in") not in missing and ("ti", "cards[card-printing].steps[1]") not in missing
    # Staff-only texts are not asked for: no one translates what we do, why, or the competence.
    assert not any(where.endswith((".we_do", ".reason", ".competence", ".colleague_role")) for _, where in missing)


def test_the_default_pack_has_every_patron_text_in_every_language_it_declares() -> None:
    """Every language the bundled pack declares has every patron-facing text (a pack declaring none: nothing to
    check; the translations arrive with its `languages` section)."""
    pack = read_pack_file(paths.bundled_pack_path()).pack
    if not pack.languages:
        pytest.skip("the bundled pack declares no patron languages yet")
    missing = missing_translations(pack)
    assert not missing, f"{len(missing)} missing, first: {missing[:10]}"
    assert {language.code for language in pack.languages} >= {"ar", "uk", "fa", "so", "ti"}
    assert all(language.checked_by is None or language.checked for language in pack.languages)
    assert sum(1 for _ in pack_patron_texts(pack)) > 100


LANGUAGE_ITEM = st.one_of(
    st.fixed_dictionaries(
        {"code": st.sampled_from(["ar", "fa", "uk", "so", "ti", "sv", "xx", "", "AR", 7, None])},
        optional={
            "name": st.one_of(st.text(max_size=20), st.none(), st.integers()),
            "checked_by": st.one_of(st.none(), st.text(max_size=20), st.booleans()),
            "checked": st.one_of(st.none(), st.dates(), st.text(max_size=12), st.integers()),
            "note": st.one_of(st.none(), st.text(max_size=40), st.lists(st.integers(), max_size=2)),
            "extra": st.integers(),
        },
    ),
    st.text(max_size=10),
    st.integers(),
    st.none(),
    st.lists(st.text(max_size=5), max_size=3),
)


@settings(max_examples=120, derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck))
@given(languages=st.one_of(st.lists(LANGUAGE_ITEM, max_size=6), st.text(max_size=10), st.none(), st.integers()))
def test_whatever_the_languages_section_holds_the_reader_answers_with_a_pack_or_pack_error(languages) -> None:
    data = copy.deepcopy(SMALL)
    data["languages"] = languages
    raw = yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")
    try:
        loaded = parse_pack_bytes(raw, "fuzzed.yaml")
    except PackError as error:
        assert str(error).startswith("fuzzed.yaml") and error.problems
        return
    codes = [language.code for language in loaded.pack.languages]
    assert len(codes) == len(set(codes)) and not {"sv", "en"} & set(codes)
    assert all(language.checked_by is None or language.checked for language in loaded.pack.languages)
    # What was read is written and read back the same.
    assert parse_pack_bytes(pack_text(pack_to_data(loaded.pack)).encode("utf-8"), "again").pack == loaded.pack
