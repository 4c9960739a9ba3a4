"""Issue 17: a referral slip never spills only its checklist onto a second sheet, and an unchecked
detail is left off every card alike. Every referral slip of the pack DeskHelp ships is saved and read back."""

from __future__ import annotations

import datetime
import re
import shutil
import subprocess
from html import escape
from pathlib import Path

import pytest

from deskhelp.content.pack_file import read_pack_file
from deskhelp.core.guidelines import Verdict
from deskhelp.core.patron_text import patron_sheet
from deskhelp.core.triage import Answers, triage
from deskhelp.printing.slip import SlipContext, save_slip_pdf, slip_html, web_for_reading

ROOT = Path(__file__).resolve().parents[2]
PACK = read_pack_file(ROOT / "resources" / "packs" / "default.yaml").pack
CONTEXT = SlipContext("Stadsbiblioteket", datetime.date(2026, 12, 1))
REFERRALS = sorted(cid for cid, case in PACK.case_types.items() if case.actors)

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def _page_texts(pdf: Path) -> list[str]:
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf.read_bytes()))
    texts = []
    for page in range(1, pages + 1):
        args = ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"]
        texts.append(" ".join(subprocess.run(args, capture_output=True, text=True, check=True).stdout.split()))
    return texts


@needs_poppler
@pytest.mark.parametrize("case_id", REFERRALS)
def test_a_referral_slips_last_page_is_never_only_the_checklist(qapp, tmp_path: Path, case_id: str) -> None:
    sheet = patron_sheet(triage(PACK, PACK.case_types[case_id], Answers(Verdict.PARTLY)), PACK, "sv")
    pdf = tmp_path / "slip.pdf"
    save_slip_pdf(sheet, CONTEXT, pdf)
    pages = _page_texts(pdf)
    if len(pages) > 1:
        last = pages[-1]
        assert any(" ".join(actor.name.split()) in last for actor in sheet.actors), (case_id, last[:200])


@needs_poppler
def test_a_slip_a_few_lines_too_long_is_set_smaller_onto_one_page(qapp, tmp_path: Path) -> None:
    # Was two pages, the second holding only "Det här behöver du" and the footer.
    sheet = patron_sheet(triage(PACK, PACK.case_types["forsakringskassan"], Answers(Verdict.PARTLY)), PACK, "sv")
    pdf = tmp_path / "slip.pdf"
    save_slip_pdf(sheet, CONTEXT, pdf)
    [page] = _page_texts(pdf)
    assert "Det här behöver du" in page and "Från Stadsbiblioteket" in page


@pytest.mark.parametrize("case_id", REFERRALS)
def test_every_detail_is_printed_without_excuses_and_staff_are_told_which_are_unchecked(qapp, case_id: str) -> None:
    """The patron cannot check a detail, so the slip carries no stars or excuses; staff are told in the slip dialog
    which details nobody has checked, to look them up or cross them out before handing the slip over."""
    result = triage(PACK, PACK.case_types[case_id], Answers(Verdict.NO))
    sheet = patron_sheet(result, PACK, "sv")
    html = slip_html(sheet, CONTEXT)
    for actor, printed in zip(result.actors, sheet.actors, strict=True):
        for field in ("phone", "web", "email", "chat", "address"):
            value = getattr(actor.contacts, field)
            if not value:
                continue
            shown = web_for_reading(value) if field == "web" else value
            assert (field in printed.unchecked) == actor.is_unverified(field), (actor.id, field)
            assert f">{escape(shown)}</p>" in html, (actor.id, field)
    assert " *</p>" not in html and "kontrollerade" not in html
