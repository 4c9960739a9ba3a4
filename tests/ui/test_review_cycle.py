"""Issue 13, item 3 at the desk: Help > About names the guidelines, their review and owner, and the database; an
overdue review is a quiet notice once per start, never an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from deskhelp.settings import load_settings


@pytest.fixture
def captured_about(monkeypatch) -> list[str]:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(f"{title}\n{text}"))
    return shown


def _pack_reviewed(small_pack_path: Path, tmp_path: Path, monkeypatch, reviewed: str) -> None:
    text = small_pack_path.read_text(encoding="utf-8").replace("reviewed: 2026-11-01", f"reviewed: {reviewed}", 1)
    path = tmp_path / "old.yaml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("DESKHELP_PACK", str(path))


def test_about_shows_the_guidelines_their_review_and_the_database(window, captured_about) -> None:
    window.about_action.trigger()
    (text,) = captured_about
    assert text.startswith("Om DeskHelp\n")
    assert "Testpaket" in text and "<td>1</td>" in text  # title and version of the pack in use
    assert "Senast reviderad" in text and "2026-11-01" in text
    assert "Nästa revidering" in text and "2027-05-01" in text  # six months, the default
    assert "Ansvarig" in text and "Arbetsgruppen för digital service" in text
    assert str(load_settings().database) in text


def test_an_overdue_review_is_a_quiet_notice(open_window, small_pack_path, tmp_path, monkeypatch) -> None:
    _pack_reviewed(small_pack_path, tmp_path, monkeypatch, "2020-01-15")
    window = open_window()
    assert window.banner.isVisible()
    assert window.banner.text() == (
        "Riktlinjerna skulle ha reviderats senast 2020-07-15; Arbetsgruppen för digital service ansvarar för det."
    )
    from PySide6.QtGui import QPalette

    assert window.banner.palette().color(QPalette.ColorRole.Window).name() == "#e3f4e1"  # not the error colours
    assert window.banner_area._timer.isActive()  # it goes away by itself, like any quiet message


def test_a_review_not_yet_due_says_nothing(window) -> None:
    assert "revider" not in window.banner.text()
