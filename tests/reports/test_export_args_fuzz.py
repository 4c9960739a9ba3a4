"""Property: whatever arguments `deskhelp export` gets, it ends with exit 0 and a file, exit 1 and a "Problem:"
message, or exit 2 from the argument parser; never a traceback, and the database is never changed. Arguments are
drawn from the real options and values, near misses (dates out of range, impossible days, numbers of every size,
the database, its -wal and the backups folder as --out) and random text."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from deskhelp import cli, paths
from tests.conftest import SMALL_PACK

pytestmark = pytest.mark.usefixtures("english_cli")  # these read what the command line says in English

EXAMPLES = int(os.environ.get("DESKHELP_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=EXAMPLES or 120,
    derandomize=not EXAMPLES,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _mostly(good, bad, odds: int = 6):
    """``good`` about ``odds`` times in ``odds + 1``: most runs get past the parser and reach the export."""
    return st.integers(0, odds).flatmap(lambda pick: bad if pick == odds else good)


GOOD_DATES = st.dates(dt.date(2025, 12, 1), dt.date(2026, 6, 30)).map(str)
DATES = _mostly(
    GOOD_DATES,
    st.one_of(
        st.dates().map(str),
        st.sampled_from(["2026-02-30", "2026-13-01", "0001-01-01", "9999-12-31", "1999-12-31", "2100-12-31"]),
        st.sampled_from(["20260101", "2026-W01", "", "today", "2026-03-01T10:00", "٢٠٢٦-٠١-٠١", "2026-1-1"]),
    ),
)
NUMBERS = st.one_of(st.integers(-5, 10**6).map(str), st.sampled_from(["", "x", "1e3", "3.5", "9" * 5000, "٣"]))
TEXTS = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\0"), max_size=20)
OPTION_VALUES = {
    "--format": _mostly(st.sampled_from(["csv", "xlsx", "csv", "xlsx", "pdf"]), TEXTS),
    "--report": _mostly(st.sampled_from(["summary", "cases", "actors", "inventory", "digidel"]), TEXTS),
    "--from": DATES,
    "--to": DATES,
    "--suppress-below": NUMBERS,
    "--branch": st.one_of(st.sampled_from(["main", "north"]), TEXTS),
    "--desk": TEXTS,
    "--lang": _mostly(st.sampled_from(["sv", "en"]), TEXTS, 3),
}
OUTS = ["report.csv", "folder/", "missing/report.csv", "DATABASE", "DATABASE-wal", "DATABASE-shm", "BACKUPS/x.csv", ""]


@st.composite
def argv(draw) -> list[str]:
    args: dict[str, str] = {}
    for option in ("--format", "--report", "--from", "--to", "--out"):
        if draw(st.integers(0, 30)) < 30:  # now and then one is missing
            args[option] = "" if option == "--out" else draw(OPTION_VALUES[option])
    for option in ("--suppress-below", "--branch", "--desk", "--lang"):
        if draw(st.booleans()):
            args[option] = draw(OPTION_VALUES[option])
    if "--out" in args:
        args["--out"] = draw(st.one_of(st.sampled_from(OUTS), TEXTS.map(lambda t: f"x{t}.out")))
    words = [part for item in args.items() for part in item]
    if draw(st.integers(0, 30)) == 30:
        words.insert(draw(st.integers(0, len(words))), draw(st.one_of(TEXTS, st.sampled_from(["--bogus", "-x", "--"]))))
    return words


def _fingerprint(database: Path) -> tuple[str, int]:
    digest = hashlib.sha256(database.read_bytes()).hexdigest()
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        cases = conn.execute("SELECT count(*) FROM case_record").fetchone()[0]
    conn.close()
    return digest, cases


@pytest.fixture
def desk(report_db_copy: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> tuple[Path, Path]:
    monkeypatch.setenv("DESKHELP_DATABASE", str(report_db_copy))
    monkeypatch.setenv("DESKHELP_PACK", str(SMALL_PACK))
    assert cli.main(["check"]) == 0
    work = tmp_path / "work"
    (work / "folder").mkdir(parents=True)
    monkeypatch.chdir(work)
    return report_db_copy, work


@FUZZ
@given(words=argv())
def test_any_export_arguments(desk: tuple[Path, Path], words: list[str], capsys: pytest.CaptureFixture) -> None:
    database, work = desk
    words = [w.replace("DATABASE", str(database)).replace("BACKUPS", str(paths.backup_dir(database))) for w in words]
    before = _fingerprint(database)
    capsys.readouterr()
    try:
        code = cli.main(["export", *words])
    except SystemExit as exit_:
        code = exit_.code
        assert code == 2, (words, code)
        assert "error:" in capsys.readouterr().err
    else:
        out, err = capsys.readouterr()
        assert code in (0, 1), (words, code)
        if code == 0:
            target = Path(words[words.index("--out") + 1])
            assert target.is_file() and str(target) in out
        else:
            assert err.startswith("Problem: ") and "Traceback" not in err, err
    event(f"exit {code}")
    assert _fingerprint(database) == before
    leftovers = [p.name for p in work.rglob("*.part*")]
    assert not leftovers, leftovers
