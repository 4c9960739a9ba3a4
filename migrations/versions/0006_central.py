"""A central PostgreSQL database (issue 15): what this desk has sent there.

- case_record.central_sent: false until the case is in the central database (false for every case before, so the
  first push sends them all). On the central database itself the column is true for every case it holds.
- case_withdrawal.central_sent: false until the undone case was withdrawn from the central database.

Plain ALTER TABLE ... ADD COLUMN with a constant default on both SQLite and PostgreSQL: no table is rebuilt and
every row is kept.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

from deskhelp.storage.dialects import false_default

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_record") as batch:
        batch.add_column(sa.Column("central_sent", sa.Boolean(), server_default=false_default(), nullable=False))
    op.create_index(
        "ix_case_record_central_unsent",
        "case_record",
        ["central_sent"],
        sqlite_where=sa.text("central_sent = 0"),
        postgresql_where=sa.text("NOT central_sent"),
    )
    with op.batch_alter_table("case_withdrawal") as batch:
        batch.add_column(sa.Column("central_sent", sa.Boolean(), server_default=false_default(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("case_withdrawal") as batch:
        batch.drop_column("central_sent")
    op.drop_index("ix_case_record_central_unsent", table_name="case_record")
    with op.batch_alter_table("case_record") as batch:
        batch.drop_column("central_sent")
