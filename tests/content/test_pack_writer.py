"""The pack writer: what the editor writes, the reader reads back to the same pack, for every field of the format."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from deskhelp import paths
from deskhelp.content.pack_actors import ACTOR_FIELDS, MAPPING_FIELDS
from deskhelp.content.pack_file import PackError, parse_pack_bytes, read_pack_file
from deskhelp.content.pack_writer import pack_text, pack_to_data
from deskhelp.core.guidelines import CONTACT_FIELDS, ActorMapping, Outcome


def _round_trip(pack):
    text = pack_text(pack_to_data(pack))
    return parse_pack_bytes(text.encode("utf-8"), "written").pack, text


@pytest.mark.parametrize("path", [paths.bundled_pack_path(), Path(__file__).parents[1] / "fixtures/packs/small.yaml"])
def test_the_default_and_the_small_pack_read_back_identically(path: Path) -> None:
    pack = read_pack_file(path).pack
    again, text = _round_trip(pack)
    assert again == pack
    # Written twice, the text is the same: nothing drifts from save to save.
    assert pack_text(pack_to_data(again)) == text


def _every_field(small_pack_path: Path) -> dict:
    """The small pack with every optional field of the format filled in at least once."""
    data = yaml.load(small_pack_path.read_text(encoding="utf-8"), Loader=_words())
    data["pack"].update(owner="Läsfrämjandegruppen", review_months=12, change_note="Telefon till kommunen ifylld.")
    data["cards"][0]["source"] = "Digital basnivå, Region Gävleborg 2024"
    actor = data["actors"][2]
    actor.update(
        staff_note={"sv": "Kolla numret varje år.", "en": "Check the number every year.", "ar": "تحقق"},
        contacts={
            "web": "https://kommun.example.se",
            "phone": "026-17 80 00",
            "chat": "https://kommun.example.se/chat",
            "email": "kontaktcenter@kommun.example.se",
            "address": "Drottninggatan 1, Gävle",
            "hours": {"sv": "Vardagar 8-16", "en": "Weekdays 8-16"},
            "languages": ["sv", "en", "ar"],
        },
        verified="2026-10-01",
        source="kommun.example.se",
        fill_in_locally=False,
        unverified=["chat"],
        mapping={
            "holder": "Enhetschef vuxen",
            "established": "some",
            "agreements": "Vi hänvisar, de ringer upp inom en vecka.",
            "last_contact": "2026-09-15",
        },
    )
    data["times"] = [
        {
            "branch": "*",
            "drop_in": {"sv": "Tisdagar 13-15 i datortorget", "en": "Tuesdays 1-3 pm at the computers"},
            "booking": {"sv": "Boka 45 minuter", "en": "Book 45 minutes"},
            "remote": {"sv": "Torsdagar per telefon", "en": "Thursdays by phone"},
            "how_to_book": {"sv": "I informationsdisken", "en": "At the information desk"},
        },
        {"branch": "Centrum", "drop_in": {"sv": "Måndagar 10-12", "en": "Mondays 10-12"}},
    ]
    case = data["case_types"][1]
    case.update(
        phrasing={o.value: {"sv": f"Svar {o.value}", "en": f"Answer {o.value}"} for o in Outcome},
        colleague_role={"sv": "Kollega", "en": "Colleague"},
        retired=True,
    )
    return data


def _words():
    from deskhelp.content.pack_yaml import WordsNotBooleansLoader

    return WordsNotBooleansLoader


def test_every_field_of_the_format_is_written_and_read_back(small_pack_path: Path) -> None:
    data = _every_field(small_pack_path)
    pack = parse_pack_bytes(yaml.dump(data, allow_unicode=True).encode(), "every field").pack
    again, text = _round_trip(pack)
    assert again == pack
    actor = again.actors[data["actors"][2]["id"]]
    assert actor.mapping == ActorMapping(
        "Enhetschef vuxen", "some", "Vi hänvisar, de ringer upp inom en vecka.", "2026-09-15"
    )
    assert actor.contacts.phone == "026-17 80 00" and actor.unverified == ("chat",)
    assert again.case_types[data["case_types"][1]["id"]].retired is True
    assert again.info.change_note == "Telefon till kommunen ifylld."
    assert [t.branch for t in again.times] == ["*", "Centrum"] and again.times[0].remote.get(
        "en"
    ) == "Thursdays by phone"
    # Every field name the reader knows appears in the written text (the format has no field the writer skips).
    names = set(ACTOR_FIELDS) | set(MAPPING_FIELDS) | set(CONTACT_FIELDS) | {o.value for o in Outcome}
    names |= {"owner", "review_months", "change_note", "colleague_role", "sensitivity", "card", "source", "steps"}
    names |= {"times", "branch", "drop_in", "booking", "remote", "how_to_book"}
    names |= {"retired", "if_missing", "closing_checklist", "default_phrasing", "competence", "effort", "duration"}
    missing = {name for name in names if not re.search(rf"^\s*-?\s*{re.escape(name)}:", text, flags=re.MULTILINE)}
    assert missing == set()
    # Words stay words and dates stay dates.
    assert "mission: partly" in text
    default_text = pack_text(pack_to_data(read_pack_file(paths.bundled_pack_path()).pack))
    assert "mission: yes" in default_text and "mission: 'yes'" not in default_text
    assert "last_contact: 2026-09-15" in text and "verified: 2026-10-01" in text


def test_a_wrong_mapping_is_reported_where_and_what(small_pack_path: Path) -> None:
    data = _every_field(small_pack_path)
    data["actors"][2]["mapping"].update(established="kinda", last_contact="2026-13-01")
    with pytest.raises(PackError) as error:
        parse_pack_bytes(yaml.dump(data, allow_unicode=True).encode(), "bad")
    messages = {(p.path, p.message) for p in error.value.problems}
    assert ("actors[2].mapping.established", "'kinda' is not one of: well-established, established, some, none") in {
        (p, m.replace('"', "'")) for p, m in messages
    }
    assert any(p == "actors[2].mapping.last_contact" for p, _ in messages)


def test_retired_must_be_true_or_false(small_pack_path: Path) -> None:
    data = copy.deepcopy(_every_field(small_pack_path))
    data["case_types"][1]["retired"] = "ja"
    with pytest.raises(PackError) as error:
        parse_pack_bytes(yaml.dump(data, allow_unicode=True).encode(), "bad")
    assert [p.path for p in error.value.problems] == ["case_types[1].retired"]


# Texts a person may write that YAML would read as something else if written bare: words, numbers, dates, nulls,
# indicators, quotes, line breaks and non-Latin scripts.
_TRICKY = [
    "yes",
    "no",
    "on",
    "null",
    "~",
    "true",
    "2026-01-05",
    "12:30",
    "0771-567 567",
    "1e3",
    "- a",
    "a: b",
    "#hash",
    "'quoted'",
    '"dq"',
    "x\ny",
    "a\n\nb",
    "@at",
    "%p",
    "!tag",
    "&anchor",
    "*alias",
    "{x}",
    "[y]",
    "ساعات العمل",
    "Öppet 8–16 ✓",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    value=st.one_of(
        st.sampled_from(_TRICKY),
        st.text(
            st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\ufeff"),
            min_size=1,
            max_size=60,
        ),
    )
)
def test_any_text_an_editor_may_type_reads_back_unchanged(small_pack_path: Path, value: str) -> None:
    value = value.strip()
    assume(value)
    data = yaml.load(small_pack_path.read_text(encoding="utf-8"), Loader=_words())
    actor = data["actors"][2]
    actor["contacts"] = {"phone": value, "address": value, "hours": {"sv": value, "en": value}}
    actor["mapping"] = {"holder": value, "agreements": value}
    data["case_types"][0]["keywords"] = [value, "utskrift"]
    data["case_types"][0]["title"]["sv"] = value
    data["pack"]["change_note"] = value
    text = pack_text(data)
    pack = parse_pack_bytes(text.encode("utf-8"), "typed").pack
    read = pack.actors[actor["id"]]
    assert read.contacts.phone == value and read.contacts.hours.get("sv") == value
    assert read.mapping.holder == value and read.mapping.agreements == value
    case = pack.case_types[data["case_types"][0]["id"]]
    assert case.keywords[0] == value and case.title.get("sv") == value
    assert pack.info.change_note == value
    assert pack_text(pack_to_data(pack)) == pack_text(pack_to_data(parse_pack_bytes(text.encode(), "again").pack))


def test_times_name_each_branch_once_and_say_something(small_pack_path: Path) -> None:
    data = _every_field(small_pack_path)
    data["times"] = [{"branch": "Centrum"}, {"branch": "centrum", "drop_in": {"sv": "x", "en": "x"}}]
    with pytest.raises(PackError) as error:
        parse_pack_bytes(yaml.dump(data, allow_unicode=True).encode(), "bad")
    assert [(p.path, p.message) for p in error.value.problems] == [
        ("times[0]", "needs at least one of: drop_in, booking, remote, how_to_book"),
        ("times[1].branch", "'centrum' is used twice in times"),
    ]
