"""Bringing a database file to the schema this build expects, before any window exists.

The common case (already at head) is answered with the standard library's sqlite3 in a millisecond; Alembic
and SQLAlchemy are imported only when there is something to migrate. An existing database is backed up first.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from deskhelp import paths
from deskhelp.storage.backup import BackupError, backup_database
from deskhelp.storage.emptied import refuse_if_emptied
from deskhelp.storage.errors import StorageError, StorageProblem, classify_sqlite_error
from deskhelp.storage.location import is_network_path
from deskhelp.storage.schema import SCHEMA_HEAD


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
    if current is not None and not _is_known_revision(current):
        raise StorageError(
            StorageProblem.NEWER_SCHEMA,
            database,
            f"the database has schema {current}, made by a newer DeskHelp; install that version or newer",
        )
    if database.exists() and database.stat().st_size > 0:
        try:
            backup_database(database, reason=f"before-{SCHEMA_HEAD}", folder=backups)
        except (sqlite3.Error, OSError, BackupError) as exc:
            raise classify_sqlite_error(exc, database) from exc
    upgrade(database, SCHEMA_HEAD)


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


def _is_known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


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
        with write_engine(engine).connect() as connection:
            getattr(command, direction)(alembic_config(connection), revision)
            connection.commit()
    except SQLAlchemyError as exc:
        raise classify_sqlite_error(exc, database) from exc
    finally:
        engine.dispose()
