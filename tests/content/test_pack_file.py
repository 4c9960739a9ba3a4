"""A pack is edited by people: every mistake must say which file, which field and what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from deskhelp.content.pack_file import PackError, read_pack_file
from deskhelp.content.pack_yaml import WordsNotBooleansLoader


def _write(tmp_path: Path, text: str | bytes, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _edited(small_pack_path: Path, tmp_path: Path, edit) -> Path:
    data = yaml.load(small_pack_path.read_text(encoding="utf-8"), Loader=WordsNotBooleansLoader)  # noqa: S506
    edit(data)
    return _write(tmp_path, yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


def _problems(path: Path) -> list[str]:
    with pytest.raises(PackError) as caught:
        read_pack_file(path)
    message = str(caught.value)
    assert all(line.startswith(str(path)) for line in message.splitlines()), message
    return [f"{p.path}: {p.message}" for p in caught.value.problems]


def test_the_small_pack_is_valid(small_pack_path: Path) -> None:
    loaded = read_pack_file(small_pack_path)
    assert loaded.pack.info.id == "test-pack"
    assert len(loaded.pack.case_types) == 6  # five of its own and the built-in "other" errand
    assert list(loaded.pack.case_types)[-1] == "other"
    assert loaded.pack.case_types["tax-return"].mission.value == "no"  # "no" read as a word
    assert loaded.pack.case_types["print-document"].mission.value == "yes"
    assert len(loaded.sha256) == 64


def test_malformed_yaml_names_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "format: 1\npack:\n  id: [unclosed\n  version: 1\n")
    (problem,) = _problems(path)
    assert problem.startswith("line 4, column ")
    assert "not valid YAML" in problem


def test_empty_file(tmp_path: Path) -> None:
    assert _problems(_write(tmp_path, "")) == [": is empty; a pack needs format, pack, actors and case_types"]


def test_not_a_mapping(tmp_path: Path) -> None:
    (problem,) = _problems(_write(tmp_path, "- just\n- a list\n"))
    assert "must be a mapping" in problem


def test_not_utf8(tmp_path: Path) -> None:
    (problem,) = _problems(_write(tmp_path, "title: F\xf6rs\xe4kringskassan\n".encode("latin-1")))
    assert "not UTF-8" in problem


def test_missing_file(tmp_path: Path) -> None:
    (problem,) = _problems(tmp_path / "nowhere.yaml")
    assert "cannot be read" in problem


def test_wrong_format_version(small_pack_path: Path, tmp_path: Path) -> None:
    path = _edited(small_pack_path, tmp_path, lambda d: d.update(format=2))
    assert _problems(path) == ["format: must be 1 (this DeskHelp reads pack format 1)"]


def test_missing_required_field(small_pack_path: Path, tmp_path: Path) -> None:
    path = _edited(small_pack_path, tmp_path, lambda d: d["case_types"][1].pop("we_do"))
    assert _problems(path) == ["case_types[1].we_do: is missing"]


def test_unknown_verdict(small_pack_path: Path, tmp_path: Path) -> None:
    path = _edited(small_pack_path, tmp_path, lambda d: d["case_types"][0].update(mission="maybe"))
    assert _problems(path) == ["case_types[0].mission: 'maybe' is not one of: yes, partly, no"]


def test_dangling_actor_reference(small_pack_path: Path, tmp_path: Path) -> None:
    path = _edited(small_pack_path, tmp_path, lambda d: d["case_types"][2]["actors"].append("kronofogden"))
    assert _problems(path) == ["case_types[2].actors[1]: no actor has the id 'kronofogden'"]


def test_duplicate_id(small_pack_path: Path, tmp_path: Path) -> None:
    path = _edited(small_pack_path, tmp_path, lambda d: d["actors"].append(dict(d["actors"][0])))
    assert _problems(path) == ["actors[4].id: 'skatteverket' is used twice in actors"]


def test_missing_english(small_pack_path: Path, tmp_path: Path) -> None:
    path = _edited(small_pack_path, tmp_path, lambda d: d["default_phrasing"]["booked"].pop("en"))
    assert _problems(path) == ["default_phrasing.booked: needs a text in en"]


def test_unquoted_comma_in_flow_text_gets_a_hint(tmp_path: Path, small_pack_path: Path) -> None:
    text = small_pack_path.read_text(encoding="utf-8").replace(
        "colleague: {sv: Min kollega kan hjälpa dig med det här., en: My colleague can help you with this.}",
        "colleague: {sv: Min kollega, som kan, hjälper dig., en: My colleague can help.}",
    )
    problems = _problems(_write(tmp_path, text))
    assert any("must be quoted" in p for p in problems)


def test_effort_out_of_range_and_bad_duration(small_pack_path: Path, tmp_path: Path) -> None:
    def edit(d):
        d["case_types"][0].update(effort=7, duration="a while")

    assert _problems(_edited(small_pack_path, tmp_path, edit)) == [
        "case_types[0].effort: must be a whole number from 1 to 6, not '7'",
        "case_types[0].duration: 'a while' is not one of: under-5, 5-15, 15-30, 30-60, over-60",
    ]


def test_unknown_field_is_reported_not_ignored(small_pack_path: Path, tmp_path: Path) -> None:
    path = _edited(small_pack_path, tmp_path, lambda d: d["actors"][0].update(phone="123"))
    assert _problems(path) == [
        "actors[0].phone: unknown field; expected one of: contacts, fill_in_locally, helps_with, id, kind, mapping, "
        "name, "
        "source, staff_note, unverified, verified"
    ]


def test_actor_without_provenance(small_pack_path: Path, tmp_path: Path) -> None:
    path = _edited(small_pack_path, tmp_path, lambda d: d["actors"][0].pop("unverified"))
    assert _problems(path) == [
        "actors[0]: needs 'verified' (a date) and 'source', or 'fill_in_locally: true', or 'unverified'"
    ]


def test_a_mission_outside_ours_needs_somewhere_to_refer(small_pack_path: Path, tmp_path: Path) -> None:
    path = _edited(small_pack_path, tmp_path, lambda d: d["case_types"][2].update(actors=[]))
    (problem,) = _problems(path)
    assert problem == "case_types[2].actors: a case type with mission 'no' needs at least one actor to refer to"


def test_all_problems_are_reported_at_once(small_pack_path: Path, tmp_path: Path) -> None:
    def edit(d):
        d["case_types"][0].pop("title")
        d["case_types"][3]["area"] = "nowhere"
        d["actors"][1]["contacts"]["web"] = "www.example.se"

    assert len(_problems(_edited(small_pack_path, tmp_path, edit))) == 3


def test_huge_text_is_refused(small_pack_path: Path, tmp_path: Path) -> None:
    path = _edited(small_pack_path, tmp_path, lambda d: d["case_types"][0]["we_do"].update(sv="x" * 5000))
    assert _problems(path) == ["case_types[0].we_do.sv: is 5000 characters; at most 4000"]


def test_arabic_and_emoji_are_welcome(small_pack_path: Path, tmp_path: Path) -> None:
    def edit(d):
        d["default_phrasing"]["referred"]["ar"] = "لا يمكننا المساعدة هنا، لكنني سأريك إلى أين تتوجه. 🙂"

    loaded = read_pack_file(_edited(small_pack_path, tmp_path, edit))
    assert loaded.pack.default_phrasing["referred"].get("ar").endswith("🙂")
