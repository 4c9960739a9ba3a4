"""A central PostgreSQL database (issue 15): the connection, its schema, and sending this desk's cases there.

The desk stays local-first: every case is logged into the SQLite file as before; ``push`` forwards the cases
logged here that are not in the central database yet (``central_sent = 0``) and the withdrawals of undone cases,
idempotently by global id (INSERT ... ON CONFLICT (global_id) DO NOTHING; DELETE ... WHERE global_id), a batch per
central transaction, and marks exactly what went once the central transaction has committed. A push cut off
anywhere sends again what was not marked; the server keeps one row per global id.

The password never appears in a message or the log: it comes from DESKHELP_CENTRAL_PASSWORD or a file only the
service account may read, is put into the engine's URL object, and every message about the connection is masked
(``masked``). psycopg (the driver) is imported only when a central database is used.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from deskhelp.content import shared_cases

log = logging.getLogger(__name__)

PASSWORD_VARIABLE = "DESKHELP_CENTRAL_PASSWORD"
CONNECT_SECONDS = 5  # a desk's background sender gives up quickly; it tries again later
BATCH = 1000  # cases per central transaction (20 columns each: well under PostgreSQL's 65,535 parameters)
UPGRADE_LOCK = 0x6465736B  # pg_advisory_xact_lock key: two `central check` runs never migrate at once
MASK = "********"

# Every column of a case that goes to the centre: what a case takes with it when it leaves this PC, as in a shared
# file (id, shared and central_sent are each database's own).
CASE_COLUMNS = shared_cases.CASE_COLUMNS
DETAILS = (
    ("case_actor", "actor_id"),
    ("case_missing_resource", "resource_id"),
    ("case_chafing_reason", "reason"),
)


# The least-privilege grants (README, For IT), run by the owner role after `deskhelp central check` made the tables:
# a desk adds cases (with the pack revision they were logged under) and withdraws them by global id; it reads back
# only ids. A team lead's reader role reads everything and changes nothing. The owner role runs the migrations.
GRANTS = """\
GRANT CONNECT ON DATABASE {database} TO deskhelp_desk, deskhelp_reader;
GRANT USAGE ON SCHEMA public TO deskhelp_desk, deskhelp_reader;
GRANT SELECT ON alembic_version TO deskhelp_desk, deskhelp_reader;
GRANT SELECT (id, sha256), INSERT ON pack_revision TO deskhelp_desk;
GRANT SELECT (id, global_id), INSERT, DELETE ON case_record TO deskhelp_desk;
GRANT INSERT ON case_actor, case_missing_resource, case_chafing_reason TO deskhelp_desk;
GRANT USAGE ON SEQUENCE pack_revision_id_seq, case_record_id_seq TO deskhelp_desk;
GRANT SELECT ON pack_revision, case_record, case_actor, case_missing_resource, case_chafing_reason
    TO deskhelp_reader;
"""


class CentralUnavailable(Exception):
    """The central database cannot be used now (network, server restarting, password, permissions, settings).
    The message says why, in plain words, without the password. Nothing local was changed."""


# -- the connection -----------------------------------------------------------------------------------------------


def read_password_file(path: Path) -> str:
    """The password in ``path`` (its first line). On POSIX a file that anyone but its owner may read is refused."""
    try:
        info = path.stat()
        if os.name == "posix" and info.st_mode & 0o077:
            raise CentralUnavailable(
                f"the password file {path} may be read by others (mode {info.st_mode & 0o777:o}); "
                f"make it readable only by the service account (chmod 600 {path})"
            )
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CentralUnavailable(f"the password file {path} cannot be read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise CentralUnavailable(f"the password file {path} is not UTF-8 text") from exc
    return lines[0] if lines else ""


def central_url(text: str, password_file: Path | None = None):
    """The SQLAlchemy URL for ``text`` (``postgresql+psycopg://user@host/db?sslmode=...``, query parameters go to
    libpq unchanged) with the password from the environment or ``password_file`` (an environment value wins)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text)
    except (ArgumentError, ValueError) as exc:
        raise CentralUnavailable(
            "[central] url is not a database URL (postgresql+psycopg://user@host/database)"
        ) from exc
    if url.get_backend_name() != "postgresql":
        raise CentralUnavailable(f"[central] url must name a PostgreSQL database, not {url.get_backend_name()!r}")
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    password = os.environ.get(PASSWORD_VARIABLE)
    if not password and password_file is not None:
        password = read_password_file(password_file)
    return url.set(password=password) if password else url


