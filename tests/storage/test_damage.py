"""A damaged page never goes unnoticed: `deskhelp check` says what is wrong (exit 1), and the service stops writing
into the file once it knows (a failed check, or SQLite meeting the damage during a write).

Each variant damages a copy of one real database with cases (demo and real ones, free pages from deleted cases,
the guideline pack's text in overflow pages); see tests/storage/damage.py for what each does to which page.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from deskhelp import cli
from deskhelp.core.demo import generate_demo_cases
from deskhelp.core.triage import default_answers
from deskhelp.service import DeskService
from deskhelp.settings import load_settings
from deskhelp.storage.demo import insert_demo_cases
from deskhelp.storage.errors import StorageError, StorageProblem
from deskhelp.storage.integrity import check_integrity
from tests.conftest import SMALL_PACK
from tests.storage import damage

# Damage that only PRAGMA integrity_check finds (it compares every index with its table; quick_check does not).
ONLY_THE_FULL_CHECK_FINDS = {"index_leaf"}


def _log_one(service: DeskService):
    case = service.pack.case_types["print-bank-statement"]
    return service.log(service.triage(case.id, default_answers(case)))


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real database: 3,000 demo cases, 400 of them deleted again (free pages), and three logged at the desk."""
    home = tmp_path_factory.mktemp("pristine")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DESKHELP_HOME", str(home))
        patch.setenv("DESKHELP_PACK", str(SMALL_PACK))
        settings = load_settings()
        service = DeskService.open(settings)
        cases = generate_demo_cases(service.pack, 3000, dt.date(2026, 3, 1), days=300, seed=3, branches=("main",))
        insert_demo_cases(settings.database, service.pack_status.revision.id, cases)
        conn = sqlite3.connect(settings.database)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM case_record WHERE id <= 400")
        conn.commit()
        conn.close()
        for _ in range(3):
            _log_one(service)
        service.close()
    assert check_integrity(settings.database) == []
    return settings.database


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("variant", sorted(damage.VARIANTS))
def test_damage_is_found_and_nothing_more_is_written(
    variant: str, pristine: Path, deskhelp_home: Path, use_small_pack, capsys: pytest.CaptureFixture
) -> None:
    deskhelp_home.mkdir(parents=True)
    database = deskhelp_home / "deskhelp.sqlite3"
    shutil.copyfile(pristine, database)
    damage.VARIANTS[variant](database)

    assert check_integrity(database, thorough=False) != [] or variant in ONLY_THE_FULL_CHECK_FINDS
    assert check_integrity(database) != []
    assert cli.main(["check"]) == 1
    err = capsys.readouterr().err
    assert "Problem:" in err and str(database) in err

    before = _sha(database)
    try:
        service = DeskService.open(load_settings())
    except StorageError as error:  # damage where the desk looks first: it does not start, and says why
        assert error.problem in (StorageProblem.DAMAGED, StorageProblem.NOT_A_DATABASE)
    else:
        try:
            done = service.daily_maintenance()
            assert done is not None and done.damaged and done.backup is None
            with pytest.raises(StorageError) as refused:
                _log_one(service)
            assert refused.value.problem is StorageProblem.DAMAGED
            assert "deskhelp restore" in refused.value.detail
        finally:
            service.close()
    assert _sha(database) == before  # nothing was written into the damaged file
    assert not (deskhelp_home / "backups").exists() or not list((deskhelp_home / "backups").glob("*daily*"))


def test_a_write_that_meets_damage_stops_all_writing(pristine: Path, deskhelp_home: Path, use_small_pack) -> None:
    """Without waiting for the daily check: SQLite reports the damaged page during the write, and from then on the
    service refuses every write, also ones that would not touch that page."""
    deskhelp_home.mkdir(parents=True)
    database = deskhelp_home / "deskhelp.sqlite3"
    shutil.copyfile(pristine, database)
    damage.case_record_interior(database)  # the root of case_record: every insert goes through it
    service = DeskService.open(load_settings())  # opening reads only the guideline pack: it starts
    try:
        with pytest.raises(StorageError) as first:
            _log_one(service)
        assert first.value.problem is StorageProblem.DAMAGED
        assert service.db.damaged is not None
        before = _sha(database)
        with pytest.raises(StorageError) as second:  # a pack revision lives elsewhere in the file: refused too
            service.db.activate_revision(
                pack_id="x", version="1", sha256="0", origin="file", source="x", pack_text="", pack_json="{}"
            )
        assert second.value.problem is StorageProblem.DAMAGED
        assert _sha(database) == before
    finally:
        service.close()


def test_a_damaged_wal_loses_only_what_sqlite_drops_and_the_file_stays_consistent(
    pristine: Path, deskhelp_home: Path, use_small_pack
) -> None:
    """A -wal whose frame is damaged: SQLite ignores that frame and every later one (its checksums chain, as after
    a power cut), so the main file stays consistent and the checks pass; the cases in those frames are gone. This
    is SQLite's design, not something a check can see; it is measured here so that nobody mistakes it for safety."""
    deskhelp_home.mkdir(parents=True)
    database = deskhelp_home / "deskhelp.sqlite3"
    shutil.copyfile(pristine, database)
    service = DeskService.open(load_settings())
    cases_before = service.db.count_cases()
    holder = sqlite3.connect(database)  # an open reader keeps the -wal from being checkpointed on close
    holder.execute("BEGIN")
    holder.execute("SELECT count(*) FROM case_record").fetchone()
    for _ in range(3):
        _log_one(service)
    copy = deskhelp_home / "copy"
    copy.mkdir()
    shutil.copyfile(database, copy / "deskhelp.sqlite3")
    shutil.copyfile(f"{database}-wal", copy / "deskhelp.sqlite3-wal")
    holder.rollback()
    holder.close()
    service.close()
    wal = copy / "deskhelp.sqlite3-wal"
    assert wal.stat().st_size > 32 + 24 + damage.PAGE
    with wal.open("r+b") as file:
        file.seek(32 + 24 + 100)  # inside the first frame's page
        file.write(b"\xff" * 64)
    assert check_integrity(copy / "deskhelp.sqlite3") == []
    conn = sqlite3.connect(copy / "deskhelp.sqlite3")
    assert conn.execute("SELECT count(*) FROM case_record").fetchone()[0] == cases_before
    conn.close()
