"""Sharing cases through a folder (issue 14): desks in homes of their own share into one folder, a third home
collects. Counts are read back from the files with plain sqlite3 and compared with what each desk holds."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from deskhelp.content import shared_cases as fmt
from deskhelp.core.triage import default_answers
from deskhelp.service import DeskService, FolderUnreachable
from deskhelp.settings import load_settings


def _open(monkeypatch: pytest.MonkeyPatch, home: Path, branch: str, desk: str, folder: Path) -> DeskService:
    monkeypatch.setenv("DESKHELP_HOME", str(home))
    monkeypatch.setenv("DESKHELP_BRANCH", branch)
    monkeypatch.setenv("DESKHELP_DESK", desk)
    monkeypatch.setenv("DESKHELP_SHARE_FOLDER", str(folder))
    return DeskService.open(load_settings())


def _log(service: DeskService, case_type: str, n: int = 1) -> list[int]:
    case = service.pack.case_types[case_type]
    return [service.log(service.triage(case.id, default_answers(case))).id for _ in range(n)]


def _demo(service: DeskService, n: int, branches: tuple[str, ...], desks: tuple[str, ...]) -> None:
    from deskhelp.core.demo import generate_demo_cases
    from deskhelp.storage.demo import insert_demo_cases

    cases = generate_demo_cases(service.pack, n, dt.date.today(), days=30, seed=3, branches=branches, desks=desks)
    insert_demo_cases(service.db.path, service.pack_status.revision.id, cases)


def _query(path: Path, sql: str, *args) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def _places(path: Path) -> Counter:
    rows = _query(path, "SELECT branch, desk, demo, count(*) FROM case_record GROUP BY branch, desk, demo")
    return Counter({(branch, desk, demo): count for branch, desk, demo, count in rows})


def _cli(home: Path, folder: Path, *args: str, pack: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESKHELP_")}
    env.update(DESKHELP_HOME=str(home), DESKHELP_SHARE_FOLDER=str(folder), DESKHELP_BRANCH="lead", DESKHELP_LANG="en")
    if pack is not None:
        env.update(DESKHELP_PACK=str(pack))
    return subprocess.run(
        [sys.executable, "-m", "deskhelp", *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "shared"
    path.mkdir()
    return path


@pytest.fixture
def two_desks(monkeypatch, tmp_path: Path, folder: Path, use_small_pack) -> tuple[Path, Path]:
    """Desk A (Rinkeby, info) logs real cases through the service; desk B holds demo cases of two desks."""
    a = _open(monkeypatch, tmp_path / "a", "Rinkeby", "info", folder)
    _log(a, "tax-return", 5)
    _log(a, "print-document", 3)
    shared_a = a.share()
    assert shared_a is not None and shared_a.cases == 8 and shared_a.file is not None
    a.close()
    b = _open(monkeypatch, tmp_path / "b", "Husby", "desk-1", folder)
    _demo(b, 400, ("Husby",), ("desk-1", "desk-2"))
    assert b.share().cases == 400
    b.close()
    return tmp_path / "a" / "deskhelp.sqlite3", tmp_path / "b" / "deskhelp.sqlite3"


def test_a_logged_case_gets_a_global_id_of_its_own(monkeypatch, tmp_path: Path, folder: Path, use_small_pack) -> None:
    service = _open(monkeypatch, tmp_path / "a", "main", "desk-1", folder)
    _log(service, "tax-return", 3)
    service.close()
    ids = [r[0] for r in _query(service.db.path, "SELECT global_id FROM case_record")]
    assert len(set(ids)) == 3 and all(re.fullmatch(r"[0-9a-f]{32}", i) for i in ids)


def test_two_desks_share_and_a_third_collects_twice_counting_each_case_once(
    two_desks: tuple[Path, Path], tmp_path: Path, folder: Path
) -> None:
    a, b = two_desks
    expected = _places(a) + _places(b)
    assert expected[("Rinkeby", "info", 0)] == 8 and expected[("Husby", "desk-2", 1)] > 0  # demo cases stay demo
    lead = tmp_path / "lead"
    first = _cli(lead, folder, "collect")
    assert first.returncode == 0, first.stderr
    assert "2 new files read" in first.stdout and "408 cases added" in first.stdout
    assert "branch Rinkeby, desk info: 8 cases added" in first.stdout
    assert "(Biblioteket, Rinkeby, info)" in first.stdout
    second = _cli(lead, folder, "collect")
    assert second.returncode == 0, second.stderr
    assert "0 new files read (2 read before), 0 cases added" in second.stdout
    database = lead / "deskhelp.sqlite3"
    assert _places(database) == expected
    # The same cases, by global id, with their referrals.
    for desk in (a, b):
        ids = set(_query(desk, "SELECT global_id FROM case_record"))
        assert ids <= set(_query(database, "SELECT global_id FROM case_record"))
        referrals = "SELECT c.global_id, a.actor_id FROM case_actor a JOIN case_record c ON c.id = a.case_id"
        assert set(_query(desk, referrals)) <= set(_query(database, referrals))
    # An export on the lead's PC covers every desk.
    out = tmp_path / "cases.csv"
    today = dt.date.today()
    export = _cli(
        lead, folder, "export", "--format", "csv", "--report", "cases", "--lang", "en",
        "--from", str(today - dt.timedelta(days=60)), "--to", str(today), "--out", str(out),
    )  # fmt: skip
    assert export.returncode == 0, export.stderr
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    header = next(i for i, row in enumerate(rows) if "Branch" in row)
    at = [rows[header].index(column) for column in ("Branch", "Desk", "Demo")]
    exported = Counter((row[at[0]], row[at[1]], int(row[at[2]])) for row in rows[header + 1 :] if len(row) > at[2])
    assert exported == expected


def test_collecting_the_same_case_through_two_routes_counts_it_once(
    two_desks: tuple[Path, Path], tmp_path: Path, folder: Path, monkeypatch
) -> None:
    a, _b = two_desks
    lead = _open(monkeypatch, tmp_path / "lead", "lead", "desk-1", folder)
    assert lead.collect().cases_added == 408
    # The desk's cases shared again (a share written but not marked, then sent again): known, not added.
    conn = sqlite3.connect(a)
    conn.execute("UPDATE case_record SET shared = 0")
    conn.commit()
    conn.close()
    desk_a = _open(monkeypatch, tmp_path / "a", "Rinkeby", "info", folder)
    assert desk_a.share().cases == 8
    desk_a.close()
    again = lead.collect()
    assert (again.files_read, again.cases_added, again.cases_known) == (1, 0, 8)
    assert lead.db.count_cases() == 408
    # The collector's own share never sends what it collected.
    assert lead.share().file is None
    lead.close()


def test_an_undone_case_disappears_from_the_collected_picture(
    monkeypatch, tmp_path: Path, folder: Path, use_small_pack
) -> None:
    clock = [dt.datetime(2026, 11, 23, 10, 0)]
    desk = _open(monkeypatch, tmp_path / "a", "Rinkeby", "info", folder)
    desk._clock = lambda: clock[0]
    _log(desk, "tax-return", 2)
    desk.share()
    lead = _open(monkeypatch, tmp_path / "lead", "lead", "desk-1", folder)
    assert lead.collect().cases_added == 2
    undone = desk.undo_last()
    assert undone is not None
    assert desk.sharing_status().waiting_withdrawals == 1
    done = desk.share()
    assert (done.cases, done.withdrawals) == (0, 1)
    report = lead.collect()
    assert (report.withdrawn, lead.db.count_cases()) == (1, 1)
    # Collected again from scratch (the collector forgets which files it read): the withdrawn case stays out.
    conn = sqlite3.connect(lead.db.path)
    conn.execute("DELETE FROM collected_file")
    conn.commit()
    conn.close()
    lead.collect()
    assert lead.db.count_cases() == 1
    global_ids = {r[0] for r in _query(lead.db.path, "SELECT global_id FROM case_record")}
    assert global_ids == {r[0] for r in _query(desk.db.path, "SELECT global_id FROM case_record")}
    desk.close()
    lead.close()


def _desk_folder(folder: Path) -> Path:
    (own,) = [p for p in folder.iterdir() if p.is_dir()]
    return own


def test_damaged_half_written_and_foreign_files_are_skipped_by_name_and_the_rest_is_read(
    monkeypatch, tmp_path: Path, folder: Path, use_small_pack
) -> None:
    desk = _open(monkeypatch, tmp_path / "a", "Rinkeby", "info", folder)
    _log(desk, "tax-return", 2)
    first = desk.share().file
    _log(desk, "print-document", 3)
    second = desk.share().file
    desk.close()
    own = _desk_folder(folder)
    # The second file is damaged after its checksum was written; a share was cut off; someone left other files.
    data = bytearray(second.read_bytes())
    data[len(data) // 2] ^= 0xFF
    second.write_bytes(bytes(data))
    half = own / f"{first.name}.1a2b3c4d.part"
    half.write_bytes(first.read_bytes()[:1000])
    foreign = own / "notes.txt"
    foreign.write_text("hello", encoding="utf-8")
    stranger = folder / "Thumbs.db"
    stranger.write_bytes(b"\0" * 10)
    lead = _open(monkeypatch, tmp_path / "lead", "lead", "desk-1", folder)
    report = lead.collect()
    assert (report.files_read, report.cases_added) == (1, 2)
    skipped = "\n".join(report.skipped)
    assert f"{second}: it is damaged" in skipped
    assert f"{half}: half-written" in skipped
    assert f"{foreign}: not a DeskHelp share file" in skipped
    assert f"{stranger}: not a desk's folder" in skipped
    # A data file without its checksum yet is waited for, by name.
    second.with_name(second.name + ".sha256").unlink()
    assert any(f"{second}: it has no checksum file yet" in line for line in lead.collect().skipped)
    lead.close()


def test_an_unreachable_folder_is_a_notice_and_everything_is_shared_later(
    monkeypatch, tmp_path: Path, use_small_pack
) -> None:
    away = tmp_path / "network-drive" / "shared"
    desk = _open(monkeypatch, tmp_path / "a", "Rinkeby", "info", away)
    _log(desk, "tax-return", 2)
    with pytest.raises(FolderUnreachable, match="network-drive"):
        desk.share()
    with pytest.raises(FolderUnreachable):
        desk.collect()
    assert desk.sharing_status().waiting_cases == 2
    out = _cli(tmp_path / "a", away, "share")
    assert out.returncode == 1 and "cannot be reached" in out.stderr and "shared next time" in out.stderr
    away.mkdir(parents=True)
    assert desk.share().cases == 2
    assert desk.sharing_status().waiting_cases == 0
    desk.close()


def test_a_reflection_that_fails_the_personal_data_check_stays_home_but_the_case_goes(
    monkeypatch, tmp_path: Path, folder: Path, use_small_pack
) -> None:
    from deskhelp.core.cases import CaseDetails

    desk = _open(monkeypatch, tmp_path / "a", "Rinkeby", "info", folder)
    case = desk.pack.case_types["tax-return"]
    result = desk.triage(case.id, default_answers(case))
    kept = desk.log(result, CaseDetails(reflection="Saknade rutin för deklaration"))
    slipped = desk.log(result, CaseDetails(reflection="ok"))
    # As if an older DeskHelp (or a hand edit) had let a phone number through.
    conn = sqlite3.connect(desk.db.path)
    conn.execute("UPDATE case_record SET reflection = 'ring 070-123 45 67' WHERE id = ?", (slipped.id,))
    conn.commit()
    conn.close()
    done = desk.share()
    assert (done.cases, done.reflections_left_out) == (2, 1)
    reflections = _query(done.file, "SELECT reflection FROM case_record ORDER BY reflection")
    assert reflections == [(None,), ("Saknade rutin för deklaration",)]
    assert kept.id
    desk.close()


_DESCRIBED = (
    "SELECT c.global_id, c.case_type_id, c.description FROM case_record c WHERE c.description IS NOT NULL "
    "ORDER BY c.global_id"
)
_REASONS = (
    "SELECT c.global_id, r.reason FROM case_chafing_reason r JOIN case_record c ON c.id = r.case_id "
    "ORDER BY c.global_id, r.reason"
)


def test_descriptions_and_chafing_reasons_travel_to_the_collector_once(
    monkeypatch, tmp_path: Path, folder: Path, use_small_pack: Path
) -> None:
    from deskhelp.core.cases import CaseDetails
    from deskhelp.core.inventory import ChafingReason
    from deskhelp.core.other_errand import OTHER_ID
    from deskhelp.core.statistics import Period, StatsFilter

    desk = _open(monkeypatch, tmp_path / "a", "Rinkeby", "info", folder)
    other = desk.pack.case_types[OTHER_ID]
    desk.log(desk.triage(other.id, default_answers(other)), CaseDetails(description="Hjälp att boka laddbox"))
    tax = desk.pack.case_types["tax-return"]
    reasons = frozenset({ChafingReason.LEGAL, ChafingReason.TIME})
    desk.log(desk.triage(tax.id, default_answers(tax)), CaseDetails(reasons=reasons))
    _log(desk, "print-document")
    done = desk.share()
    assert (done.cases, done.descriptions_left_out) == (3, 0)
    desk.close()
    source = desk.db.path
    assert len(_query(source, _DESCRIBED)) == 1 and len(_query(source, _REASONS)) == 2
    # The file holds them, by global id.
    assert _query(done.file, "SELECT global_id, case_type_id, description FROM case_record WHERE description "
                  "IS NOT NULL") == _query(source, _DESCRIBED)  # fmt: skip
    assert sorted(_query(done.file, "SELECT global_id, reason FROM case_chafing_reason")) == _query(source, _REASONS)

    lead = tmp_path / "lead"
    for _ in range(2):  # the second collect reads nothing new; and read again from scratch, nothing twice
        assert _cli(lead, folder, "collect", pack=use_small_pack).returncode == 0
    database = lead / "deskhelp.sqlite3"
    conn = sqlite3.connect(database)
    conn.execute("DELETE FROM collected_file")
    conn.commit()
    conn.close()
    again = _cli(lead, folder, "collect", pack=use_small_pack)
    assert again.returncode == 0 and "0 cases added" in again.stdout, again.stdout
    assert _query(database, _DESCRIBED) == _query(source, _DESCRIBED)
    assert _query(database, _REASONS) == _query(source, _REASONS)
    assert _query(database, "SELECT count(*) FROM case_chafing_reason") == [(2,)]

    # The team lead's inventory lists them: the service's statistics and the CSV report.
    collector = _open(monkeypatch, lead, "lead", "desk-1", folder)
    today = dt.date.today()
    stats = collector.statistics(StatsFilter(Period(today - dt.timedelta(days=7), today)))
    assert [c.description for c in stats.not_in_guidelines] == ["Hjälp att boka laddbox"]
    assert [c.reasons for c in stats.chafing] == [("legal", "time")]
    collector.close()
    out = tmp_path / "inventory.csv"
    export = _cli(
        lead, folder, "export", "--format", "csv", "--report", "inventory", "--lang", "en",
        "--from", str(today - dt.timedelta(days=7)), "--to", str(today), "--out", str(out), pack=use_small_pack,
    )  # fmt: skip
    assert export.returncode == 0, export.stderr
    text = out.read_text(encoding="utf-8-sig")
    assert "Hjälp att boka laddbox" in text, text


def test_a_withdrawn_case_takes_its_chafing_reasons_with_it(
    monkeypatch, tmp_path: Path, folder: Path, use_small_pack
) -> None:
    from deskhelp.core.cases import CaseDetails

    desk = _open(monkeypatch, tmp_path / "a", "Rinkeby", "info", folder)
    tax = desk.pack.case_types["tax-return"]
    desk.log(desk.triage(tax.id, default_answers(tax)), CaseDetails(reasons=frozenset({"ethical", "other"})))
    desk.share()
    lead = _open(monkeypatch, tmp_path / "lead", "lead", "desk-1", folder)
    assert lead.collect().cases_added == 1
    assert _query(lead.db.path, "SELECT count(*) FROM case_chafing_reason") == [(2,)]
    assert desk.undo_last() is not None
    desk.share()
    assert lead.collect().withdrawn == 1
    assert _query(lead.db.path, "SELECT count(*) FROM case_chafing_reason") == [(0,)]
    assert _query(lead.db.path, "PRAGMA foreign_key_check") == []
    desk.close()
    lead.close()


def test_a_description_with_personal_data_stays_home_but_the_case_goes(
    monkeypatch, tmp_path: Path, folder: Path, use_small_pack
) -> None:
    from deskhelp.core.cases import CaseDetails
    from deskhelp.core.other_errand import OTHER_ID

    desk = _open(monkeypatch, tmp_path / "a", "Rinkeby", "info", folder)
    other = desk.pack.case_types[OTHER_ID]
    result = desk.triage(other.id, default_answers(other))
    desk.log(result, CaseDetails(description="Frågade om laddbox"))
    slipped = desk.log(result, CaseDetails(description="ok"))
    # As if an older DeskHelp (or a hand edit) had let a phone number through.
    conn = sqlite3.connect(desk.db.path)
    conn.execute("UPDATE case_record SET description = 'ring 070-123 45 67' WHERE id = ?", (slipped.id,))
    conn.commit()
    conn.close()
    done = desk.share()
    assert (done.cases, done.descriptions_left_out) == (2, 1)
    assert _query(done.file, "SELECT description FROM case_record ORDER BY description") == [
        (None,),
        ("Frågade om laddbox",),
    ]
    lead = _open(monkeypatch, tmp_path / "lead", "lead", "desk-1", folder)
    assert lead.collect().cases_added == 2
    assert _query(lead.db.path, "SELECT description FROM case_record WHERE description IS NOT NULL") == [
        ("Frågade om laddbox",)
    ]
    desk.close()
    lead.close()


def _rewrite(path: Path, sql: str) -> None:
    """Change a published share file and write its checksum again (as a desk would have written it)."""
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.close()
    path.with_name(path.name + ".sha256").write_text(f"{fmt.sha256_file(path)}  {path.name}\n", encoding="ascii")


def test_a_file_from_before_descriptions_and_reasons_is_still_read_without_them(
    monkeypatch, tmp_path: Path, folder: Path, use_small_pack
) -> None:
    from deskhelp.core.cases import CaseDetails

    desk = _open(monkeypatch, tmp_path / "a", "Rinkeby", "info", folder)
    tax = desk.pack.case_types["tax-return"]
    desk.log(desk.triage(tax.id, default_answers(tax)), CaseDetails(reasons=frozenset({"legal"})))
    _log(desk, "print-document")
    file = desk.share().file
    desk.close()
    _rewrite(file, "DROP TABLE case_chafing_reason; ALTER TABLE case_record DROP COLUMN description;")
    lead = _open(monkeypatch, tmp_path / "lead", "lead", "desk-1", folder)
    report = lead.collect()
    assert (report.files_read, report.cases_added, report.skipped) == (1, 2, [])
    assert _query(lead.db.path, "SELECT count(*) FROM case_chafing_reason") == [(0,)]
    assert _query(lead.db.path, "SELECT count(*) FROM case_record WHERE chafing = 1") == [(1,)]
    lead.close()


@pytest.mark.parametrize(
    "change",
    [
        "DROP TABLE case_chafing_reason",  # half the old layout: not one DeskHelp wrote
        "ALTER TABLE case_record DROP COLUMN description",
        "ALTER TABLE case_chafing_reason RENAME COLUMN reason TO why",
    ],
)
def test_a_file_with_half_the_new_layout_is_refused_by_name(
    monkeypatch, tmp_path: Path, folder: Path, use_small_pack, change: str
) -> None:
    desk = _open(monkeypatch, tmp_path / "a", "Rinkeby", "info", folder)
    _log(desk, "tax-return")
    file = desk.share().file
    desk.close()
    _rewrite(file, change)
    lead = _open(monkeypatch, tmp_path / "lead", "lead", "desk-1", folder)
    report = lead.collect()
    assert report.cases_added == 0
    assert len(report.skipped) == 1 and report.skipped[0].startswith(f"{file}: it")
    assert "has no table case_chafing_reason" in report.skipped[0] or "other columns" in report.skipped[0]
    lead.close()


def test_a_chafing_reason_deskhelp_does_not_know_refuses_the_file(
    monkeypatch, tmp_path: Path, folder: Path, use_small_pack
) -> None:
    desk = _open(monkeypatch, tmp_path / "a", "Rinkeby", "info", folder)
    _log(desk, "tax-return")
    file = desk.share().file
    desk.close()
    _rewrite(file, "INSERT INTO case_chafing_reason SELECT global_id, 'gossip' FROM case_record;")
    lead = _open(monkeypatch, tmp_path / "lead", "lead", "desk-1", folder)
    report = lead.collect()
    assert report.cases_added == 0 and "values DeskHelp does not store" in report.skipped[0]
    assert _query(lead.db.path, "SELECT count(*) FROM case_record") == [(0,)]
    lead.close()


def test_deskhelp_check_reports_the_sharing_folder_the_last_share_and_what_waits(
    monkeypatch, tmp_path: Path, folder: Path, use_small_pack
) -> None:
    desk = _open(monkeypatch, tmp_path / "a", "Rinkeby", "info", folder)
    _log(desk, "tax-return", 2)
    desk.close()
    before = _cli(tmp_path / "a", folder, "check")
    assert f"Sharing: folder {folder}" in before.stdout and "not shared yet" in before.stdout
    assert "2 cases and 0 withdrawn cases wait" in before.stdout
    shared = _cli(tmp_path / "a", folder, "share")
    assert shared.returncode == 0 and "Shared 2 cases" in shared.stdout
    after = _cli(tmp_path / "a", folder, "check")
    assert "last shared" in after.stdout and "0 cases and 0 withdrawn cases wait" in after.stdout, after.stdout


# -- the reader of shared files, fuzzed ---------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

pytestmark = pytest.mark.usefixtures("english_cli")  # these read what the command line says in English


@pytest.fixture(scope="module")
def valid_share(tmp_path_factory) -> Path:
    """One valid share file's bytes (two cases)."""
    folder = tmp_path_factory.mktemp("valid")
    content = fmt.ShareContent(
        info={
            "format": fmt.FORMAT,
            "format_version": fmt.FORMAT_VERSION,
            "desk_identity": "a" * 32,
            "library": "Biblioteket",
            "branch": "main",
            "desk": "desk-1",
            "written_at": "2026-12-01T10:00:00+00:00",
            "deskhelp_version": "test",
        },
        revisions=[(1, "p", "1", "f" * 64, "file", "2026-11-01 10:00:00")],
        cases=[
            (
                f"{n:032x}",
                1,
                "tax-return",
                "yes",
                "yes",
                "yes",
                "yes",
                "helped_here",
                "desk",
                "2026-11-30",
                10,
                "main",
                "desk-1",
                None,
                None,
                1,
                None,
                0,
                None,
            )
            for n in (1, 2)
        ],  # fmt: skip
        actors=[(f"{1:032x}", "skatteverket")],
        missing=[],
        withdrawals=[f"{9:032x}"],
        reasons=[(f"{1:032x}", "legal"), (f"{1:032x}", "time")],
    )
    path = folder / "x.dhshare"
    fmt.build_share_file(path, content)
    return path  # not its bytes: Hypothesis would print them all with a failing example


