from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from deskhelp.content.pack_file import read_pack_file
from deskhelp.core.cases import CaseDetails, CaseRecord
from deskhelp.core.triage import default_answers, triage
from deskhelp.service import FILE, apply_pack
from deskhelp.storage.database import Database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "deskhelp.sqlite3"


@pytest.fixture
def db(db_path: Path, small_pack_path: Path):
    database = Database.open(db_path)
    apply_pack(database, read_pack_file(small_pack_path), FILE, str(small_pack_path))
    yield database
    database.close()


@pytest.fixture
def record(small_pack) -> CaseRecord:
    case = small_pack.case_types["print-bank-statement"]
    result = triage(small_pack, case, default_answers(case))
    return CaseRecord.from_triage(result, CaseDetails(), dt.datetime(2026, 3, 2, 14, 37, 12), "main", "desk-2")
