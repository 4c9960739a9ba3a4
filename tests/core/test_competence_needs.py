"""Grouping the competence gaps by what the case types call for, and finding the training for each group."""

from __future__ import annotations

from dataclasses import replace

import pytest

from deskhelp import paths
from deskhelp.content.pack_file import read_pack_file
from deskhelp.core.competence import TrainingLink
from deskhelp.core.competence_needs import NOT_TAGGED, competence_needs, row_label, training_text


@pytest.fixture(scope="module")
def pack():
    return read_pack_file(paths.bundled_pack_path()).pack


GAPS = [("email-create", 3, 1), ("email-attachment", 0, 2), ("bankid", 5, 0), ("other", 1, 1), ("gone-type", 2, 0)]
NEEDLESS = {"email-create": 2, "bankid": 4}


def test_grouped_by_service_most_first_with_needless_referrals(pack) -> None:
    rows = competence_needs(pack, GAPS, NEEDLESS, by="service")
    assert [(r.key, r.total, r.unneeded) for r in rows] == [
        ("email", 6, 2),
        ("municipal-eservices", 5, 4),
        (NOT_TAGGED, 4, 0),  # the built-in "other" and a case type no longer in the pack
    ]
    assert rows[0].case_types == ("email-create", "email-attachment")  # most cases first
    assert row_label(rows[2], "service", "sv") == "Utanför basnivån"


def test_grouped_by_framework_with_the_highest_level_called_for(pack) -> None:
    rows = {r.key: r for r in competence_needs(pack, GAPS, NEEDLESS, by="framework")}
    assert rows["2.1"].total == 6 and rows["2.1"].level == 2
    assert rows["4.2"].level == 3
    assert row_label(rows["4.2"], "framework", "en") == "4.2 Protecting personal data and privacy (level 3)"


def test_training_matches_area_competence_service_and_case_type(pack) -> None:
    links = (
        TrainingLink("Area 4", "https://x.se/a", framework=("4",)),
        TrainingLink("Competence 2.1", "https://x.se/b", framework=("2.1",)),
        TrainingLink("E-mail", "https://x.se/c", base_services=("email",)),
        TrainingLink("BankID", "https://x.se/d", case_types=("bankid",)),
    )
    pack = replace(pack, training=links)
    rows = {r.key: r for r in competence_needs(pack, GAPS, NEEDLESS, by="pair")}
    bankid = rows["municipal-eservices|4.2"]
    assert [link.title for link in bankid.links] == ["Area 4", "BankID"]
    email = rows["email|2.1"]
    assert [link.title for link in email.links] == ["Competence 2.1", "E-mail"]
    assert training_text(pack, email, "sv", urls=False) == "Competence 2.1; E-mail"
    printer = competence_needs(pack, [("copy-documents", 1, 0)], {}, by="service")[0]
    assert printer.cards == ("card-copier-printer",)  # the base-level service's own card
    assert training_text(pack, printer, "sv").startswith("Kort: ")
