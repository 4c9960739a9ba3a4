"""Qt translations: DeskHelp's own strings (English source, Swedish default) and Qt's standard dialogs.

Switching language at run time swaps the installed translators; Qt then sends every widget a LanguageChange
event, and each widget's ``retranslate()`` sets its texts again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from deskhelp import paths

LANGUAGES = {"sv": "Svenska", "en": "English"}  # endonyms: each name in its own language


class Translations:
    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = ""

    def install(self, language: str) -> None:
        self.remove()
        QLocale.setDefault(QLocale(QLocale.Language.Swedish if language == "sv" else QLocale.Language.English))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        own_dir = str(paths.translations_dir())
        for name, folders in ((f"deskhelp_{language}", [own_dir]), (f"qtbase_{language}", [own_dir, qt_dir])):
            for folder in folders:
                translator = QTranslator(self._app)
                if translator.load(name, folder):
                    self._app.installTranslator(translator)
                    self._installed.append(translator)
                    break
        self.language = language

    def remove(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
