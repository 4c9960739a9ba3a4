"""Starting the desk window: migrate first, paint quickly, then load the guidelines.

Order matters for a desk with a queue. The schema check runs before any window exists (it is a millisecond
with sqlite3 when nothing needs migrating). The window paints next. Only then is SQLAlchemy imported and the
guideline pack loaded; keys typed meanwhile are kept in the search field and answered once ready.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from deskhelp import diagnostics, paths
from deskhelp.settings import Settings, load_settings
from deskhelp.ui.i18n import Translations
from deskhelp.ui.preferences import Preferences, load_preferences, updated

log = logging.getLogger(__name__)


class _FirstPaint(QObject):
    """Calls back once the watched widget has painted for the first time."""

    def __init__(self, callback) -> None:
        super().__init__()
        self._callback = callback
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            QTimer.singleShot(0, self._callback)  # after this paint has been flushed to the screen
        return False


def _elapsed_ms(started: float) -> float:
    """Milliseconds since the process was asked to start (DESKHELP_BENCH_T0, wall clock) or since ``started``."""
    t0 = os.environ.get("DESKHELP_BENCH_T0")
    if t0:
        return (time.time() - float(t0)) * 1000
    return (time.perf_counter() - started) * 1000


def _show_fatal(title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # imported when needed: its enums are slow to build at start

    QMessageBox.critical(None, title, text)


def _fatal(title: str, text: str) -> int:
    """Say why DeskHelp cannot go on, and exit with 1 (no retry loop: staff or IT must act first)."""
    diagnostics.start_logging()
    log.error("%s: %s", title, text)
    print(f"{title}: {text}", file=sys.stderr)
    _show_fatal(title, text)
    return 1


def run_gui(benchmark: bool = False, started: float | None = None) -> int:
    started = time.perf_counter() if started is None else started
    # Stages for --benchmark-startup, in milliseconds from the spawn (see _elapsed_ms); python_ready is when
    # deskhelp.cli was imported, i.e. once the interpreter (and, frozen, PyInstaller's bootstrap) was done.
    now = _elapsed_ms(started)
    stages = {"python_ready": max(0.0, now - (time.perf_counter() - started) * 1000), "qt_imported": now}
    settings = load_settings()
    diagnostics.hold_logging()  # the file opens after the first paint (diagnostics.hold_logging says why)
    diagnostics.log_start("window", settings)
    stages["settings"] = _elapsed_ms(started)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("DeskHelp")
    app.setOrganizationName("DeskHelp")
    stages["application"] = _elapsed_ms(started)
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "deskhelp.png")))
    stages["icon"] = _elapsed_ms(started)
    preferences = load_preferences()
    translations = Translations(app)
    translations.install(settings.language or preferences.language or "sv")
    stages["translations"] = _elapsed_ms(started)
    try:
        return _run(app, settings, translations, preferences, benchmark, started, stages)
    finally:
        translations.remove()
        diagnostics.start_logging()  # writes what was held, if the window never got as far as load()


def _run(
    app: QApplication,
    settings: Settings,
    translations: Translations,
    preferences: Preferences,
    benchmark: bool,
    started: float,
    stages: dict[str, float],
) -> int:
    from deskhelp.service import StorageError, prepare
    from deskhelp.ui.messages import storage_message

    cannot_start = app.translate("App", "DeskHelp cannot start")
    try:
        prepare(settings)
    except StorageError as error:
        log.exception("the database could not be prepared")
        return _fatal(cannot_start, storage_message(error))
    stages["database"] = _elapsed_ms(started)

    from deskhelp.ui.main_window import MainWindow

    stages["window_imported"] = _elapsed_ms(started)
    window = MainWindow(language=translations.language)
    stages["window_built"] = _elapsed_ms(started)

    def switch_language(language: str) -> None:
        nonlocal preferences
        translations.install(language)
        window.set_language(language)
        preferences = updated(preferences, language=language)

    def remember_text_scale(scale: float) -> None:
        nonlocal preferences
        if scale != preferences.text_scale:
            preferences = updated(preferences, text_scale=scale)

    if preferences.text_scale != 1.0:
        window.set_text_scale(preferences.text_scale)
    window.language_chosen.connect(switch_language)
    window.text_scale_chosen.connect(remember_text_scale)
    failure: list[int] = []

    def load() -> None:
        from deskhelp.content.pack_file import PackError
        from deskhelp.service import DeskService

        try:
            service = DeskService.open(settings)
        except (StorageError, PackError) as error:
            log.exception("the database or the guideline pack could not be opened")
            if isinstance(error, StorageError):
                text = storage_message(error)
            else:
                text = app.translate("App", "There is no valid guideline pack to use.") + f"\n\n{error}"
            failure.append(_fatal(cannot_start, text))
            app.quit()
            return
        service.prepare_search()  # the desk is ready when it answers the first key
        window.set_service(service)
        stages["ready_ms"] = _elapsed_ms(started)
        # What the desk has loaded lasts all day: out of the garbage collector's way (gc.freeze), so a collection at a
        # keystroke looks only through newer objects; and the collector, off while starting (cli.main), is back on.
        gc.freeze()
        gc.enable()
        # The log file once the desk answers (logging.handlers costs milliseconds); the start's records were held.
        diagnostics.start_logging()
        if not benchmark:
            from deskhelp.ui.whats_new import show_whats_new_once

            nonlocal preferences
            preferences = show_whats_new_once(window, service, preferences, translations.language)
            from deskhelp.ui.first_start import ask_names_if_unset

            ask_names_if_unset(window, service)  # after the first paint, and only where IT left names unset
        log.info("window ready, %.0f ms after start", stages["ready_ms"])
        if benchmark:
            print(json.dumps({k: round(v, 1) for k, v in stages.items()}))
            app.quit()
            return
        # SQLAlchemy, for logging, is set up now while staff type (issue 18: the desk answered from plain sqlite3); its
        # modules are frozen in turn when it is done.
        service.warm_up()
        from deskhelp.ui.maintenance import DailyMaintenance

        DailyMaintenance(window, service).start()  # the day's check and backup, off the GUI thread
        from deskhelp.ui.sharing import BackgroundSharing

        window.sharing = BackgroundSharing(window, service)
        window.sharing.start()  # share at start, every hour and at exit (issue 14), off the GUI thread
        if service.central is not None:  # issue 15: ui.central imports nothing of the driver; the push does
            from deskhelp.ui.central import BackgroundCentral

            window.central_sender = BackgroundCentral(window, service)
            window.case_logged.connect(window.central_sender.soon)
            window.central_sender.start()

    def painted() -> None:
        stages["first_paint_ms"] = _elapsed_ms(started)
        QTimer.singleShot(0, load)

    first_paint = _FirstPaint(painted)
    window.search.field.installEventFilter(first_paint)
    window.showMaximized()  # the desk PC is for this; a smaller screen loses nothing
    window.activateWindow()  # staff start typing at once, without clicking into the window first
    window.search.field.setFocus()
    stages["shown"] = _elapsed_ms(started)
    app.exec()
    return failure[0] if failure else 0
