"""The readable guidelines' document model and its HTML, from the small test pack."""

from __future__ import annotations

import dataclasses
import datetime as dt
from html.parser import HTMLParser

import pytest

from deskhelp.core.guidelines import Text
from deskhelp.core.other_errand import OTHER_ID, with_other
from deskhelp.reports.guideline_document import UnknownActor, guideline_document
from deskhelp.reports.guideline_html import guideline_html

TODAY = dt.date(2026, 12, 2)


def test_every_case_type_is_a_row_under_its_area_in_the_packs_order(small_pack) -> None:
    document = guideline_document(with_other(small_pack), "sv", today=TODAY)
    assert [s.id for s in document.sections] == [
        a for a in small_pack.areas if any(c.area == a and c.id != OTHER_ID for c in small_pack.case_types.values())
    ]
    rows = {row.id: (section.id, row) for section in document.sections for row in section.rows}
    assert OTHER_ID not in rows  # the errand not in the guidelines is no guideline
    assert set(rows) == set(small_pack.case_types) - {OTHER_ID}
    for case_type in small_pack.case_types.values():
        if case_type.id == OTHER_ID:
            continue
        area, row = rows[case_type.id]
        assert area == case_type.area
        assert row.title == case_type.title.get("sv")
        assert row.we_do == case_type.we_do.get("sv").strip()
        assert [r.id for r in row.referrals] == list(case_type.actors)
    assert document.printed == "Utskrivet 2026-12-02"
    assert small_pack.info.version in document.meta


def test_an_actor_extract_and_an_unknown_actor(small_pack) -> None:
    actor_id = next(a for c in small_pack.case_types.values() for a in c.actors)
    document = guideline_document(small_pack, "en", actor_id=actor_id, today=TODAY)
    expected = {c.id for c in small_pack.case_types.values() if actor_id in c.actors}
    assert {row.id for s in document.sections for row in s.rows} == expected
    assert document.actor is not None and document.actor.id == actor_id and document.cards == ()
    with pytest.raises(UnknownActor, match="no actor 'nobody'"):
        guideline_document(small_pack, "sv", actor_id="nobody")
    with pytest.raises(ValueError, match="sv or en"):
        guideline_document(small_pack, "ar")


def test_the_html_escapes_what_the_pack_says(small_pack) -> None:
    case_type = next(iter(small_pack.case_types.values()))
    hostile = '<script>alert(1)</script> & "quotes"'
    changed = dataclasses.replace(case_type, title=Text({"sv": hostile, "en": hostile}))
    pack = dataclasses.replace(small_pack, case_types={**small_pack.case_types, case_type.id: changed})
    page = guideline_html(guideline_document(pack, "sv", library="Bibliotek <Öst>", today=TODAY))
    assert "<script>" not in page and "&lt;script&gt;" in page and "Bibliotek &lt;Öst&gt;" in page

    texts: list[str] = []

    class Collect(HTMLParser):
        def handle_data(self, data: str) -> None:
            texts.append(data)

    Collect().feed(page)
    assert hostile in texts  # read back as the text it was
