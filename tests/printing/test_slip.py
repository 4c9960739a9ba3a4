"""The slip a library hands out, saved as PDF: its text, its QR codes, Arabic, long texts, and a folder that is gone.

Rendered pages go to tests/.artifacts/screenshots/slip-*.png for people to look at.
"""

from __future__ import annotations

import dataclasses
import datetime
import math
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter

from deskhelp.content.pack_file import read_pack_file
from deskhelp.core.guidelines import Outcome, Verdict
from deskhelp.core.patron_text import PATRON_LABELS, PatronSheet, patron_sheet
from deskhelp.core.triage import Answers, Competence, Enough, triage
from deskhelp.printing.qr import qr_image
from deskhelp.printing.slip import (
    PAGE_MARGINS_MM,
    SlipContext,
    can_render,
    language_name,
    save_slip_pdf,
    slip_document,
    slip_html,
    web_for_reading,
)
from tests.conftest import ARABIC_REFERRED

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PACK = ROOT / "resources" / "packs" / "default.yaml"
CONTEXT = SlipContext("Stadsbiblioteket", datetime.date(2026, 12, 1))
GUIDANCE = "Drop-in tisdagar 13–15 i Lärcentrum. Boka en egen tid i informationsdisken eller på 08-123 456 78."

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")


@pytest.fixture(scope="module")
def default_pack():
    return read_pack_file(DEFAULT_PACK).pack


def _sheet(pack, case_id: str, answers: Answers, language: str = "sv") -> PatronSheet:
    return patron_sheet(triage(pack, pack.case_types[case_id], answers), pack, language)


