"""Slips in the patron's language, read back from the real PDF: Arabic, Persian, Ukrainian, Somali and Tigrinya, each
whole (no Swedish errand title, actor or label on it), drawn with the fonts DeskHelp brings (not the PC's), with the
card's steps on a "helped here" slip and the times in the slip's language or in English as a whole.

Rendered pages go to tests/.artifacts/screenshots/slip-lang-*.png for people to look at."""

from __future__ import annotations

import datetime
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from deskhelp.core.branch_times import patron_guidance
from deskhelp.core.guidelines import Outcome, Verdict
from deskhelp.core.patron_text import PATRON_LABELS, patron_sheet
from deskhelp.core.triage import Answers, Enough, triage
from deskhelp.printing.fonts import SCRIPT_FAMILIES, load_bundled_fonts
from deskhelp.printing.slip import SlipContext, can_render, save_slip_pdf, slip_font

CONTEXT = SlipContext("Stadsbiblioteket", datetime.date(2026, 12, 1))
LANGUAGES = ("ar", "fa", "uk", "so", "ti")
SWEDISH_ON_A_SLIP = ("Hänvisning", "Ditt ärende", "Det här", "Hit kan du", "Deklarera", "Skriva ut", "Fotografera")
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None, reason="poppler-utils not installed"
)


def _save(sheet, tmp_path: Path, artifacts: Path, name: str, context: SlipContext = CONTEXT) -> Path:
    pdf = tmp_path / f"{name}.pdf"
    save_slip_pdf(sheet, context, pdf)
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(artifacts / f"slip-lang-{name}")], check=True)
    return pdf


def _text(pdf: Path) -> str:
    raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = "".join(c for c in unicodedata.normalize("NFKC", raw) if unicodedata.category(c) != "Cf")
    return " ".join(text.split())


def _words(text: str) -> list[str]:
    """The words of a text as pdftotext gives them back (right-to-left words may come in another order)."""
    folded = "".join(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c) != "Cf")
    return [w for w in re.split(r"[\s،,.።፣()«»:]+", folded) if w]


def _fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout


def test_the_bundled_fonts_draw_every_script_of_the_slip_languages(qapp) -> None:
    assert {"Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic"} <= set(load_bundled_fonts())
    for language in LANGUAGES:
        assert can_render(PATRON_LABELS["keep_slip"][language]), language
        assert slip_font(language).families()[0] == SCRIPT_FAMILIES.get(language, "Segoe UI")


@needs_poppler
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_referral_slip_is_in_the_patrons_language_throughout(
    qapp, tmp_path: Path, artifacts: Path, languages_pack, language: str
) -> None:
    pack = languages_pack
    sheet = patron_sheet(triage(pack, pack.case_types["tax-return"], Answers(Verdict.NO)), pack, language)
    assert sheet.language == language
    pdf = _save(sheet, tmp_path, artifacts, f"{language}-referral")
    text = _text(pdf)
    for expected in (
        pack.case_types["tax-return"].title.translations[language],
        pack.actors["skatteverket"].helps_with.translations[language],
        PATRON_LABELS["slip_title_referral"][language],
        PATRON_LABELS["bring"][language],
    ):
        missing = [word for word in _words(expected) if word not in text]
        assert not missing, (expected, missing)
    assert not [swedish for swedish in SWEDISH_ON_A_SLIP if swedish in text]
    assert "www.skatteverket.se" in text and "0771-567 567" in text  # unchecked: printed; staff are told
    fonts = _fonts(pdf)
    if language in SCRIPT_FAMILIES:  # drawn with the bundled face, whatever the PC has
        assert SCRIPT_FAMILIES[language].replace(" ", "") + "-Regular" in fonts
    assert " no  " not in fonts.replace("yes no", "")  # every font embedded


