"""Initial schema: pack revisions, anonymous cases and the actors they were referred to.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pack_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pack_id", sa.String(length=100), nullable=False),
        sa.Column("version", sa.String(length=100), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("pack_text", sa.Text(), nullable=False),
        sa.Column("pack_json", sa.Text(), nullable=False),
        sa.CheckConstraint("origin IN ('bundled', 'file')", name=op.f("ck_pack_revision_origin")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pack_revision")),
    )
    op.create_index(
        "ix_pack_revision_one_active",
        "pack_revision",
        ["active"],
        unique=True,
        sqlite_where=sa.text("active = 1"),
        postgresql_where=sa.text("active"),
    )
    op.create_table(
        "case_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pack_revision_id", sa.Integer(), nullable=False),
        sa.Column("case_type_id", sa.String(length=100), nullable=False),
        sa.Column("mission", sa.String(length=10), nullable=False),
        sa.Column("competence", sa.String(length=10), nullable=False),
        sa.Column("time", sa.String(length=10), nullable=False),
        sa.Column("resources", sa.String(length=10), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("occurred_hour", sa.Integer(), nullable=False),
        sa.Column("branch", sa.String(length=100), nullable=False),
        sa.Column("desk", sa.String(length=100), nullable=False),
        sa.CheckConstraint("mission IN ('yes', 'partly', 'no')", name=op.f("ck_case_record_mission")),
        sa.CheckConstraint("competence IN ('yes', 'colleague', 'no')", name=op.f("ck_case_record_competence")),
        sa.CheckConstraint("time IN ('yes', 'no')", name=op.f("ck_case_record_time")),
        sa.CheckConstraint("resources IN ('yes', 'no')", name=op.f("ck_case_record_resources")),
        sa.CheckConstraint(
            "outcome IN ('helped_here', 'partly_referred', 'referred', 'booked', 'colleague')",
            name=op.f("ck_case_record_outcome"),
        ),
        sa.CheckConstraint(
            "channel IN ('desk', 'public_computer', 'phone', 'email', 'chat_video', 'booked_guidance')",
            name=op.f("ck_case_record_channel"),
        ),
        sa.CheckConstraint("occurred_hour BETWEEN 0 AND 23", name=op.f("ck_case_record_occurred_hour")),
        sa.ForeignKeyConstraint(
            ["pack_revision_id"],
            ["pack_revision.id"],
            name=op.f("fk_case_record_pack_revision_id_pack_revision"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_record")),
    )
    op.create_index("ix_case_record_occurred_on", "case_record", ["occurred_on"])
    op.create_index("ix_case_record_case_type_id", "case_record", ["case_type_id"])
    op.create_table(
        "case_actor",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_record.id"], name=op.f("fk_case_actor_case_id_case_record"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", "actor_id", name=op.f("pk_case_actor")),
    )


def downgrade() -> None:
    op.drop_table("case_actor")
    op.drop_index("ix_case_record_case_type_id", table_name="case_record")
    op.drop_index("ix_case_record_occurred_on", table_name="case_record")
    op.drop_table("case_record")
    op.drop_index("ix_pack_revision_one_active", table_name="pack_revision")
    op.drop_table("pack_revision")
