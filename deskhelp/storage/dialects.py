"""What the migrations write differently for SQLite (the desk) and PostgreSQL (the central database, issue 15).

The migration history is one; only server-side SQL that SQLite and PostgreSQL spell differently goes through here,
decided by the connection the migration runs on. On SQLite every function returns exactly what the migrations wrote
before, so a desk's file is migrated as it always was.
"""

from __future__ import annotations

import sqlalchemy as sa

SQLITE_RANDOM_ID = "(lower(hex(randomblob(16))))"
# 32 hex digits per row: PostgreSQL evaluates a volatile default for every existing row when a column is added.
POSTGRESQL_RANDOM_ID = "(md5(random()::text || clock_timestamp()::text))"


def _dialect() -> str:
    from alembic import op

    return op.get_bind().dialect.name


def false_default() -> sa.TextClause:
    """A boolean column's server default of false: SQLite stores 0, PostgreSQL refuses an integer for a boolean."""
    return sa.text("false") if _dialect() == "postgresql" else sa.text("0")


def random_id_default() -> sa.TextClause:
    return sa.text(POSTGRESQL_RANDOM_ID if _dialect() == "postgresql" else SQLITE_RANDOM_ID)


def rebuild() -> str:
    """``recreate`` for a batch that adds a column with a non-constant default: SQLite must rebuild the table
    ("always"); PostgreSQL alters it in place ("auto"), keeping the tables that refer to it."""
    return "always" if _dialect() == "sqlite" else "auto"
