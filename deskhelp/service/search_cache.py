"""The active pack's search index, kept in a file next to the database so that a start does not build it again.

Building the index took 60-100 ms of every start of the desk and of every ``deskhelp search`` (issue 18), for the
same pack revision morning after morning. The built index is stored once per revision, with the standard library's
marshal (built-in types only: reading it runs no code, unlike pickle), under a key of the revision's sha256, this
DeskHelp's version and search code, and Python's; with a sha256 of the payload to find a damaged file. Anything off
(another key, a short or damaged file, a surprise of any kind) means the index is built as before and the file
written again, atomically. The file is the desk's own, in the desk's own folder: whoever can change it can change
the database beside it, so it is checked for damage, not for forgery.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import marshal
import os
import sys
from pathlib import Path

from deskhelp import __version__
from deskhelp.content.search_model import read_model
from deskhelp.core import search
from deskhelp.core.guidelines import GuidelinePack
from deskhelp.core.search import SearchIndex
from deskhelp.core.search_model import ErrandModel

log = logging.getLogger(__name__)

_MAGIC = b"DESKHELP-SEARCH-INDEX 1\n"
_DIGEST = 32  # bytes of the payload's sha256, after the key


def cache_path(database: Path) -> Path:
    """Where the index of ``database``'s active pack is kept: beside it."""
    return database.with_name(database.name + ".search-index")


def _code() -> bytes:
    """What the index is built by: a change in the search code (a checkout between versions) gives a new key."""
    try:
        return Path(search.__file__).read_bytes()
    except (OSError, TypeError):  # a bundle may hold no source: its version says which code it is
        return b""


def _key(sha256: str) -> bytes:
    parts = [sha256, __version__, f"{sys.version_info[:3]}", f"marshal {marshal.version}"]
    digest = hashlib.sha256("\n".join(parts).encode() + _code()).hexdigest()
    return _MAGIC + digest.encode() + b"\n"


def load(path: Path, sha256: str, pack: GuidelinePack) -> SearchIndex | None:
    """The stored index of the revision ``sha256`` (whose pack is ``pack``), or None: none, or not usable."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        log.info("search index: %s could not be read (%s); building it", path, error)
        return None
    key = _key(sha256)
    if not raw.startswith(key):
        return None  # another revision, another DeskHelp: built again and replaced
    body = memoryview(raw)[len(key) :]  # not copied: the payload is most of the file
    digest, payload = body[:_DIGEST], body[_DIGEST:]
    try:
        if hashlib.sha256(payload).digest() != digest:
            raise ValueError("the file is damaged (its checksum does not match)")
        return SearchIndex.restored(pack, marshal.loads(payload), _model())
    except Exception as error:  # whatever is wrong with the file, the desk builds the index as before
        log.warning("search index: %s not used (%s); building it", path, error)
        return None


def save(path: Path, sha256: str, index: SearchIndex) -> None:
    """Keep ``index`` for the next start (atomically: a reader sees the old file or the new, never half of one).
    A failure costs the next start the build, nothing else, so it is logged and not raised."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        payload = marshal.dumps(index.state())
        with open(temporary, "wb") as out:
            out.write(_key(sha256) + hashlib.sha256(payload).digest() + payload)
        os.replace(temporary, path)
    except (OSError, ValueError) as error:
        log.info("search index: %s could not be written (%s)", path, error)
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def index_for(database: Path, sha256: str, pack: GuidelinePack) -> SearchIndex:
    """The search index of ``pack`` (the revision ``sha256``): the stored one, or built now and stored."""
    path = cache_path(database)
    index = load(path, sha256, pack)
    if index is None:
        index = SearchIndex(pack, _model())
        save(path, sha256, index)
    return index


@functools.lru_cache(maxsize=1)
def _model() -> ErrandModel | None:
    """The errand model, read once a process from its own file (it is not stored with the index)."""
    return read_model()
