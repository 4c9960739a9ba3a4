"""Patron-facing text: labels in sv, en, ar, uk, fa, so and ti, the languages a result can be shown in, the sheet
a slip prints."""

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
from deskhelp.core.triage import Answers, Competence, Enough, triage
from tests.conftest import ARABIC_REFERRED

SWEDISH_REFERRED = "Det här kan vi inte hjälpa till med här, men jag visar vart du kan vända dig."


def _is_arabic(text: str) -> bool:
    return any(unicodedata.bidirectional(c) == "AL" for c in text) and not re.search("[A-Za-zÅÄÖåäö]", text)


# --- labels ---


LABEL_LANGUAGES = ("sv", "en", "ar", "uk", "fa", "so", "ti")
SCRIPTS = {  # the letters each language's labels are written in (names and placeholders aside)
    "ar": lambda c: unicodedata.bidirectional(c) == "AL" and c not in "\u064a\u0643" or c in "\u064a\u0643",
    "fa": lambda c: unicodedata.bidirectional(c) == "AL" and c not in "\u064a\u0643",  # Persian ی and ک
    "uk": lambda c: "CYRILLIC" in unicodedata.name(c, ""),
    "ti": lambda c: "ETHIOPIC" in unicodedata.name(c, ""),
}


@pytest.mark.parametrize("key", sorted(PATRON_LABELS))
def test_every_label_is_written_in_every_slip_language(key: str) -> None:
    texts = PATRON_LABELS[key]
    assert set(LABEL_LANGUAGES) <= set(texts)
    assert all(texts[lang].strip() == texts[lang] and texts[lang] for lang in LABEL_LANGUAGES)
    assert _is_arabic(texts["ar"].replace("{library}", "").replace("{date}", ""))
    for lang, in_script in SCRIPTS.items():
        letters = [c for c in re.sub(r"\{\w+\}", "", texts[lang]) if c.isalpha()]
        assert letters and all(in_script(c) for c in letters), (lang, texts[lang])
    # A placeholder is in every language or none.
    assert len({frozenset(re.findall(r"\{\w+\}", texts[lang])) for lang in LABEL_LANGUAGES}) == 1


def test_every_outcome_has_a_headline_and_the_slip_has_its_labels() -> None:
    assert set(OUTCOME_HEADLINES) == set(Outcome)
    needed = {
        "slip_title_referral", "slip_title_booking", "your_errand", "what_we_agreed", "where_to_go", "phone", "web",
        "chat", "email", "address", "hours", "languages", "bring", "booked_time", "guidance", "keep_slip",
        "given_by", "scan_code", "times_drop_in", "times_booking", "times_remote", "times_how_to_book",
    }  # fmt: skip
    assert "unverified" not in PATRON_LABELS  # unchecked details are left off the slip, not excused on it
    assert needed | set(OUTCOME_HEADLINES.values()) <= set(PATRON_LABELS)
    assert patron_label("slip_title_referral", "sv") == "Hänvisning"
    assert patron_label("slip_title_booking", "en") == "Digital guidance"
    assert patron_label("given_by", "sv").format(library="Stadsbiblioteket", date="1 december 2026") == (
        "Från Stadsbiblioteket, 1 december 2026"
    )


def test_a_language_without_a_label_falls_back_to_english_then_swedish(monkeypatch: pytest.MonkeyPatch) -> None:
    assert patron_label("phone", "de") == "Phone"
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


def test_arabic_phrasing_alone_does_not_make_an_arabic_slip(arabic_pack) -> None:
    # Only the default "referred" phrasing has Arabic: an Arabic slip would keep the errand's title, the actor and
    # the bring-list in Swedish, so Arabic is not offered at all.
    pack = arabic_pack
    referred = triage(pack, pack.case_types["tax-return"], Answers(Verdict.NO))
    assert referred.outcome is Outcome.REFERRED
    assert patron_languages(pack, referred) == ("sv", "en")
    helped = triage(pack, pack.case_types["print-document"], Answers(Verdict.YES))
    assert patron_languages(pack, helped) == ("sv", "en")


def test_declared_languages_are_offered_where_the_slip_has_every_text(languages_pack) -> None:
    pack = languages_pack
    referred = triage(pack, pack.case_types["tax-return"], Answers(Verdict.NO))
    assert patron_languages(pack, referred) == ("sv", "en", "ar", "fa", "uk", "so", "ti")  # the pack's order
    # Försäkringskassan has no Arabic name, the partly-referred phrasing no Somali.
    partly = triage(pack, pack.case_types["parental-benefit"], Answers(Verdict.PARTLY))
    assert patron_languages(pack, partly) == ("sv", "en", "fa", "uk", "ti")


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