def _collect_bytes(tmp_path: Path, data: bytes) -> tuple[list[str], int]:
    from deskhelp.storage.migrate import prepare_database
    from deskhelp.storage.sharing import collect_cases

    database = tmp_path / "lead.sqlite3"
    if not database.exists():
        prepare_database(database)
    folder = tmp_path / "shared"
    own = folder / ("a" * 32)
    shutil.rmtree(folder, ignore_errors=True)
    own.mkdir(parents=True)
    name = "20261201T100000000000.dhshare"
    (own / name).write_bytes(data)
    # The checksum fits the bytes: the reader must judge the content itself.
    (own / f"{name}.sha256").write_text(f"{hashlib.sha256(data).hexdigest()}  {name}\n", encoding="ascii")
    conn = sqlite3.connect(database)
    conn.execute("DELETE FROM collected_file")
    conn.commit()
    conn.close()
    report = collect_cases(database, folder)
    return report.skipped, report.files_read


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000))
def test_random_bytes_are_skipped_with_a_clear_message(tmp_path: Path, data: bytes) -> None:
    skipped, read = _collect_bytes(tmp_path, data)
    assert read == 0
    assert len(skipped) == 1 and "20261201T100000000000.dhshare: " in skipped[0] and skipped[0].endswith("skipped")


