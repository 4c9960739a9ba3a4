"""The shared-case file: what one desk's share run puts in the sharing folder, and how a collector checks one.

A share file is a small SQLite database (``<UTC time>.dhshare``) with a sidecar ``<name>.sha256`` holding its
SHA-256. SQLite rather than JSON Lines: the collector attaches the file and copies 50,000 cases with one
``INSERT ... SELECT`` (no Python per row), the schema's CHECK constraints judge every value on the way in, and the
file is compact and typed. Both files are written under a temporary name (``*.part``) and renamed, the checksum
last: a data file without its checksum is not finished, a file whose checksum differs is damaged.

The file holds only what a case record holds (never anything about the patron or staff), by global id:

- ``info(key, value)``: format, format_version, desk_identity, library, branch, desk, written_at, deskhelp_version
- ``pack_revision``: the revisions the cases were logged with (id in this file, pack_id, version, sha256, origin,
  applied_at), so the collector can map them to its own
- ``case_record``, ``case_actor``, ``case_missing_resource``, ``case_chafing_reason``: the cases, keyed by
  global_id (a description, like a reflection, only when it passed the personal-data check)
- ``withdrawal(global_id)``: cases undone at the desk, to be removed from the collected picture

A file written before the question inventory (issue 13) has no ``case_record.description`` and no
``case_chafing_reason``; nothing with that layout was released, but such a file is still read, its cases without a
description or reasons (``legacy_layout``). Any other mix of columns is refused.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import shutil
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

FORMAT = "deskhelp-share"
FORMAT_VERSION = "1"
APPLICATION_ID = 0x44534831  # "DSH1" in the SQLite header: a share file, not some other database
SUFFIX = ".dhshare"
CHECKSUM_SUFFIX = ".sha256"
PART_SUFFIX = ".part"
MAX_FILE_BYTES = 2_000_000_000  # far above a year of one desk's cases (50,000 cases are about 8 MB)
IDENTITY = re.compile(r"[0-9a-f]{32}")

CASE_COLUMNS = (
    "global_id",
    "pack_revision_id",
    "case_type_id",
    "mission",
    "competence",
    "time",
    "resources",
    "outcome",
    "channel",
    "occurred_on",
    "occurred_hour",
    "branch",
    "desk",
    "effort",
    "duration",
    "chafing",
    "reflection",
    "demo",
    "description",
)
# The case columns of a file written before descriptions and chafing reasons were shared (still read).
LEGACY_CASE_COLUMNS = CASE_COLUMNS[:-1]
REVISION_COLUMNS = ("id", "pack_id", "version", "sha256", "origin", "applied_at")
INFO_KEYS = ("format", "format_version", "desk_identity", "library", "branch", "desk", "written_at", "deskhelp_version")

SCHEMA = {
    "info": "CREATE TABLE info (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "pack_revision": "CREATE TABLE pack_revision (id INTEGER PRIMARY KEY, pack_id TEXT NOT NULL, version TEXT NOT NULL,"
    " sha256 TEXT NOT NULL, origin TEXT NOT NULL, applied_at TEXT NOT NULL)",
    "case_record": "CREATE TABLE case_record (global_id TEXT PRIMARY KEY, pack_revision_id INTEGER NOT NULL, "
    "case_type_id TEXT NOT NULL, mission TEXT NOT NULL, competence TEXT NOT NULL, time TEXT NOT NULL, resources TEXT "
    "NOT NULL, outcome TEXT NOT NULL, channel TEXT NOT NULL, occurred_on TEXT NOT NULL, occurred_hour INTEGER NOT "
    "NULL, branch TEXT NOT NULL, desk TEXT NOT NULL, effort INTEGER, duration TEXT, chafing INTEGER NOT NULL, "
    "reflection TEXT, demo INTEGER NOT NULL, description TEXT)",
    "case_actor": "CREATE TABLE case_actor (global_id TEXT NOT NULL, actor_id TEXT NOT NULL)",
    "case_missing_resource": "CREATE TABLE case_missing_resource (global_id TEXT NOT NULL, resource_id TEXT NOT NULL)",
    "case_chafing_reason": "CREATE TABLE case_chafing_reason (global_id TEXT NOT NULL, reason TEXT NOT NULL)",
    "withdrawal": "CREATE TABLE withdrawal (global_id TEXT PRIMARY KEY)",
}
# What a legacy file lacks, added to the collector's local copy so that one SQL reads both layouts.
LEGACY_UPGRADE = (
    "ALTER TABLE {schema}.case_record ADD COLUMN description TEXT",
    "CREATE TABLE {schema}." + SCHEMA["case_chafing_reason"].removeprefix("CREATE TABLE "),
)
COLUMNS = {
    "info": ("key", "value"),
    "pack_revision": REVISION_COLUMNS,
    "case_record": CASE_COLUMNS,
    "case_actor": ("global_id", "actor_id"),
    "case_missing_resource": ("global_id", "resource_id"),
    "case_chafing_reason": ("global_id", "reason"),
    "withdrawal": ("global_id",),
}


class ShareFileError(Exception):
    """A shared file that cannot be used; the message says why (the caller names the file)."""


@dataclass(frozen=True)
class ShareContent:
    """What one share run sends."""

    info: dict[str, str]
    revisions: Sequence[tuple]  # REVISION_COLUMNS
    cases: Iterable[tuple]  # CASE_COLUMNS
    actors: Iterable[tuple]  # (global_id, actor_id)
    missing: Iterable[tuple]  # (global_id, resource_id)
    withdrawals: Iterable[str]  # global ids
    reasons: Iterable[tuple] = ()  # (global_id, reason): why a case chafed


def sqlite_said(exc: Exception) -> str:
    """SQLite's message without the text it quotes: from a damaged file that could be part of a reflection, and
    the message goes to the log and the screen."""
    return re.sub(r" with text '.*", "", str(exc), flags=re.DOTALL)[:300]


def checksum_path(path: Path) -> Path:
    return path.with_name(path.name + CHECKSUM_SUFFIX)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def build_share_file(target: Path, content: ShareContent) -> None:
    """Write ``content`` into a new SQLite file ``target`` (on a local disk: it is copied out afterwards)."""
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = OFF")  # a new scratch file: nothing to roll back to
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("BEGIN")
        for sql in SCHEMA.values():
            conn.execute(sql)
        conn.executemany("INSERT INTO info VALUES (?, ?)", content.info.items())
        conn.executemany(f"INSERT INTO pack_revision VALUES ({', '.join('?' * 6)})", content.revisions)
        conn.executemany(f"INSERT INTO case_record VALUES ({', '.join('?' * len(CASE_COLUMNS))})", content.cases)
        conn.executemany("INSERT INTO case_actor VALUES (?, ?)", content.actors)
        conn.executemany("INSERT INTO case_missing_resource VALUES (?, ?)", content.missing)
        conn.executemany("INSERT INTO case_chafing_reason VALUES (?, ?)", content.reasons)
        conn.executemany("INSERT OR IGNORE INTO withdrawal VALUES (?)", ((g,) for g in content.withdrawals))
        conn.execute("COMMIT")
    finally:
        conn.close()


def publish(local: Path, folder: Path, name: str) -> Path:
    """Copy ``local`` into ``folder`` as ``name``, then its checksum beside it, each under a temporary name first.
    Returns the published path. Raises OSError (nothing half-written is left under the final names)."""
    final = folder / name
    checksum = sha256_file(local)
    part = folder / f"{name}.{secrets.token_hex(4)}{PART_SUFFIX}"
    try:
        with open(local, "rb") as source, open(part, "xb") as target:
            shutil.copyfileobj(source, target, 1 << 20)
            target.flush()
            os.fsync(target.fileno())
        os.replace(part, final)
        part = folder / f"{name}{CHECKSUM_SUFFIX}.{secrets.token_hex(4)}{PART_SUFFIX}"
        with open(part, "x", encoding="ascii", newline="\n") as target:
            target.write(f"{checksum}  {name}\n")
            target.flush()
            os.fsync(target.fileno())
        os.replace(part, checksum_path(final))
    finally:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
    return final


def read_checksum(path: Path) -> str:
    """The SHA-256 the sidecar of ``path`` records. Raises ShareFileError (no or a bad sidecar) or OSError."""
    sidecar = checksum_path(path)
    try:
        with open(sidecar, "rb") as stream:
            raw = stream.read(200)
    except FileNotFoundError:
        raise ShareFileError("it has no checksum file yet (it may still be being written)") from None
    match = re.fullmatch(rb"([0-9a-f]{64})  (\S+)\r?\n?", raw)
    if not match or match.group(2).decode("ascii", "replace") != path.name:
        raise ShareFileError(f"its checksum file {sidecar.name} is not one DeskHelp wrote")
    return match.group(1).decode("ascii")


def copy_verified(path: Path, expected: str, target: Path) -> None:
    """Copy ``path`` to the local ``target`` while hashing it; raise ShareFileError when the copy's SHA-256 differs
    from ``expected`` (the file is damaged or was changed) or it is far too big. What is read is what was checked."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as source, open(target, "wb") as copy:
        while chunk := source.read(1 << 20):
            size += len(chunk)
            if size > MAX_FILE_BYTES:
                raise ShareFileError(f"it is larger than {MAX_FILE_BYTES:,} bytes")
            digest.update(chunk)
            copy.write(chunk)
    if digest.hexdigest() != expected:
        raise ShareFileError("it is damaged: its content does not match its checksum")


