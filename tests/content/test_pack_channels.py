"""Issue 19's pack fields: phrasing per channel, what competence a case type calls for, the library's training
links and the remote drop-in's video room. Read, validated with the path of every mistake, and written back."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskhelp import paths
from deskhelp.content.pack_file import PackError, parse_pack_bytes, read_pack_file
from deskhelp.content.pack_writer import pack_text, pack_to_data
from deskhelp.content.pack_yaml import WordsNotBooleansLoader
from deskhelp.core.competence import BASE_SERVICES, FRAMEWORK_COMPETENCES, CompetenceTags
from deskhelp.core.guidelines import Outcome

SEVEN = ("sv", "en", "ar", "uk", "fa", "so", "ti")


def _data(small_pack_path: Path) -> dict:
    return yaml.load(small_pack_path.read_text(encoding="utf-8"), Loader=WordsNotBooleansLoader)  # noqa: S506


def _parse(data: dict):
    return parse_pack_bytes(yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode(), "pack.yaml").pack


def _problems(data: dict) -> list[str]:
    with pytest.raises(PackError) as caught:
        _parse(data)
    return [f"{p.path}: {p.message}" for p in caught.value.problems]


def _with_everything(small_pack_path: Path) -> dict:
    data = _data(small_pack_path)
    tax = data["case_types"][2]  # tax-return, referred
    tax["channel_phrasing"] = {
        "phone": {"referred": {"sv": "Jag läser upp numret långsamt.", "en": "I will read the number slowly."}},
        "chat": {"referred": {"sv": "Jag skickar länken här.", "en": "I am sending the link here."}},
    }
    tax["competence_tags"] = {"base_service": "municipal-eservices", "framework": "1.1", "level": 3}
    data["case_types"][0]["competence_tags"] = {"framework": "5"}  # a whole area is allowed
    data["times"] = [
        {
            "branch": "*",
            "remote": {"sv": "Torsdagar 10-11 på video", "en": "Thursdays 10-11 on video"},
            "remote_link": "https://meet.example.se/biblioteket",
        }
    ]
    data["training"] = [
        {"title": "Digiteket: Internet på folkbibliotek", "url": "https://digiteket.se/kurs/x/", "framework": ["1.1"]},
        {"title": "Skrivarkurs", "url": "https://example.se/skrivare", "base_services": ["copier-printer"]},
        {"title": "Skatteverket för biblioteket", "url": "https://example.se/skv", "case_types": ["tax-return"]},
    ]
    return data


def test_the_new_fields_are_read(small_pack_path: Path) -> None:
    pack = _parse(_with_everything(small_pack_path))
    tax = pack.case_types["tax-return"]
    assert tax.channel_phrasing["phone"][Outcome.REFERRED].get("sv") == "Jag läser upp numret långsamt."
    assert tax.competence_tags == CompetenceTags("municipal-eservices", "1.1", 3)
    assert pack.case_types["print-document"].competence_tags == CompetenceTags(framework="5")
    assert pack.times[0].remote_link == "https://meet.example.se/biblioteket"
    assert [link.title for link in pack.training][0] == "Digiteket: Internet på folkbibliotek"
    assert pack.training[2].case_types == ("tax-return",)


def test_the_new_fields_are_written_and_read_back(small_pack_path: Path) -> None:
    pack = _parse(_with_everything(small_pack_path))
    text = pack_text(pack_to_data(pack))
    assert parse_pack_bytes(text.encode(), "written").pack == pack
    for name in ("channel_phrasing:", "competence_tags:", "remote_link:", "training:", "base_services:"):
        assert name in text


def test_a_packs_without_the_fields_still_loads(small_pack: object) -> None:
    assert all(c.channel_phrasing == {} and c.competence_tags is None for c in small_pack.case_types.values())
    assert small_pack.training == ()


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda d: d["case_types"][2].update(competence_tags={"framework": "7.1"}),
            "case_types[2].competence_tags.framework: '7.1' is not an area or competence of the framework",
        ),
        (
            lambda d: d["case_types"][2].update(competence_tags={"framework": "6"}),  # for system owners only
            "case_types[2].competence_tags.framework: '6' is not an area or competence of the framework",
        ),
        (
            lambda d: d["case_types"][2].update(competence_tags={"base_service": "netflix"}),
            "case_types[2].competence_tags.base_service: 'netflix' is not a base-level service",
        ),
        (
            lambda d: d["case_types"][2].update(competence_tags={"framework": "1.1", "level": 9}),
            "case_types[2].competence_tags.level: must be a whole number from 1 to 5",
        ),
        (
            lambda d: d["case_types"][2].update(competence_tags={"level": 2}),
            "case_types[2].competence_tags.level: a level needs the framework area or competence",
        ),
        (
            lambda d: d["case_types"][2].update(competence_tags={"areaa": "1"}),
            "case_types[2].competence_tags.areaa: unknown field",
        ),
        (
            lambda d: d["case_types"][2].update(channel_phrasing={"fax": {"referred": {"sv": "x", "en": "y"}}}),
            "case_types[2].channel_phrasing.fax: unknown field; expected one of: chat, email, phone, video",
        ),
        (
            lambda d: d["case_types"][2].update(channel_phrasing={"phone": {"referred": {"sv": "bara svenska"}}}),
            "case_types[2].channel_phrasing.phone.referred: needs a text in en",
        ),
        (
            lambda d: d.update(times=[{"branch": "*", "remote_link": "meet.example.se"}]),
            "times[0].remote_link: 'meet.example.se' must start with https://",
        ),
        (
            lambda d: d.update(training=[{"title": "Kurs", "url": "https://x.se", "framework": ["9.9"]}]),
            "training[0].framework[0]: '9.9' is not an area or competence of the framework",
        ),
        (
            lambda d: d.update(training=[{"title": "Kurs", "url": "https://x.se", "case_types": ["nope"]}]),
            "training[0].case_types[0]: no case type has the id 'nope'",
        ),
        (
            lambda d: d.update(training=[{"title": "Kurs", "url": "https://x.se"}]),
            "training[0]: needs at least one of: framework, base_services, case_types",
        ),
        (
            lambda d: d.update(training=[{"title": "Kurs", "url": "ftp://x.se", "base_services": ["email"]}]),
            "training[0].url: 'ftp://x.se' must start with https://",
        ),
    ],
)
def test_mistakes_say_where_and_what(small_pack_path: Path, edit, expected: str) -> None:
    data = _data(small_pack_path)
    edit(data)
    problems = _problems(data)
    assert any(p.startswith(expected) for p in problems), problems


_values = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 12) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tags=_values, phrasing=_values, training=_values, link=_values)
def test_any_value_gives_a_pack_or_a_pack_error(small_pack_path: Path, tags, phrasing, training, link) -> None:
    data = _data(small_pack_path)
    data["case_types"][2]["competence_tags"] = tags
    data["case_types"][1]["channel_phrasing"] = phrasing
    data["training"] = training
    data["times"] = [{"branch": "*", "drop_in": {"sv": "a", "en": "b"}, "remote_link": link}]
    with contextlib.suppress(PackError):
        _parse(data)


# -- the default pack ------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def default_pack():
    return read_pack_file(paths.bundled_pack_path()).pack


def test_the_default_pack_has_channel_phrasing_for_common_referrals_in_seven_languages(default_pack) -> None:
    with_channels = [c for c in default_pack.case_types.values() if c.channel_phrasing]
    assert len(with_channels) >= 8
    for case in with_channels:
        assert {"phone", "chat"} <= set(case.channel_phrasing), case.id
        for key, by_outcome in case.channel_phrasing.items():
            for outcome, text in by_outcome.items():
                assert set(SEVEN) <= set(text.translations), (case.id, key, outcome)
                assert outcome in {Outcome.REFERRED, Outcome.PARTLY_REFERRED}
        phone = case.channel_phrasing["phone"]
        assert any("långsamt" in text.get("sv") for text in phone.values()), case.id  # numbers read slowly


def test_the_default_pack_tags_every_case_type(default_pack) -> None:
    for case in default_pack.case_types.values():
        if not case.in_guidelines:
            continue
        tags = case.competence_tags
        assert tags is not None and tags.framework in FRAMEWORK_COMPETENCES and tags.level, case.id
        assert tags.base_service is None or tags.base_service in BASE_SERVICES
    services = {c.competence_tags.base_service for c in default_pack.case_types.values() if c.competence_tags}
    # Every one of seed 000's twelve digital services is called for by some case type.
    assert {s for s, (_sv, _en, card) in BASE_SERVICES.items() if card} <= services