# Half the changes fall into the file's first pages: its header, the schema and the info table.
_POSITIONS = st.one_of(st.integers(0, 8191), st.integers(min_value=0))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(st.tuples(_POSITIONS, st.integers(1, 255)), min_size=1, max_size=8))
def test_a_mutated_share_file_is_read_whole_or_skipped_with_a_clear_message(
    tmp_path: Path, valid_share: Path, changes: list[tuple[int, int]]
) -> None:
    data = bytearray(valid_share.read_bytes())
    for at, flip in changes:
        data[at % len(data)] ^= flip
    skipped, read = _collect_bytes(tmp_path, bytes(data))
    assert (read, len(skipped)) in ((1, 0), (0, 1))
    if skipped:
        assert "20261201T100000000000.dhshare: " in skipped[0] and skipped[0].endswith("skipped")
    database = tmp_path / "lead.sqlite3"
    assert _query(database, "PRAGMA foreign_key_check") == []
    assert _query(database, "SELECT count(*) FROM case_record WHERE length(global_id) != 32") == [(0,)]


def test_a_case_logged_while_the_file_is_written_goes_with_the_next_share(
    monkeypatch, tmp_path: Path, folder: Path, use_small_pack
) -> None:
    desk = _open(monkeypatch, tmp_path / "a", "Rinkeby", "info", folder)
    _log(desk, "tax-return", 2)
    real = fmt.publish

    def publish_while_logging(local: Path, own: Path, name: str) -> Path:
        _log(desk, "print-document")  # the desk goes on while the share writes its file
        return real(local, own, name)

    monkeypatch.setattr(fmt, "publish", publish_while_logging)
    assert desk.share().cases == 2
    monkeypatch.setattr(fmt, "publish", real)
    assert desk.sharing_status().waiting_cases == 1
    assert desk.share().cases == 1
    lead = _open(monkeypatch, tmp_path / "lead", "lead", "desk-1", folder)
    assert lead.collect().cases_added == 3
    lead.close()
    desk.close()


