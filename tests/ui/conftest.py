from __future__ import annotations

from pathlib import Path

import pytest

from deskhelp.service import DeskService
from deskhelp.settings import load_settings


@pytest.fixture
def swedish(qapp):
    """The desk's default: Swedish UI, as run_gui installs it."""
    from deskhelp.ui.i18n import Translations

    translations = Translations(qapp)
    translations.install("sv")
    yield translations
    translations.remove()


@pytest.fixture
def window(qtbot, swedish, use_small_pack: Path):
    from deskhelp.ui.main_window import MainWindow

    settings = load_settings()
    win = MainWindow(language="sv")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.set_service(DeskService.open(settings))
    win.search.field.setFocus()
    qtbot.waitUntil(lambda: win.search.field.hasFocus())
    return win
