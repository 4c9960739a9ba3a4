"""The guideline editor's door: a changed pack saved as a revision with a change note, published to the library's
pack folder, and taken up by another desk at its next start."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from deskhelp.content.pack_file import PackError
from deskhelp.content.pack_publish import next_version, published_name
from deskhelp.paths import DATABASE_FILENAME
from deskhelp.service import DeskService, ExportError
from deskhelp.settings import load_settings


def _desk(home: Path, folder: Path, monkeypatch: pytest.MonkeyPatch) -> DeskService:
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "deskhelp.toml").write_text(f'[guidelines]\nfolder = "{folder.as_posix()}"\n', encoding="utf-8")
    monkeypatch.setenv("DESKHELP_HOME", str(home))
    return DeskService.open(load_settings())


def _local_actor(data: dict) -> dict:
    return next(a for a in data["actors"] if a.get("fill_in_locally"))


def test_an_edited_actor_is_published_and_a_second_desk_reads_it_back(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    first = _desk(tmp_path / "desk1", folder, monkeypatch)
    try:
        data = first.editable_pack_data()
        actor = _local_actor(data)
        actor.setdefault("contacts", {}).update(
            phone="026-17 80 00", hours={"sv": "Vardagar 8-16", "en": "Weekdays 8-16"}
        )
        actor["mapping"] = {"holder": "Enhetschef vuxen", "established": "some", "last_contact": "2026-11-20"}
        old_version = first.pack.info.version
        published = first.apply_edited_pack(data, "Kontaktcentrets telefon ifylld.", today=dt.date(2026, 12, 2))
    finally:
        first.close()
    assert published.path is not None and published.path.parent == folder
    assert published.path.name == published_name(data["pack"]["id"], next_version(old_version), dt.date(2026, 12, 2))
    assert [p.name for p in folder.iterdir()] == [published.path.name]  # no temporary file left behind
    # The first desk's database holds the new revision, read with plain sqlite3.
    with sqlite3.connect(tmp_path / "desk1" / DATABASE_FILENAME) as con:
        rows = con.execute("SELECT version, source FROM pack_revision ORDER BY id").fetchall()
    assert rows[-1] == (next_version(old_version), published.path.name)

    second = _desk(tmp_path / "desk2", folder, monkeypatch)
    try:
        assert second.pack_status.applied_now and second.pack.info.version == next_version(old_version)
        read_back = second.pack.actors[actor["id"]]
        assert read_back.contacts.phone == "026-17 80 00"
        assert read_back.contacts.hours.get("sv") == "Vardagar 8-16"
        assert read_back.mapping.holder == "Enhetschef vuxen" and read_back.mapping.established == "some"
        assert second.pack.info.change_note == "Kontaktcentrets telefon ifylld."
    finally:
        second.close()


def test_a_bad_edit_is_refused_with_the_readers_message_and_nothing_is_written(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    desk = _desk(tmp_path / "desk1", folder, monkeypatch)
    try:
        data = desk.editable_pack_data()
        data["case_types"][0]["title"]["sv"] = "  "
        with pytest.raises(PackError) as error:
            desk.apply_edited_pack(data, "Tom titel")
        assert [(p.path, p.message) for p in error.value.problems] == [("case_types[0].title.sv", "is empty")]
        with pytest.raises(PackError):
            desk.apply_edited_pack(desk.editable_pack_data(), "   ")  # a change note is required
    finally:
        desk.close()
    assert list(folder.iterdir()) == []


def test_a_folder_that_cannot_be_written_is_a_clear_message_and_nothing_is_saved(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    desk = _desk(tmp_path / "desk1", folder, monkeypatch)
    try:
        before = desk.pack_status.revision.id
        folder.rmdir()  # the share is gone (or was never reachable from this PC)
        with pytest.raises(ExportError) as error:
            desk.apply_edited_pack(desk.editable_pack_data(), "Ny version")
        assert str(folder) in str(error.value) and "cannot be reached" in str(error.value)
        assert desk.pack_status.revision.id == before
    finally:
        desk.close()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write to any folder")
def test_a_read_only_folder_means_this_person_may_not_publish(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    desk = _desk(tmp_path / "desk1", folder, monkeypatch)
    folder.chmod(0o555)
    try:
        with pytest.raises(ExportError, match="cannot write"):
            desk.apply_edited_pack(desk.editable_pack_data(), "Ny version")
    finally:
        folder.chmod(0o755)
        desk.close()


def test_a_retired_case_type_is_not_searched_but_keeps_its_title(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    desk = _desk(tmp_path / "desk1", folder, monkeypatch)
    try:
        data = desk.editable_pack_data()
        case = data["case_types"][0]
        title = case["title"]["sv"]
        assert case["id"] in [hit.case_type.id for hit in desk.search(title, limit=50)]
        case["retired"] = True
        desk.apply_edited_pack(data, f"{title} tas bort")
        assert case["id"] not in [hit.case_type.id for hit in desk.search(title, limit=50)]
        assert desk.pack.case_types[case["id"]].title.get("sv") == title  # statistics still name it
    finally:
        desk.close()


def test_next_version_counts_the_last_number_up() -> None:
    assert [next_version(v) for v in ("2026.1", "1", "2026.9-lib", "v")] == ["2026.2", "2", "2026.10-lib", "v.1"]


def test_a_desk_that_reads_one_pack_file_refuses_to_save_an_edit(use_small_pack: Path) -> None:
    desk = DeskService.open(load_settings())
    try:
        before = desk.pack_status.revision.id
        with pytest.raises(ExportError, match="one pack file"):
            desk.apply_edited_pack(desk.editable_pack_data(), "Ny telefon")
        assert desk.pack_status.revision.id == before
    finally:
        desk.close()


def test_whats_new_tells_of_a_retired_case_type_and_the_window_shows_the_change_note(
    tmp_path: Path, monkeypatch
) -> None:
    from deskhelp.core.pack_changes import ChangeKind

    folder = tmp_path / "share"
    folder.mkdir()
    desk = _desk(tmp_path / "desk1", folder, monkeypatch)
    try:
        data = desk.editable_pack_data()
        data["case_types"][0]["retired"] = True
        desk.apply_edited_pack(data, "En ärendetyp utgår.")
        changes = desk.whats_new(None)
        assert [c.subject for c in changes if c.kind == ChangeKind.REMOVED] == [data["case_types"][0]["id"]]
        assert desk.pack.info.change_note == "En ärendetyp utgår."
    finally:
        desk.close()


def test_the_packs_times_for_the_branch_win_over_the_old_setting(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    home = tmp_path / "desk1"
    (home / "config").mkdir(parents=True)
    (home / "config" / "deskhelp.toml").write_text(
        '[library]\nbranch = "Centrum"\n[guidance]\ntimes = "Gamla tider"\n'
        f'[guidelines]\nfolder = "{folder.as_posix()}"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("DESKHELP_HOME", str(home))
    desk = DeskService.open(load_settings())
    try:
        assert desk.guidance() == "Gamla tider"  # no times in the pack: the configuration, as before
        data = desk.editable_pack_data()
        data["times"] = [
            {"branch": "*", "drop_in": {"sv": "Tisdagar 13-15", "en": "Tuesdays 1-3 pm"}},
            {"branch": "centrum", "booking": {"sv": "Boka i disken", "en": "Book at the desk"}},
        ]
        desk.apply_edited_pack(data, "Tiderna i paketet.")
        assert desk.guidance() == "Boka tid: Boka i disken"  # the branch's own, its name in any case
        assert desk.guidance("en") == "Booked sessions: Book at the desk"
    finally:
        desk.close()
    second = _desk(tmp_path / "desk2", folder, monkeypatch)  # branch not set: the times for every branch
    try:
        assert second.guidance() == "Drop-in: Tisdagar 13-15"
    finally:
        second.close()
