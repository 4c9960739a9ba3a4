"""The question inventory (issue 13): why a case chafed (several reasons), a description for errands not in the
guidelines, and reflections up to 2,000 characters (seed 001's own example is 685; the limit was 500).

Self-contained on top of 0003 (it may be renumbered onto another 0004): cases logged before keep their chafing flag
and get no reasons (nobody was asked why) and no description. The reasons are literal here, not imported from
deskhelp.core.inventory: a migration must keep making the schema of its day whatever the code becomes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

REASONS = "reason IN ('integrity', 'legal', 'ethical', 'technical', 'time', 'other')"


def upgrade() -> None:
    op.create_table(
        "case_chafing_reason",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.CheckConstraint(REASONS, name=op.f("ck_case_chafing_reason_reason")),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_record.id"],
            name=op.f("fk_case_chafing_reason_case_id_case_record"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", "reason", name=op.f("pk_case_chafing_reason")),
    )
    with op.batch_alter_table("case_record") as batch:
        batch.add_column(sa.Column("description", sa.Text(), nullable=True))
        batch.drop_constraint(op.f("ck_case_record_reflection"), type_="check")
        batch.create_check_constraint("reflection", "length(reflection) <= 2000")
        batch.create_check_constraint("description", "length(description) <= 300")


def downgrade() -> None:
    # The reflection keeps its longer limit going down: the old CHECK (500) would refuse the reflections written
    # since, and a downgrade drops what its revision added (the reasons, the description), not staff's words.
    # The older DeskHelp writes at most 500 characters anyway.
    with op.batch_alter_table("case_record") as batch:
        batch.drop_constraint(op.f("ck_case_record_description"), type_="check")
        batch.drop_column("description")
    op.drop_table("case_chafing_reason")
