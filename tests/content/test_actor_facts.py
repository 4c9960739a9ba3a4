"""Issue 16, "Facts to correct": every actor fact in the default pack says where it comes from and how old it is.

shared/design/actors.md is the reference for what has been checked; the pack may not claim more than it does.
"""

from __future__ import annotations

from datetime import date

import pytest

from deskhelp import paths
from deskhelp.content.pack_file import read_pack_file
from deskhelp.core.search import SearchIndex

# A "verified" date older than this, in a pack reviewed now, reads to staff as checked when it is not (issue 16:
# dates from 2015 and 2018 shown as verified in a pack reviewed in 2026).
_MAX_AGE_DAYS = 2 * 365


@pytest.fixture(scope="module")
def pack():
    return read_pack_file(paths.bundled_pack_path()).pack


def test_every_actor_is_verified_with_a_source_or_marked(pack) -> None:
    for actor in pack.actors.values():
        if actor.fill_in_locally:
            continue
        if actor.verified is not None:
            assert actor.source, f"{actor.id}: a verified date needs a source"
        else:
            assert actor.unverified, f"{actor.id}: not verified, so its unchecked contact fields must be listed"


def test_every_national_actor_says_where_its_facts_come_from(pack) -> None:
    national = [a for a in pack.actors.values() if a.kind == "national" and not a.fill_in_locally]
    assert national
    assert [a.id for a in national if not a.source] == []


def test_no_verified_date_is_older_than_the_review_allows(pack) -> None:
    reviewed = date.fromisoformat(pack.info.reviewed)
    stale = [
        (a.id, a.verified)
        for a in pack.actors.values()
        if a.verified is not None and (reviewed - date.fromisoformat(a.verified)).days > _MAX_AGE_DAYS
    ]
    assert stale == []


def test_the_service_centre_carries_the_migration_agency_facts(pack) -> None:
    centre = pack.actors["statens-servicecenter"]
    note = centre.staff_note.get("sv")
    # Pilot 2021, permanent from April 2023 at a subset of offices (statenssc.se press releases 2021-06-07 and
    # 2023-04-19), not "2025"; and which number a patron calls.
    assert "2021" in note and "april 2023" in note and "0771-235 235" in note
    assert "statenssc.se" in centre.source and "2023-04-19" in centre.source
    assert "Migrationsverket" in centre.helps_with.get("sv")


def test_the_bankid_errand_offers_the_service_centre_as_seed_001_does(pack) -> None:
    assert "statens-servicecenter" in pack.case_types["bankid"].actors


def test_the_revision_says_what_it_changed(pack) -> None:
    assert pack.info.version == "2026.2"
    assert pack.info.change_note


@pytest.mark.parametrize(
    ("query", "expected", "actor"),
    [
        ("jag har glömt lösenordet till wifi", "wifi", None),
        ("kan du fylla i min deklaration åt mig", "skatteverket", "skatteverket"),
        ("bankid funkar inte", "bankid", "bank"),
        ("boarding pass", "tickets-online", None),
        (
            "soc sa att biblioteket hjälper till att fylla i ansökan om försörjningsstöd",
            "welfare-application",
            "social-services",
        ),
    ],
)
def test_the_issues_walkthrough_gets_the_errand_and_its_actor_first(pack, query, expected, actor) -> None:
    first = SearchIndex(pack).search(query, 3)[0].case_type
    assert first.id == expected
    assert actor is None or actor in first.actors
