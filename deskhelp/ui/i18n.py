"""Qt translations: DeskHelp's own strings (English source, Swedish default) and Qt's standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from deskhelp import paths


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install translators for ``language`` (sv or en); returns them so they stay alive with the app."""
    installed = []
    QLocale.setDefault(QLocale(QLocale.Language.Swedish if language == "sv" else QLocale.Language.English))
    candidates = [(f"deskhelp_{language}", str(paths.translations_dir()))]
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for folder in (str(paths.translations_dir()), qt_dir):
        candidates.append((f"qtbase_{language}", folder))
    loaded_names = set()
    for name, folder in candidates:
        if name in loaded_names:
            continue
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
            loaded_names.add(name)
    return installed
