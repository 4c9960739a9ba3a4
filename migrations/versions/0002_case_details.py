"""Case details asked when logging: READ effort, duration bucket, chafing flag and a short reflection.

Cases logged before keep NULL effort and duration (they were not asked) and chafing false.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

from deskhelp.storage.dialects import false_default

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_record") as batch:
        batch.add_column(sa.Column("effort", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("duration", sa.String(length=10), nullable=True))
        batch.add_column(sa.Column("chafing", sa.Boolean(), server_default=false_default(), nullable=False))
        batch.add_column(sa.Column("reflection", sa.Text(), nullable=True))
        batch.create_check_constraint("effort", "effort BETWEEN 1 AND 6")
        batch.create_check_constraint("duration", "duration IN ('under-5', '5-15', '15-30', '30-60', 'over-60')")
        batch.create_check_constraint("reflection", "length(reflection) <= 500")


def downgrade() -> None:
    with op.batch_alter_table("case_record") as batch:
        batch.drop_constraint(op.f("ck_case_record_reflection"), type_="check")
        batch.drop_constraint(op.f("ck_case_record_duration"), type_="check")
        batch.drop_constraint(op.f("ck_case_record_effort"), type_="check")
        batch.drop_column("reflection")
        batch.drop_column("chafing")
        batch.drop_column("duration")
        batch.drop_column("effort")