def test_contact_details_and_what_nobody_has_checked(small_pack) -> None:
    tax = patron_sheet(triage(small_pack, small_pack.case_types["tax-return"], Answers(Verdict.NO)), small_pack, "en")
    (agency,) = tax.actors
    # Never verified: the details are printed all the same, and staff are told which nobody has checked.
    assert (agency.name, agency.phone) == ("Swedish Tax Agency", "0771-567 567")
    assert agency.web == "https://www.skatteverket.se"
    assert agency.unchecked == ("web", "phone") and agency.has_contacts
    assert tax.unchecked == (("Skatteverket", ("web", "phone")),)
    result = triage(small_pack, small_pack.case_types["parental-benefit"], Answers(Verdict.NO))
    (fk,) = patron_sheet(result, small_pack, "en").actors
    assert fk.languages == ("sv", "en", "ar") and fk.unchecked == () and fk.has_contacts
    assert fk.web == "https://www.forsakringskassan.se"


def test_a_booked_sheet(small_pack) -> None:
    case = small_pack.case_types["parental-benefit"]
    result = triage(small_pack, case, Answers(Verdict.PARTLY, time=Enough.NO))
    sheet = patron_sheet(result, small_pack, "en")
    assert sheet.outcome is Outcome.BOOKED
    assert sheet.headline == "We are booking you a digital guidance session"
    assert sheet.said == "Let's book a digital guidance session."
    assert sheet.actors == () and sheet.bring == ()


def test_a_sheet_in_a_language_the_slip_lacks_texts_in_is_english_as_a_whole(arabic_pack) -> None:
    pack = arabic_pack
    sheet = patron_sheet(triage(pack, pack.case_types["tax-return"], Answers(Verdict.NO)), pack, "ar")
    assert sheet.language == "en" and not sheet.rtl
    assert sheet.said == "We can't help with this here, but I'll show you where to turn."
    assert sheet.case_title == "File a tax return" and sheet.actors[0].name == "Swedish Tax Agency"


def test_an_arabic_sheet_is_arabic_throughout(languages_pack) -> None:
    pack = languages_pack
    sheet = patron_sheet(triage(pack, pack.case_types["tax-return"], Answers(Verdict.NO)), pack, "ar")
    assert sheet.rtl and sheet.language == "ar"
    assert sheet.said == ARABIC_REFERRED
    assert sheet.headline == PATRON_LABELS["headline_referred"]["ar"]
    assert sheet.case_title == "تقديم الإقرار الضريبي"
    assert sheet.actors[0].name == "Skatteverket (مصلحة الضرائب)" and _is_arabic(sheet.actors[0].helps_with)
    assert sheet.bring == ("الهوية الإلكترونية (BankID)",)


@pytest.mark.parametrize("language", ["ar", "fa", "uk", "so", "ti"])
def test_a_helped_here_sheet_carries_the_steps_of_the_card_in_the_patrons_language(languages_pack, language) -> None:
    pack = languages_pack
    sheet = patron_sheet(triage(pack, pack.case_types["print-document"], Answers(Verdict.YES)), pack, language)
    card = pack.cards["card-printing"]
    assert sheet.outcome is Outcome.HELPED_HERE and sheet.language == language
    assert sheet.card_title == card.title.translations[language]
    assert sheet.steps == tuple(step.translations[language] for step in card.steps) and len(sheet.steps) == 2
    assert is_rtl(language) == sheet.rtl == (language in ("ar", "fa"))


def test_only_a_helped_here_sheet_carries_the_card(languages_pack) -> None:
    pack = languages_pack
    colleague = triage(pack, pack.case_types["talking-books"], Answers(Verdict.YES, Competence.COLLEAGUE))
    sheet = patron_sheet(colleague, pack, "ar")
    assert sheet.card_title is None and sheet.steps == ()
    # The role is staff's word: in the patron's language where the pack has it, with the Swedish to show at the desk.
    assert sheet.colleague == "مسؤول الكتب المسموعة (Talboksansvarig)"
    assert patron_sheet(colleague, pack, "fa").colleague == "Talboksansvarig"
    assert patron_sheet(colleague, pack, "en").colleague == "Talking-book coordinator"


def test_a_language_without_slip_labels_is_not_offered(languages_pack) -> None:
    # German texts under English labels would be a mixed slip: a language is offered only with its labels.
    import dataclasses

    from deskhelp.core.guidelines import PackLanguage, Text
    from deskhelp.core.patron_languages import slip_texts

    def with_german(text: Text) -> Text:
        return Text({**text.translations, "de": "Deutsch"})

    pack = languages_pack
    case, bring = pack.case_types["tax-return"], pack.resources["e-identification"]
    german = dataclasses.replace(
        pack,
        languages=(*pack.languages, PackLanguage("de", "Deutsch")),
        case_types={**pack.case_types, case.id: dataclasses.replace(case, title=with_german(case.title))},
        resources={**pack.resources, bring.id: dataclasses.replace(bring, title=with_german(bring.title))},
    )
    result = triage(german, german.case_types["tax-return"], Answers(Verdict.NO))
    actors = tuple(
        dataclasses.replace(a, name=with_german(a.name), helps_with=with_german(a.helps_with)) for a in result.actors
    )
    result = dataclasses.replace(result, phrasing=with_german(result.phrasing), actors=actors)
    assert all(text.translations.get("de") for text in slip_texts(german, result))  # every text, but no labels
    assert "de" not in patron_languages(german, result)
    assert patron_sheet(result, german, "de").language == "en"
