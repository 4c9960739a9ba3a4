"""Issue 13's question inventory in the domain: why a case chafed, and the errand not in the guidelines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from deskhelp.content.pack_file import PackError, read_pack_file
from deskhelp.core.cases import REFLECTION_MAX_CHARS, CaseDetails, CaseRecord, CaseRefused
from deskhelp.core.inventory import ChafingReason, reasons_in_order
from deskhelp.core.other_errand import DESCRIPTION_MAX_CHARS, OTHER_ID, guided_case_types
from deskhelp.core.triage import default_answers, triage

WHEN = dt.datetime(2026, 12, 1, 10, 30)


def _record(pack, case_type_id: str, details: CaseDetails) -> CaseRecord:
    case = pack.case_types[case_type_id]
    return CaseRecord.from_triage(triage(pack, case, default_answers(case)), details, WHEN, "Husby", "disk-1")


def test_every_pack_gets_the_errand_not_in_the_guidelines_last(small_pack) -> None:
    other = small_pack.case_types[OTHER_ID]
    assert list(small_pack.case_types)[-1] == OTHER_ID
    assert not other.in_guidelines and other.actors == () and other.resources == ()
    assert other.title.get("sv") == "Annat ärende - finns inte i riktlinjerna"
    assert other.title.get("en") == "Other errand - not in the guidelines"
    assert small_pack.areas[other.area].title.get("sv") == "Övrigt"
    assert OTHER_ID not in [c.id for c in guided_case_types(small_pack)]


@pytest.mark.parametrize("where", ["case type", "area"])
def test_a_pack_may_not_define_the_reserved_id(small_pack_path: Path, tmp_path: Path, where: str) -> None:
    text = small_pack_path.read_text(encoding="utf-8")
    old = "  - id: print-document" if where == "case type" else "  - id: printing"
    path = tmp_path / "own-other.yaml"
    path.write_text(text.replace(old, "  - id: other", 1), encoding="utf-8")
    with pytest.raises(PackError) as caught:
        read_pack_file(path)
    assert "'other' is reserved for errands not in the guidelines" in str(caught.value)


@pytest.mark.parametrize(
    ("description", "refused"),
    [
        ("", "needs a short description"),
        ("   ", "needs a short description"),
        ("Fullmakt åt 19811218-9876", "personal data"),
        ("Mejla anna.svensson@example.se om fullmakt", "personal data"),
        ("x" * (DESCRIPTION_MAX_CHARS + 1), f"at most {DESCRIPTION_MAX_CHARS}"),
        ("Fullmakt för en anhörig i vården", None),
        ("x" * DESCRIPTION_MAX_CHARS, None),
    ],
)
def test_the_errand_not_in_the_guidelines_needs_a_clean_description(small_pack, description, refused) -> None:
    if refused is None:
        record = _record(small_pack, OTHER_ID, CaseDetails(description=description))
        assert record.details.description == description
        return
    with pytest.raises(CaseRefused, match=refused):
        _record(small_pack, OTHER_ID, CaseDetails(description=description))


def test_a_case_of_the_guidelines_takes_no_description(small_pack) -> None:
    with pytest.raises(CaseRefused, match="only an errand not in the guidelines"):
        _record(small_pack, "print-document", CaseDetails(description="Skriva ut"))


@pytest.mark.parametrize(
    ("reasons", "chafing", "expected_flag"),
    [
        (frozenset(), False, False),
        (frozenset(), True, True),  # as before issue 13: the flag without a reason
        (frozenset({ChafingReason.LEGAL}), False, True),  # any reason means it chafed
        (frozenset(ChafingReason), False, True),
        (frozenset({"ethical", "time"}), True, True),  # plain values, as from a form
    ],
)
def test_any_reason_means_the_case_chafed(reasons, chafing, expected_flag) -> None:
    details = CaseDetails(chafing=chafing, reasons=reasons)
    assert details.chafing is expected_flag
    assert all(isinstance(r, ChafingReason) for r in details.reasons)


def test_an_unknown_reason_is_refused() -> None:
    with pytest.raises(ValueError, match="'fear' is not a valid ChafingReason"):
        CaseDetails(reasons=frozenset({"fear"}))


def test_reasons_keep_the_enums_order() -> None:
    assert reasons_in_order({ChafingReason.OTHER, ChafingReason.INTEGRITY, ChafingReason.TIME}) == (
        ChafingReason.INTEGRITY,
        ChafingReason.TIME,
        ChafingReason.OTHER,
    )
    assert [r.value for r in ChafingReason] == ["integrity", "legal", "ethical", "technical", "time", "other"]


def test_the_seeds_example_reflection_fits() -> None:
    """Seed 001's own example reflection is 685 characters; the limit was 500, it is now at least 1,000."""
    assert REFLECTION_MAX_CHARS >= 1000
    CaseDetails(chafing=True, reflection="Skavde. " * 125)  # 1,000 characters
    with pytest.raises(CaseRefused, match=f"at most {REFLECTION_MAX_CHARS}"):
        CaseDetails(reflection="x" * (REFLECTION_MAX_CHARS + 1))


@pytest.mark.parametrize(("language", "title"), [("sv", "Ditt ärende"), ("en", "Your errand"), ("ar", "موضوع طلبك")])
def test_the_patron_never_reads_not_in_the_guidelines(languages_pack, language: str, title: str) -> None:
    from deskhelp.core.patron_text import patron_sheet

    other = languages_pack.case_types[OTHER_ID]
    sheet = patron_sheet(triage(languages_pack, other, default_answers(other)), languages_pack, language)
    assert sheet.language == language and sheet.case_title == title
