"""The schema. Changes to it come with an Alembic migration in migrations/versions/ (see tests/storage).

The CHECK constraints on coded columns are written from the core's value sets, so the model cannot drift from them;
a changed value set still needs a migration (tests/storage/test_value_sets.py compares the migrated file's schema).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from deskhelp.core.cases import REFLECTION_MAX_CHARS, Channel
from deskhelp.core.guidelines import DURATION_BUCKETS, Outcome, Verdict
from deskhelp.core.inventory import ChafingReason
from deskhelp.core.other_errand import DESCRIPTION_MAX_CHARS
from deskhelp.core.triage import Competence, Enough

# Named constraints, so batch migrations on SQLite can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


RANDOM_ID = "(lower(hex(randomblob(16))))"  # a random 128-bit id in SQL, for rows inserted without one


def one_of(column: str, values: Iterable[str]) -> CheckConstraint:
    """CHECK (column IN ('a', 'b', ...)), named after the column; the values are the core's own identifiers."""
    values = [str(value) for value in values]
    if any("'" in value for value in values):
        raise ValueError(f"{column}: a value with a quote cannot go into a CHECK constraint as it is")
    return CheckConstraint(f"{column} IN ({', '.join(repr(value) for value in values)})", name=column)


# The coded columns of a case and the value set each holds (tests/storage/test_value_sets.py ties them together).
CASE_VALUE_SETS: dict[str, tuple[str, ...]] = {
    "mission": tuple(v.value for v in Verdict),
    "competence": tuple(v.value for v in Competence),
    "time": tuple(v.value for v in Enough),
    "resources": tuple(v.value for v in Enough),
    "outcome": tuple(v.value for v in Outcome),
    "channel": tuple(v.value for v in Channel),
    "duration": DURATION_BUCKETS,
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class PackRevision(Base):
    """A guideline pack as it was applied. Never changed afterwards: logged cases point at it."""

    __tablename__ = "pack_revision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pack_id: Mapped[str] = mapped_column(String(100))
    version: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(String(20))  # bundled | file
    source: Mapped[str] = mapped_column(Text)  # the path it was read from
    applied_at: Mapped[dt.datetime] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    pack_text: Mapped[str] = mapped_column(Text)  # the file as written, for export and diff
    pack_json: Mapped[str] = mapped_column(Text)  # the parsed data, quick to load at start-up

    __table_args__ = (
        CheckConstraint("origin IN ('bundled', 'file')", name="origin"),
        # At most one active revision.
        Index(
            "ix_pack_revision_one_active",
            "active",
            unique=True,
            sqlite_where=text("active = 1"),
            postgresql_where=text("active"),
        ),
    )


class Case(Base):
    """One anonymous case. No column may ever hold anything about the patron or the staff member."""

    __tablename__ = "case_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pack_revision_id: Mapped[int] = mapped_column(ForeignKey("pack_revision.id", ondelete="RESTRICT"))
    case_type_id: Mapped[str] = mapped_column(String(100))
    mission: Mapped[str] = mapped_column(String(10))
    competence: Mapped[str] = mapped_column(String(10))
    time: Mapped[str] = mapped_column(String(10))
    resources: Mapped[str] = mapped_column(String(10))
    outcome: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(20))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    occurred_hour: Mapped[int] = mapped_column(Integer)
    branch: Mapped[str] = mapped_column(String(100))
    desk: Mapped[str] = mapped_column(String(100))
    # Since schema 0002; NULL for cases logged before (effort and duration were not asked then).
    effort: Mapped[int | None] = mapped_column(Integer, nullable=True)  # READ scale 1-6
    duration: Mapped[str | None] = mapped_column(String(10), nullable=True)  # a DURATION_BUCKETS id
    chafing: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    reflection: Mapped[str | None] = mapped_column(Text, nullable=True)  # checked for personal data first
    # Since schema 0003: synthetic cases from `deskhelp demo-data`, never to be counted as real ones.
    demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    # Since schema 0004: what the errand was, for errands not in the guidelines (case type "other") only.
    description: Mapped[str | None] = mapped_column(Text, nullable=True)  # checked for personal data first
    # Since schema 0005 (sharing, see storage.sharing): the case's id across desks (32 hex digits), whether it went
    # into a shared file, and for a collected case the identity of the desk it came from (NULL: logged here).
    global_id: Mapped[str] = mapped_column(String(32), server_default=text(RANDOM_ID))
    shared: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    origin_desk: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # Since schema 0006 (storage.central): whether the case is in the central database.
    central_sent: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))

    __table_args__ = (
        *(one_of(column, values) for column, values in CASE_VALUE_SETS.items() if column != "duration"),
        CheckConstraint("occurred_hour BETWEEN 0 AND 23", name="occurred_hour"),
        CheckConstraint("effort BETWEEN 1 AND 6", name="effort"),
        one_of("duration", CASE_VALUE_SETS["duration"]),
        CheckConstraint(f"length(reflection) <= {REFLECTION_MAX_CHARS}", name="reflection"),
        CheckConstraint(f"length(description) <= {DESCRIPTION_MAX_CHARS}", name="description"),
        Index("ix_case_record_occurred_on", "occurred_on"),
        Index("ix_case_record_case_type_id", "case_type_id"),
        Index("ix_case_record_global_id", "global_id", unique=True),
        Index(
            "ix_case_record_unshared", "shared", sqlite_where=text("shared = 0"), postgresql_where=text("NOT shared")
        ),
        Index(
            "ix_case_record_central_unsent",
            "central_sent",
            sqlite_where=text("central_sent = 0"),
            postgresql_where=text("NOT central_sent"),
        ),
    )


class CaseActor(Base):
    """An actor the patron was referred to in a case."""

    __tablename__ = "case_actor"

    case_id: Mapped[int] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"), primary_key=True)
    actor_id: Mapped[str] = mapped_column(String(100), primary_key=True)


class CaseMissingResource(Base):
    """A resource the patron lacked in a case (no e-identification, no ID ...): what the actors should hear."""

    __tablename__ = "case_missing_resource"

    case_id: Mapped[int] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"), primary_key=True)
    resource_id: Mapped[str] = mapped_column(String(100), primary_key=True)


class CaseChafingReason(Base):
    """Why a case chafed (since schema 0004; cases that chafed before have the flag and no reason)."""

    __tablename__ = "case_chafing_reason"

    case_id: Mapped[int] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"), primary_key=True)
    reason: Mapped[str] = mapped_column(String(20), primary_key=True)

    __table_args__ = (one_of("reason", (reason.value for reason in ChafingReason)),)


class ShareState(Base):
    """This database's desk identity in the sharing folder (made at its first share) and its last share."""

    __tablename__ = "share_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    desk_identity: Mapped[str] = mapped_column(String(32))
    last_share_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    last_share_file: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)


class CaseWithdrawal(Base):
    """An undone case (by its global id), withdrawn from the shared picture at the next share. On a collecting PC
    also the withdrawals read from other desks (origin_desk), so a withdrawn case is never collected again."""

    __tablename__ = "case_withdrawal"

    global_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    origin_desk: Mapped[str | None] = mapped_column(String(32), nullable=True)
    withdrawn_at: Mapped[dt.datetime] = mapped_column(DateTime)
    shared: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    central_sent: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))  # since 0006


class CollectedFile(Base):
    """A shared file already read by ``deskhelp collect`` (name and checksum): never read twice."""

    __tablename__ = "collected_file"

    desk_identity: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    read_at: Mapped[dt.datetime] = mapped_column(DateTime)
    cases: Mapped[int] = mapped_column(Integer)
