"""A database that held cases is never silently replaced by a new, empty one (issue 11, item 2)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from deskhelp import cli
from deskhelp.core.triage import default_answers
from deskhelp.service import DeskService, make_backup
from deskhelp.settings import load_settings
from deskhelp.storage.emptied import marker_path
from deskhelp.storage.errors import StorageError, StorageProblem


def _log(service: DeskService, cases: int = 1) -> None:
    case = service.pack.case_types["print-bank-statement"]
    for _ in range(cases):
        service.log(service.triage(case.id, default_answers(case)))


@pytest.fixture
def database(deskhelp_home: Path, use_small_pack) -> Path:
    return load_settings().database


def test_the_first_case_leaves_a_marker_and_a_new_desk_has_none(database: Path) -> None:
    service = DeskService.open(load_settings())
    assert database.exists() and not marker_path(database).exists()  # nothing logged yet: a new desk
    _log(service)
    service.close()
    assert marker_path(database).exists()


def test_a_database_with_cases_from_before_the_marker_gets_one_when_opened(database: Path) -> None:
    service = DeskService.open(load_settings())
    _log(service, 2)
    service.close()
    marker_path(database).unlink()  # as an older DeskHelp left it
    DeskService.open(load_settings()).close()
    assert marker_path(database).exists()


@pytest.mark.parametrize("how", ["emptied to 0 bytes", "deleted"])
def test_an_emptied_database_is_refused_naming_the_newest_backup(database: Path, how: str, capsys) -> None:
    service = DeskService.open(load_settings())
    _log(service, 3)
    service.close()
    backup = make_backup(load_settings()).path
    if how == "deleted":
        database.unlink()
    else:
        database.write_bytes(b"")

    with pytest.raises(StorageError) as caught:
        DeskService.open(load_settings())
    assert caught.value.problem is StorageProblem.EMPTIED
    assert str(backup) in caught.value.detail and "3 cases" in caught.value.detail
    assert "deskhelp restore" in caught.value.detail

    assert cli.main(["check"]) == 1
    err = capsys.readouterr().err
    assert str(backup) in err and "deskhelp restore" in err
    # no new file was started in its place
    assert (database.exists() and database.stat().st_size) == (False if how == "deleted" else 0)

    assert cli.main(["restore"]) == 0
    capsys.readouterr()
    assert cli.main(["check"]) == 0
    conn = sqlite3.connect(database)
    assert conn.execute("SELECT count(*) FROM case_record").fetchone() == (3,)
    conn.close()


def test_the_marker_alone_is_enough_and_says_there_is_no_backup(database: Path) -> None:
    service = DeskService.open(load_settings())
    _log(service)
    service.close()
    database.unlink()
    with pytest.raises(StorageError) as caught:
        DeskService.open(load_settings())
    assert caught.value.problem is StorageProblem.EMPTIED
    assert "No backup with cases was found" in caught.value.detail
    assert str(marker_path(database)) in caught.value.detail  # how to start empty on purpose
    assert not database.exists()


def test_a_backup_with_cases_is_enough_without_the_marker(database: Path) -> None:
    service = DeskService.open(load_settings())
    _log(service)
    service.close()
    make_backup(load_settings())
    database.write_bytes(b"")
    marker_path(database).unlink()
    with pytest.raises(StorageError) as caught:
        DeskService.open(load_settings())
    assert caught.value.problem is StorageProblem.EMPTIED


def test_starting_empty_on_purpose_after_removing_the_marker(database: Path) -> None:
    service = DeskService.open(load_settings())
    _log(service)
    service.close()
    database.unlink()
    marker_path(database).unlink()
    DeskService.open(load_settings()).close()  # no marker, no backup: a new desk
    assert database.exists()


def test_the_window_says_so_in_swedish_and_does_not_start(
    qapp, database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from deskhelp.ui import app as app_module

    service = DeskService.open(load_settings())
    _log(service)
    service.close()
    make_backup(load_settings())
    database.write_bytes(b"")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app_module, "_show_fatal", lambda title, text: shown.append((title, text)))
    assert app_module.run_gui() == 1
    ((title, text),) = shown
    assert title == "DeskHelp kan inte starta"
    assert "saknas eller är tom" in text and "deskhelp restore" in text
    assert database.stat().st_size == 0
