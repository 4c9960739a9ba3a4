"""Routine backups: verified, rotated, listed, restored, and never a 0-byte or half file that counts as one."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from deskhelp import cli
from deskhelp.core.triage import default_answers
from deskhelp.service import BackupError, DeskService, list_backups, make_backup, restore_backup
from deskhelp.settings import load_settings
from deskhelp.storage import backup as backup_module
from deskhelp.storage.backup import backup_database, backups_to_keep, newest_good_backup

pytestmark = pytest.mark.usefixtures("english_cli")  # these read what the command line says in English

NOW = dt.datetime(2026, 12, 2, 9, 30)


def _cases(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM case_record").fetchone()[0]
    finally:
        conn.close()


def _open_and_log(cases: int) -> DeskService:
    service = DeskService.open(load_settings())
    case = service.pack.case_types["print-bank-statement"]
    for _ in range(cases):
        service.log(service.triage(case.id, default_answers(case)))
    return service


@pytest.fixture
def database(deskhelp_home: Path, use_small_pack) -> Path:
    """A real database with 4 cases, closed (as when IT runs backup or restore)."""
    _open_and_log(4).close()
    return load_settings().database


# -- rotation -------------------------------------------------------------------------------------------------------


def _expected_daily_rotation(days: list[dt.date]) -> set[dt.date]:
    """What to keep of one backup a day on ``days``, worked out independently: the 7 newest days, and the newest day
    of each of the 4 newest ISO weeks and of the 12 newest months."""
    newest = sorted(days, reverse=True)
    keep = set(newest[:7])
    by_week: dict[tuple[int, int], dt.date] = {}
    by_month: dict[tuple[int, int], dt.date] = {}
    for day in days:
        week = (day.isocalendar().year, day.isocalendar().week)
        by_week[week] = max(by_week.get(week, day), day)
        by_month[(day.year, day.month)] = max(by_month.get((day.year, day.month), day), day)
    keep |= {by_week[w] for w in sorted(by_week)[-4:]}
    keep |= {by_month[m] for m in sorted(by_month)[-12:]}
    return keep


def test_rotation_of_two_years_of_daily_backups() -> None:
    start = dt.date(2025, 1, 1)
    days = [start + dt.timedelta(days=n) for n in range(700)]
    backups = [(Path(f"deskhelp-{d:%Y%m%d}-0830-daily"), dt.datetime.combine(d, dt.time(8, 30)), "daily") for d in days]
    kept = {taken.date() for path, taken, _ in backups if path in backups_to_keep(backups)}
    assert kept == _expected_daily_rotation(days)
    assert 7 + 12 <= len(kept) <= 7 + 4 + 12


def test_rotation_keeps_a_closed_summer_and_the_newest_upgrade_backups() -> None:
    spring = [dt.date(2026, 5, d) for d in range(1, 11)]
    autumn = [dt.date(2026, 9, 1), dt.date(2026, 9, 2)]
    routine = [(Path(f"d-{d}"), dt.datetime.combine(d, dt.time(8)), "daily") for d in spring + autumn]
    manual = [(Path("m-1"), dt.datetime(2026, 9, 2, 7), "manual")]  # IT's own backup earlier the same day
    upgrades = [(Path(f"u-{n}"), dt.datetime(2026, n, 15), "before-000" + str(n)) for n in range(1, 6)]
    keep = backups_to_keep(routine + manual + upgrades)
    assert {p.name for p in keep if p.name.startswith("u-")} == {"u-3", "u-4", "u-5"}
    assert Path("m-1") in keep
    days_kept = sorted(int(p.name.split("-")[-1]) for p in keep if p.name.startswith("d-2026-05"))
    # 6-10 May: with the two autumn days, the seven newest days that have a backup; 3 May: the newest of its week
    assert days_kept == [3, 6, 7, 8, 9, 10]


def test_rotation_on_real_files_over_sixty_days(database: Path) -> None:
    folder = database.parent / "backups"
    days = [dt.date(2026, 10, 1) + dt.timedelta(days=n) for n in range(60)]
    for day in days:
        backup_database(database, "daily", now=dt.datetime.combine(day, dt.time(8, 5)), folder=folder)
    left = sorted(p.name for p in folder.iterdir())
    assert left == sorted(f"deskhelp-{d:%Y%m%d}-080500-daily.sqlite3" for d in _expected_daily_rotation(days))
    for name in left:
        assert _cases(folder / name) == 4


# -- nothing half counts as a backup --------------------------------------------------------------------------------


def test_leftovers_of_killed_backups_never_count_and_are_cleaned_up(database: Path) -> None:
    folder = database.parent / "backups"
    folder.mkdir()
    stale = folder / "deskhelp-20261201-080000-daily.sqlite3.partial"
    young = folder / "deskhelp-20261202-092900-manual.sqlite3.partial"
    for partial in (stale, young):
        partial.write_bytes(database.read_bytes()[:8192])
    two_hours_before = (NOW - dt.timedelta(hours=2)).timestamp()
    os.utime(stale, (two_hours_before, two_hours_before))
    os.utime(young, (NOW.timestamp(), NOW.timestamp()))
    empty = folder / "deskhelp-20261130-080000-daily.sqlite3"
    empty.write_bytes(b"")  # what a kill left behind before backups were written under a temporary name
    half = folder / "deskhelp-20261129-080000-daily.sqlite3"
    half.write_bytes(database.read_bytes()[: database.stat().st_size // 2])
    good = backup_database(database, "daily", now=dt.datetime(2026, 11, 28, 8), folder=folder)

    listed = {b.path.name: b for b in list_backups(load_settings())}
    assert set(listed) == {empty.name, half.name, good.name}  # a .partial is never listed
    assert not listed[empty.name].good and not listed[half.name].good
    assert listed[good.name].good and listed[good.name].cases == 4
    assert newest_good_backup(database).path == good

    made = backup_database(database, "manual", now=NOW, folder=folder)
    assert not stale.exists()  # a leftover is removed
    assert young.exists()  # a young one may be another backup being written right now
    assert empty.exists() and half.exists()  # never counted by rotation, never silently removed either
    assert newest_good_backup(database).path == made


@pytest.mark.parametrize("moment", ["during the copy", "before the rename"])
def test_a_kill_during_a_backup_leaves_nothing_that_counts(database: Path, moment: str) -> None:
    folder = database.parent / "backups"
    kill = "os.kill(os.getpid(), signal.SIGKILL)"
    patch = {
        "during the copy": "real = backup._copy\n"
        "def copy(src, dst):\n"
        "    s, d = sqlite3.connect(src), sqlite3.connect(dst)\n"
        f"    s.backup(d, pages=1, progress=lambda *a: {kill})\n"
        "backup._copy = copy\n",
        "before the rename": f"backup.verify_backup = lambda path: {kill}\n",
    }[moment]
    script = (
        "import os, signal, sqlite3, sys\nfrom pathlib import Path\nfrom deskhelp.storage import backup\n"
        + patch
        + "backup.backup_database(Path(sys.argv[1]), 'daily', folder=Path(sys.argv[2]))\n"
    )
    child = subprocess.run([sys.executable, "-c", script, str(database), str(folder)], capture_output=True)
    assert child.returncode == -9, child.stderr
    assert {p.name.split(".sqlite3")[1] for p in folder.iterdir()} <= {".partial", ".partial-journal"}
    assert list_backups(load_settings()) == []
    assert newest_good_backup(database) is None


def test_a_backup_that_does_not_verify_is_not_kept(database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_module, "verify_backup", lambda path: "page 3: broken")
    with pytest.raises(BackupError):
        make_backup(load_settings())
    assert list((database.parent / "backups").iterdir()) == []


# -- deskhelp backup, restore --list, restore -----------------------------------------------------------------------


def test_deskhelp_backup_prints_path_and_size(database: Path, capsys: pytest.CaptureFixture) -> None:
    assert cli.main(["backup"]) == 0
    out = capsys.readouterr().out
    (made,) = (database.parent / "backups").iterdir()
    assert str(made) in out and f"{made.stat().st_size} bytes" in out
    assert _cases(made) == 4
    with sqlite3.connect(made) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one finished file, no -wal


def test_backups_on_another_disk(database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    elsewhere = tmp_path / "other-disk" / "DeskHelp backups"
    monkeypatch.setenv("DESKHELP_BACKUPS", str(elsewhere))
    assert cli.main(["backup"]) == 0
    assert not (database.parent / "backups").exists()
    (made,) = elsewhere.iterdir()
    assert cli.main(["restore", "--list"]) == 0
    out = capsys.readouterr().out
    assert made.name in out and "4 cases" in out and "good" in out
    assert [p.name for p in elsewhere.iterdir()] == [made.name]  # only finished files there


def test_an_unreachable_backups_folder_is_a_message_and_the_desk_goes_on(
    database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    blocker = tmp_path / "share-offline"
    blocker.write_text("not a folder")
    monkeypatch.setenv("DESKHELP_BACKUPS", str(blocker / "backups"))
    assert cli.main(["backup"]) == 1
    assert "Problem: no backup was made in" in capsys.readouterr().err
    service = _open_and_log(0)
    try:
        done = service.daily_maintenance()
        assert done is not None and not done.damaged and done.backup is None
        assert str(blocker / "backups") in done.backup_problem
        _open_case = service.pack.case_types["print-bank-statement"]
        service.log(service.triage(_open_case.id, default_answers(_open_case)))  # the desk goes on
    finally:
        service.close()
    assert _cases(database) == 5


def test_restore_lists_puts_back_the_newest_good_one_and_keeps_the_replaced_file(
    database: Path, capsys: pytest.CaptureFixture
) -> None:
    older = make_backup(load_settings(), now=dt.datetime(2026, 11, 30, 8)).path
    _open_and_log(2).close()
    newer = make_backup(load_settings(), now=dt.datetime(2026, 12, 1, 8)).path
    (newer.parent / "deskhelp-20261201-090000-daily.sqlite3").write_bytes(b"")  # newest, but empty: not good
    _open_and_log(1).close()
    replaced = database.read_bytes()

    assert cli.main(["restore", "--list"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert "deskhelp-20261201-090000-daily.sqlite3" in listing[1] and "DAMAGED" in listing[1]
    assert newer.name in listing[2] and "6 cases" in listing[2] and listing[2].endswith("good")
    assert older.name in listing[3] and "4 cases" in listing[3]

    assert cli.main(["restore"]) == 0
    out = capsys.readouterr().out
    assert f"Restored {newer}" in out and "kept as" in out
    assert _cases(database) == 6
    (aside,) = database.parent.glob("deskhelp-replaced-*.sqlite3")
    assert aside.read_bytes() == replaced
    assert newer.exists()  # the backup stays a backup

    assert cli.main(["restore", older.name]) == 0
    assert _cases(database) == 4
    assert len(list(database.parent.glob("deskhelp-replaced-*.sqlite3"))) == 2  # nothing was ever deleted


def test_restore_is_refused_while_the_desk_has_the_database_open(database: Path, capsys) -> None:
    make_backup(load_settings())
    before = database.read_bytes()
    service = DeskService.open(load_settings())
    try:
        assert cli.main(["restore"]) == 1
        assert "close DeskHelp" in capsys.readouterr().err
    finally:
        service.close()
    assert database.read_bytes() == before
    assert not list(database.parent.glob("deskhelp-replaced-*"))
    assert cli.main(["restore"]) == 0  # closed: now it goes


def test_restore_refuses_a_damaged_or_unknown_backup(database: Path, capsys) -> None:
    folder = database.parent / "backups"
    made = make_backup(load_settings()).path
    broken = folder / "deskhelp-20261203-080000-daily.sqlite3"
    shutil.copyfile(made, broken)
    with broken.open("r+b") as file:
        file.seek(0)
        file.write(b"garbage" * 4)
    before = database.read_bytes()
    with pytest.raises(BackupError, match="not a good backup"):
        restore_backup(load_settings(), broken.name)
    assert cli.main(["restore", "no-such-backup.sqlite3"]) == 1
    assert "deskhelp restore --list" in capsys.readouterr().err
    assert database.read_bytes() == before


def test_a_damaged_database_is_not_backed_up(database: Path, capsys) -> None:
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM case_record WHERE id = (SELECT min(case_id) FROM case_actor)")
    conn.commit()
    conn.close()
    assert cli.main(["backup"]) == 1
    assert "damaged" in capsys.readouterr().err
    assert not (database.parent / "backups").exists() or not list((database.parent / "backups").iterdir())


def test_a_check_that_cannot_run_is_not_damage_and_is_tried_again(database: Path, monkeypatch) -> None:
    from deskhelp.storage import integrity  # where the service's check runs

    def locked(path, thorough=True):
        raise sqlite3.OperationalError("database is locked")

    service = DeskService.open(load_settings())
    try:
        with monkeypatch.context() as patch:
            patch.setattr(integrity, "check_integrity", locked)
            assert service.daily_maintenance() is None
        assert service.db.damaged is None
        done = service.daily_maintenance()  # the next try (an hour later in the window) does the day's work
        assert done is not None and not done.damaged and done.backup is not None
        _open_case = service.pack.case_types["print-bank-statement"]
        service.log(service.triage(_open_case.id, default_answers(_open_case)))
    finally:
        service.close()


def test_a_reason_with_a_dash_is_read_back_whole(tmp_path: Path) -> None:
    """The pre-upgrade backup's reason is "before-0003": a list must show it so, not as "before" plus a counter."""
    database = tmp_path / "deskhelp.sqlite3"
    sqlite3.connect(database).execute("CREATE TABLE t (x)").connection.close()
    moment = dt.datetime(2026, 12, 2, 9, 0, 0)
    first = backup_database(database, "before-0003", now=moment)
    second = backup_database(database, "before-0003", now=moment)
    assert first != second
    assert [b.reason for b in backup_module.list_backups(database)] == ["before-0003", "before-0003"]
