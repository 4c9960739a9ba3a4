"""Every test gets its own DeskHelp home folder; Qt runs offscreen; nothing touches the real data folder."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"
SMALL_PACK = FIXTURES / "packs" / "small.yaml"
ARTIFACTS = Path(__file__).parent / ".artifacts"
# The small pack's default "referred" phrasing in Arabic (see arabic_pack).
ARABIC_REFERRED = "لا يمكننا المساعدة في هذا هنا، لكنني سأريك الجهة التي يمكنك التوجه إليها."


@pytest.fixture(autouse=True)
def deskhelp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in list(os.environ):
        if name.startswith("DESKHELP_"):
            monkeypatch.delenv(name)
    home = tmp_path / "home"
    monkeypatch.setenv("DESKHELP_HOME", str(home))
    return home


@pytest.fixture
def english_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line in English (it speaks Swedish unless configured otherwise, like the window): for tests
    that read what it says in English. Spawned processes inherit it. A module opts in with
    ``pytestmark = pytest.mark.usefixtures("english_cli")``; tests/test_cli_language.py checks the Swedish."""
    monkeypatch.setenv("DESKHELP_LANG", "en")


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


LANGUAGES_PACK = FIXTURES / "packs" / "languages.yaml"


@pytest.fixture
def languages_pack():
    """The small pack with patron languages declared (ar checked, fa, uk, so, ti not) and test translations."""
    from deskhelp.content.pack_file import read_pack_file

    return read_pack_file(LANGUAGES_PACK).pack


@pytest.fixture
def arabic_pack(small_pack_path: Path):
    """The small pack, its default 'referred' phrasing also in Arabic (and nothing else: no Arabic slip is offered)."""
    from deskhelp.content.pack_file import parse_pack_bytes

    raw = small_pack_path.read_text(encoding="utf-8")
    line = re.search(r"^  referred: \{.*\}$", raw, flags=re.MULTILINE)
    assert line is not None
    with_arabic = line.group(0)[:-1] + f', ar: "{ARABIC_REFERRED}"}}'
    return parse_pack_bytes(raw.replace(line.group(0), with_arabic).encode("utf-8"), "small+ar").pack
