"""What's new (issue 13, item 4): after a new revision reaches the desk, staff see once what changed, in Swedish
words generated from the two revisions; the next start says nothing more."""

from __future__ import annotations

import json
from pathlib import Path

from deskhelp import paths
from deskhelp.service import DeskService
from deskhelp.settings import load_settings
from deskhelp.ui.preferences import load_preferences


def _write_pack(small_pack_path: Path, target: Path, version: str, tax_verdict: str) -> None:
    text = small_pack_path.read_text(encoding="utf-8")
    text = text.replace('version: "1"', f'version: "{version}"', 1)
    text = text.replace("    mission: no\n", f"    mission: {tax_verdict}\n", 1)  # tax-return, the only "no"
    target.write_text(text, encoding="utf-8")


def _start(qtbot, monkeypatch, pack: Path):
    """One start of the desk, as app.py does it: the service, the window, then the news."""
    from deskhelp.ui.main_window import MainWindow
    from deskhelp.ui.whats_new import show_whats_new_once

    monkeypatch.setenv("DESKHELP_PACK", str(pack))
    window = MainWindow(language="sv")
    qtbot.addWidget(window)
    window.show()
    service = DeskService.open(load_settings())
    window.set_service(service)
    show_whats_new_once(window, service, load_preferences(), "sv")
    return window


def test_a_new_revision_is_told_once(qtbot, swedish, deskhelp_home, small_pack_path, tmp_path, monkeypatch) -> None:
    pack = tmp_path / "library.yaml"
    _write_pack(small_pack_path, pack, "1", "no")
    first = _start(qtbot, monkeypatch, pack)
    assert getattr(first, "whats_new", None) is None  # the first start: nothing to compare with
    seen = json.loads((paths.config_dir() / "ui.json").read_text(encoding="utf-8"))["seen_pack"]
    assert len(seen) == 64

    _write_pack(small_pack_path, pack, "2", "partly")  # the team lead publishes a new revision
    second = _start(qtbot, monkeypatch, pack)
    dialog = second.whats_new
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.windowTitle() == "Nytt i riktlinjerna"
    text = dialog.text.toPlainText()
    assert "Riktlinjerna har uppdaterats från version 1 till 2." in text
    assert (
        "Deklarera: bedömningen har ändrats från \u201dutanför uppdraget\u201d till \u201ddelvis inom uppdraget\u201d."
        in text
    )
    assert "What" not in text and "changed" not in dialog.heading.text()  # no English in the Swedish desk
    dialog.close()

    third = _start(qtbot, monkeypatch, pack)
    assert getattr(third, "whats_new", None) is None  # seen: not again
