"""Which guideline pack a desk uses: the one offered at start (a library's file, its published folder, or the bundled
pack), applied when it is new and valid, kept when it is not."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from deskhelp import paths
from deskhelp.settings import Settings

if TYPE_CHECKING:
    from deskhelp.content.pack_file import LoadedPack, PackError
    from deskhelp.storage.database import Database, StoredRevision

log = logging.getLogger("deskhelp.service")

BUNDLED, FILE = "bundled", "file"


@dataclass(frozen=True)
class PackStatus:
    """What happened to the guideline pack at start: which revision is active, and any pack that was refused."""

    revision: StoredRevision
    applied_now: bool
    refused: PackError | None
    notice: str | None = None  # e.g. the shared pack folder could not be read: the active pack stays
    previous: StoredRevision | None = None  # the revision active before this start, when a new one was applied now


def apply_pack(db: Database, loaded: LoadedPack, origin: str, source: str) -> StoredRevision:
    """Store ``loaded`` as the active revision. ``source`` is kept as a file name only ("default.yaml"): a full path
    would put the user's folder, often their name, into the database and every backup of it."""
    return db.activate_revision(
        pack_id=loaded.pack.info.id,
        version=loaded.pack.info.version,
        sha256=loaded.sha256,
        origin=origin,
        source=Path(source).name,
        pack_text=loaded.text,
        pack_json=loaded.data_json,
    )


def sync_pack(db: Database, offered: Path, origin: str) -> PackStatus:
    """Apply ``offered`` if it is new and valid; otherwise keep the active revision.

    The bundled pack never replaces a pack the library applied itself. An invalid pack changes nothing; it
    is reported, and if there is no revision at all to fall back on, the PackError is raised.
    """
    from deskhelp.content.pack_file import PackError, parse_pack_bytes, read_pack_bytes, sha256_of

    active = db.active_revision()
    if origin == BUNDLED and active is not None and active.origin != BUNDLED:
        log.info("pack: the library's own revision %s stays; the bundled pack does not replace it", active.id)
        return PackStatus(active, applied_now=False, refused=None)
    try:
        raw = read_pack_bytes(offered)
        if active is not None and active.sha256 == sha256_of(raw):
            log.info("pack: %s unchanged, revision %s stays", offered, active.id)
            return PackStatus(active, applied_now=False, refused=None)  # unchanged: no need to parse it again
        loaded = parse_pack_bytes(raw, str(offered))
    except PackError as error:
        first = str(error).partition("\n")[0][:500]
        kept = f"revision {active.id} stays in use" if active else "no earlier revision to use"
        log.warning("pack: %s refused, %s (%s problems; first: %s)", offered, kept, len(error.problems), first)
        if active is None:
            raise
        return PackStatus(active, applied_now=False, refused=error)
    revision = apply_pack(db, loaded, origin, offered.name)
    log.info("pack: %s applied: %s %s as revision %s", offered, revision.pack_id, revision.version, revision.id)
    return PackStatus(revision, applied_now=True, refused=None, previous=active)


PACK_SUFFIXES = (".yaml", ".yml")


def newest_pack_in(folder: Path) -> Path | None:
    """The most recently modified pack file in the library's published folder (None if there is none).

    Only the newest is considered: an invalid upload is reported and skipped (the active pack stays) rather
    than silently falling back to an older file. Raises OSError when the folder cannot be read.
    """
    files = [p for p in folder.iterdir() if p.suffix.lower() in PACK_SUFFIXES and p.is_file()]
    return max(files, key=lambda p: (p.stat().st_mtime, p.name)) if files else None


def _offered_pack(settings: Settings) -> tuple[Path, str, str | None]:
    """Which pack to offer at start, its origin, and a notice when the shared folder could not be used."""
    if settings.pack:
        return settings.pack, FILE, None
    if settings.pack_folder:
        try:
            newest = newest_pack_in(settings.pack_folder)
        except OSError as error:
            return paths.bundled_pack_path(), BUNDLED, f"{settings.pack_folder}: {error.strerror or error}"
        if newest is not None:
            return newest, FILE, None
        return paths.bundled_pack_path(), BUNDLED, f"{settings.pack_folder}: no pack file (*.yaml) in the folder"
    return paths.bundled_pack_path(), BUNDLED, None
