"""Property: whatever deskhelp.toml and the DESKHELP_* variables hold, load_settings returns Settings whose paths are
usable (absolute where they must be), and every mistake is a one-line problem naming its file or variable; never an
exception. Inputs: TOML assembled from real and invented sections, keys and values (odd types, deep nesting, long
numbers, `~user` paths, Arabic, emoji, NUL), mutated byte by byte, and random bytes."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskhelp import paths
from deskhelp.settings import _KEYS, Settings, load_settings

EXAMPLES = int(os.environ.get("DESKHELP_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=EXAMPLES or 150,
    derandomize=not EXAMPLES,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
SECTIONS = sorted({section for section, _ in _KEYS}) + ["printer", "library.sub", '"quoted key"', "ü"]
KEYS = sorted({key for _, key in _KEYS}) + ["colour", '"a b"', "name.x", "😕"]
PATHS = ["/tmp/x.sqlite3", "relative/db", "~nosuchuser/x", "~/x", "~", "", "C:\\\\data\\\\x", "/tmp/a\\u0000b", ".."]


def _basic_string(text: str) -> str:
    return '"' + "".join(c if c.isprintable() and c not in '"\\' else f"\\u{ord(c) & 0xFFFF:04x}" for c in text) + '"'


VALUE = st.one_of(
    st.sampled_from(PATHS).map(_basic_string),
    st.text(max_size=30).map(_basic_string),
    st.sampled_from(['"sv"', '"en"', '"fi"', '"مكتبة"', '"🙂"', "'literal'", '"""multi\nline"""']),
    st.integers().map(str),
    st.integers(4000, 6000).map(lambda n: "9" * n),
    st.sampled_from(["true", "inf", "nan", "1979-05-27", "07:32:00", "1e400", "0x_bad", "[]", "{}", "[1, 'a']"]),
    st.integers(1, 600).map(lambda n: "[" * n + "]" * n),
    st.integers(1, 600).map(lambda n: "{a=" * n + "1" + "}" * n),
)
LINE = st.one_of(
    st.sampled_from(SECTIONS).map(lambda s: f"[{s}]"),
    st.tuples(st.sampled_from(KEYS), VALUE).map(lambda kv: f"{kv[0]} = {kv[1]}"),
    st.text(max_size=20),
)
TOML = st.lists(LINE, max_size=12).map(lambda lines: "\n".join(lines) + "\n")


def _mutate(raw: bytes, edits) -> bytes:
    for position, insert, cut in edits:
        position %= len(raw) + 1
        raw = raw[:position] + insert + raw[position + cut :]
    return raw


BYTES = st.one_of(
    TOML.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.tuples(TOML.map(lambda t: t.encode("utf-8", "surrogatepass")), st.booleans()).map(
        lambda tb: (b"\xef\xbb\xbf" if tb[1] else b"") + tb[0]
    ),
    st.tuples(
        TOML.map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.lists(st.tuples(st.integers(min_value=0), st.binary(max_size=6), st.integers(0, 10)), max_size=4),
    ).map(lambda te: _mutate(*te)),
    st.binary(max_size=500),
)
ENVIRONMENT = st.dictionaries(
    st.sampled_from([variable for _, variable in _KEYS.values()]),
    st.one_of(st.sampled_from(PATHS[:-2]), st.text(st.characters(exclude_categories=("Cs",)), max_size=30)).map(
        lambda v: v.replace("\0", "")
    ),
    max_size=3,
)


def _check(result: Settings) -> None:
    assert isinstance(result, Settings)
    for name in ("database", "backups", "pack_folder"):
        value = getattr(result, name)
        assert value is None or value.is_absolute(), (name, value)
    assert result.database is not None and "\0" not in str(result.database)
    for problem in result.problems:
        assert isinstance(problem, str) and "\n" not in problem, problem
        assert "deskhelp.toml" in problem or "environment variable" in problem, problem
        assert len(problem) < 2000, problem[:200]


@FUZZ
@given(raw=BYTES, environment=ENVIRONMENT)
def test_any_file_and_environment(raw: bytes, environment: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "deskhelp.toml").write_bytes(raw)
    with monkeypatch.context() as patch:
        for variable, value in environment.items():
            patch.setenv(variable, value)
        _check(load_settings())
