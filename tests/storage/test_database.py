"""Storage on real SQLite files: settings, anonymous rows, revisions, and bad files that must stay untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from deskhelp.content.pack_file import read_pack_file
from deskhelp.service import FILE, apply_pack
from deskhelp.storage import engine as engine_module
from deskhelp.storage.database import Database
from deskhelp.storage.errors import StorageError, StorageProblem
from deskhelp.storage.location import is_network_path


def test_connections_are_configured_for_safety(db: Database) -> None:
    with db._engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == engine_module.BUSY_TIMEOUT_MS


def test_a_logged_case_reads_back_from_the_file_and_holds_nothing_personal(db: Database, record) -> None:
    case_id = db.log_case(record, db.active_revision().id)
    conn = sqlite3.connect(db.path)
    row = conn.execute(
        "SELECT case_type_id, mission, competence, time, resources, outcome, channel, occurred_on, occurred_hour,"
        " branch, desk, pack_revision_id FROM case_record WHERE id = ?",
        (case_id,),
    ).fetchone()
    assert row == (
        "print-bank-statement", "partly", "yes", "yes", "yes", "partly_referred", "desk", "2026-03-02", 14,
        "main", "desk-2", db.active_revision().id,
    )  # fmt: skip
    actors = conn.execute("SELECT actor_id FROM case_actor WHERE case_id = ? ORDER BY actor_id", (case_id,))
    assert [a for (a,) in actors] == ["bank", "social-services"]
    columns = {r[1] for r in conn.execute("PRAGMA table_info(case_record)")}
    assert not columns & {"name", "personal_number", "phone", "email", "staff", "user", "minute", "logged_at"}
    conn.close()


def test_undo_removes_the_case_and_its_actors(db: Database, record) -> None:
    case_id = db.log_case(record, db.active_revision().id)
    assert db.delete_case(case_id) is True
    assert db.delete_case(case_id) is False
    conn = sqlite3.connect(db.path)
    assert conn.execute("SELECT count(*) FROM case_actor").fetchone() == (0,)
    conn.close()


def test_the_database_refuses_bad_values(db: Database, record) -> None:
    conn = sqlite3.connect(db.path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO case_record (pack_revision_id, case_type_id, mission, competence, time, resources, outcome,"
            " channel, occurred_on, occurred_hour, branch, desk) VALUES (1, 'x', 'maybe', 'yes', 'yes', 'yes',"
            " 'referred', 'desk', '2026-01-01', 10, 'b', 'd')"
        )
    conn.close()


def test_writes_take_the_lock_up_front_and_a_held_lock_gives_a_clear_error(
    db: Database, record, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = sqlite3.connect(db.path, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another program is writing
    db.close()
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    impatient = Database(db.path)
    with pytest.raises(StorageError) as caught:
        impatient.log_case(record, 1)
    assert caught.value.problem is StorageProblem.LOCKED
    other.rollback()
    other.close()
    assert impatient.log_case(record, 1) > 0  # once released, it works
    impatient.close()


def test_revisions_one_active_and_reactivated_not_copied(db: Database, small_pack_path: Path, tmp_path: Path) -> None:
    first = db.active_revision()
    changed = tmp_path / "changed.yaml"
    changed.write_text(small_pack_path.read_text(encoding="utf-8").replace('version: "1"', 'version: "2"'))
    second = apply_pack(db, read_pack_file(changed), FILE, str(changed))
    assert second.id != first.id and db.active_revision().version == "2"
    again = apply_pack(db, read_pack_file(small_pack_path), FILE, str(small_pack_path))
    assert again.id == first.id
    conn = sqlite3.connect(db.path)
    assert conn.execute("SELECT count(*), sum(active) FROM pack_revision").fetchone() == (2, 1)
    conn.close()
    assert db.revision_text(first.id) == small_pack_path.read_text(encoding="utf-8")


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "deskhelp.sqlite3"
    path.write_bytes(b"this is a spreadsheet, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(StorageError) as caught:
        Database.open(path)
    assert caught.value.problem is StorageProblem.NOT_A_DATABASE
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_another_programs_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StorageError) as caught:
        Database.open(path)
    assert caught.value.problem is StorageProblem.NOT_A_DATABASE
    assert path.read_bytes() == before


def test_a_folder_that_cannot_be_created_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError) as caught:
        Database.open(blocker / "sub" / "deskhelp.sqlite3")
    assert caught.value.problem is StorageProblem.CANNOT_CREATE


def test_network_locations_are_refused(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n//server/share /mnt/share cifs rw 0 0\nserver:/export /mnt/nfs nfs4 rw 0 0\n"
    )
    assert is_network_path(Path("/mnt/share/deskhelp.sqlite3"), mounts)
    assert is_network_path(Path("/mnt/nfs/a/b.sqlite3"), mounts)
    assert not is_network_path(Path("/mnt/sharedrive/x.sqlite3"), mounts)
    assert not is_network_path(Path("/home/x.sqlite3"), mounts)
    assert is_network_path(Path("//server/share/deskhelp.sqlite3"), mounts)
    assert is_network_path(Path("\\\\server\\share\\deskhelp.sqlite3"), mounts)


def test_opening_on_a_network_share_says_why(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from deskhelp.storage import migrate

    monkeypatch.setattr(migrate, "is_network_path", lambda _p: True)
    with pytest.raises(StorageError) as caught:
        Database.open(tmp_path / "deskhelp.sqlite3")
    assert caught.value.problem is StorageProblem.NETWORK_PATH
    assert "network drive" in str(caught.value)
    assert not (tmp_path / "deskhelp.sqlite3").exists()


def test_a_full_disk_is_reported_and_earlier_cases_survive(db: Database, record) -> None:
    from sqlalchemy import event

    first = db.log_case(record, db.active_revision().id)
    db.close()
    full = Database(db.path)

    @event.listens_for(full._engine, "connect")
    def _no_room(dbapi_connection, _record) -> None:  # SQLite's own "disk full": no page may be added
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    with pytest.raises(StorageError) as caught:
        for _ in range(200):
            full.log_case(record, 1)
    assert caught.value.problem is StorageProblem.DISK_FULL
    full.close()
    conn = sqlite3.connect(db.path)
    assert conn.execute("SELECT id FROM case_record WHERE id = ?", (first,)).fetchone() == (first,)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
