"""The guideline pack at start-up: new packs applied, bad packs refused without losing the one in use."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from deskhelp.content.pack_file import PackError
from deskhelp.core.triage import default_answers
from deskhelp.service import BUNDLED, FILE, DeskService, sync_pack
from deskhelp.settings import load_settings
from deskhelp.storage.database import Database


@pytest.fixture
def db(tmp_path: Path):
    database = Database.open(tmp_path / "deskhelp.sqlite3")
    yield database
    database.close()


def test_a_new_pack_is_applied_once(db: Database, small_pack_path: Path) -> None:
    first = sync_pack(db, small_pack_path, FILE)
    assert first.applied_now and first.refused is None
    again = sync_pack(db, small_pack_path, FILE)
    assert not again.applied_now and again.revision.id == first.revision.id


def test_an_invalid_pack_is_refused_and_the_previous_revision_stays(
    db: Database, small_pack_path: Path, tmp_path: Path
) -> None:
    good = sync_pack(db, small_pack_path, FILE).revision
    broken = tmp_path / "broken.yaml"
    broken.write_text(small_pack_path.read_text(encoding="utf-8").replace("mission: partly", "mission: perhaps", 1))
    status = sync_pack(db, broken, FILE)
    assert status.revision == good and not status.applied_now
    assert isinstance(status.refused, PackError)
    assert "broken.yaml: case_types[1].mission: 'perhaps' is not one of" in str(status.refused)
    assert db.active_revision() == good


def test_with_nothing_to_fall_back_on_an_invalid_pack_is_an_error(db: Database, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\n")
    with pytest.raises(PackError):
        sync_pack(db, broken, FILE)
    assert db.active_revision() is None


def test_the_bundled_pack_never_replaces_the_librarys_own(db: Database, small_pack_path: Path, tmp_path: Path) -> None:
    own = sync_pack(db, small_pack_path, FILE).revision
    bundled = tmp_path / "bundled.yaml"
    bundled.write_text(small_pack_path.read_text(encoding="utf-8").replace('version: "1"', 'version: "9"'))
    assert sync_pack(db, bundled, BUNDLED).revision == own


def test_the_service_logs_a_case_with_its_revision_and_the_hour(use_small_pack: Path) -> None:
    settings = load_settings()
    service = DeskService.open(settings)
    service._clock = lambda: dt.datetime(2026, 11, 23, 16, 59, 59)
    case = service.pack.case_types["tax-return"]
    logged = service.log(service.triage(case.id, default_answers(case)))
    service.close()
    conn = sqlite3.connect(settings.database)
    row = conn.execute(
        "SELECT case_type_id, outcome, occurred_on, occurred_hour, pack_revision_id FROM case_record WHERE id=?",
        (logged.id,),
    ).fetchone()
    assert row == ("tax-return", "referred", "2026-11-23", 16, service.pack_status.revision.id)
    conn.close()