def _save(sheet: PatronSheet, tmp_path: Path, artifacts: Path, name: str, context: SlipContext = CONTEXT) -> Path:
    """Save the slip, check it is a PDF, and render its pages into the artifacts folder where poppler is here."""
    pdf = tmp_path / f"{name}.pdf"
    save_slip_pdf(sheet, context, pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftoppm"):
        for old in artifacts.glob(f"slip-{name}-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(artifacts / f"slip-{name}")], check=True)
    return pdf


def _text(pdf: Path) -> str:
    """The text on the paper, inside the margins (Qt leaves a clipped copy of a paragraph's last line of the page
    before in the top margin), with Arabic presentation forms folded to letters, direction marks dropped and spaces
    collapsed."""
    top, bottom = math.floor(PAGE_MARGINS_MM.top() * 72 / 25.4), math.ceil((297 - PAGE_MARGINS_MM.bottom()) * 72 / 25.4)
    crop = ["-r", "72", "-x", "0", "-y", str(top), "-W", "600", "-H", str(bottom - top)]
    raw = subprocess.run(["pdftotext", *crop, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = "".join(c for c in unicodedata.normalize("NFKC", raw) if unicodedata.category(c) != "Cf")
    return " ".join(text.split())


def _pages(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf.read_bytes()))


def _flat(text: str) -> str:
    return " ".join(text.split())


# --- QR codes ---


def test_the_qr_image_holds_the_code_segno_makes() -> None:
    url = "https://www.forsakringskassan.se"
    image = qr_image(url, scale=8, border=2)
    matrix = segno.make(url, error="m").matrix
    size = len(matrix)
    assert image.width() == image.height() == (size + 4) * 8
    for row in range(size):
        for col in range(size):
            pixel = QColor(image.pixel(col * 8 + 16 + 4, row * 8 + 16 + 4))
            assert (pixel.lightness() < 128) == bool(matrix[row][col]), (row, col)


# --- referral slips ---


@needs_poppler
def test_a_referral_slip_from_the_small_pack(qapp, tmp_path: Path, artifacts: Path, small_pack) -> None:
    sheet = _sheet(small_pack, "print-bank-statement", Answers(Verdict.NO))
    assert sheet.outcome is Outcome.REFERRED
    text = _text(_save(sheet, tmp_path, artifacts, "small-bank-statement-referred"))
    for expected in ("Stadsbiblioteket", "Hänvisning", "Ditt ärende", "Skriva ut kontoutdrag", _flat(sheet.said)):
        assert expected in text
    # Actors without contact details: only who they are and what they help with.
    assert "Din bank Internetbank och BankID" in text and "Socialtjänsten Försörjningsstöd" in text
    assert "Det här behöver du" in text and "E-legitimation" in text
    assert "Fotografera lappen eller spara den." in text and "Från Stadsbiblioteket, 1 december 2026" in text


@needs_poppler
@pytest.mark.parametrize(
    ("case_id", "answers", "language"),
    [
        ("forsakringskassan", Answers(Verdict.PARTLY), "sv"),
        ("migrationsverket", Answers(Verdict.PARTLY), "en"),
        ("print-bank-statement", Answers(Verdict.NO), "sv"),
        ("police-report", Answers(Verdict.YES, Competence.NO), "sv"),
    ],
)
def test_referral_slips_from_the_default_pack(
    qapp, tmp_path: Path, artifacts: Path, default_pack, case_id: str, answers: Answers, language: str
) -> None:
    sheet = _sheet(default_pack, case_id, answers, language)
    assert sheet.outcome in (Outcome.REFERRED, Outcome.PARTLY_REFERRED) and sheet.actors
    text = _text(_save(sheet, tmp_path, artifacts, f"default-{case_id}-{language}"))
    assert _flat(sheet.case_title) in text and _flat(sheet.said) in text and sheet.headline in text
    for actor in sheet.actors:
        assert _flat(actor.name) in text
        if actor.phone:
            assert actor.phone in text
        if actor.web:
            assert web_for_reading(actor.web) in text
        if actor.hours:
            assert _flat(actor.hours) in text
    scan = PATRON_LABELS["scan_code"][language]
    assert text.count(scan.split()[0]) >= sum(1 for a in sheet.actors if a.web)


@needs_poppler
def test_unchecked_details_are_printed_without_excuses(qapp, tmp_path: Path, artifacts: Path, default_pack) -> None:
    # The Government Service Centre's web address is checked but not its phone number: both are printed, nothing on
    # the slip excuses the phone number, and staff are told in the slip dialog.
    sheet = _sheet(default_pack, "forsakringskassan", Answers(Verdict.PARTLY))
    text = _text(_save(sheet, tmp_path, artifacts, "unverified"))
    assert "0771-451 000" in text and "www.statenssc.se" in text
    assert "*" not in text and "kontrollerade" not in text
    assert any("phone" in fields for _name, fields in sheet.unchecked)


@needs_poppler
def test_qr_codes_are_printed_at_least_25_mm_wide(qapp, tmp_path: Path, artifacts: Path, default_pack) -> None:
    if shutil.which("pdfimages") is None:
        pytest.skip("pdfimages not installed")
    sheet = _sheet(default_pack, "migrationsverket", Answers(Verdict.PARTLY), "en")
    pdf = _save(sheet, tmp_path, artifacts, "qr-size")
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    images = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    assert len(images) == 2  # the Migration Agency and the Government Service Centre have web addresses
    for columns in images:
        width_px, x_ppi, encoding = int(columns[3]), float(columns[12]), columns[9]
        assert width_px / x_ppi * 25.4 >= 25
        assert encoding != "jpeg"  # a lossy QR code scans worse


# --- other slips ---


@needs_poppler
def test_a_booking_slip_has_a_line_for_the_time_and_the_librarys_guidance_hours(
    qapp, tmp_path: Path, artifacts: Path, default_pack
) -> None:
    sheet = _sheet(default_pack, "forsakringskassan", Answers(Verdict.PARTLY, time=Enough.NO))
    assert sheet.outcome is Outcome.BOOKED
    context = dataclasses.replace(CONTEXT, guidance=GUIDANCE)
    text = _text(_save(sheet, tmp_path, artifacts, "booking", context))
    for expected in ("Digital handledning", sheet.headline, "Bokad tid", "_" * 20, "Drop-in och bokning", GUIDANCE):
        assert expected in text
    assert _flat(sheet.case_title) in text and "Det här behöver du" in text
    assert "Hit kan du vända dig" not in text


@needs_poppler
@pytest.mark.parametrize(
    ("case_id", "answers", "outcome"),
    [
        ("print-document", Answers(Verdict.YES), Outcome.HELPED_HERE),
        ("talking-books", Answers(Verdict.YES, Competence.COLLEAGUE), Outcome.COLLEAGUE),
    ],
)
def test_a_slip_for_help_here_or_from_a_colleague(
    qapp, tmp_path: Path, artifacts: Path, small_pack, case_id: str, answers: Answers, outcome: Outcome
) -> None:
    sheet = _sheet(small_pack, case_id, answers)
    assert sheet.outcome is outcome
    text = _text(_save(sheet, tmp_path, artifacts, f"small-{outcome.value}"))
    assert "Att komma ihåg" in text and sheet.headline in text and sheet.said in text
    role = small_pack.case_types[case_id].colleague_role
    if outcome is Outcome.COLLEAGUE and role:
        assert sheet.colleague == role.get("sv")
        assert f"Fråga efter {sheet.colleague}" in text


@needs_poppler
def test_a_local_service_without_details_gets_a_line_to_write_them_on(
    qapp, tmp_path: Path, artifacts: Path, small_pack
) -> None:
    sheet = _sheet(small_pack, "print-bank-statement", Answers(Verdict.PARTLY))
    local = [actor for actor in sheet.actors if actor.fill_in_locally and not actor.has_contacts]
    assert local, "the small pack's bank and social services are templates without details"
    text = _text(_save(sheet, tmp_path, artifacts, "small-local-actors"))
    assert text.count("Kontakt ____") == len(local)


@needs_poppler
def test_an_arabic_slip(qapp, tmp_path: Path, artifacts: Path, languages_pack) -> None:
    sheet = _sheet(languages_pack, "tax-return", Answers(Verdict.NO), "ar")
    assert sheet.rtl and sheet.said == ARABIC_REFERRED
    text = _text(_save(sheet, tmp_path, artifacts, "arabic"))
    words = re.findall(r"[\u0600-\u06ff]+", ARABIC_REFERRED.replace("،", " "))
    assert all(word in text for word in words), [w for w in words if w not in text]
    assert "إحالة" in text and "www.skatteverket.se" in text
    assert "0771-567 567" in text  # not checked, printed all the same (staff are told)


def test_an_arabic_slip_runs_right_to_left_but_keeps_addresses_left_to_right(qapp, languages_pack) -> None:
    document = slip_document(_sheet(languages_pack, "tax-return", Answers(Verdict.NO), "ar"), CONTEXT)
    directions = {}
    block = document.firstBlock()
    while block.isValid():
        directions[block.text()] = block.textDirection()
        block = block.next()
    assert directions[ARABIC_REFERRED] == Qt.LayoutDirection.RightToLeft
    assert directions["إحالة"] == Qt.LayoutDirection.RightToLeft
    # A name kept as it is, with its translation in brackets, reads in the slip's direction.
    assert directions["Skatteverket (مصلحة الضرائب)"] == Qt.LayoutDirection.RightToLeft
    assert directions["www.skatteverket.se"] == Qt.LayoutDirection.LeftToRight
    assert directions["Stadsbiblioteket"] == Qt.LayoutDirection.LeftToRight


# --- long texts, failures, privacy ---


@needs_poppler
@pytest.mark.parametrize(
    "length", [3500, 4000]
)  # 3,000 fits one page in smaller type (the small pack's unchecked details are left off); 4,000: the most a text has
def test_a_long_phrasing_wraps_onto_a_second_page(
    qapp, tmp_path: Path, artifacts: Path, small_pack, length: int
) -> None:
    sentence = "Det här är en lång förklaring som måste brytas över flera rader och sidor utan att något klipps. "
    said = (sentence * (length // len(sentence) + 1))[: length - 9].rsplit(" ", 1)[0] + " Slutord."
    assert length - 100 < len(said) <= length
    sheet = dataclasses.replace(_sheet(small_pack, "tax-return", Answers(Verdict.NO)), said=said)
    pdf = _save(sheet, tmp_path, artifacts, f"long-phrasing-{length}")
    assert _pages(pdf) >= 2
    text = _text(pdf)
    assert _flat(said) in text and "Skatteverket" in text and "Från Stadsbiblioteket" in text


def test_saving_into_a_folder_that_does_not_exist_names_the_path(qapp, tmp_path: Path, small_pack) -> None:
    target = tmp_path / "no-such-folder" / "slip.pdf"
    with pytest.raises(OSError, match=re.escape(str(target))):
        save_slip_pdf(_sheet(small_pack, "tax-return", Answers(Verdict.NO)), CONTEXT, target)
    assert not target.parent.exists()


def test_saving_onto_a_folder_names_the_path(qapp, tmp_path: Path, small_pack) -> None:
    with pytest.raises(OSError, match=re.escape(str(tmp_path))):
        save_slip_pdf(_sheet(small_pack, "tax-return", Answers(Verdict.NO)), CONTEXT, tmp_path)


def test_printing_uses_the_printer_it_is_given(qapp, tmp_path: Path, small_pack) -> None:
    from deskhelp.printing.slip import print_slip

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_slip(_sheet(small_pack, "tax-return", Answers(Verdict.NO)), CONTEXT, printer)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_the_slip_says_nothing_meant_for_staff(qapp, default_pack) -> None:
    for case_id in ("print-bank-statement", "forsakringskassan", "migrationsverket"):
        case = default_pack.case_types[case_id]
        for answers in (Answers(Verdict.NO), Answers(Verdict.PARTLY), Answers(Verdict.YES, time=Enough.NO)):
            html = slip_html(_sheet(default_pack, case_id, answers), CONTEXT)
            staff_only = [case.we_do, case.competence, case.we_dont, case.reason, case.sensitivity]
            staff_only += list(default_pack.closing_checklist)
            for text in filter(None, staff_only):
                assert text.get("sv")[:40] not in html


def test_languages_are_named_in_their_own_words(qapp) -> None:
    assert language_name("sv") == "svenska" and language_name("en") == "English"
    assert language_name("so") == "Soomaali"
    arabic = "العربية"
    assert language_name("ar") == (arabic if can_render(arabic) else "Arabic")  # its own name where it can be drawn
    assert language_name("ti") in ("ትግርኛ", "Tigrinya")  # its own name where a font here can draw it
