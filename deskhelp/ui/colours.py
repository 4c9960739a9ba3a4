"""Text colours set through the palette, not style sheets: a widget with a style sheet stops following the
application font, and Ctrl +/- must scale every text.

QPalette is reached through its module, not imported by name: the desk window imports this module before its
first paint, and PySide6 builds a class's Python enums when the class is first looked up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtGui

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

ERROR = "#7a1010"
WARNING = "#8a5300"


def set_text_colour(widget: QWidget, colour: str | None, background: str | None = None) -> None:
    """``colour`` as #rrggbb, or None for the muted colour of hints; ``background`` for widgets that fill it."""
    role = QtGui.QPalette.ColorRole
    palette = widget.palette()
    if colour is None:
        palette.setColor(role.WindowText, palette.color(role.PlaceholderText))
    else:
        palette.setColor(role.WindowText, QtGui.QColor(colour))
    if background is not None:
        palette.setColor(role.Window, QtGui.QColor(background))
    widget.setPalette(palette)


def set_base_to_window(widget: QWidget) -> None:
    """Draw a text view on the window's background, as if it were a label."""
    role = QtGui.QPalette.ColorRole
    palette = widget.palette()
    palette.setColor(role.Base, palette.color(role.Window))
    widget.setPalette(palette)