def legacy_layout(conn: sqlite3.Connection, schema: str) -> bool:
    """Whether the file attached as ``schema`` was written before descriptions and chafing reasons were shared:
    its case_record has exactly the legacy columns and it has no case_chafing_reason at all (both, not one)."""
    found = tuple(r[1] for r in conn.execute(f"PRAGMA {schema}.table_info(case_record)").fetchall())
    reasons = conn.execute(
        f"SELECT count(*) FROM {schema}.sqlite_master WHERE name = 'case_chafing_reason'"
    ).fetchone()[0]
    return found == LEGACY_CASE_COLUMNS and not reasons


def check_share_file(conn: sqlite3.Connection, schema: str) -> dict[str, str]:
    """Check that the database attached as ``schema`` is a share file this DeskHelp reads; returns its info.
    A legacy file (no description, no chafing reasons: see ``legacy_layout``) passes too.
    Raises ShareFileError saying what is wrong (sqlite3 errors are turned into one too)."""
    try:
        app_id = conn.execute(f"PRAGMA {schema}.application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise ShareFileError("it is not a DeskHelp share file")
        # fetchall() throughout: a cursor left half-read (by an error while decoding a row) would keep the file
        # attached and locked.
        rows = conn.execute(f"SELECT type, name FROM {schema}.sqlite_master WHERE type != 'index'").fetchall()
        tables = {name: type_ for type_, name in rows}
        legacy = legacy_layout(conn, schema)
        for table, columns in COLUMNS.items():
            if legacy and table == "case_chafing_reason":
                continue
            if tables.get(table) != "table":
                raise ShareFileError(f"it has no table {table}")
            found = tuple(r[1] for r in conn.execute(f"PRAGMA {schema}.table_info({table})").fetchall())
            if found != (LEGACY_CASE_COLUMNS if legacy and table == "case_record" else columns):
                raise ShareFileError(f"its table {table} has other columns than DeskHelp writes")
        info = {}
        for key, value in conn.execute(f"SELECT key, value FROM {schema}.info").fetchall():
            if isinstance(key, str) and isinstance(value, str) and key in INFO_KEYS:
                info[key] = value[:200]
    except sqlite3.Error as exc:
        raise ShareFileError(f"it is damaged or not a share file ({sqlite_said(exc)})") from exc
    if info.get("format") != FORMAT:
        raise ShareFileError("it is not a DeskHelp share file")
    if info.get("format_version") != FORMAT_VERSION:
        raise ShareFileError(f"it has format version {info.get('format_version')!r}; update DeskHelp to read it")
    missing = [key for key in INFO_KEYS if key not in info]
    if missing:
        raise ShareFileError(f"its info lacks {', '.join(missing)}")
    if not IDENTITY.fullmatch(info["desk_identity"]):
        raise ShareFileError("its desk identity is not one DeskHelp makes")
    return info
