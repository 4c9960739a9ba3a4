"""The errand model the search reads beside the keywords (issue 16): resources/search/errand_model.bin."""

from __future__ import annotations

import dataclasses
import logging
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskhelp import paths
from deskhelp.content.pack_file import read_pack_file
from deskhelp.content.search_model import parse_model, read_model, write_model
from deskhelp.core.guidelines import GuidelinePack, Text
from deskhelp.core.other_errand import OTHER_ID
from deskhelp.core.search import SearchIndex
from deskhelp.core.search_model import EMPTY, ModelError, text_vector
from tests.tools import load_tool

trainer = load_tool("train_search_model")


@pytest.fixture(scope="module")
def raw() -> bytes:
    return paths.bundled_model_path().read_bytes()


@pytest.fixture(scope="module")
def model(raw):
    return parse_model(raw)


@pytest.fixture(scope="module")
def pack() -> GuidelinePack:
    return read_pack_file(paths.bundled_pack_path()).pack


def test_the_stored_model_was_trained_on_todays_examples_pack_and_requests() -> None:
    """Edit the examples, the default pack's titles or keywords, or the tuned requests, and the model must be trained
    again (python tools/train_search_model.py, with the ``train`` extra): the inputs' digest is in the file."""
    rows = trainer.labelled()
    assert read_model() is not None
    assert trainer.inputs_digest(paths.bundled_model_path()) == trainer.digest_of(rows), "train the model again"


def test_the_model_knows_every_errand_of_the_default_pack(model, pack) -> None:
    assert set(model.errands) == set(pack.case_types) - {OTHER_ID}


def _reference(model, query: str) -> dict[str, float]:
    """The probabilities the straightforward way: the whole text's vector dot every bucket's weights."""
    logits = list(model.intercepts)
    for bucket, value in text_vector(query, model.idf).items():
        for slot in range(bucket * model.per_bucket, (bucket + 1) * model.per_bucket):
            if model.members[slot] != EMPTY:
                logits[model.members[slot]] += value * model.weights[slot] * model.scale
    top = max(logits)
    exps = [math.exp(v - top) for v in logits]
    return {errand: e / sum(exps) for errand, e in zip(model.errands, exps, strict=True)}


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=120) | st.sampled_from(["wifi wifi wifi", "ansöka ansökan ansökt", "skriv ut", "a", "x y"]))
def test_the_desks_word_by_word_sum_is_the_trainers_reading(model, query: str) -> None:
    """The desk caches each word's scores so that a keystroke costs one word; it must come to what the model was
    trained on (text_vector), for any text: Arabic, emoji and repeated words included."""
    found = model.probabilities(query)
    if not text_vector(query, model.idf):
        assert found == {}
        return
    assert math.isclose(sum(found.values()), 1.0, rel_tol=1e-9)
    expected = _reference(model, query)
    assert all(math.isclose(found[e], expected[e], rel_tol=1e-6, abs_tol=1e-12) for e in model.errands)


def test_the_model_reads_inflections_compounds_and_typos(model) -> None:
    """What the keywords needed rules for, in requests no keyword list holds."""
    for query, errand in [
        ("deklerationen", "skatteverket"),
        ("jag sökte jobb igår", "job-search"),
        ("mina skatteåterbäringspengar", "skatteverket"),
    ]:
        probabilities = model.probabilities(query)
        assert max(probabilities, key=probabilities.get) == errand, query


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_a_damaged_file_is_refused_with_a_reason_never_half_read(raw: bytes, data) -> None:
    """Cut or flip any byte: the reader gives a model of the right shape or says what is wrong, nothing else."""
    at = data.draw(st.integers(min_value=0, max_value=len(raw) - 1))
    damaged = raw[:at] if data.draw(st.booleans()) else raw[:at] + bytes([raw[at] ^ 0x5A]) + raw[at + 1 :]
    try:
        model = parse_model(damaged)
    except ModelError as error:
        assert str(error)
    else:
        assert len(model.members) == len(model.weights) == len(model.idf) * model.per_bucket
        # A damaged weight counts for nothing, a damaged IDF reads nothing: never a failed search.
        found = model.probabilities("kan du hjälpa mig med bankid")
        assert set(found) in (set(), set(model.errands))


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        (b"not json", "not JSON"),
        (b"[]", "not a JSON object"),
        (b'{"errands": ["wifi"]}', "has no 'buckets'"),
        (b'{"errands": [1], "buckets": 1, "per_bucket": 1, "scale": 1, "intercepts": [0]}', "not a list of ids"),
        (b'{"errands": ["wifi"], "buckets": 0, "per_bucket": 1, "scale": 1, "intercepts": [0]}', "positive whole"),
    ],
)
def test_a_bad_header_says_what(header: bytes, reason: str) -> None:
    with pytest.raises(ModelError, match=reason):
        parse_model(b"DESKHELP-ERRAND-MODEL 1\n" + header + b"\n")


