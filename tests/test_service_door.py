"""The service's door for the command line and the window's start: what cli.py and ui/ used to reach storage for."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from deskhelp.content.pack_file import PackError
from deskhelp.core.demo import generate_demo_cases
from deskhelp.core.triage import default_answers
from deskhelp.reports.guard import ExportError
from deskhelp.service import DemoRefused, DeskService, StorageError, prepare
from deskhelp.settings import load_settings
from deskhelp.storage.schema import SCHEMA_HEAD


@pytest.fixture
def service(use_small_pack: Path):
    opened = DeskService.open(load_settings())
    yield opened
    opened.close()


def _cases_in(database: Path, where: str = "1") -> int:
    with closing(sqlite3.connect(database)) as conn:
        return conn.execute(f"SELECT count(*) FROM case_record WHERE {where}").fetchone()[0]


def test_prepare_makes_the_schema_without_sqlalchemy(tmp_path: Path) -> None:
    code = (
        "import sys; from deskhelp.settings import load_settings; from deskhelp.service import prepare; "
        "prepare(load_settings()); print('sqlalchemy' in sys.modules)"
    )
    env = {"DESKHELP_HOME": str(tmp_path / "home"), "PATH": "", "PYTHONPATH": str(Path.cwd())}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert first.stdout.strip() == "True"  # a new file: Alembic makes the schema
    again = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert again.stdout.strip() == "False"  # up to date: plain sqlite3 only, as before the first paint
    with closing(sqlite3.connect(tmp_path / "home" / "deskhelp.sqlite3")) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD


def test_prepare_says_what_is_wrong(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("DESKHELP_DATABASE", str(blocker / "deskhelp.sqlite3"))
    with pytest.raises(StorageError, match="cannot create the folder"):
        prepare(load_settings())


def test_counts_and_location_come_from_the_file(service: DeskService) -> None:
    database = Path(service.database_location())
    assert database == load_settings().database
    assert service.case_count() == 0
    case_type = next(iter(service.pack.case_types))
    service.log(service.triage(case_type, default_answers(service.pack.case_types[case_type])))
    assert service.case_count() == _cases_in(database) == 1
    assert service.case_count(demo=True) == 0
    assert service.check_integrity() == [] and service.damaged is None


def test_a_pack_file_is_applied_or_refused_without_change(service: DeskService, tmp_path: Path) -> None:
    database = Path(service.database_location())
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\n")
    with pytest.raises(PackError):
        service.apply_pack_file(broken)
    with closing(sqlite3.connect(database)) as conn:
        before = conn.execute("SELECT count(*) FROM pack_revision").fetchone()[0]
    own = tmp_path / "own.yaml"
    own.write_text(service.active_pack_text().replace("version:", "version: 2  #", 1), encoding="utf-8")
    revision = service.apply_pack_file(own)
    with closing(sqlite3.connect(database)) as conn:
        active = conn.execute("SELECT id, source, pack_text FROM pack_revision WHERE active = 1").fetchone()
        assert conn.execute("SELECT count(*) FROM pack_revision").fetchone()[0] == before + 1
    assert active == (revision.id, "own.yaml", own.read_text(encoding="utf-8"))


def test_the_active_pack_is_exported_but_never_over_the_database(service: DeskService, tmp_path: Path) -> None:
    out = tmp_path / "pack.yaml"
    revision = service.export_pack(out)
    assert revision == service.pack_status.revision
    assert out.read_text(encoding="utf-8") == service.active_pack_text()
    database = Path(service.database_location())
    size = database.stat().st_size
    with pytest.raises(ExportError):
        service.export_pack(database)
    assert database.stat().st_size == size and _cases_in(database) == 0


def test_demo_cases_go_only_into_a_log_without_real_ones(service: DeskService) -> None:
    database = Path(service.database_location())
    cases = generate_demo_cases(service.pack, 40, dt.date(2026, 3, 31), days=30, seed=3)
    assert service.add_demo_cases(cases) == 40
    assert _cases_in(database, "demo = 1") == service.case_count(demo=True) == 40
    case_type = next(iter(service.pack.case_types))
    service.log(service.triage(case_type, default_answers(service.pack.case_types[case_type])))
    with pytest.raises(DemoRefused):
        service.add_demo_cases(generate_demo_cases(service.pack, 5, dt.date(2026, 3, 31), days=30, seed=4))
    assert _cases_in(database) == 41
