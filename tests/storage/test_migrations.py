"""Every schema revision upgrades from empty, round-trips down and up, and upgrades from a real old file."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from deskhelp.storage import migrate
from deskhelp.storage.errors import StorageError, StorageProblem
from deskhelp.storage.schema import SCHEMA_HEAD

SCHEMA_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "schema"


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_schema_head_constant_matches_the_migrations() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_current_head() == SCHEMA_HEAD


def test_upgrade_from_empty(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    migrate.prepare_database(path)
    assert migrate.current_revision(path) == SCHEMA_HEAD
    assert {"pack_revision", "case_record", "case_actor", "alembic_version"} <= _tables(path)
    assert not (tmp_path / "backups").exists()  # nothing to back up in a new file


@pytest.mark.parametrize("revision", _revisions())
def test_downgrade_and_upgrade_round_trip(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "rt.sqlite3"
    migrate.prepare_database(path)
    schema_at_head = _schema(path)
    script = ScriptDirectory.from_config(migrate.alembic_config())
    down_to = script.get_revision(revision).down_revision or "base"
    migrate.downgrade(path, down_to)
    assert migrate.current_revision(path) == (None if down_to == "base" else down_to)
    migrate.upgrade(path, "head")
    assert _schema(path) == schema_at_head


def _schema(path: Path) -> list[tuple]:
    """Tables, columns, constraints and indexes. Batch migrations rebuild a table with its constraints in set
    order, so the clauses of each CREATE statement are compared as a sorted list, not as one string."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        return sorted(
            (kind, name, sorted(part.strip() for part in re.split(r",\s*\n", (sql or "").rstrip().removesuffix(")"))))
            for kind, name, sql in rows
        )
    finally:
        conn.close()


@pytest.mark.parametrize("fixture", sorted(SCHEMA_FIXTURES.glob("*.sqlite3")), ids=lambda p: p.stem)
def test_released_databases_upgrade_and_keep_their_cases(tmp_path: Path, fixture: Path) -> None:
    path = tmp_path / "deskhelp.sqlite3"
    shutil.copy(fixture, path)
    conn = sqlite3.connect(path)
    cases_before = conn.execute("SELECT * FROM case_record ORDER BY id").fetchall()
    conn.close()
    assert cases_before, "a schema fixture must hold cases"
    migrate.prepare_database(path)
    assert migrate.current_revision(path) == SCHEMA_HEAD
    conn = sqlite3.connect(path)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(case_record)")]
    old_columns = len(cases_before[0])
    cases_after = conn.execute(f"SELECT {', '.join(columns[:old_columns])} FROM case_record ORDER BY id").fetchall()
    conn.close()
    assert cases_after == cases_before


def test_an_existing_database_is_backed_up_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "deskhelp.sqlite3"
    migrate.prepare_database(path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE marker (x)")  # something to find in the copy
    conn.commit()
    conn.close()
    migrate.downgrade(path, "base")
    migrate.prepare_database(path)
    (backup,) = (tmp_path / "backups").glob("*.sqlite3")
    assert "marker" in _tables(backup)
    assert migrate.current_revision(path) == SCHEMA_HEAD


def test_a_database_from_a_newer_deskhelp_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "deskhelp.sqlite3"
    migrate.prepare_database(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StorageError) as caught:
        migrate.prepare_database(path)
    assert caught.value.problem is StorageProblem.NEWER_SCHEMA
    assert path.read_bytes() == before