def test_a_skip_message_never_quotes_the_text_of_a_damaged_file() -> None:
    said = fmt.sqlite_said(
        sqlite3.OperationalError("Could not decode to UTF-8 column 'reflection' with text 'ring Anna 070'")
    )
    assert said == "Could not decode to UTF-8 column 'reflection'"


def test_a_pack_first_seen_in_collected_cases_can_still_be_applied_later(tmp_path: Path) -> None:
    """A collect stores a revision it only knows by name (shares carry no pack text). When the library's pack with
    that content later reaches this PC, it is applied with its text: the desk starts, 'what's new' can read it."""
    from deskhelp.content.pack_file import pack_from_json, read_pack_file
    from deskhelp.service import FILE, apply_pack
    from deskhelp.storage.database import Database
    from tests.conftest import SMALL_PACK

    loaded = read_pack_file(SMALL_PACK)
    path = tmp_path / "collector.sqlite3"
    db = Database.open(path)
    try:
        conn = sqlite3.connect(path)
        with conn:  # what storage.sharing._local_revision writes for a revision it has not seen
            conn.execute(
                "INSERT INTO pack_revision (pack_id, version, sha256, origin, source, applied_at, active, pack_text, "
                "pack_json) VALUES (?, ?, ?, 'file', 'shared by desk x', '2026-12-01 09:00:00', 0, '', '')",
                (loaded.pack.info.id, loaded.pack.info.version, loaded.sha256),
            )
        conn.close()
        assert db.revision_json_by_sha(loaded.sha256) is None  # nothing to compare with yet
        revision = apply_pack(db, loaded, FILE, "library.yaml")
        assert pack_from_json(db.active_revision().pack_json, "active").info.id == loaded.pack.info.id
        assert db.revision_json_by_sha(loaded.sha256) == loaded.data_json
        rows = sqlite3.connect(path).execute("SELECT count(*) FROM pack_revision WHERE sha256 = ?", (loaded.sha256,))
        assert rows.fetchone()[0] == 1 and revision.source == "library.yaml"
    finally:
        db.close()
