"""The fonts DeskHelp brings along, so that a slip draws Arabic, Persian, Tigrinya and Ukrainian on any PC.

A desk PC has the fonts its Windows has: Segoe UI draws Latin, Cyrillic and Arabic but not Ethiopic (Tigrinya), and a
Linux desk may have none of them. A slip whose letters the PC cannot draw prints empty boxes, which a patron cannot
read and staff cannot see coming. The Noto fonts in resources/fonts (SIL Open Font License, LICENSE-Noto-OFL.txt)
are registered with Qt for this process only, the first time a slip or report asks for a font, and stand behind the
system's faces in the list of families; a slip in a language whose script they draw puts its script's face first, so
that it looks the same on every desk.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase, QGuiApplication

from deskhelp.paths import resources_dir

log = logging.getLogger(__name__)

BUNDLED_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSansEthiopic-Regular.ttf",
    "NotoSansEthiopic-Bold.ttf",
)
NOTO_SANS = "Noto Sans"  # Latin, Cyrillic, Greek
NOTO_ARABIC = "Noto Sans Arabic"  # Arabic, Persian, Urdu, Sorani Kurdish
NOTO_ETHIOPIC = "Noto Sans Ethiopic"  # Tigrinya, Amharic
BUNDLED_FAMILIES = (NOTO_SANS, NOTO_ARABIC, NOTO_ETHIOPIC)

# The face a slip in a language puts first, where the system's usual faces may lack the script or draw it poorly.
SCRIPT_FAMILIES = {
    **dict.fromkeys(("ar", "fa", "ckb", "ps", "ur", "sd", "ug"), NOTO_ARABIC),
    **dict.fromkeys(("ti", "am"), NOTO_ETHIOPIC),
}

_loaded: tuple[str, ...] | None = None


def load_bundled_fonts() -> tuple[str, ...]:
    """Register the bundled fonts with Qt, once per process; the families registered. A missing or unreadable file
    is logged and left out (the slip then falls back on the system's fonts), never an error for the desk."""
    global _loaded
    if _loaded is not None:
        return _loaded
    if QGuiApplication.instance() is None:  # Qt's font database needs the application; try again when there is one
        return ()
    families: list[str] = []
    for name in BUNDLED_FILES:
        path = resources_dir() / "fonts" / name
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("the bundled font %s could not be loaded", path)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    _loaded = tuple(families)
    return _loaded


def families_for(base: list[str], language: str | None = None) -> list[str]:
    """``base`` with the bundled faces behind it, and the language's script face in front where it has one."""
    load_bundled_fonts()
    families = [*base, *(f for f in BUNDLED_FAMILIES if f not in base)]
    first = SCRIPT_FAMILIES.get((language or "").lower())
    if first:
        families = [first, *(f for f in families if f != first)]
    return families