def create_central_engine(text: str, password_file: Path | None = None):
    """An engine for the central database; connects lazily (nothing is sent until it is used)."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    url = central_url(text, password_file)
    # NullPool: the desk connects a few times an hour; an idle connection would only be cut by a firewall.
    return create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": CONNECT_SECONDS})


def masked(message: str, engine=None) -> str:
    """``message`` with the engine's password (and any URL's password) replaced by asterisks."""
    if engine is not None and (password := engine.url.password):
        message = message.replace(str(password), MASK)
    if secret := os.environ.get(PASSWORD_VARIABLE):
        message = message.replace(secret, MASK)
    return message


def where(engine) -> str:
    """The server and database, for people (no password)."""
    url = engine.url
    host = url.host or url.query.get("host") or "local socket"
    return f"{url.database} on {host}" + (f" as {url.username}" if url.username else "")


def unavailable(exc: Exception, engine) -> CentralUnavailable:
    """A driver's error as a short message: the server's own words (which name no password), masked anyway."""
    reason = getattr(exc, "orig", None) or exc
    text = " ".join(str(reason).split()) or type(reason).__name__
    return CentralUnavailable(masked(f"the central database ({where(engine)}) cannot be used: {text[:300]}", engine))


@contextmanager
def _central(engine) -> Iterator:
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError

    try:
        with engine.connect() as conn:
            yield conn
    except (DBAPIError, SQLAlchemyError) as exc:
        raise unavailable(exc, engine) from None  # the driver's exception may hold the URL object; not chained


# -- the schema -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CentralCheck:
    server_version: str
    revision_before: str | None
    revision: str | None
    head: str
    cases: int | None  # None: this role may not count them


def check(engine, upgrade: bool = True) -> CentralCheck:
    """Connect, create or upgrade the central schema to this build's head (``upgrade``), count the cases."""
    from alembic import command
    from alembic.migration import MigrationContext
    from sqlalchemy import text

    from deskhelp.storage.migrate import alembic_config, is_known_revision
    from deskhelp.storage.schema import SCHEMA_HEAD

    with _central(engine) as conn:
        version = conn.exec_driver_sql("SHOW server_version").scalar()
        before = MigrationContext.configure(conn).get_current_revision()
        conn.commit()
        if before is not None and before != SCHEMA_HEAD and not is_known_revision(before):
            raise CentralUnavailable(
                f"the central database has schema {before}, made by a newer DeskHelp; install that version or newer"
            )
        after = before
        if before != SCHEMA_HEAD and upgrade:
            from sqlalchemy.exc import ProgrammingError

            try:
                with conn.begin():
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})
                    command.upgrade(alembic_config(conn), "head")
            except ProgrammingError as exc:
                if getattr(exc.orig, "sqlstate", None) != "42501":  # insufficient_privilege
                    raise
                raise CentralUnavailable(
                    f"the central database has schema {before or '(none)'}, this DeskHelp needs {SCHEMA_HEAD}, and "
                    f"this role ({engine.url.username}) may not change the schema: run `deskhelp central check` as "
                    "the owner role (README, For IT)"
                ) from None
            after = MigrationContext.configure(conn).get_current_revision()
            log.info("central database %s upgraded from schema %s to %s", where(engine), before, after)
            conn.commit()
        cases = None
        if after is not None:
            try:
                cases = conn.exec_driver_sql("SELECT count(*) FROM case_record").scalar()
            except Exception:  # noqa: BLE001 - a desk role may not count the cases; the check reports the rest
                conn.rollback()
    return CentralCheck(str(version), before, after, SCHEMA_HEAD, cases)


# -- sending ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PushResult:
    cases: int  # cases sent now
    withdrawals: int  # withdrawals sent now
    already_there: int  # cases the central database had already (a push cut off before it marked them)
    waiting_cases: int  # what still waits (0 unless a push was cut off)
    waiting_withdrawals: int


@dataclass(frozen=True)
class CentralStatus:
    waiting_cases: int
    waiting_withdrawals: int


