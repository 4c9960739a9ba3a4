"""`deskhelp check` lists what a new library has left to fill in (issue 13, item 7): the local actors that are
still templates, and the library, branch and desk names left at their defaults."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from deskhelp import paths

pytestmark = pytest.mark.usefixtures("english_cli")  # these read what the command line says in English


def _check(env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "deskhelp", "check"],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def _templates_in_the_default_pack() -> set[str]:
    """Read independently: the YAML itself, actors marked fill_in_locally (and showing the template text)."""
    data = yaml.safe_load(paths.bundled_pack_path().read_text(encoding="utf-8"))
    return {actor["id"] for actor in data["actors"] if actor.get("fill_in_locally") is True}


def test_a_new_library_sees_every_unfilled_actor_and_unset_name(deskhelp_home: Path) -> None:
    out = _check()
    assert out.returncode == 0, out.stderr  # things to do, not problems: the desk works
    lines = out.stdout.splitlines()
    assert (
        "To fill in: the library name is still the default 'Biblioteket'; set [library] name in deskhelp.toml" in lines
    )
    assert "To fill in: the branch name is still the default 'main'; set [library] branch in deskhelp.toml" in lines
    assert "To fill in: the desk name is still the default 'desk-1'; set [desk] name in deskhelp.toml" in lines
    expected = _templates_in_the_default_pack()
    assert len(expected) == 23  # issue 16 added Trafikverket, a-kassa, digital mailbox, the seller
    heading = next(i for i, line in enumerate(lines) if "local actors have no contact details" in line)
    assert lines[heading].startswith("To fill in: 23 local actors")
    listed = {line.split()[0] for line in lines[heading + 1 : heading + 1 + len(expected)]}
    assert listed == expected
    assert lines[-1] == "OK"


def test_configured_names_are_not_listed(deskhelp_home: Path, use_small_pack: Path) -> None:
    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "deskhelp.toml").write_text(
        '[library]\nname = "Stadsbiblioteket"\nbranch = "Husby"\n[desk]\nname = "Infodisken"\n', encoding="utf-8"
    )
    out = _check()
    assert out.returncode == 0, out.stderr
    assert "name is still the default" not in out.stdout
    # The small test pack has two local templates: the bank and the social services.
    assert "To fill in: 2 local actors" in out.stdout
    assert "  bank             Din bank" in out.stdout and "  social-services  Socialtjänsten" in out.stdout
