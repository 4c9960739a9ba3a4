"""Patron-facing text: labels in sv, en and ar, the languages a result can be shown in, the sheet a slip prints."""

from __future__ import annotations

import re
import unicodedata

import pytest

from deskhelp.core.guidelines import Outcome, Verdict
from deskhelp.core.patron_text import (
    OUTCOME_HEADLINES,
    PATRON_LABELS,
    PatronActor,
    is_rtl,
    patron_label,
    patron_languages,
    patron_sheet,
    text_is_rtl,
)
from deskhelp.core.triage import Answers, Enough, triage
from tests.conftest import ARABIC_REFERRED

SWEDISH_REFERRED = "Det här kan vi inte hjälpa till med här, men jag visar vart du kan vända dig."


def _is_arabic(text: str) -> bool:
    return any(unicodedata.bidirectional(c) == "AL" for c in text) and not re.search("[A-Za-zÅÄÖåäö]", text)


# --- labels ---


@pytest.mark.parametrize("key", sorted(PATRON_LABELS))
def test_every_label_is_written_in_swedish_english_and_arabic(key: str) -> None:
    texts = PATRON_LABELS[key]
    assert {"sv", "en", "ar"} <= set(texts)
    assert all(texts[lang].strip() == texts[lang] and texts[lang] for lang in ("sv", "en", "ar"))
    assert _is_arabic(texts["ar"].replace("{library}", "").replace("{date}", ""))
    # A placeholder is in every language or none.
    assert len({frozenset(re.findall(r"\{\w+\}", texts[lang])) for lang in ("sv", "en", "ar")}) == 1


def test_every_outcome_has_a_headline_and_the_slip_has_its_labels() -> None:
    assert set(OUTCOME_HEADLINES) == set(Outcome)
    needed = {
        "slip_title_referral", "slip_title_booking", "your_errand", "what_we_agreed", "where_to_go", "phone", "web",
        "chat", "email", "address", "hours", "languages", "bring", "booked_time", "guidance", "keep_slip",
        "given_by", "scan_code", "unverified",
    }  # fmt: skip
    assert needed | set(OUTCOME_HEADLINES.values()) <= set(PATRON_LABELS)
    assert patron_label("slip_title_referral", "sv") == "Hänvisning"
    assert patron_label("slip_title_booking", "en") == "Digital guidance"
    assert patron_label("given_by", "sv").format(library="Stadsbiblioteket", date="1 december 2026") == (
        "Från Stadsbiblioteket, 1 december 2026"
    )


def test_a_language_without_a_label_falls_back_to_english_then_swedish(monkeypatch: pytest.MonkeyPatch) -> None:
    assert patron_label("phone", "so") == "Phone"
    monkeypatch.setitem(PATRON_LABELS, "only-swedish", {"sv": "Bara svenska"})
    assert patron_label("only-swedish", "ar") == "Bara svenska"
    with pytest.raises(KeyError):
        patron_label("no-such-label", "sv")


def test_right_to_left_languages() -> None:
    assert is_rtl("ar") and is_rtl("fa") and is_rtl("he") and is_rtl("ur") and is_rtl("ckb")
    assert not is_rtl("sv") and not is_rtl("en") and not is_rtl("so") and not is_rtl("ti") and not is_rtl("ku")


def test_a_paragraph_takes_its_direction_from_its_first_letter() -> None:
    assert text_is_rtl(ARABIC_REFERRED, default=False)
    assert not text_is_rtl("Skatteverket", default=True)
    assert text_is_rtl("0771-567 567", default=True) and not text_is_rtl("0771-567 567", default=False)
    assert text_is_rtl("* لم نتحقق", default=False)


# --- languages of a result ---


def test_the_small_pack_speaks_swedish_and_english(small_pack) -> None:
    result = triage(small_pack, small_pack.case_types["tax-return"], Answers(Verdict.NO))
    assert patron_languages(small_pack, result) == ("sv", "en")


def test_a_phrasing_with_arabic_adds_arabic_after_swedish_and_english(arabic_pack) -> None:
    pack = arabic_pack
    referred = triage(pack, pack.case_types["tax-return"], Answers(Verdict.NO))
    assert referred.outcome is Outcome.REFERRED
    assert patron_languages(pack, referred) == ("sv", "en", "ar")
    helped = triage(pack, pack.case_types["print-document"], Answers(Verdict.YES))
    assert patron_languages(pack, helped) == ("sv", "en")  # only the referred phrasing has Arabic


# --- the sheet ---


def test_a_referred_sheet_in_swedish(small_pack) -> None:
    result = triage(small_pack, small_pack.case_types["print-bank-statement"], Answers(Verdict.NO))
    sheet = patron_sheet(result, small_pack, "sv")
    assert sheet.outcome is Outcome.REFERRED and sheet.language == "sv" and not sheet.rtl
    assert sheet.case_title == "Skriva ut kontoutdrag"
    assert sheet.headline == "Hit kan du vända dig"
    assert sheet.said == SWEDISH_REFERRED
    assert sheet.bring == ("E-legitimation",)
    bank, social = sheet.actors
    assert bank == PatronActor(name="Din bank", helps_with="Internetbank och BankID", fill_in_locally=True)
    assert not bank.has_contacts and social.name == "Socialtjänsten"


def test_contact_details_and_what_is_not_verified(small_pack) -> None:
    tax = patron_sheet(triage(small_pack, small_pack.case_types["tax-return"], Answers(Verdict.NO)), small_pack, "en")
    (agency,) = tax.actors
    assert (agency.name, agency.web, agency.phone) == (
        "Swedish Tax Agency",
        "https://www.skatteverket.se",
        "0771-567 567",
    )
    assert agency.unverified_fields == {"web", "phone"}  # never verified: every detail it has
    result = triage(small_pack, small_pack.case_types["parental-benefit"], Answers(Verdict.NO))
    (fk,) = patron_sheet(result, small_pack, "en").actors
    assert fk.languages == ("sv", "en", "ar") and fk.unverified_fields == frozenset() and fk.has_contacts


def test_a_booked_sheet(small_pack) -> None:
    case = small_pack.case_types["parental-benefit"]
    result = triage(small_pack, case, Answers(Verdict.PARTLY, time=Enough.NO))
    sheet = patron_sheet(result, small_pack, "en")
    assert sheet.outcome is Outcome.BOOKED
    assert sheet.headline == "We are booking you a digital guidance session"
    assert sheet.said == "Let's book a digital guidance session."
    assert sheet.actors == () and sheet.bring == ()


def test_an_arabic_sheet_reads_right_to_left_and_falls_back_to_swedish_where_the_pack_has_no_arabic(
    arabic_pack,
) -> None:
    pack = arabic_pack
    sheet = patron_sheet(triage(pack, pack.case_types["tax-return"], Answers(Verdict.NO)), pack, "ar")
    assert sheet.rtl and sheet.language == "ar"
    assert sheet.said == ARABIC_REFERRED
    assert sheet.headline == PATRON_LABELS["headline_referred"]["ar"]
    assert sheet.case_title == "Deklarera" and sheet.actors[0].name == "Skatteverket"
