"""Issue 16: search on requests as patrons put them (tests/content/patron_requests.yaml), against the targets.

Every half of the file was written before search was measured on it, by a writer who had not read the keywords or
search's code and ran no search (see the file's comments). Tuning keywords and matching rules to each new half
lifted that half and left the next where it was: halves j to n, each measured once at first sight, stayed at
76-81% top-1 through two sessions of tuning and 2,160 example requests (76.5% -> 81.2% with their votes).

What generalised is the errand model (core.search_model): logistic regression over the letter sequences of the
words, trained on the example requests, the pack's titles and keywords and the labelled requests. Each model was
measured once on halves written after it was trained, in patrons' own words (top-1 / top-3 / actor):
  trained on a-n: r-t (238)  92.0 / 95.8 / 92.4%   (the search before it: 73.9 / 88.2 / 74.8%)
  trained on a-t: u-v (160)  89.4 / 95.6 / 91.9%   (72.5 / 82.5 / 76.9%)
  trained on a-v and 1,243 more examples: w-x (159)  93.1 / 97.5 / 93.1%   (76.7 / 87.4 / 78.0%)
  trained on a-x and 1,263 more examples: y-z (160)  94.4 / 97.5 / 95.0%   (70.6 / 86.2 / 71.9%)
  trained on a-z and 1,193 more examples: A-C (239)  94.6 / 98.3 / 95.0%   (64.9 / 82.4 / 67.8%)
and on o-q (217 short, staff-typed requests) 99.5 / 100 / 99.5% (97.2 / 100 / 97.2%). Its settings were chosen by
leaving each half of j-n and later of r-z out of its training in turn. The desk ships the last model; halves A
to C are the held-out figures below.

What the desk says beside it (core.search.close_call): a clear first hit is right nineteen times in twenty; the
desk asks staff to look when the first two are close. The tests below keep each of these figures from slipping.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from deskhelp import paths
from deskhelp.content.pack_file import read_pack_file
from deskhelp.content.search_model import read_model
from deskhelp.core.other_errand import OTHER_ID
from deskhelp.core.search import SearchIndex, close_call
from tests.tools import load_tool

REQUESTS = Path(__file__).with_name("patron_requests.yaml")
# The model learned from TRAINED; HELD_OUT was written while it was trained, and only measured.
TRAINED, HELD_OUT = load_tool("train_search_model").TRAINED, "ABC"


@pytest.fixture(scope="module")
def pack():
    return read_pack_file(paths.bundled_pack_path()).pack


@pytest.fixture(scope="module")
def index(pack) -> SearchIndex:
    return SearchIndex(pack, read_model())  # as the desk builds it


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
    assert {row["half"] for row in requests} == set(TRAINED + HELD_OUT)


def test_targets_on_the_trained_halves(index, requests) -> None:
    """Requests the model learned from (not a proof of anything: it must not forget them)."""
    top1, top3, actor = _rates(index, [row for row in requests if row["half"] in TRAINED])
    assert top1 >= 0.97 and top3 >= 0.99 and actor >= 0.97, (top1, top3, actor)


def test_targets_on_the_held_out_halves(index, requests) -> None:
    """Halves A to C, written while the model was trained, measured once: 94.6/98.3/95.0% (239 requests). The
    issue's targets: top-1 >= 90%, top-3 >= 98%, the expected actor with the first hit >= 90%."""
    top1, top3, actor = _rates(index, [row for row in requests if row["half"] in HELD_OUT])
    assert top1 >= 0.90 and top3 >= 0.98 and actor >= 0.90, (top1, top3, actor)


def test_the_model_lifts_the_held_out_halves_over_the_keywords(pack, index, requests) -> None:
    """The keywords alone on halves A to C: 61.5/79.9/63.6%; with the model 94.6/98.3/95.0%."""
    held_out = [row for row in requests if row["half"] in HELD_OUT]
    alone = _rates(SearchIndex(pack), held_out)
    modelled = _rates(index, held_out)
    assert modelled[0] >= alone[0] + 0.10 and modelled[1] >= alone[1] and modelled[2] >= alone[2] + 0.10, (
        alone,
        modelled,
    )


def test_a_clear_first_hit_is_right_nineteen_times_in_twenty(index, requests) -> None:
    """On the held-out halves A to C: 223 of 239 requests (93%) are clear calls, and their first hit is the
    expected errand for 98.2% of them. The desk's close-call notice rests on this."""
    held_out = [row for row in requests if row["half"] in HELD_OUT]
    clear = [row for row in held_out if not close_call(index.search(row["query"], 3))]
    right = sum(index.search(row["query"], 1)[0].case_type.id == row["expect"] for row in clear)
    assert len(clear) >= 0.85 * len(held_out), len(clear)
    assert right >= 0.95 * len(clear), (right, len(clear))


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
    """Issue 16: a letter's errand did not offer the agency that sent it. A decision ("beslut") may as well be about
    the agency's own errand, which offers it too; the desk marks that one a close call."""
    for query, agency in [
        ("jag förstår inte brevet från försäkringskassan", "forsakringskassan"),
        ("brev från skatteverket", "skatteverket"),
        ("beslut från migrationsverket", "migrationsverket"),
    ]:
        first = index.search(query, 1)[0].case_type
        assert first.id in {"authority-letter", agency} and agency in first.actors, query
    assert index.search("brev från skatteverket", 1)[0].case_type.id == "authority-letter"


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
    assert close_call(index.search("konto", 3))  # an account on social media, or at the bank?
    assert close_call(index.search("legitimation", 3))  # BankID, an e-ID card, Freja?
    assert not close_call(index.search("lånekort", 3))
    assert not close_call(index.search("qwxz", 3))  # nothing matches: only "not in the guidelines", no call at all
