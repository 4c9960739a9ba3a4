"""The guideline pack at start-up: new packs applied, bad packs refused without losing the one in use."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from deskhelp.content.pack_file import PackError
from deskhelp.core.triage import default_answers
from deskhelp.service import BUNDLED, FILE, DeskService, sync_pack
from deskhelp.settings import load_settings
from deskhelp.storage.database import Database


@pytest.fixture
def db(tmp_path: Path):
    database = Database.open(tmp_path / "deskhelp.sqlite3")
    yield database
    database.close()


def test_a_new_pack_is_applied_once(db: Database, small_pack_path: Path) -> None:
    first = sync_pack(db, small_pack_path, FILE)
    assert first.applied_now and first.refused is None
    again = sync_pack(db, small_pack_path, FILE)
    assert not again.applied_now and again.revision.id == first.revision.id


def test_an_invalid_pack_is_refused_and_the_previous_revision_stays(
    db: Database, small_pack_path: Path, tmp_path: Path
) -> None:
    good = sync_pack(db, small_pack_path, FILE).revision
    broken = tmp_path / "broken.yaml"
    broken.write_text(small_pack_path.read_text(encoding="utf-8").replace("mission: partly", "mission: perhaps", 1))
    status = sync_pack(db, broken, FILE)
    assert status.revision == good and not status.applied_now
    assert isinstance(status.refused, PackError)
    assert "broken.yaml: case_types[1].mission: 'perhaps' is not one of" in str(status.refused)
    assert db.active_revision() == good


def test_with_nothing_to_fall_back_on_an_invalid_pack_is_an_error(db: Database, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\n")
    with pytest.raises(PackError):
        sync_pack(db, broken, FILE)
    assert db.active_revision() is None


def test_a_revision_keeps_the_pack_file_name_not_the_folder_it_was_in(
    small_pack_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "Users" / "anna.svensson" / "Dokument"
    folder.mkdir(parents=True)
    own = folder / "vår pack.yaml"
    own.write_bytes(small_pack_path.read_bytes())
    DeskService.open(load_settings()).close()  # the bundled pack first
    monkeypatch.setenv("DESKHELP_PACK", str(own))
    service = DeskService.open(load_settings())
    assert service.pack_status.applied_now
    service.close()
    conn = sqlite3.connect(service.settings.database)
    sources = conn.execute("SELECT origin, source FROM pack_revision ORDER BY id").fetchall()
    conn.close()
    assert sources == [(BUNDLED, "default.yaml"), (FILE, "vår pack.yaml")]


def test_the_bundled_pack_never_replaces_the_librarys_own(db: Database, small_pack_path: Path, tmp_path: Path) -> None:
    own = sync_pack(db, small_pack_path, FILE).revision
    bundled = tmp_path / "bundled.yaml"
    bundled.write_text(small_pack_path.read_text(encoding="utf-8").replace('version: "1"', 'version: "9"'))
    assert sync_pack(db, bundled, BUNDLED).revision == own


def test_the_service_logs_a_case_with_its_revision_and_the_hour(use_small_pack: Path) -> None:
    settings = load_settings()
    service = DeskService.open(settings)
    service._clock = lambda: dt.datetime(2026, 11, 23, 16, 59, 59)
    case = service.pack.case_types["tax-return"]
    logged = service.log(service.triage(case.id, default_answers(case)))
    service.close()
    conn = sqlite3.connect(settings.database)
    row = conn.execute(
        "SELECT case_type_id, outcome, occurred_on, occurred_hour, pack_revision_id FROM case_record WHERE id=?",
        (logged.id,),
    ).fetchone()
    assert row == ("tax-return", "referred", "2026-11-23", 16, service.pack_status.revision.id)
    conn.close()


def _open_at(clock: list[dt.datetime]) -> DeskService:
    service = DeskService.open(load_settings())
    service._clock = lambda: clock[0]
    return service


def test_logging_details_reach_the_file_and_default_to_the_case_type(use_small_pack: Path) -> None:
    from deskhelp.core.cases import CaseDetails, Channel

    clock = [dt.datetime(2026, 11, 23, 10, 5)]
    service = _open_at(clock)
    case = service.pack.case_types["tax-return"]
    result = service.triage(case.id, default_answers(case))
    plain = service.log(result)
    detailed = service.log(
        result, CaseDetails(Channel.PHONE, effort=5, duration="30-60", chafing=True, reflection="  Saknade rutin 🙁 ")
    )
    service.close()
    conn = sqlite3.connect(load_settings().database)
    rows = conn.execute(
        "SELECT id, channel, effort, duration, chafing, reflection FROM case_record ORDER BY id"
    ).fetchall()
    conn.close()
    assert rows == [
        (plain.id, "desk", case.effort, case.duration, 0, None),
        (detailed.id, "phone", 5, "30-60", 1, "Saknade rutin 🙁"),
    ]


@pytest.mark.parametrize(
    "reflection",
    ["Ringde 070-123 45 67 åt henne", "mejla anna.svensson@example.se", "x" * 2001],
    ids=["phone", "email", "too-long"],
)
def test_a_reflection_with_personal_data_or_too_long_is_never_stored(use_small_pack: Path, reflection: str) -> None:
    from deskhelp.core.cases import CaseDetails, CaseRefused

    service = _open_at([dt.datetime(2026, 11, 23, 10, 5)])
    case = service.pack.case_types["tax-return"]
    with pytest.raises(CaseRefused):
        service.log(service.triage(case.id, default_answers(case)), CaseDetails(reflection=reflection))
    assert service.db.count_cases() == 0
    service.close()


def test_the_last_case_can_be_undone_for_ten_minutes_only(use_small_pack: Path) -> None:
    clock = [dt.datetime(2026, 11, 23, 10, 0)]
    service = _open_at(clock)
    case = service.pack.case_types["tax-return"]
    result = service.triage(case.id, default_answers(case))
    first = service.log(result)
    clock[0] += dt.timedelta(minutes=9, seconds=59)
    assert service.undo_last() == first
    assert service.db.count_cases() == 0
    assert service.undo_last() is None  # only once

    service.log(result)
    clock[0] += dt.timedelta(minutes=10, seconds=1)
    assert service.undoable() is None
    assert service.undo_last() is None
    assert service.db.count_cases() == 1
    service.close()


def _publish(folder: Path, name: str, text: str, age_seconds: int) -> Path:
    """A pack file in the shared folder, modified ``age_seconds`` ago."""
    import os
    import time

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    stamp = time.time() - age_seconds
    os.utime(path, (stamp, stamp))
    return path


def test_the_newest_pack_in_the_shared_folder_is_applied_and_an_invalid_one_skipped(
    monkeypatch: pytest.MonkeyPatch, small_pack_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "share" / "packs"
    text = small_pack_path.read_text(encoding="utf-8")
    _publish(folder, "old.yaml", text, age_seconds=3600)
    _publish(folder, "new.yaml", text.replace('version: "1"', 'version: "2"'), age_seconds=60)
    _publish(folder, "notes.txt", "not a pack", age_seconds=0)
    monkeypatch.setenv("DESKHELP_PACK_FOLDER", str(folder))

    service = DeskService.open(load_settings())
    assert (service.pack.info.version, service.pack_status.applied_now) == ("2", True)
    assert service.pack_status.refused is None and service.pack_status.notice is None
    service.close()

    _publish(folder, "broken.yaml", text.replace("format: 1", "format: 99"), age_seconds=0)
    service = DeskService.open(load_settings())
    assert service.pack.info.version == "2"  # still the last good one
    assert service.pack_status.refused is not None and "broken.yaml" in str(service.pack_status.refused)
    service.close()


def test_an_unreachable_or_empty_pack_folder_is_a_notice_not_a_failure(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DESKHELP_PACK_FOLDER", str(tmp_path / "offline-share"))
    service = DeskService.open(load_settings())
    assert service.pack.info.id == "deskhelp-standard"  # the bundled pack
    assert "offline-share" in service.pack_status.notice
    service.close()

    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("DESKHELP_PACK_FOLDER", str(tmp_path / "empty"))
    service = DeskService.open(load_settings())
    assert "no pack file" in service.pack_status.notice
    service.close()


# -- statistics and exports: the dashboard's door --------------------------------------------------------------


def test_statistics_places_and_exports_come_through_the_service(use_small_pack: Path, tmp_path: Path) -> None:
    import csv

    from deskhelp.core.statistics import Period, PeriodKind, StatsFilter
    from deskhelp.exports import ExportRequest
    from deskhelp.reports.model import ReportKind
    from deskhelp.service import ExportError

    settings = load_settings()
    service = DeskService.open(settings)
    clock = [dt.datetime(2026, 11, 2, 10)]
    service._clock = lambda: clock[0]
    for day, case_id in ((2, "tax-return"), (3, "tax-return"), (20, "print-document")):
        clock[0] = dt.datetime(2026, 11, day, 10)
        case = service.pack.case_types[case_id]
        service.log(service.triage(case.id, default_answers(case)))
    november = StatsFilter(Period.containing(PeriodKind.MONTH, dt.date(2026, 11, 5)))
    heard: list[int] = []
    try:
        stats = service.statistics(november, progress=heard.append)
        conn = sqlite3.connect(settings.database)
        expected = dict(conn.execute("SELECT case_type_id, count(*) FROM case_record GROUP BY 1").fetchall())
        places = conn.execute("SELECT DISTINCT branch, desk FROM case_record ORDER BY 1, 2").fetchall()
        conn.close()
        assert stats.total == 3 and dict(stats.by_case_type) == expected
        assert heard and heard[-1] == 100
        assert service.branches_and_desks() == tuple(places) == ((settings.branch, settings.desk),)

        out = tmp_path / "summary.csv"
        service.export(ExportRequest(ReportKind.SUMMARY, "csv", november, out, "Stadsbiblioteket"))
        rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
        assert any(row[:2] == ["Ärenden", "3"] for row in rows)
        with pytest.raises(ExportError):
            service.export(ExportRequest(ReportKind.SUMMARY, "csv", november, tmp_path / "no" / "x.csv", ""))
    finally:
        service.close()
