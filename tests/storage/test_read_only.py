"""A database that was read-only and is writable again accepts the next case without a restart.

SQLite opens a file it cannot write read-only, silently, and that connection stays read-only for its life; the
engine's pool would hand it back for every later write. So a READ_ONLY (or LOCKED) error empties the pool.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import event

from deskhelp.core.triage import default_answers
from deskhelp.service import DeskService
from deskhelp.settings import load_settings
from deskhelp.storage.errors import StorageError, StorageProblem


def _log(service: DeskService):
    case = service.pack.case_types["print-bank-statement"]
    return service.log(service.triage(case.id, default_answers(case)))


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM case_record").fetchone()[0]
    finally:
        conn.close()


def test_after_a_read_only_spell_the_next_case_is_logged_without_reopening(deskhelp_home: Path, use_small_pack):
    service = DeskService.open(load_settings())
    path = service.db.path
    read_only = {"on": True}

    @event.listens_for(service.db._engine, "do_connect")
    def _connect(dialect, conn_rec, cargs, cparams):
        if read_only["on"]:  # what SQLite does with a file it may not write: it opens it read-only
            return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        return None

    try:
        service.db._engine.dispose()  # the desk started while the file was read-only
        with pytest.raises(StorageError) as caught:
            _log(service)
        assert caught.value.problem is StorageProblem.READ_ONLY
        read_only["on"] = False  # IT fixed the permissions; the desk was not restarted
        _log(service)
        _log(service)
    finally:
        service.close()
    assert _count(path) == 2


def _make_read_only(path: Path) -> bool:
    """Make ``path`` unwritable for this process, as a real permission problem: chmod for a normal user, the
    immutable flag for root (chmod does not stop root). False when neither is possible here."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        return True
    chattr = shutil.which("chattr")
    return bool(chattr) and subprocess.run([chattr, "+i", str(path)], capture_output=True).returncode == 0


def _make_writable(path: Path) -> None:
    if os.geteuid() != 0:
        path.chmod(0o644)
    else:
        subprocess.run([shutil.which("chattr"), "-i", str(path)], check=True)


def test_a_really_read_only_file_then_writable_again(deskhelp_home: Path, use_small_pack) -> None:
    service = DeskService.open(load_settings())
    path = service.db.path
    _log(service)
    service.close()  # checkpointed: the cases are in the main file, no -wal
    if not _make_read_only(path):
        pytest.skip("cannot make a file read-only for this user on this file system")
    try:
        service = DeskService.open(load_settings())  # reading works: the desk starts
        with pytest.raises(StorageError) as caught:
            _log(service)
        assert caught.value.problem is StorageProblem.READ_ONLY
    finally:
        _make_writable(path)
    try:
        _log(service)  # the same service, not reopened
    finally:
        service.close()
    assert _count(path) == 2
