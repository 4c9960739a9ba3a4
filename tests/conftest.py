"""Every test gets its own DeskHelp home folder; Qt runs offscreen; nothing touches the real data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"
SMALL_PACK = FIXTURES / "packs" / "small.yaml"
ARTIFACTS = Path(__file__).parent / ".artifacts"


@pytest.fixture(autouse=True)
def deskhelp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in list(os.environ):
        if name.startswith("DESKHELP_"):
            monkeypatch.delenv(name)
    home = tmp_path / "home"
    monkeypatch.setenv("DESKHELP_HOME", str(home))
    return home


@pytest.fixture
def small_pack_path() -> Path:
    return SMALL_PACK


@pytest.fixture
def small_pack():
    from deskhelp.content.pack_file import read_pack_file

    return read_pack_file(SMALL_PACK).pack


@pytest.fixture
def use_small_pack(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DESKHELP_PACK", str(SMALL_PACK))
    return SMALL_PACK


@pytest.fixture
def artifacts() -> Path:
    """Screenshots and rendered files for people to look at; not committed."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
