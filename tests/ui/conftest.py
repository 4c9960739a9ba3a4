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
def open_window(qtbot, swedish):
    """Open the desk window on the current settings, ready and with focus in the search field, as at start."""
    from deskhelp.ui.main_window import MainWindow

    def open_(size: tuple[int, int] | None = None) -> MainWindow:
        window = MainWindow(language="sv")
        qtbot.addWidget(window)
        if size:
            window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.set_service(DeskService.open(load_settings()))
        window.search.field.setFocus()
        qtbot.waitUntil(window.search.field.hasFocus)
        return window

    return open_


@pytest.fixture
def window(open_window, use_small_pack: Path):
    return open_window()