@needs_poppler
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_helped_here_slip_carries_the_cards_steps(
    qapp, tmp_path: Path, artifacts: Path, languages_pack, language: str
) -> None:
    pack = languages_pack
    sheet = patron_sheet(triage(pack, pack.case_types["print-document"], Answers(Verdict.YES)), pack, language)
    assert sheet.outcome is Outcome.HELPED_HERE
    text = _text(_save(sheet, tmp_path, artifacts, f"{language}-helped-here"))
    card = pack.cards["card-printing"]
    for expected in (card.title.translations[language], *(step.translations[language] for step in card.steps)):
        missing = [word for word in _words(expected) if word not in text]
        assert not missing, (expected, missing)
    assert all(f"{n}." in text or f".{n}" in text for n in (1, 2))  # numbered (the dot on the left, right to left)
    assert not [swedish for swedish in SWEDISH_ON_A_SLIP if swedish in text]


@needs_poppler
def test_a_swedish_helped_here_slip_carries_the_steps_too(qapp, tmp_path: Path, artifacts: Path, small_pack) -> None:
    sheet = patron_sheet(
        triage(small_pack, small_pack.case_types["print-document"], Answers(Verdict.YES)), small_pack, "sv"
    )
    text = _text(_save(sheet, tmp_path, artifacts, "sv-helped-here"))
    assert "Skriva ut 1. Välj Skriv ut i menyn." in text


@needs_poppler
@pytest.mark.parametrize(
    ("language", "times_in", "expected", "not_expected"),
    [
        ("ar", "ar", "أيام الثلاثاء", "Tuesdays"),  # the pack's times have Arabic
        ("fa", "en", "Tuesdays 1–3 pm", "Tisdagar"),  # no Persian: English as a whole, label and text
        ("en", "en", "Tuesdays 1–3 pm", "Tisdagar"),  # an English slip no longer prints the Swedish times
        ("sv", "sv", "Tisdagar 13–15", "Tuesdays"),
    ],
)
def test_a_booking_slip_prints_the_times_in_its_language_or_english_as_a_whole(
    qapp, tmp_path, artifacts, languages_pack, language, times_in, expected, not_expected
) -> None:
    pack = languages_pack
    result = triage(pack, pack.case_types["tax-return"], Answers(Verdict.YES, time=Enough.NO))
    assert result.outcome is Outcome.BOOKED
    sheet = patron_sheet(result, pack, language)
    guidance, spoken = patron_guidance(pack, "Centrum", None, language)
    assert spoken == times_in
    context = SlipContext("Stadsbiblioteket", CONTEXT.given_on, guidance=guidance, guidance_language=spoken)
    text = _text(_save(sheet, tmp_path, artifacts, f"{language}-booking", context))
    assert all(word in text for word in _words(expected)) and not_expected not in text
    assert all(word in text for word in _words(PATRON_LABELS["guidance"][times_in]))
    assert all(word in text for word in _words(PATRON_LABELS["times_how_to_book"][times_in]))
    assert all(word in text for word in _words(PATRON_LABELS["booked_time"][language]))


@pytest.mark.parametrize("language", LANGUAGES)
def test_persian_runs_right_to_left_like_arabic_and_the_others_left_to_right(
    qapp, languages_pack, language: str
) -> None:
    from PySide6.QtCore import Qt

    from deskhelp.printing.slip import slip_document

    pack = languages_pack
    sheet = patron_sheet(triage(pack, pack.case_types["tax-return"], Answers(Verdict.NO)), pack, language)
    document = slip_document(sheet, CONTEXT)
    directions = {}
    block = document.firstBlock()
    while block.isValid():
        directions[block.text()] = block.textDirection()
        block = block.next()
    rtl = Qt.LayoutDirection.RightToLeft if language in ("ar", "fa") else Qt.LayoutDirection.LeftToRight
    assert sheet.rtl == (language in ("ar", "fa"))
    assert directions[PATRON_LABELS["slip_title_referral"][language]] == rtl
    assert directions[sheet.said] == rtl
    assert directions[pack.actors["skatteverket"].name.translations[language]] == rtl  # "Skatteverket (…)"
    assert directions["www.skatteverket.se"] == Qt.LayoutDirection.LeftToRight
