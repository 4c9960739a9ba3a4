"""Issue 16: search on requests as patrons put them (tests/content/patron_requests.yaml), against the targets.

Half "a" was used to tune search; "b" to "h" were each written before they were first measured, later ones after
search had changed again (see the file's comments). First sight of the last three: f 80.2/93.0/84.9%, g 81.8/92.4/
84.8%, h 84.5/97.2/85.9%, i 85.1/92.6/87.2% (top-1/top-3/actor); j, written after the changes prompted by f-i,
77.5/90.0/81.2%: on requests it has not seen, search finds the errand first about four times in five, and in the
top three about nine times in ten. The targets below are met on the whole set, not yet on held-out requests.
The targets are the issue's: top-1 >= 90%, top-3 >= 98%, the expected actor with the top result >= 90%. They are
asserted on the whole set; each half has a floor a little under, so that one new phrasing cannot break the build
while a real regression still does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from deskhelp import paths
from deskhelp.content.pack_file import read_pack_file
from deskhelp.core.other_errand import OTHER_ID
from deskhelp.core.search import SearchIndex

REQUESTS = Path(__file__).with_name("patron_requests.yaml")


@pytest.fixture(scope="module")
def pack():
    return read_pack_file(paths.bundled_pack_path()).pack


@pytest.fixture(scope="module")
def index(pack) -> SearchIndex:
    return SearchIndex(pack)


@pytest.fixture(scope="module")
def requests() -> list[dict]:
    return yaml.safe_load(REQUESTS.read_text(encoding="utf-8"))


def _rates(index: SearchIndex, rows: list[dict]) -> tuple[float, float, float]:
    top1 = top3 = actor = 0
    for row in rows:
        hits = index.search(row["query"], 3)
        ids = [hit.case_type.id for hit in hits]
        first = hits[0].case_type
        top1 += ids[0] == row["expect"]
        top3 += row["expect"] in ids[:3]
        actor += first.id == row["expect"] if row["actor"] is None else row["actor"] in first.actors
    return top1 / len(rows), top3 / len(rows), actor / len(rows)


def test_the_set_is_big_and_refers_to_the_pack(pack, requests) -> None:
    assert len(requests) >= 150
    assert len({row["query"] for row in requests}) == len(requests)
    assert {row["expect"] for row in requests} <= set(pack.case_types) - {OTHER_ID}
    assert {row["actor"] for row in requests} - {None} <= set(pack.actors)
    assert {row["half"] for row in requests} == set("abcdefghijk")


def test_targets_on_the_whole_set(index, requests) -> None:
    top1, top3, actor = _rates(index, requests)
    assert top1 >= 0.90, (top1, top3, actor)
    assert top3 >= 0.98, (top1, top3, actor)
    assert actor >= 0.90, (top1, top3, actor)


# Half "j" is left out on purpose: it was written after the last change and measured once (77.5/90.0/81.2%), below
# these floors; tuning search until it passes would make it one more tuning set instead of the held-out figure.
@pytest.mark.parametrize("half", ["a", "b", "c", "d", "e", "f", "g", "h", "i"])
def test_no_half_falls_far_behind(index, requests, half: str) -> None:
    top1, top3, actor = _rates(index, [row for row in requests if row["half"] == half])
    assert top1 >= 0.85 and top3 >= 0.95 and actor >= 0.85, (half, top1, top3, actor)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("jag har glömt lösenordet till wifi", "wifi"),
        ("kan du fylla i min deklaration åt mig", "skatteverket"),
        ("bankid funkar inte", "bankid"),
        ("soc sa att biblioteket hjälper till att fylla i ansökan om försörjningsstöd", "welfare-application"),
        ("hur gör jag en flyttanmälan", "skatteverket"),
        ("vad ska jag göra med min deklaration", "skatteverket"),
        ("söker jobb", "job-search"),
        ("föräldrapeng", "forsakringskassan"),
        ("kivra", "digital-mailbox"),
        ("fullmakt", "power-of-attorney"),
        ("a-kassan", "unemployment-a-kassa"),
        ("boka uppkörning", "driving-test"),
    ],
)
def test_the_issues_examples_come_first(index, query: str, expected: str) -> None:
    assert index.search(query, 3)[0].case_type.id == expected


def test_boarding_pass_is_not_online_safety(index) -> None:
    ids = [hit.case_type.id for hit in index.search("boarding pass", 3)]
    assert "online-safety" not in ids and ids[0] in {"tickets-online", "print-from-computer"}


def test_a_letter_from_an_agency_offers_that_agency(index) -> None:
    for query, agency in [
        ("jag förstår inte brevet från försäkringskassan", "forsakringskassan"),
        ("brev från skatteverket", "skatteverket"),
        ("beslut från migrationsverket", "migrationsverket"),
    ]:
        first = index.search(query, 1)[0].case_type
        assert first.id == "authority-letter" and agency in first.actors, query


@pytest.mark.parametrize(
    ("said", "not_meant"),
    [("kopa", "kopia"), ("are", "arende"), ("there", "where"), ("fattar", "forfattare"), ("fattar", "alex")],
)
def test_a_real_word_is_neither_a_typo_nor_a_piece_of_another(index, said: str, not_meant: str) -> None:
    """Issue 16: "köpa" was taken for "kopia", English "are" for "ärende", "fattar" was found in "författare"."""
    assert not_meant not in index._matches(said)  # noqa: SLF001 - the matches are what this test is about


def test_everyday_words_in_a_title_do_not_pick_the_errand(index) -> None:
    """Issue 16: "göra" matched "Göra en polisanmälan", "nätet" "Säkerhet på nätet", "ner" "ladda ner app"."""
    for query in ("hur gör jag en flyttanmälan", "vad ska jag göra med deklarationen"):
        assert index.search(query, 1)[0].case_type.id == "skatteverket", query
    assert index.search("köpa biljett på nätet", 1)[0].case_type.id == "tickets-online"
    assert index.search("skriva ner ett brev", 1)[0].case_type.id == "write-document"
