"""Issue 16: search on requests as patrons put them (tests/content/patron_requests.yaml), against the targets.

Halves "a" to "i" were used to tune search (each written before it was first measured; see the file's comments).
Halves "j" to "n" are held out: each was written without running search, by someone who had not read the keywords,
and measured once at first sight (top-1/top-3/actor): j 77.5/90.0/81.2%, k 81.2/93.8/83.8%, l 76.2/92.5/78.8%,
m 80.0/91.2/83.8%. Tuning the keywords and the matching rules to each new half lifted the halves tuned on and left
the next one where it was (2026-12-02: word-form and compound rules, 2,400 keywords; not kept). What did move the
unseen halves: 2,160 example requests per errand (resources/search/examples.tsv, by four more writers who had not
read the keywords or these requests), voting beside the keywords (core.search_examples). Half n, written after
their weight was chosen, measured once: 67.5/85.0/73.8% with the keywords alone, 71.2/91.2/77.5% with the votes
(72.5/91.2/78.8% once each stem kept only its 24 likeliest errands, a speed change checked on a-m); j-n together
76.5/90.5/80.2% -> 81.2/93.2/84.5%, the tuned halves unchanged. The issue's targets (top-1 >= 90%,
top-3 >= 98%, actor >= 90%) hold on the tuned halves and are not met on held-out ones.

What the desk says honestly beside it (core.search.close_call): when the second hit scores under 0.7 of the first
(63% of the held-out requests), the first is right about nine times in ten (92%); otherwise 63%, and the right
errand is among the first three 86% of the time, so the desk tells staff to look before they pick. The tests
below keep each of these figures from slipping.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from deskhelp import paths
from deskhelp.content.pack_file import read_pack_file
from deskhelp.content.search_examples import bundled_examples
from deskhelp.core.other_errand import OTHER_ID
from deskhelp.core.search import SearchIndex, close_call

REQUESTS = Path(__file__).with_name("patron_requests.yaml")
TUNED, HELD_OUT = "abcdefghi", "jklmn"


@pytest.fixture(scope="module")
def pack():
    return read_pack_file(paths.bundled_pack_path()).pack


@pytest.fixture(scope="module")
def index(pack) -> SearchIndex:
    return SearchIndex(pack, bundled_examples())  # as the desk builds it


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
    assert {row["half"] for row in requests} == set(TUNED + HELD_OUT)


def test_targets_on_the_tuned_halves(index, requests) -> None:
    top1, top3, actor = _rates(index, [row for row in requests if row["half"] in TUNED])
    assert top1 >= 0.90, (top1, top3, actor)
    assert top3 >= 0.98, (top1, top3, actor)
    assert actor >= 0.90, (top1, top3, actor)


@pytest.mark.parametrize("half", list(TUNED))
def test_no_tuned_half_falls_far_behind(index, requests, half: str) -> None:
    top1, top3, actor = _rates(index, [row for row in requests if row["half"] == half])
    assert top1 >= 0.85 and top3 >= 0.95 and actor >= 0.85, (half, top1, top3, actor)


def test_the_held_out_halves_stay_where_they_were_first_measured(index, requests) -> None:
    """Together 81.2/93.2/84.5% (400 requests, with the example votes): a floor a few requests under, not the target."""
    top1, top3, actor = _rates(index, [row for row in requests if row["half"] in HELD_OUT])
    assert top1 >= 0.79 and top3 >= 0.91 and actor >= 0.82, (top1, top3, actor)


def test_the_example_votes_lift_the_held_out_halves(pack, index, requests) -> None:
    """The examples are kept because they move requests search never saw: +4.5 points top-1 and +2.7 top-3 on j-n
    (the keywords alone 76.5/90.5/80.2%)."""
    held_out = [row for row in requests if row["half"] in HELD_OUT]
    alone = _rates(SearchIndex(pack), held_out)
    voted = _rates(index, held_out)
    assert voted[0] >= alone[0] + 0.03 and voted[1] >= alone[1] and voted[2] >= alone[2] + 0.02, (alone, voted)


def test_a_clear_first_hit_is_right_nine_times_in_ten(index, requests) -> None:
    """On the held-out halves: 252 of 400 requests (63%) are clear calls, and their first hit is the expected errand
    for 92.1% of them (63% for the close calls). The desk's close-call notice rests on this."""
    held_out = [row for row in requests if row["half"] in HELD_OUT]
    clear = [row for row in held_out if not close_call(index.search(row["query"], 3))]
    right = sum(index.search(row["query"], 1)[0].case_type.id == row["expect"] for row in clear)
    assert len(clear) >= 0.55 * len(held_out), len(clear)
    assert right >= 0.90 * len(clear), (right, len(clear))


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


def test_a_close_call_is_two_errands_nearly_level(index) -> None:
    assert close_call(index.search("skriva ut", 3))  # from the library's computer, or from one's own device?
    assert not close_call(index.search("lånekort", 3))
    assert not close_call(index.search("qwxz", 3))  # nothing matches: only "not in the guidelines", no call at all
