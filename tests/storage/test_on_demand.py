"""The desk starts from plain sqlite3 and makes SQLAlchemy ready when it is needed (issue 18): the same answers, the
same safety (damage stops writing, a running desk keeps restore away), and SQLAlchemy never on the way to ready."""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from deskhelp.core.triage import default_answers
from deskhelp.service import DeskService, StorageError, StorageProblem
from deskhelp.settings import load_settings
from deskhelp.storage.database import Database


@pytest.fixture(autouse=True)
def _unfrozen():
    yield
    gc.unfreeze()  # warm_up freezes what is loaded (a desk keeps it all day); the rest of a test run must not


def _warm_start() -> DeskService:
    """A desk's every morning after the first: the first start applied the pack (a write, through SQLAlchemy)."""
    DeskService.open(load_settings()).close()
    service = DeskService.open(load_settings())
    assert not service._store.ready
    return service


def _log(service: DeskService):
    case = service.pack.case_types["print-bank-statement"]
    return service.log(service.triage(case.id, default_answers(case)))


def test_the_plain_reads_answer_as_sqlalchemy_does(deskhelp_home: Path, use_small_pack) -> None:
    service = DeskService.open(load_settings())
    try:
        _log(service)
        plain = (service._store.active_revision(), service.case_count(), service.case_count(demo=True))
        sha = service.pack_status.revision.sha256
        plain_json = service._store.revision_json_by_sha(sha)
    finally:
        service.close()
    db = Database.open(load_settings().database)
    try:
        assert plain == (db.active_revision(), db.count_cases(), db.count_cases(demo=True))
        assert plain[1:] == (1, 0)
        assert plain_json == db.revision_json_by_sha(sha) != ""
    finally:
        db.close()


# Opens the desk as the command line does, and does what the window does up to ready and then some, noting whether
# SQLAlchemy (or YAML, or the storage modules built on SQLAlchemy) was imported on the way; then logs one case.
THE_WAY_TO_READY = r"""
import json, sys
from deskhelp.service import DeskService
from deskhelp.settings import load_settings

service = DeskService.open(load_settings())
service.search("bank")
service.case_count(demo=True)
service.whats_new(None)
service.daily_maintenance()
heavy = ("sqlalchemy", "alembic", "yaml", "deskhelp.storage.database", "deskhelp.storage.models",
         "deskhelp.storage.engine")
before = sorted(m for m in sys.modules if m in heavy or m.split(".")[0] in heavy)
service.warm_up().join()
after = sorted(m for m in sys.modules if m in heavy)
case = service.pack.case_types["print-bank-statement"]
from deskhelp.core.triage import default_answers
service.log(service.triage(case.id, default_answers(case)))
service.close()
print(json.dumps({"before": before, "after": after}))
"""


def test_sqlalchemy_and_yaml_stay_off_the_way_to_ready_and_come_with_the_warm_up(use_small_pack) -> None:
    env = dict(os.environ)
    subprocess.run([sys.executable, "-m", "deskhelp", "check"], env=env, check=True, capture_output=True)
    out = subprocess.run([sys.executable, "-c", THE_WAY_TO_READY], env=env, capture_output=True, text=True, check=True)
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["before"] == []
    assert "sqlalchemy" in seen["after"] and "deskhelp.storage.database" in seen["after"]
    conn = sqlite3.connect(load_settings().database)
    try:
        assert conn.execute("SELECT count(*) FROM case_record").fetchone()[0] == 1
    finally:
        conn.close()


def test_damage_found_before_sqlalchemy_is_ready_still_stops_every_write(
    deskhelp_home: Path, use_small_pack, monkeypatch: pytest.MonkeyPatch
) -> None:
    from deskhelp.storage import integrity

    service = _warm_start()
    try:
        monkeypatch.setattr(integrity, "check_integrity", lambda path, thorough=True: ["page 3: btreeInitPage() error"])
        assert service.check_integrity() == ["page 3: btreeInitPage() error"]
        assert service.damaged is not None and not service._store.ready  # found with plain sqlite3
        with pytest.raises(StorageError) as caught:
            _log(service)  # the Database is made now, knowing the damage
        assert caught.value.problem is StorageProblem.DAMAGED
    finally:
        service.close()
    assert load_settings().database.exists()


def test_damage_found_after_the_warm_up_stops_writes_too(
    deskhelp_home: Path, use_small_pack, monkeypatch: pytest.MonkeyPatch
) -> None:
    from deskhelp.storage import integrity

    service = DeskService.open(load_settings())
    try:
        service.warm_up().join()
        assert service._store.ready
        monkeypatch.setattr(integrity, "check_integrity", lambda path, thorough=True: ["row 4 missing from index"])
        service.check_integrity()
        with pytest.raises(StorageError) as caught:
            _log(service)
        assert caught.value.problem is StorageProblem.DAMAGED
    finally:
        service.close()


def test_a_warm_up_after_close_makes_nothing(deskhelp_home: Path, use_small_pack) -> None:
    service = _warm_start()
    service.close()
    service.warm_up().join()
    assert not service._store.ready


def test_closing_leaves_no_wal_behind(deskhelp_home: Path, use_small_pack) -> None:
    """The plain connection closes first, so the engine's, closing last, checkpoints the cases into the file."""
    service = DeskService.open(load_settings())
    _log(service)
    service.close()
    database = load_settings().database
    wal = Path(f"{database}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_the_search_index_is_built_by_the_first_search_only(deskhelp_home: Path, use_small_pack) -> None:
    """`deskhelp check` reads the pack and never searches: it builds no index (a third of its time)."""
    service = _warm_start()
    try:
        service.check_integrity()
        assert service.case_count() == 0 and service._index is None
        assert service.search("bank")[0].case_type.id == "print-bank-statement"
        assert service.prepare_search() is service._index is not None
    finally:
        service.close()
