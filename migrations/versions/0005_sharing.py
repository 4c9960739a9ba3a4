"""Sharing cases through a folder (issue 14): a global identity per case, what this desk has shared, what it has
collected from the others.

- case_record.global_id: 32 hex digits (a random UUID), unique across desks. Cases that existed before get one
  each from SQLite's randomblob (the column's default, evaluated per row while the table is rebuilt); the desk gives
  new cases a uuid4 (Database.log_case), bulk loads (demo data) get the default.
- case_record.shared: 0 until the case went into a shared file (0 for every case before, so the first share sends
  them all). case_record.origin_desk: NULL for cases logged here; the sending desk's identity for collected cases.
- share_state: this database's desk identity (made at the first share) and its last share.
- case_withdrawal: undone cases, to be withdrawn from the shared picture (and, for collected ones, remembered so a
  case withdrawn by its desk is never collected again).
- collected_file: the shared files already read (name and checksum), so a second collect reads nothing again.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

from deskhelp.storage.dialects import false_default, random_id_default, rebuild

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rebuilt ("always"): SQLite's ALTER TABLE cannot add a column whose default is not a constant; while the table
    # is copied, the default is evaluated for every row, so each old case gets its own random id.
    with op.batch_alter_table("case_record", recreate=rebuild()) as batch:
        batch.add_column(
            sa.Column("global_id", sa.String(length=32), server_default=random_id_default(), nullable=False)
        )
        batch.add_column(sa.Column("shared", sa.Boolean(), server_default=false_default(), nullable=False))
        batch.add_column(sa.Column("origin_desk", sa.String(length=32), nullable=True))
    op.create_index("ix_case_record_global_id", "case_record", ["global_id"], unique=True)
    op.create_index(
        "ix_case_record_unshared",
        "case_record",
        ["shared"],
        sqlite_where=sa.text("shared = 0"),
        postgresql_where=sa.text("NOT shared"),
    )
    op.create_table(
        "share_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("desk_identity", sa.String(length=32), nullable=False),
        sa.Column("last_share_at", sa.DateTime(), nullable=True),
        sa.Column("last_share_file", sa.Text(), nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_share_state_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_share_state")),
    )
    op.create_table(
        "case_withdrawal",
        sa.Column("global_id", sa.String(length=32), nullable=False),
        sa.Column("origin_desk", sa.String(length=32), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=False),
        sa.Column("shared", sa.Boolean(), server_default=false_default(), nullable=False),
        sa.PrimaryKeyConstraint("global_id", name=op.f("pk_case_withdrawal")),
    )
    op.create_table(
        "collected_file",
        sa.Column("desk_identity", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=False),
        sa.Column("cases", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("desk_identity", "name", name=op.f("pk_collected_file")),
    )


def downgrade() -> None:
    op.drop_table("collected_file")
    op.drop_table("case_withdrawal")
    op.drop_table("share_state")
    op.drop_index("ix_case_record_unshared", table_name="case_record")
    op.drop_index("ix_case_record_global_id", table_name="case_record")
    with op.batch_alter_table("case_record") as batch:
        batch.drop_column("origin_desk")
        batch.drop_column("shared")
        batch.drop_column("global_id")
