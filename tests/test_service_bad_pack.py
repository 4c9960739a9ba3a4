"""A bad pack in the library's shared folder never stops a desk: the pack in use (or the bundled one) stays, and
the problem is reported in pack_status.refused for the window's banner and `deskhelp check`."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from deskhelp.content.pack_file import PackError
from deskhelp.service import DeskService
from deskhelp.settings import load_settings

TYPO = ("reviewed: 2026-11-01", "reviewed: 2026-02-30")


def _folder_with_typo(small_pack_path: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "share" / "packs"
    folder.mkdir(parents=True)
    text = small_pack_path.read_text(encoding="utf-8")
    (folder / "pack.yaml").write_text(text.replace(*TYPO), encoding="utf-8")
    return folder


def _active_revisions(database: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT pack_id, origin FROM pack_revision WHERE active").fetchall()


def test_a_new_desk_with_a_broken_pack_in_the_folder_starts_with_the_bundled_pack(
    monkeypatch: pytest.MonkeyPatch, small_pack_path: Path, tmp_path: Path
) -> None:
    # Was: ValueError from the YAML date escaped DeskService.open, and the window never became ready.
    monkeypatch.setenv("DESKHELP_PACK_FOLDER", str(_folder_with_typo(small_pack_path, tmp_path)))
    service = DeskService.open(load_settings())
    try:
        assert service.pack.info.id == "deskhelp-standard"
        assert isinstance(service.pack_status.refused, PackError)
        assert "pack.yaml: line 7, column 13" in str(service.pack_status.refused)
        assert "'2026-02-30' is not a real date" in str(service.pack_status.refused)
    finally:
        service.close()
    assert _active_revisions(load_settings().database) == [("deskhelp-standard", "bundled")]


def test_a_desk_keeps_the_librarys_last_good_pack_when_a_broken_one_is_published(
    monkeypatch: pytest.MonkeyPatch, small_pack_path: Path, tmp_path: Path
) -> None:
    folder = _folder_with_typo(small_pack_path, tmp_path)
    (folder / "pack.yaml").write_bytes(small_pack_path.read_bytes())
    monkeypatch.setenv("DESKHELP_PACK_FOLDER", str(folder))
    DeskService.open(load_settings()).close()
    broken = folder / "pack.yaml"
    broken.write_text(small_pack_path.read_text(encoding="utf-8").replace(*TYPO), encoding="utf-8")
    os.utime(broken)
    service = DeskService.open(load_settings())
    try:
        assert service.pack.info.id == "test-pack"
        assert "is not a real date" in str(service.pack_status.refused)
    finally:
        service.close()
    assert _active_revisions(load_settings().database) == [("test-pack", "file")]


def test_a_broken_pack_named_by_configuration_does_not_stop_a_new_desk(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DESKHELP_PACK", "/dev/zero" if Path("/dev/zero").exists() else str(tmp_path))
    service = DeskService.open(load_settings())
    try:
        assert service.pack.info.id == "deskhelp-standard"
        assert "is not a file" in str(service.pack_status.refused)
    finally:
        service.close()


def test_the_window_becomes_ready_with_a_broken_pack_in_the_folder(
    small_pack_path: Path, tmp_path: Path, deskhelp_home: Path
) -> None:
    # The real start-up (run_gui, as `deskhelp` runs it): --benchmark-startup quits once the window is ready.
    # Before the fix it never became ready: this process had to be killed.
    env = {
        **os.environ,
        "DESKHELP_HOME": str(deskhelp_home),
        "DESKHELP_PACK_FOLDER": str(_folder_with_typo(small_pack_path, tmp_path)),
        "QT_QPA_PLATFORM": "offscreen",
    }
    out = subprocess.run(
        [sys.executable, "-m", "deskhelp", "--benchmark-startup"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert '"ready_ms"' in out.stdout
    assert "Traceback" not in out.stderr
    check = subprocess.run(
        [sys.executable, "-m", "deskhelp", "check"], env=env, capture_output=True, text=True, timeout=120
    )
    assert check.returncode == 1 and "Traceback" not in check.stderr
    assert "'2026-02-30' is not a real date" in check.stderr
