"""`deskhelp demo-data` as scripts use it: a real process filling a real database file."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from deskhelp.content.pack_file import read_pack_file
from deskhelp.core.cases import CaseDetails, CaseRecord
from deskhelp.core.triage import default_answers, triage
from deskhelp.service import FILE, apply_pack
from deskhelp.storage.database import Database

pytestmark = pytest.mark.usefixtures("english_cli")  # these read what the command line says in English


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "deskhelp", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def query(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def test_demo_data_fills_an_empty_database(deskhelp_home: Path) -> None:
    out = run("demo-data", "--cases", "500", "--seed", "3")
    assert out.returncode == 0, out.stderr
    database = deskhelp_home / "deskhelp.sqlite3"
    today = dt.date.today()
    assert out.stdout.strip() == (
        f"Added 500 demo cases ({today - dt.timedelta(days=364)} – {today}) to {database}. "
        "They are marked as demo data."
    )
    assert query(database, "SELECT count(*), sum(demo) FROM case_record") == [(500, 500)]
    first, last = query(database, "SELECT min(occurred_on), max(occurred_on) FROM case_record")[0]
    assert (today - dt.timedelta(days=364)).isoformat() <= first <= last <= today.isoformat()
    assert query(database, "SELECT DISTINCT branch FROM case_record") == [("main",)]


def test_demo_data_with_days_branches_and_desks(deskhelp_home: Path) -> None:
    out = run("demo-data", "--cases", "300", "--days", "7", "--branches", "main, north", "--desks", "info")
    assert out.returncode == 0, out.stderr
    database = deskhelp_home / "deskhelp.sqlite3"
    assert query(database, "SELECT DISTINCT branch FROM case_record ORDER BY branch") == [("main",), ("north",)]
    assert query(database, "SELECT DISTINCT desk FROM case_record") == [("info",)]
    (first,) = query(database, "SELECT min(occurred_on) FROM case_record")[0]
    assert first >= (dt.date.today() - dt.timedelta(days=6)).isoformat()


def test_the_same_seed_gives_the_same_database(tmp_path: Path) -> None:
    rows = []
    for home in (tmp_path / "a", tmp_path / "b"):
        assert run("demo-data", "--cases", "200", "--seed", "11", env={"DESKHELP_HOME": str(home)}).returncode == 0
        database = home / "deskhelp.sqlite3"
        # Every column but the global id, which is random for every case, as it must be across desks.
        columns = [c[1] for c in query(database, "PRAGMA table_info(case_record)") if c[1] != "global_id"]
        rows.append(query(database, f"SELECT {', '.join(columns)} FROM case_record ORDER BY id"))
    assert rows[0] == rows[1]


def test_demo_data_refuses_a_database_with_real_cases(
    deskhelp_home: Path, use_small_pack: Path, small_pack_path: Path
) -> None:
    database = deskhelp_home / "deskhelp.sqlite3"
    database.parent.mkdir(parents=True)
    db = Database.open(database)
    try:
        loaded = read_pack_file(small_pack_path)
        revision = apply_pack(db, loaded, FILE, str(small_pack_path))
        case_type = loaded.pack.case_types["print-bank-statement"]
        result = triage(loaded.pack, case_type, default_answers(case_type))
        db.log_case(CaseRecord.from_triage(result, CaseDetails(), dt.datetime.now(), "main", "desk-1"), revision.id)
    finally:
        db.close()

    out = run("demo-data", "--cases", "100")
    assert out.returncode == 1
    assert f"{database} holds 1 real case; nothing was added." in out.stderr
    assert "DESKHELP_HOME=/tmp/demo deskhelp demo-data" in out.stderr
    assert "Traceback" not in out.stderr
    assert query(database, "SELECT count(*), sum(demo) FROM case_record") == [(1, 0)]


def test_demo_data_checks_its_arguments() -> None:
    for args, message in (
        (("--cases", "0"), "argument --cases: must be 1 or more, not 0"),
        (("--cases", "ten"), "argument --cases: 'ten' is not a whole number"),
        (("--cases", "10", "--days", "0"), "argument --days: must be 1 or more, not 0"),
        (("--cases", "10", "--branches", " , "), "argument --branches: at least one name is needed"),
        (("--cases", "10", "--desks", "a,Anna 070-123 45 67"), "argument --desks: name 2 contains personal data"),
        ((), "the following arguments are required: --cases"),
    ):
        out = run("demo-data", *args)
        assert out.returncode == 2 and message in out.stderr, (args, out.stderr)
