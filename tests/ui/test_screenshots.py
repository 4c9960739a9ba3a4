"""Screenshots of every step at the desk, with the pack DeskHelp ships, at the sizes and scalings desk PCs have.

For people to look at (tests/.artifacts/screenshots/). The checks here are the ones a screenshot would show:
nothing is cut off sideways (no horizontal scrolling), and the step shows what it should.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle

from deskhelp import paths

GUIDANCE = "Drop-in: tisdagar 13–15 och torsdagar 10–12 i datortorget.\nBoka en tid i informationsdisken."
SIZES = [(1366, 768), (1024, 700)]


@pytest.fixture
def configured():
    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "deskhelp.toml").write_text(
        f'[library]\nname = "Stadsbiblioteket"\n[guidance]\ntimes = """{GUIDANCE}"""\n', encoding="utf-8"
    )


def _settle(qtbot) -> None:
    """Let posted layout requests run, as they would before the next paint."""
    qtbot.wait(50)


def _fits_sideways(window) -> bool:
    return not window.triage.scroll.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_step_of_a_conversation(qtbot, open_window, configured, artifacts, size) -> None:
    window = open_window(size)
    tag = f"{size[0]}x{size[1]}"

    def shot(name: str) -> None:
        _settle(qtbot)
        window.grab().save(str(artifacts / f"step-{tag}-{name}.png"))

    shot("01-welcome")
    qtbot.keyClicks(window.search.field, "kontoutdrag")
    shot("02-search")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    assert QApplication.focusWidget() in window.triage.mission.buttons()
    shot("03-partly-referred")
    assert _fits_sideways(window)

    window.triage.mission.set_value(window.triage.answers().mission.__class__("no"))
    shot("04-referred")
    window.triage.mission.set_value(window.triage.answers().mission.__class__("partly"))
    window.triage.competence.buttons()[1].setChecked(True)
    assert "Lämnat till en kollega" in window.triage.outcome.toPlainText() or window.triage.outcome.toPlainText()
    shot("05-colleague")
    window.triage.competence.buttons()[0].setChecked(True)
    window.triage.time.buttons()[1].setChecked(True)
    assert GUIDANCE.splitlines()[0] in window.triage.outcome.toPlainText()
    shot("06-booked-with-guidance-times")
    window.triage.time.buttons()[0].setChecked(True)
    window.triage.resources.buttons()[0].setChecked(False)
    shot("07-missing-resource")
    assert _fits_sideways(window)

    window.show_patron_view()
    shot("08-patron-view")
    window.close_patron_view()

    dialog = window.make_slip_dialog()
    sheet, languages = window._patron_sheet()
    dialog.show_sheet(sheet, window._slip_context(), languages)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(artifacts / f"step-{tag}-09-slip-dialog.png"))
    dialog.close()

    with qtbot.waitSignal(window.case_logged):
        window.triage.log_button.click()
    shot("10-logged")


@pytest.mark.parametrize(
    ("query", "name"),
    [("hackad facebook", "hacked"), ("migrationsverket", "migration"), ("skriva ut", "print"), ("legimus", "legimus")],
)
def test_screenshot_of_more_errands(qtbot, open_window, artifacts, query: str, name: str) -> None:
    window = open_window((1366, 768))
    qtbot.keyClicks(window.search.field, query)
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    _settle(qtbot)
    window.grab().save(str(artifacts / f"errand-{name}-1366x768.png"))
    assert _fits_sideways(window)


def test_double_text_size_reaches_every_text_and_scrolls(qtbot, open_window, artifacts) -> None:
    window = open_window((1366, 768))
    qtbot.keyClicks(window.search.field, "kontoutdrag")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    _settle(qtbot)
    texts = [window.triage.question_notes[0], window.triage.details.labels["channel"], window.search.field]
    before = [w.fontInfo().pointSizeF() for w in texts]
    window.set_text_scale(2.0)
    try:
        _settle(qtbot)
        window.grab().save(str(artifacts / "text-200-percent-1366x768.png"))
        after = [w.fontInfo().pointSizeF() for w in texts]
        assert all(a >= 1.8 * b for a, b in zip(after, before, strict=True)), (before, after)
        assert window.triage.scroll.verticalScrollBar().isVisible()  # what does not fit is reached by scrolling
        assert _fits_sideways(window)  # resource names wrap; nothing needs scrolling sideways
        box = window.triage.resources.buttons()[0]
        normal = QApplication.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box)
        assert box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box) >= 1.8 * normal
    finally:
        window.set_text_scale(1.0)
    assert window.triage.mission.buttons()[0].style() is QApplication.style()  # back to the style's own size


SCALED = """
import json, sys
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import Qt
app = QApplication([])
from deskhelp.ui.i18n import Translations
Translations(app).install("sv")
from deskhelp.ui.main_window import MainWindow
from deskhelp.service import DeskService
from deskhelp.settings import load_settings
window = MainWindow("sv")
window.resize(960, 540)  # logical pixels: a 1920x1080 screen at 200 %
window.show()
window.set_service(DeskService.open(load_settings()))
window.search.field.setText("kontoutdrag")
window.search.case_type_chosen.emit(window.search.current_case_type())
app.processEvents()
window.grab().save(sys.argv[1])
fits = not window.triage.scroll.horizontalScrollBar().isVisible()
print(json.dumps({"ratio": window.devicePixelRatio(), "fits": fits}))
"""


def test_200_percent_scaling_on_a_full_hd_screen(artifacts, tmp_path: Path) -> None:
    target = artifacts / "scaled-200-percent-1920x1080.png"
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", SCALED, str(target)], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result == {"ratio": 2.0, "fits": True}
