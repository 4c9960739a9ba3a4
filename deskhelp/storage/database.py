"""The one object that owns the engine. Every operation opens a short session and hands back plain data.

Once the file is known to be damaged (a failed integrity check, or SQLite reporting a malformed image), nothing
more is written into it: every write raises StorageError(DAMAGED) until IT restores a backup.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from deskhelp.core.cases import CaseRecord
from deskhelp.core.inventory import reasons_in_order
from deskhelp.storage.emptied import mark_had_cases, marker_path
from deskhelp.storage.engine import create_sqlite_engine, write_engine
from deskhelp.storage.errors import StorageError, StorageProblem, classify_sqlite_error
from deskhelp.storage.integrity import damage_found
from deskhelp.storage.migrate import prepare_database
from deskhelp.storage.models import (
    Case,
    CaseActor,
    CaseChafingReason,
    CaseMissingResource,
    CaseWithdrawal,
    PackRevision,
)
from deskhelp.storage.quick_read import StoredRevision  # re-exported: it lives where the start reads it

log = logging.getLogger(__name__)


def _revision(row: PackRevision) -> StoredRevision:
    return StoredRevision(
        id=row.id,
        pack_id=row.pack_id,
        version=row.version,
        sha256=row.sha256,
        origin=row.origin,
        source=row.source,
        applied_at=row.applied_at,
        pack_json=row.pack_json,
    )


class Database:
    def __init__(self, path: Path, damaged: StorageError | None = None) -> None:
        self.path = path
        self._engine = create_sqlite_engine(path)
        self._writer = write_engine(self._engine)
        self._damaged = damaged  # damage found before this object was made (storage.on_demand)
        self._marked = marker_path(path).exists()

    @classmethod
    def open(cls, path: Path, backups: Path | None = None) -> Database:
        """Migrate (with a backup into ``backups``) if needed, then open. Raises StorageError with a reason staff
        can act on."""
        prepare_database(path, backups)
        db = cls(path)
        if not db._marked:
            db._mark_if_it_has_cases()
        return db

    def _mark_if_it_has_cases(self) -> None:
        """An existing database with cases gets its marker (see storage.emptied) the first time it is opened."""
        from sqlalchemy import exists

        try:
            with self._reading() as session:
                has_cases = session.scalar(select(exists().select_from(Case)))
        except StorageError:
            return  # the caller meets the same problem at once, with its own message
        if has_cases:
            mark_had_cases(self.path)
            self._marked = True

    def close(self) -> None:
        self._engine.dispose()

    @property
    def engine(self) -> Engine:
        """The engine, for queries that read through SQLAlchemy (``storage.portable_statistics``)."""
        return self._engine

    @property
    def damaged(self) -> StorageError | None:
        """Why nothing more is written into this file (None: it is not known to be damaged)."""
        return self._damaged

    def stop_writing(self, error: StorageError) -> None:
        """Refuse every write from now on: damage found by a check made beside this object (storage.on_demand)."""
        self._damaged = error

    def check_integrity(self, thorough: bool = True) -> list[str]:
        """SQLite's integrity checks on the file (see storage.integrity). Any problem stops all further writes."""
        problems, damage = damage_found(self.path, thorough)
        if damage is not None:
            self._damaged = damage
        return problems

    def _failed(self, exc: SQLAlchemyError) -> StorageError:
        error = classify_sqlite_error(exc, self.path)
        if error.problem is StorageProblem.DAMAGED:
            self._damaged = error
            log.error("the database %s is damaged; writing stopped: %s", self.path, exc)
        elif error.problem in (StorageProblem.READ_ONLY, StorageProblem.LOCKED):
            # SQLite opens a file it cannot write read-only and keeps it so for the connection's life; the pool
            # would hand that connection back forever. New connections see the file as it is once IT fixed it.
            self._engine.dispose()
        return error

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        try:
            with Session(self._engine) as session:
                yield session
        except SQLAlchemyError as exc:
            raise self._failed(exc) from exc

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        if self._damaged is not None:
            raise self._damaged
        try:
            with Session(self._writer) as session, session.begin():
                yield session
        except SQLAlchemyError as exc:
            raise self._failed(exc) from exc

    # -- guideline pack revisions ---------------------------------------------------------------------------
    def active_revision(self) -> StoredRevision | None:
        with self._reading() as session:
            row = session.scalars(select(PackRevision).where(PackRevision.active.is_(True))).one_or_none()
            return _revision(row) if row else None

    def activate_revision(
        self, *, pack_id: str, version: str, sha256: str, origin: str, source: str, pack_text: str, pack_json: str
    ) -> StoredRevision:
        """Make this pack the active one. A pack applied before (same content) is reactivated, not copied."""
        with self._writing() as session:
            row = session.scalars(
                select(PackRevision).where(PackRevision.sha256 == sha256, PackRevision.origin == origin)
            ).first()
            session.execute(update(PackRevision).where(PackRevision.active.is_(True)).values(active=False))
            session.flush()
            if row is None:
                row = PackRevision(
                    pack_id=pack_id,
                    version=version,
                    sha256=sha256,
                    origin=origin,
                    source=source,
                    applied_at=dt.datetime.now().replace(microsecond=0),
                    pack_text=pack_text,
                    pack_json=pack_json,
                )
                session.add(row)
            elif not row.pack_json:  # known only from collected cases (a share carries no pack text): fill it in
                row.pack_text, row.pack_json, row.source = pack_text, pack_json, source
            row.active = True
            session.flush()
            return _revision(row)

    def revision_json_by_sha(self, sha256: str) -> str | None:
        """The parsed pack of the newest revision with this content, if it was ever applied here."""
        with self._reading() as session:
            row = session.scalars(
                select(PackRevision)
                .where(PackRevision.sha256 == sha256, PackRevision.pack_json != "")
                .order_by(PackRevision.id.desc())
            ).first()
            return row.pack_json if row else None

    def revision_text(self, revision_id: int) -> str | None:
        with self._reading() as session:
            row = session.get(PackRevision, revision_id)
            return row.pack_text if row else None

    # -- cases ----------------------------------------------------------------------------------------------
    def log_case(self, record: CaseRecord, revision_id: int) -> int:
        with self._writing() as session:
            case = Case(
                pack_revision_id=revision_id,
                case_type_id=record.case_type_id,
                mission=record.mission.value,
                competence=record.competence.value,
                time=record.time.value,
                resources=record.resources.value,
                outcome=record.outcome.value,
                channel=record.details.channel.value,
                occurred_on=record.occurred_on,
                occurred_hour=record.occurred_hour,
                branch=record.branch,
                desk=record.desk,
                effort=record.details.effort,
                duration=record.details.duration,
                chafing=record.details.chafing,
                reflection=record.details.reflection.strip() or None,
                description=record.details.description.strip() or None,
                global_id=uuid.uuid4().hex,  # the case's id across desks (sharing)
            )
            session.add(case)
            session.flush()
            session.add_all(CaseActor(case_id=case.id, actor_id=a) for a in dict.fromkeys(record.actor_ids))
            session.add_all(
                CaseMissingResource(case_id=case.id, resource_id=r) for r in dict.fromkeys(record.missing_resources)
            )
            session.add_all(
                CaseChafingReason(case_id=case.id, reason=r.value) for r in reasons_in_order(record.details.reasons)
            )
            case_id = case.id
        if not self._marked:
            mark_had_cases(self.path)
            self._marked = True
        return case_id

    def delete_case(self, case_id: int) -> bool:
        """Take back a case logged by mistake. True if it existed."""
        with self._writing() as session:
            case = session.get(Case, case_id)
            if case is None:
                return False
            # Withdrawn from the shared picture at the next share (whether or not it was shared already: a share
            # running right now may be writing it). A collected case is the other desk's to withdraw.
            if case.origin_desk is None:
                session.merge(
                    CaseWithdrawal(global_id=case.global_id, withdrawn_at=dt.datetime.now().replace(microsecond=0))
                )
            session.delete(case)
            return True

    def count_cases(self, demo: bool | None = None) -> int:
        """All cases, or only the demo (True) or only the real (False) ones."""
        from sqlalchemy import func

        query = select(func.count()).select_from(Case)
        if demo is not None:
            query = query.where(Case.demo.is_(demo))
        with self._reading() as session:
            return session.scalar(query) or 0
