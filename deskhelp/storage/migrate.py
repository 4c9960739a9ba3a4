"""Bringing a database file to the schema this build expects, before any window exists.

The common case (already at head) is answered with the standard library's sqlite3 in a millisecond; Alembic
and SQLAlchemy are imported only when there is something to migrate.

An upgrade is safe by construction, so a migration written later needs no care of its own to keep cases:
- every migration runs with foreign keys off (``migration_transaction``), because SQLite's batch mode rebuilds a
  table by dropping it, and with foreign keys on that drop cascades into the child tables (issue 11: upgrading
  from 0001 emptied case_actor). All migrations run in one transaction; a reference they break rolls it back.
- ``prepare_database`` backs the file up, counts the rows of every table before and after, and puts the backup
  back when any table shrank, a reference broke or the file cannot be read afterwards. A table a migration drops
  counts as shrunk to nothing: a migration that means to remove rows must change this guard on purpose.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from deskhelp import paths
from deskhelp.storage.backup import BackupError, backup_database, restore_database
from deskhelp.storage.emptied import refuse_if_emptied
from deskhelp.storage.errors import StorageError, StorageProblem, classify_sqlite_error
from deskhelp.storage.location import is_network_path
from deskhelp.storage.schema import SCHEMA_HEAD

log = logging.getLogger(__name__)


def prepare_database(database: Path, backups: Path | None = None) -> None:
    """Refuse unsafe locations, create the folder, migrate to head (backing up into ``backups``, default: the
    folder beside the database). Raises StorageError saying what is wrong."""
    refuse_if_emptied(database, backups)  # before anything could create a new, empty file
    if is_network_path(database):
        raise StorageError(
            StorageProblem.NETWORK_PATH,
            database,
            "the database is on a network drive; SQLite cannot run safely there. Choose a folder on this PC",
        )
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            StorageProblem.CANNOT_CREATE, database, f"cannot create the folder {database.parent}: {exc.strerror}"
        ) from exc
    current = current_revision(database)
    if current == SCHEMA_HEAD:
        return
    if current is not None and not is_known_revision(current):
        raise StorageError(
            StorageProblem.NEWER_SCHEMA,
            database,
            f"the database has schema {current}, made by a newer DeskHelp; install that version or newer",
        )
    if not (database.exists() and database.stat().st_size > 0):
        upgrade(database, SCHEMA_HEAD)  # a new file: nothing in it to lose
        return
    try:
        before = census(database)
        backup = backup_database(database, reason=f"before-{SCHEMA_HEAD}", folder=backups)
    except (sqlite3.Error, OSError, BackupError) as exc:
        raise classify_sqlite_error(exc, database) from exc
    log.info("upgrading %s from schema %s to %s; rows before: %s", database, current, SCHEMA_HEAD, before.rows)
    _guarded_upgrade(database, backup, before)


# -- the upgrade guard ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Census:
    """What a database holds, counted with plain sqlite3: the revision, the rows of every table, and the rows whose
    reference points nowhere (``PRAGMA foreign_key_check``), per "child -> parent" table pair."""

    revision: str | None
    rows: dict[str, int]
    broken: dict[str, int]


def census(database: Path) -> Census:
    """Count, read-only. Raises sqlite3.Error when the file cannot be read."""
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            )
        ]
        rows = {table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}
        checked = conn.execute("PRAGMA foreign_key_check")
        broken = Counter(f"{child} -> {parent}" for child, _rowid, parent, _fk in checked)
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return Census(revision, rows, dict(broken))
    finally:
        conn.close()


def losses(before: Census, after: Census) -> list[str]:
    """What got worse between two censuses, in words for IT; empty when nothing did."""
    found = [
        f"{table} had {count} rows before and {after.rows.get(table, 0)} after"
        for table, count in before.rows.items()
        if after.rows.get(table, 0) < count
    ]
    found += [
        f"{count - before.broken.get(pair, 0)} rows of {pair} point to nothing"
        for pair, count in after.broken.items()
        if count > before.broken.get(pair, 0)
    ]
    return found


def _guarded_upgrade(database: Path, backup: Path, before: Census) -> None:
    failure: StorageError | None = None
    try:
        upgrade(database, SCHEMA_HEAD)
    except StorageError as exc:
        failure = exc
    except Exception as exc:  # a mistake in a migration's own code: the file decides what happens next, below
        log.exception("a migration of %s raised", database)
        failure = StorageError(StorageProblem.MIGRATION_FAILED, database, f"{type(exc).__name__}: {exc}")
        failure.__cause__ = exc
    try:
        after = census(database)
    except sqlite3.Error as exc:
        problems = [f"the file cannot be read after the upgrade ({exc})"]
    else:
        problems = losses(before, after)
        if failure is None and not problems and after.revision == SCHEMA_HEAD:
            log.info("upgraded %s to schema %s; rows after: %s", database, SCHEMA_HEAD, after.rows)
            return
        if failure is not None and not problems and after.revision == before.revision:
            # The one upgrade transaction rolled back: the file is as it was. Putting the backup back would gain
            # nothing and, if another program holds the file (a LOCKED failure), would strand what it writes next.
            log.error("upgrading %s to schema %s failed and was rolled back: %s", database, SCHEMA_HEAD, failure)
            raise StorageError(
                failure.problem,
                database,
                f"{failure.detail}; the upgrade to schema {SCHEMA_HEAD} was rolled back and the database is "
                f"unchanged (a backup from before it is {backup})",
            ) from failure
        if failure is None and not problems:
            problems = [f"the file is at schema {after.revision}, not {SCHEMA_HEAD}"]
    if failure is not None:
        problems.insert(0, f"it failed: {failure.detail}")
    _put_backup_back(database, backup, problems, failure)


def _put_backup_back(database: Path, backup: Path, problems: list[str], cause: Exception | None) -> None:
    what = "; ".join(problems)
    log.error("the upgrade of %s to schema %s went wrong: %s; putting back %s", database, SCHEMA_HEAD, what, backup)
    try:
        kept = restore_database(backup, database)
    except (BackupError, OSError) as exc:
        log.exception("putting back %s failed", backup)
        raise StorageError(
            StorageProblem.MIGRATION_FAILED,
            database,
            f"the upgrade to schema {SCHEMA_HEAD} went wrong ({what}), and putting the backup from before it back "
            f"failed ({exc}); copy {backup} over {database} by hand",
        ) from cause or exc
    raise StorageError(
        StorageProblem.MIGRATION_FAILED,
        database,
        f"the upgrade to schema {SCHEMA_HEAD} went wrong ({what}); the backup from before it was put back "
        f"({backup}) and the upgraded file was kept as {kept}",
    ) from cause


# -- revisions ------------------------------------------------------------------------------------------------


def current_revision(database: Path) -> str | None:
    """The Alembic revision stamped in the file, or None for a new or empty database."""
    if not database.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise StorageError(
                        StorageProblem.NOT_A_DATABASE, database, "the file is an SQLite database, but not DeskHelp's"
                    )
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, database) from exc


def alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def is_known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


# -- running migrations ---------------------------------------------------------------------------------------


def upgrade(database: Path, revision: str) -> None:
    _run(database, "upgrade", revision)


def downgrade(database: Path, revision: str) -> None:
    _run(database, "downgrade", revision)


def _run(database: Path, direction: str, revision: str) -> None:
    from alembic import command
    from sqlalchemy.exc import SQLAlchemyError

    from deskhelp.storage.engine import create_sqlite_engine, write_engine

    engine = create_sqlite_engine(database)
    try:
        with write_engine(engine).connect() as connection, migration_transaction(connection, database):
            getattr(command, direction)(alembic_config(connection), revision)
    except SQLAlchemyError as exc:
        raise classify_sqlite_error(exc, database) from exc
    finally:
        engine.dispose()


@contextmanager
def migration_transaction(connection, database: Path) -> Iterator[None]:
    """One transaction for all the migrations of a run, with foreign keys off (see the module docstring), that
    rolls back if the migrations leave a reference pointing nowhere. Used by ``_run`` and by migrations/env.py
    for the alembic command line, so every migration gets it without asking.

    ``PRAGMA foreign_keys`` is a no-op inside a transaction, so it is set on the bare connection before BEGIN,
    and read back: a migration must never run with foreign keys on.

    The PRAGMAs and the reference check are SQLite's. On PostgreSQL (the central database, storage.central) the
    migrations simply run in one transaction: its DDL is transactional, its ALTERs keep the rows, and it checks
    references itself.
    """
    if connection.dialect.name != "sqlite":
        with connection.begin():
            yield
        return
    raw = connection.connection.driver_connection
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        if raw.execute("PRAGMA foreign_keys").fetchone()[0] != 0:
            raise StorageError(
                StorageProblem.MIGRATION_FAILED, database, "foreign keys could not be switched off for the upgrade"
            )
        with connection.begin():
            broken_before = _broken_references(connection)
            yield
            broken = _broken_references(connection) - broken_before
            if broken:
                pairs = ", ".join(f"{pair} ({count} rows)" for pair, count in sorted(broken.items()))
                raise StorageError(
                    StorageProblem.MIGRATION_FAILED,
                    database,
                    f"the schema change would leave references pointing to nothing: {pairs}; nothing was changed",
                )
    finally:
        raw.execute("PRAGMA foreign_keys = ON")


def _broken_references(connection) -> Counter[str]:
    rows = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    return Counter(f"{child} -> {parent}" for child, _rowid, parent, _fk in rows)
