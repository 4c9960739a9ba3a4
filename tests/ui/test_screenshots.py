"""Screenshots of the desk with the pack DeskHelp ships, at the sizes desk PCs have. For people to look at."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize(
    ("query", "name"),
    [("kontoutdrag", "bank-statement"), ("hackad facebook", "hacked"), ("migrationsverket", "migration"),
     ("skriva ut", "print")],
)  # fmt: skip
def test_screenshot_with_the_default_pack(qtbot, open_window, artifacts, size, query: str, name: str) -> None:
    window = open_window(size)
    qtbot.keyClicks(window.search.field, query)
    window.grab().save(str(artifacts / f"default-{name}-search-{size[0]}x{size[1]}.png"))
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    assert QApplication.focusWidget() in window.triage.mission.buttons()
    window.grab().save(str(artifacts / f"default-{name}-triage-{size[0]}x{size[1]}.png"))
