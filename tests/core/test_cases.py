"""The case record refuses what it must never hold, whichever path builds it (window, command line, demo)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from deskhelp.core.cases import CaseDetails, CaseRecord, CaseRefused
from deskhelp.core.demo import generate_demo_cases
from deskhelp.core.triage import default_answers, triage


@pytest.fixture
def record(small_pack) -> CaseRecord:
    case = small_pack.case_types["print-bank-statement"]
    result = triage(small_pack, case, default_answers(case))
    return CaseRecord.from_triage(result, CaseDetails(), dt.datetime(2026, 3, 2, 14, 37), "Norr", "Informationsdisken")


@pytest.mark.parametrize("field", ["branch", "desk"])
@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("Anna Svensson 070-1234567", "contains personal data (phone)"),
        ("anna.svensson@example.se", "contains personal data (email)"),
        ("Disk 81-12-18-9876", "contains personal data (personal_number)"),
        ("x" * 61, "is 61 characters long"),
        ("Disk\n2", "contains control or invisible characters"),
        ("", "is empty"),
        ("   ", "is empty"),
    ],
)
def test_a_branch_or_desk_name_that_must_not_be_stored_is_refused(
    record: CaseRecord, field: str, name: str, why: str
) -> None:
    with pytest.raises(CaseRefused, match=re.escape(f"the {field} name {why}")) as refused:
        dataclasses.replace(record, **{field: name})
    if name.strip():
        assert name not in str(refused.value)


def test_ordinary_names_are_stored(record: CaseRecord) -> None:
    assert (
        dataclasses.replace(record, branch="Hammarkullens bibliotek", desk="Disk 2 (plan 3)").desk == "Disk 2 (plan 3)"
    )


def test_demo_cases_with_such_a_name_are_refused(small_pack) -> None:
    with pytest.raises(CaseRefused, match="the desk name contains personal data"):
        list(generate_demo_cases(small_pack, 5, dt.date(2026, 3, 2), desks=("Anna 070-123 45 67",)))
