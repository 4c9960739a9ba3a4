"""Which resources the patron lacked, per case; and a flag that marks synthetic demo cases.

Cases logged before keep no missing resources (only the yes/no answer was stored) and are real (demo false).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

from deskhelp.storage.dialects import false_default

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_missing_resource",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("resource_id", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_record.id"],
            name=op.f("fk_case_missing_resource_case_id_case_record"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", "resource_id", name=op.f("pk_case_missing_resource")),
    )
    with op.batch_alter_table("case_record") as batch:
        batch.add_column(sa.Column("demo", sa.Boolean(), server_default=false_default(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("case_record") as batch:
        batch.drop_column("demo")
    op.drop_table("case_missing_resource")
