"""The SQLAlchemy engine for a DeskHelp database file, configured for a desk PC that must never lose a case.

- WAL journal: readers (a team lead's statistics) never block the desk's writes.
- synchronous=FULL: a logged case survives a power cut.
- foreign_keys on every connection: SQLite leaves them off by default.
- secure_delete on every connection: deleted rows (an undone case) leave no readable trace in free pages.
- busy_timeout: a second DeskHelp (or a backup) holding the lock makes us wait briefly, not fail.
- Write transactions start with BEGIN IMMEDIATE, taking the write lock up front, so two writers queue at
  BEGIN (where busy_timeout applies) instead of deadlocking half-way through.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from deskhelp.storage.quick_read import BUSY_TIMEOUT_MS  # one value for every connection

WRITE = {"deskhelp_begin": "BEGIN IMMEDIATE"}


def create_sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:
        # Let SQLAlchemy's "begin" event below emit BEGIN itself (pysqlite's own handling is unreliable).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        # An undone case (or any deleted row) is overwritten with zeros, not left readable in free pages of the
        # file, its WAL and every backup copied from it.
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql(connection.get_execution_options().get("deskhelp_begin", "BEGIN"))

    return engine


def write_engine(engine: Engine) -> Engine:
    """The same engine (and pool), with every transaction started as BEGIN IMMEDIATE."""
    return engine.execution_options(**WRITE)
