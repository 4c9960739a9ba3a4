"""Patrons who call, chat or write: the channel's phrasing, and the referral as text in one language only."""

from __future__ import annotations

import re

import pytest

from deskhelp import paths
from deskhelp.content.pack_file import read_pack_file
from deskhelp.core.branch_times import times_text
from deskhelp.core.cases import Channel
from deskhelp.core.channels import channel_phrasing, with_channel
from deskhelp.core.guidelines import BranchTimes, Outcome, Text
from deskhelp.core.patron_text import patron_sheet
from deskhelp.core.referral_text import TEXT_LANGUAGES, referral_text, text_label
from deskhelp.core.triage import Answers, Competence, Enough, default_answers, triage

SEVEN = TEXT_LANGUAGES


@pytest.fixture(scope="module")
def pack():
    return read_pack_file(paths.bundled_pack_path()).pack


def test_phone_gets_the_phone_phrasing_and_the_desk_the_usual(pack) -> None:
    case = pack.case_types["skatteverket"]
    result = triage(pack, case, default_answers(case))
    assert result.outcome is Outcome.PARTLY_REFERRED
    phone = with_channel(result, Channel.PHONE)
    assert phone.phrasing_channel == "phone" and "långsamt" in phone.phrasing.get("sv")
    assert with_channel(result, Channel.DESK) == result
    chat = with_channel(result, Channel.CHAT_VIDEO)
    assert chat.phrasing_channel == "chat" and "skickar länken" in chat.phrasing.get("sv")
    # An e-mail is written like a chat when the pack has nothing for e-mail of its own.
    assert with_channel(result, Channel.EMAIL).phrasing == chat.phrasing


def test_an_outcome_without_channel_phrasing_keeps_the_usual(pack) -> None:
    case = pack.case_types["skatteverket"]
    result = triage(pack, case, Answers(mission=case.mission, competence=Competence.COLLEAGUE))
    assert channel_phrasing(case, result.outcome, Channel.PHONE) is None
    assert with_channel(result, Channel.PHONE).phrasing == result.phrasing


def _all_languages(base: str) -> Text:
    return Text({lang: f"[{lang}] {base}" for lang in SEVEN})


def _seven_language_pack(pack):
    """The default pack with every patron-facing text this referral uses written in all seven languages, each
    marked with its language, so that a text in the wrong language is seen at once."""
    from dataclasses import replace

    case = pack.case_types["bankid"]
    actors = dict(pack.actors)
    for actor_id in case.actors:
        actor = actors[actor_id]
        contacts = replace(
            actor.contacts, web="https://bank.example.se", phone="08-123 45 67", hours=_all_languages("9-17")
        )
        actors[actor_id] = replace(
            actor, name=_all_languages(actor_id), helps_with=_all_languages("helps"), contacts=contacts
        )
    resources = {
        rid: replace(r, title=_all_languages(rid)) if rid in case.resources else r for rid, r in pack.resources.items()
    }
    case = replace(case, title=_all_languages("BankID"))
    times = BranchTimes(branch="*", remote=_all_languages("Thu 10-11"), remote_link="https://meet.example.se/bib")
    return replace(
        pack, actors=actors, resources=resources, case_types={**pack.case_types, "bankid": case}, times=(times,)
    )


@pytest.mark.parametrize("language", SEVEN)
def test_the_copied_text_is_in_one_language_only(pack, language: str) -> None:
    pack = _seven_language_pack(pack)
    case = pack.case_types["bankid"]
    result = with_channel(triage(pack, case, default_answers(case)), Channel.CHAT_VIDEO)
    text = referral_text(patron_sheet(result, pack, language), pack.times[0], remote=True, library="Stadsbiblioteket")
    # Every pack text is the one marked with this language.
    markers = set(re.findall(r"\[([a-z]{2})\]", text))
    assert markers == {language}
    # The phrasing is the chat's, in this language.
    assert result.case_type.channel_phrasing["chat"][Outcome.PARTLY_REFERRED].get(language) in text
    # No label of another language (where it differs from this language's).
    for key in (
        "what_we_agreed",
        "where_to_go",
        "bring",
        "phone",
        "web",
        "hours",
        "remote_drop_in",
        "times_remote_link",
    ):
        own = text_label(key, language)
        assert own in text, (key, language)
        for other in SEVEN:
            foreign = text_label(key, other)
            if other != language and foreign not in own and own not in foreign:
                assert foreign not in text, (key, other)
    # The contacts and the remote drop-in, no QR code.
    assert "https://bank.example.se" in text and "08-123 45 67" in text
    assert "https://meet.example.se/bib" in text
    assert "QR" not in text and "qr:" not in text


def test_the_remote_drop_in_is_only_for_remote_patrons_and_the_booking_gets_all_times(pack) -> None:
    case = pack.case_types["skatteverket"]
    times = BranchTimes(
        branch="*",
        drop_in=Text({"sv": "Tisdagar 13-15", "en": "Tuesdays 1-3 pm"}),
        remote=Text({"sv": "Torsdagar 10-11", "en": "Thursdays 10-11"}),
        remote_link="https://meet.example.se/bib",
    )
    result = triage(pack, case, default_answers(case))
    desk = referral_text(patron_sheet(result, pack, "sv"), times, remote=False)
    assert "Torsdagar" not in desk and "meet.example.se" not in desk
    remote = referral_text(patron_sheet(result, pack, "sv"), times, remote=True)
    assert (
        "Bibliotekets drop-in på distans:\nPå distans: Torsdagar 10-11\nVideorum: https://meet.example.se/bib" in remote
    )
    booked = triage(pack, case, Answers(mission=case.mission, time=Enough.NO))
    assert booked.outcome is Outcome.BOOKED
    text = referral_text(patron_sheet(booked, pack, "en"), times)
    assert "Drop-in: Tuesdays 1-3 pm" in text and "Video room: https://meet.example.se/bib" in text
    # The booking texts of the desk and the slip carry the video room too.
    assert "Videorum: https://meet.example.se/bib" in times_text(times, "sv")


def test_the_text_holds_what_the_slip_holds(pack) -> None:
    case = pack.case_types["skatteverket"]
    sheet = patron_sheet(triage(pack, case, default_answers(case)), pack, "sv")
    text = referral_text(sheet)
    assert sheet.case_title in text and sheet.said in text
    for actor in sheet.actors:
        assert actor.name in text and (actor.web is None or actor.web in text)
    for item in sheet.bring:
        assert f"- {item}" in text
