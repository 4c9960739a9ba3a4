"""Every schema revision upgrades from empty, round-trips down and up with rows in it, and upgrades every released
database without losing a row of any table. Rows are read back with plain sqlite3 and compared value by value.

Issue 11: upgrading 0001/0002 emptied case_actor (a batch rebuild of case_record with foreign keys on cascaded),
and the test only counted case_record. Now every table of every fixture is compared, and the upgrade guard in
prepare_database is tested by migrations that lose rows on purpose.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from deskhelp.storage import migrate
from deskhelp.storage.errors import StorageError, StorageProblem
from deskhelp.storage.schema import SCHEMA_HEAD

SCHEMA_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "schema"
FIXTURES = sorted(SCHEMA_FIXTURES.glob("*.sqlite3"))

# What each column added since the first release holds for rows that existed before it, as its migration says.
NEW_COLUMN_VALUES = {
    ("case_record", "effort"): None,
    ("case_record", "duration"): None,
    ("case_record", "chafing"): 0,
    ("case_record", "reflection"): None,
    ("case_record", "demo"): 0,
    ("case_record", "description"): None,
    ("case_record", "shared"): 0,  # not yet shared: the first share sends every case
    ("case_record", "origin_desk"): None,  # logged here
    ("case_record", "central_sent"): 0,  # not yet in the central database: the first push sends every case
    ("case_withdrawal", "central_sent"): 0,
}
# Columns whose old rows each get a value of their own: what each value must look like, and whether they differ.
NEW_COLUMN_SHAPES = {("case_record", "global_id"): (re.compile(r"[0-9a-f]{32}"), "unique")}


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def _dump(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every table (SQLite's own aside): its columns and its rows, sorted, read with plain sqlite3."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        query = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
        tables = [r[0] for r in conn.execute(query)]
        dump = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            dump[table] = (columns, sorted(rows, key=repr))
        return dump
    finally:
        conn.close()


def _project(columns: list[str], rows: list[tuple], keep: list[str]) -> list[tuple]:
    at = [columns.index(c) for c in keep]
    return sorted((tuple(row[i] for i in at) for row in rows), key=repr)


def _assert_every_row_kept(before: dict, after: dict, skip: frozenset[str] = frozenset({"alembic_version"})) -> None:
    """Every row of every table in ``before`` is in ``after`` with the same values, and no row was added; columns
    that exist only in ``after`` hold what NEW_COLUMN_VALUES says."""
    for table, (old_columns, old_rows) in before.items():
        if table in skip:
            continue
        assert table in after, f"{table} is gone"
        new_columns, new_rows = after[table]
        kept = [c for c in old_columns if c in new_columns]
        assert kept == old_columns, f"{table} lost columns {set(old_columns) - set(new_columns)}"
        assert _project(new_columns, new_rows, kept) == old_rows, f"{table}: rows differ"
        for column in new_columns:
            if column not in old_columns and (table, column) in NEW_COLUMN_SHAPES:
                pattern, _unique = NEW_COLUMN_SHAPES[(table, column)]
                values = [row[new_columns.index(column)] for row in new_rows]
                assert all(pattern.fullmatch(v) for v in values), f"{table}.{column} holds {values}"
                assert len(set(values)) == len(values), f"{table}.{column} repeats a value"
            elif column not in old_columns:
                assert (table, column) in NEW_COLUMN_VALUES, f"say what {table}.{column} holds for old rows"
                values = {row[new_columns.index(column)] for row in new_rows}
                assert values <= {NEW_COLUMN_VALUES[(table, column)]}, f"{table}.{column} holds {values}"


def _integrity(path: Path) -> tuple[list, list]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall(), conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()


def _tables(path: Path) -> set[str]:
    return set(_dump(path))


def _copy_fixture(fixture: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "deskhelp.sqlite3"
    shutil.copy(fixture, path)
    return path


def test_schema_head_constant_matches_the_migrations() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_current_head() == SCHEMA_HEAD


# -- the fixtures -------------------------------------------------------------------------------------------------


def test_there_is_a_fixture_with_rows_for_every_revision() -> None:
    """tools/make_schema_fixture.py writes them; a new migration is tested with real rows from its first day."""
    assert [p.stem for p in FIXTURES] == _revisions()


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_a_fixture_holds_rows_in_every_table(fixture: Path) -> None:
    dump = _dump(fixture)
    assert migrate.current_revision(fixture) == fixture.stem
    for table, (_columns, rows) in dump.items():
        assert rows, f"{fixture.name}: {table} is empty"
    actors_per_case = {}
    for case_id, _actor in dump["case_actor"][1]:
        actors_per_case[case_id] = actors_per_case.get(case_id, 0) + 1
    assert max(actors_per_case.values()) >= 2
    assert _integrity(fixture) == ([("ok",)], [])
    assert fixture.stat().st_size < 64 * 1024


# -- upgrading released databases ------------------------------------------------------------------------------


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_a_released_database_upgrades_keeping_every_row_of_every_table(tmp_path: Path, fixture: Path) -> None:
    path = _copy_fixture(fixture, tmp_path)
    before = _dump(path)
    migrate.prepare_database(path)
    after = _dump(path)
    assert migrate.current_revision(path) == SCHEMA_HEAD
    _assert_every_row_kept(before, after)
    for table in set(after) - set(before):
        assert after[table][1] == [], f"{table} is new, so it starts empty"
    assert _integrity(path) == ([("ok",)], [])
    if fixture.stem != SCHEMA_HEAD:
        (backup,) = (tmp_path / "backups").glob("*.sqlite3")
        assert _dump(backup) == before


def test_the_defaults_of_new_columns_are_the_documented_ones(tmp_path: Path) -> None:
    """Spelled out for the oldest fixture: old cases were not asked effort, duration or a reflection."""
    path = _copy_fixture(SCHEMA_FIXTURES / "0001.sqlite3", tmp_path)
    migrate.prepare_database(path)
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT effort, duration, chafing, reflection, demo FROM case_record").fetchall()
    conn.close()
    assert rows and set(rows) == {(None, None, 0, None, 0)}


def _run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "deskhelp", *args], capture_output=True, text=True, env=dict(os.environ), timeout=120
    )


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_deskhelp_check_upgrades_a_released_database_and_keeps_the_actor_referrals(
    fixture: Path, deskhelp_home: Path, use_small_pack: Path
) -> None:
    """The report of issue 11, as a user would do it: copy the old file in and run `deskhelp check`."""
    path = _copy_fixture(fixture, deskhelp_home)
    before = _dump(path)
    out = _run_cli("check")
    assert out.returncode == 0, out.stderr
    after = _dump(path)
    assert len(after["case_actor"][1]) == len(before["case_actor"][1]) > 0
    _assert_every_row_kept(
        {t: before[t] for t in ("case_record", "case_actor")}, {t: after[t] for t in ("case_record", "case_actor")}
    )


def test_a_larger_old_database_keeps_every_actor_referral(tmp_path: Path) -> None:
    path = _copy_fixture(SCHEMA_FIXTURES / "0001.sqlite3", tmp_path)
    conn = sqlite3.connect(path)
    with conn:
        template = conn.execute("SELECT * FROM case_record WHERE id = 2").fetchone()
        conn.executemany(
            f"INSERT INTO case_record VALUES ({', '.join('?' * len(template))})",
            ((case_id, *template[1:]) for case_id in range(100, 5100)),
        )
        conn.executemany(
            "INSERT INTO case_actor VALUES (?, ?)",
            ((case_id, actor) for case_id in range(100, 5100) for actor in ("bank", "social-services")),
        )
    conn.close()
    before = _dump(path)
    assert len(before["case_actor"][1]) == 10_009
    migrate.prepare_database(path)
    after = _dump(path)
    _assert_every_row_kept(before, after)
    assert len(after["case_actor"][1]) == 10_009


# -- round trips ---------------------------------------------------------------------------------------------


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


@pytest.mark.parametrize("revision", _revisions()[1:])
def test_a_round_trip_with_rows_keeps_the_child_rows(tmp_path: Path, revision: str) -> None:
    """Down past ``revision`` and up again, from the head fixture: a downgrade drops the columns and tables its
    revision added (that is what a downgrade is), but every other row stays, children included."""
    path = _copy_fixture(SCHEMA_FIXTURES / f"{SCHEMA_HEAD}.sqlite3", tmp_path)
    at_head = _dump(path)
    down_to = ScriptDirectory.from_config(migrate.alembic_config()).get_revision(revision).down_revision
    migrate.downgrade(path, down_to)
    down = _dump(path)
    at_old = _dump(SCHEMA_FIXTURES / f"{down_to}.sqlite3")
    assert {t: cols for t, (cols, _rows) in down.items()} == {t: cols for t, (cols, _rows) in at_old.items()}
    for table, (columns, rows) in down.items():
        if table != "alembic_version":
            assert rows == _project(*at_head[table], columns), f"{table} lost rows going down to {down_to}"
    assert _integrity(path) == ([("ok",)], [])
    migrate.upgrade(path, "head")
    _assert_every_row_kept(down, _dump(path))


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


# -- the upgrade guard: migrations that go wrong on purpose --------------------------------------------------


@pytest.fixture
def old_database(tmp_path: Path) -> Path:
    return _copy_fixture(SCHEMA_FIXTURES / "0001.sqlite3", tmp_path / "data")


def _replaced(path: Path) -> list[Path]:
    return sorted(path.parent.glob("deskhelp-replaced-*.sqlite3"))


def test_an_upgrade_that_loses_rows_is_undone_from_the_backup(
    old_database: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    before = _dump(old_database)
    real_upgrade = migrate.upgrade

    def losing_upgrade(database: Path, revision: str) -> None:
        real_upgrade(database, revision)
        conn = sqlite3.connect(database)
        with conn:
            conn.execute("DELETE FROM case_actor WHERE case_id = 2")
        conn.close()

    monkeypatch.setattr(migrate, "upgrade", losing_upgrade)
    with pytest.raises(StorageError) as caught:
        migrate.prepare_database(old_database)
    error = caught.value
    assert error.problem is StorageProblem.MIGRATION_FAILED
    assert "case_actor had 9 rows before and 6 after" in error.detail
    (backup,) = (old_database.parent / "backups").glob("*.sqlite3")
    assert "put back" in error.detail and str(backup) in error.detail
    assert _dump(old_database) == before  # every row of every table, as it was
    assert migrate.current_revision(old_database) == "0001"
    (kept,) = _replaced(old_database)  # the upgraded file is kept aside, not deleted
    assert migrate.current_revision(kept) == SCHEMA_HEAD and str(kept) in error.detail
    assert "case_actor had 9 rows before and 6 after" in caplog.text


def test_the_guard_alone_would_have_caught_issue_11(old_database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Migrations run the old way, with foreign keys on: the batch rebuild cascades into case_actor. The row
    counts catch it and the backup comes back."""

    @contextlib.contextmanager
    def with_foreign_keys_on(connection, database):
        with connection.begin():
            yield

    before = _dump(old_database)
    monkeypatch.setattr(migrate, "migration_transaction", with_foreign_keys_on)
    with pytest.raises(StorageError) as caught:
        migrate.prepare_database(old_database)
    assert "case_actor had 9 rows before and 0 after" in caught.value.detail
    assert _dump(old_database) == before


