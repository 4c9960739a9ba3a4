"""Large text on a small screen (issue 17): at 2.0x text on 1024x700 the desk's search list was squeezed to a sliver
beside the questions. The list keeps room for its titles, and what it holds stays readable; screenshots at 1366x768
and 1024x700, 1x and 2x text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from tests.ui.test_desk_complete import Keyboard


@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_search_list_keeps_room_with_large_text(qtbot, open_window, use_small_pack, artifacts, size, scale) -> None:
    default = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    QApplication.setFont(default)
    desk = open_window(size)
    try:
        desk.set_text_scale(scale)
        Keyboard(qtbot).type("bank")
        Keyboard(qtbot).press(Qt.Key.Key_Return)  # the questions open beside the list: where it was squeezed
        for _ in range(20):
            QApplication.processEvents()
        results = desk.search.results
        metrics = results.fontMetrics()
        # At least about 16 characters of a title side by side, and four rows one above the other.
        assert results.viewport().width() >= metrics.averageCharWidth() * 16, results.viewport().width()
        assert results.viewport().height() >= 4 * metrics.height()
        assert results.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff  # titles are elided
        assert desk.search.field.width() >= metrics.averageCharWidth() * 16
        assert desk.width() <= size[0]  # by wrapping the buttons and answers, not by widening the window
        assert not desk.triage.questions_scroll.horizontalScrollBar().isVisible()
        buttons = [desk.triage.reset_button, desk.triage.log_next_button, desk.triage.log_button]
        assert all(desk.rect().contains(b.mapTo(desk, b.rect().bottomRight())) for b in buttons)
        desk.grab().save(str(artifacts / f"search-large-text-{size[0]}x{size[1]}-{scale:.1f}x.png"))
    finally:
        desk.set_text_scale(1.0)
        QApplication.setFont(default)
