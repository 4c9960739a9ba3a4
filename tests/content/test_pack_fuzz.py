"""Property: whatever bytes a pack file holds, the reader returns a valid pack (which loads again from its stored
JSON, as every later start does) or raises PackError with a short message naming the file; never another exception.

Inputs start from the small test pack and are mutated the way people and broken tools damage files: values
replaced by odd types, keys deleted or invented, texts in Arabic or emoji or far too long, YAML syntax and
random bytes spliced in."""

from __future__ import annotations

import contextlib
import datetime as dt
import os

import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from deskhelp.content.pack_file import (
    MAX_LISTED_PROBLEMS,
    LoadedPack,
    PackError,
    pack_from_json,
    parse_pack_bytes,
)
from deskhelp.content.pack_yaml import WordsNotBooleansLoader
from tests.conftest import SMALL_PACK

# DESKHELP_FUZZ_EXAMPLES=2000 for a long, random run; the suite runs the same bounded examples every time.
EXAMPLES = int(os.environ.get("DESKHELP_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=EXAMPLES or 150,
    derandomize=not EXAMPLES,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
SOURCE = "fuzzed.yaml"
BIG = "__big_number__"
RAW = SMALL_PACK.read_bytes()
DATA = yaml.load(RAW, Loader=WordsNotBooleansLoader)  # noqa: S506 - a safe loader

TEXTS = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", " ", "yes", "no", "null", "~", "2026-02-30", "1e999", "under-5", "https://x", "&a", "*a"]),
    st.sampled_from(["مرحبا بكم في المكتبة", "😕🙂👍🏽", "Ärende – “citat”", "\u200b", "\ufeff", "a\u0000b", "\ud7ff"]),
    st.integers(min_value=1, max_value=5000).map(lambda n: "x" * n),
)
SCALARS = st.one_of(
    TEXTS,
    st.integers(),
    st.just(BIG),  # becomes a number of 5,000 digits in the file (hypothesis itself cannot print such an int)
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.dates(),
    st.datetimes(),
    st.binary(max_size=20),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(TEXTS, st.integers(), st.none()), inner, max_size=4),
    ),
    max_leaves=12,
)


def _paths(data, prefix=()):
    """Every place in the data a value sits: tuples of keys and indexes."""
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _paths(value, (*prefix, i))


PLACES = [p for p in _paths(DATA) if p]


def _mutated(data, place, action, value):
    data = yaml.load(RAW, Loader=WordsNotBooleansLoader) if data is None else data  # noqa: S506
    *parents, last = place
    target = data
    for part in parents:
        target = target[part]
    if action == "replace":
        target[last] = value
    elif action == "delete":
        del target[last]
    elif action == "add" and isinstance(target, dict):
        target[str(value)[:30] or "x"] = value
    elif action == "add" and isinstance(target, list):
        target.append(value)
    return data


def _dump(data) -> bytes:
    try:
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        return text.replace(BIG, "9" * 5000).encode("utf-8", "surrogatepass")
    except (yaml.YAMLError, ValueError, TypeError, RecursionError):
        return RAW


def _splice(raw: bytes, position: int, insert: bytes, cut: int) -> bytes:
    position %= len(raw) + 1
    return raw[:position] + insert + raw[position + cut :]


SYNTAX = st.sampled_from(
    [b"&a ", b"*a", b"*nowhere", b": ", b"- ", b"{", b"}", b"[", b"]", b"!!binary ", b"!!python/object:os.system ",
     b"\t", b"\n", b"\r\n", b"? ", b"<<: *a\n", b"'", b'"', b"%YAML 1.1\n", b"---\n", b"...\n", b"#", b"\xef\xbb\xbf",
     b"\xff\xfe", b"\x00", b"9" * 5000, b"2026-02-30", b"\xd8\xa7\xd9\x84", "😕".encode()]
)  # fmt: skip

MUTATED_DATA = st.builds(
    lambda steps: _dump(_apply(steps)),
    st.lists(
        st.tuples(st.sampled_from(PLACES), st.sampled_from(["replace", "delete", "add"]), VALUES),
        min_size=1,
        max_size=4,
    ),
)


def _apply(steps):
    data = yaml.load(RAW, Loader=WordsNotBooleansLoader)  # noqa: S506
    for place, action, value in steps:
        with contextlib.suppress(KeyError, IndexError, TypeError):  # an earlier step removed the place
            data = _mutated(data, place, action, value)
    return data


MUTATED_BYTES = st.builds(
    lambda edits: _splice_all(RAW, edits),
    st.lists(
        st.tuples(st.integers(min_value=0), st.one_of(SYNTAX, st.binary(max_size=12)), st.integers(0, 40)),
        min_size=1,
        max_size=5,
    ),
)


def _splice_all(raw: bytes, edits) -> bytes:
    for position, insert, cut in edits:
        raw = _splice(raw, position, insert, cut)
    return raw


def _check(raw: bytes) -> None:
    try:
        loaded = parse_pack_bytes(raw, SOURCE)
    except PackError as error:
        message = str(error)
        lines = message.splitlines()
        assert error.problems and error.total >= len(error.problems)
        assert len(error.problems) <= MAX_LISTED_PROBLEMS
        assert all(line.startswith(f"{SOURCE}: ") for line in lines), message[:2000]
        assert len(message) < 100_000, len(message)
        event("refused")
        return
    event("valid")
    assert isinstance(loaded, LoadedPack)
    again = pack_from_json(loaded.data_json, "stored revision")  # what the next start does
    assert again == loaded.pack
    assert dt.date.fromisoformat(loaded.pack.info.reviewed)


@FUZZ
@given(MUTATED_DATA)
def test_mutated_pack_data(raw: bytes) -> None:
    _check(raw)


@FUZZ
@given(MUTATED_BYTES)
def test_mutated_pack_bytes(raw: bytes) -> None:
    _check(raw)


@FUZZ
@given(st.one_of(st.binary(max_size=2000), st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_random_bytes_and_text(raw: bytes) -> None:
    _check(raw)


TEXT_PLACES = [p for p in PLACES if p[-1] in ("sv", "en")]
STAFF_TEXTS = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=200).filter(str.strip)


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(TEXT_PLACES), STAFF_TEXTS), min_size=1, max_size=6))
def test_any_text_in_any_language_loads_again_the_same(edits) -> None:
    # Texts staff read: whatever the characters (Arabic, emoji, control characters), a pack is valid and its
    # stored JSON gives the same pack back, or it is refused with a PackError.
    _check(_dump(_apply([(place, "replace", text) for place, text in edits])))


def test_the_unmutated_pack_is_valid_and_loads_again_from_its_json() -> None:
    loaded = parse_pack_bytes(RAW, SOURCE)
    assert pack_from_json(loaded.data_json, "stored revision") == loaded.pack