def test_an_upgrade_that_breaks_a_reference_is_undone(old_database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _dump(old_database)
    real_upgrade = migrate.upgrade

    def breaking_upgrade(database: Path, revision: str) -> None:
        real_upgrade(database, revision)
        conn = sqlite3.connect(database)  # foreign keys off, as SQLite starts
        with conn:
            conn.execute("UPDATE case_actor SET case_id = 999 WHERE case_id = 3")
        conn.close()

    monkeypatch.setattr(migrate, "upgrade", breaking_upgrade)
    with pytest.raises(StorageError) as caught:
        migrate.prepare_database(old_database)
    assert "2 rows of case_actor -> case_record point to nothing" in caught.value.detail
    assert _dump(old_database) == before


def _failing_inside(monkeypatch: pytest.MonkeyPatch, statement: str) -> None:
    """Run the real migrations, then ``statement`` on the same connection, inside the upgrade's transaction."""
    real = command.upgrade

    def upgrade_then(config, revision):
        real(config, revision)
        config.attributes["connection"].exec_driver_sql(statement)

    monkeypatch.setattr(command, "upgrade", upgrade_then)


def test_a_failing_migration_rolls_every_migration_back(old_database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """0002 and 0003 ran, then something failed: one transaction, so the file is as it was and needs no restore."""
    before = _dump(old_database)
    _failing_inside(monkeypatch, "SELECT * FROM no_such_table")
    with pytest.raises(StorageError) as caught:
        migrate.prepare_database(old_database)
    assert caught.value.problem is StorageProblem.MIGRATION_FAILED
    assert "rolled back" in caught.value.detail and "unchanged" in caught.value.detail
    assert _dump(old_database) == before
    assert _replaced(old_database) == []


def test_a_mistake_in_a_migrations_code_is_rolled_back_too(old_database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _dump(old_database)
    real = command.upgrade

    def upgrade_then_fail(config, revision):
        real(config, revision)
        raise KeyError("a slip in a migration")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    with pytest.raises(StorageError) as caught:
        migrate.prepare_database(old_database)
    assert caught.value.problem is StorageProblem.MIGRATION_FAILED
    assert "KeyError" in caught.value.detail and "rolled back" in caught.value.detail
    assert _dump(old_database) == before


def test_a_migration_that_leaves_a_dangling_reference_is_rolled_back(
    old_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Foreign keys are off while migrating, so the check after the migrations is what refuses this."""
    before = _dump(old_database)
    _failing_inside(monkeypatch, "INSERT INTO case_actor VALUES (777, 'bank')")
    with pytest.raises(StorageError) as caught:
        migrate.prepare_database(old_database)
    assert "case_actor -> case_record (1 rows)" in caught.value.detail
    assert _dump(old_database) == before


def test_foreign_keys_are_back_on_after_migrating(tmp_path: Path) -> None:
    from deskhelp.storage.engine import create_sqlite_engine

    path = _copy_fixture(SCHEMA_FIXTURES / "0001.sqlite3", tmp_path)
    engine = create_sqlite_engine(path)
    try:
        with engine.connect() as connection:
            with migrate.migration_transaction(connection, path):
                assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 0
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()


def test_the_alembic_command_line_migrates_with_the_same_protection(tmp_path: Path) -> None:
    """migrations/env.py runs the alembic CLI path through migration_transaction too."""
    home = tmp_path / "home"
    path = _copy_fixture(SCHEMA_FIXTURES / "0001.sqlite3", home)
    before = _dump(path)
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESKHELP_")} | {"DESKHELP_HOME": str(home)}
    code = (
        "from alembic import command; from deskhelp.storage.migrate import alembic_config; "
        "command.upgrade(alembic_config(), 'head')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert migrate.current_revision(path) == SCHEMA_HEAD
    _assert_every_row_kept(before, _dump(path))