def _connect_local(database: Path) -> sqlite3.Connection:
    from deskhelp.storage.engine import BUSY_TIMEOUT_MS

    conn = sqlite3.connect(database, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


_UNSENT = "central_sent = 0 AND origin_desk IS NULL"


def status(database: Path) -> CentralStatus:
    conn = _connect_local(database)
    try:
        cases = conn.execute(f"SELECT count(*) FROM case_record WHERE {_UNSENT}").fetchone()[0]
        withdrawals = conn.execute(f"SELECT count(*) FROM case_withdrawal WHERE {_UNSENT}").fetchone()[0]
    finally:
        conn.close()
    return CentralStatus(cases, withdrawals)


def push(database: Path, engine, batch: int = BATCH) -> PushResult:
    """Send what waits in ``database`` to the central database. Raises CentralUnavailable (what was sent before the
    problem stays marked; the rest waits) or sqlite3.Error."""
    from deskhelp.storage.sharing import desk_identity

    conn = _connect_local(database)
    sent = withdrawn = known = 0
    try:
        identity = desk_identity(conn)
        with _central(engine) as central:
            revisions: dict[int, int] = {}
            while True:
                conn.execute("BEGIN")
                cases = conn.execute(
                    f"SELECT {', '.join(CASE_COLUMNS)} FROM case_record WHERE {_UNSENT} ORDER BY id LIMIT ?", (batch,)
                ).fetchall()
                withdrawals = [
                    r[0]
                    for r in conn.execute(
                        f"SELECT global_id FROM case_withdrawal WHERE {_UNSENT} ORDER BY global_id LIMIT ?", (batch,)
                    )
                ]
                details = {table: _details(conn, table, column, cases) for table, column in DETAILS}
                conn.execute("COMMIT")
                if not cases and not withdrawals:
                    break
                with central.begin():
                    _map_revisions(conn, central, cases, revisions, identity)
                    added = _send_cases(central, cases, details, revisions, identity)
                    if withdrawals:
                        _withdraw(central, withdrawals)
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany(
                    "UPDATE case_record SET central_sent = 1 WHERE global_id = ?", ((c[0],) for c in cases)
                )
                conn.executemany(
                    "UPDATE case_withdrawal SET central_sent = 1 WHERE global_id = ?", ((g,) for g in withdrawals)
                )
                conn.execute("COMMIT")
                sent += added
                known += len(cases) - added
                withdrawn += len(withdrawals)
    finally:
        conn.close()
    waiting = status(database)
    if sent or withdrawn or known:
        log.info("central: sent %s cases (%s were there already) and %s withdrawals", sent, known, withdrawn)
    return PushResult(sent, withdrawn, known, waiting.waiting_cases, waiting.waiting_withdrawals)


def _details(conn: sqlite3.Connection, table: str, column: str, cases: list[tuple]) -> list[tuple[str, str]]:
    if not cases:
        return []
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS central_batch (global_id TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM temp.central_batch")
    conn.executemany("INSERT INTO temp.central_batch VALUES (?)", ((c[0],) for c in cases))
    return conn.execute(
        f"SELECT c.global_id, d.{column} FROM {table} d JOIN case_record c ON c.id = d.case_id "
        "WHERE c.global_id IN (SELECT global_id FROM temp.central_batch)"
    ).fetchall()


def _map_revisions(conn, central, cases, revisions: dict[int, int], identity: str) -> None:
    """The central pack revision for each local one the batch uses: the same pack content (sha256) when the centre
    has it, else a description of it (not its text: the case type ids are what the cases need)."""
    from sqlalchemy import text

    for local_id in sorted({c[1] for c in cases} - revisions.keys()):
        pack_id, version, sha256, origin, applied_at = conn.execute(
            "SELECT pack_id, version, sha256, origin, applied_at FROM pack_revision WHERE id = ?", (local_id,)
        ).fetchone()
        found = central.execute(
            text("SELECT id FROM pack_revision WHERE sha256 = :sha ORDER BY id LIMIT 1"), {"sha": sha256}
        ).scalar()
        if found is None:
            found = central.execute(
                text(
                    "INSERT INTO pack_revision (pack_id, version, sha256, origin, source, applied_at, active, "
                    "pack_text, pack_json) VALUES (:pack_id, :version, :sha, :origin, :source, :applied, false, '', '')"
                    " RETURNING id"
                ),
                {
                    "pack_id": pack_id,
                    "version": version,
                    "sha": sha256,
                    "origin": origin,
                    "source": f"sent by desk {identity}",
                    "applied": dt.datetime.fromisoformat(applied_at),
                },
            ).scalar()
        revisions[local_id] = found


def _send_cases(central, cases, details, revisions: dict[int, int], identity: str) -> int:
    """Insert the cases the centre does not have (by global id) and their details; returns how many were new."""
    if not cases:
        return 0
    from sqlalchemy import insert
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    from deskhelp.core.privacy import contains_personal_data
    from deskhelp.storage.models import Case, CaseActor, CaseChafingReason, CaseMissingResource

    rows = []
    for case in cases:
        row = dict(zip(CASE_COLUMNS, case, strict=True))
        # Checked when logged; checked again before it leaves the PC, as sharing does: one that fails stays here.
        if row["reflection"] is not None and contains_personal_data(row["reflection"]):
            row["reflection"] = None
        row.update(
            pack_revision_id=revisions[row["pack_revision_id"]],
            occurred_on=dt.date.fromisoformat(row["occurred_on"]),
            chafing=bool(row["chafing"]),
            demo=bool(row["demo"]),
            shared=True,
            central_sent=True,
            origin_desk=identity,
        )
        rows.append(row)
    table = Case.__table__
    statement = (
        pg_insert(table)
        .values(rows)
        .on_conflict_do_nothing(index_elements=["global_id"])
        .returning(table.c.id, table.c.global_id)
    )
    new = {global_id: case_id for case_id, global_id in central.execute(statement)}
    models = {"case_actor": CaseActor, "case_missing_resource": CaseMissingResource}
    models["case_chafing_reason"] = CaseChafingReason
    for name, column in DETAILS:
        values = [{"case_id": new[g], column: v} for g, v in details[name] if g in new]
        if values:
            central.execute(insert(models[name].__table__), values)
    return len(new)


def _withdraw(central, withdrawals: list[str]) -> None:
    from sqlalchemy import text

    central.execute(text("DELETE FROM case_record WHERE global_id = ANY(:ids)"), {"ids": withdrawals})


# -- the service's link -------------------------------------------------------------------------------------------


class CentralLink:
    """The central database as the service hands it out (``DeskService.central``): one engine, made when first
    needed (so psycopg is imported only then), and one push at a time (background sender, exit, command)."""

    def __init__(self, url: str, password_file: Path | None, database: Path) -> None:
        import threading

        self.url = url
        self.password_file = password_file
        self.database = database
        self._engine = None
        self._pushing = threading.Lock()

    @property
    def engine(self):
        if self._engine is None:
            self._engine = create_central_engine(self.url, self.password_file)
        return self._engine

    def where(self) -> str:
        try:
            return where(self.engine)
        except CentralUnavailable:
            return "the central database"

    def check(self, upgrade: bool = True) -> CentralCheck:
        return check(self.engine, upgrade)

    def push(self, timeout: float = -1) -> PushResult | None:
        """Send what waits; None when another push still runs after ``timeout`` seconds. Raises CentralUnavailable
        or StorageError (the local file)."""
        from deskhelp.storage.errors import classify_sqlite_error

        if not self._pushing.acquire(timeout=timeout):
            return None
        try:
            return push(self.database, self.engine)
        except sqlite3.Error as exc:
            raise classify_sqlite_error(exc, self.database) from exc
        finally:
            self._pushing.release()

    def status(self) -> CentralStatus:
        from deskhelp.storage.errors import classify_sqlite_error

        try:
            return status(self.database)
        except sqlite3.Error as exc:
            raise classify_sqlite_error(exc, self.database) from exc

    def report_data(self, cancelled=None):
        """The central cases as the report builders read them: SQLAlchemy Core, the queries tests compare with
        SQLite's fast paths."""
        return _central_report_queries()(self.engine, cancelled)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


NOT_SET = "no central database is set; set [central] url in deskhelp.toml or DESKHELP_CENTRAL_URL (see README)"


def configured(link: CentralLink | None) -> CentralLink:
    if link is None:
        raise CentralUnavailable(NOT_SET)
    return link


def _central_report_queries():
    from deskhelp.storage.portable_statistics import PortableReportQueries

    class _Queries(PortableReportQueries):
        def _failure(self, exc: Exception) -> Exception:
            from sqlalchemy.exc import DBAPIError

            if isinstance(exc, DBAPIError):
                return unavailable(exc, self.engine)
            return super()._failure(exc)

    return _Queries