def test_without_its_model_the_search_still_works(tmp_path: Path, caplog, pack) -> None:
    """A missing or broken file is logged and the keywords search alone: the desk never stops over it."""
    broken = tmp_path / "errand_model.bin"
    broken.write_bytes(b"DESKHELP-ERRAND-MODEL 1\n{}\n")
    with caplog.at_level(logging.WARNING):
        assert read_model(broken) is None
        assert read_model(tmp_path / "missing.bin") is None
        (tmp_path / "empty.bin").write_bytes(b"")
        assert read_model(tmp_path / "empty.bin") is None
    assert "search model not used" in caplog.text
    assert SearchIndex(pack, None).search("wifi", 1)[0].case_type.id == "wifi"


def test_a_library_pack_without_the_default_errands_gets_only_its_own(model, pack) -> None:
    """The model's errands a library's own pack lacks are left out of its results; nothing breaks."""
    kept = {case_id: case for case_id, case in pack.case_types.items() if case_id not in {"print-from-computer"}}
    own = dataclasses.replace(pack, case_types=kept)
    hits = SearchIndex(own, model).search("skrivaren skriver inte ut", 10)
    assert {hit.case_type.id for hit in hits} <= set(kept)


def test_a_librarys_own_errands_come_first_where_their_own_words_name_them(model, pack) -> None:
    """Errands the model never learned (a library's own, added in the editor) are found by their keywords: where the
    words point at one, the model stays out, as the search was before it. Without that rule the model pushed the
    errands it knows past five of these eight ("kan jag låna en symaskin" gave "Mina sidor")."""
    template = pack.case_types["library-info"]
    own = {
        "sewing-machine": ("Låna symaskin och boka makerspace", ("symaskin", "sy", "makerspace", "3d-skrivare")),
        "seed-library": ("Fröbibliotek: låna och lämna fröer", ("fröer", "frön", "fröbibliotek")),
        "tax-evening": ("Deklarationskväll med Skatteverket på biblioteket", ("deklarationskväll",)),
        "board-games": ("Låna brädspel och tv-spel", ("brädspel", "spel", "tv-spel", "playstation")),
    }
    errands = {
        errand: dataclasses.replace(template, id=errand, title=Text({"sv": title, "en": title}), keywords=words)
        for errand, (title, words) in own.items()
    }
    index = SearchIndex(dataclasses.replace(pack, case_types={**pack.case_types, **errands}), model)
    for query, expected in [
        ("kan jag låna en symaskin", "sewing-machine"),
        ("boka makerspace", "sewing-machine"),
        ("3d-skrivare", "sewing-machine"),
        ("finns det fröer att låna", "seed-library"),
        ("när är deklarationskvällen", "tax-evening"),
        ("kan man låna brädspel", "board-games"),
        ("låna playstation spel", "board-games"),
    ]:
        assert index.search(query, 1)[0].case_type.id == expected, query
    # Where the words point at the default errands, the model still reads: the own errands change nothing there.
    default = SearchIndex(pack, model)
    for query in ("jag vill låna om mina böcker", "bankid funkar inte", "min son vill lära sig göra filmer"):
        assert [h.case_type.id for h in index.search(query, 3)] == [h.case_type.id for h in default.search(query, 3)]


def test_a_written_model_reads_back_byte_for_byte(raw: bytes, model, tmp_path: Path) -> None:
    """What the trainer writes (write_model) is what the desk reads, the inputs' digest included."""
    copy = tmp_path / "errand_model.bin"
    write_model(copy, model, trainer.inputs_digest(paths.bundled_model_path()))
    assert copy.read_bytes() == raw
    assert read_model(copy).probabilities("bankid") == model.probabilities("bankid")
