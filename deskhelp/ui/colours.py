"""Text colours set through the palette, not style sheets: a widget with a style sheet stops following the
application font, and Ctrl +/- must scale every text."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

ERROR = "#7a1010"
WARNING = "#8a5300"


def set_text_colour(widget: QWidget, colour: str | None) -> None:
    """``colour`` as #rrggbb, or None for the muted colour of hints."""
    palette = widget.palette()
    if colour is None:
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    else:
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    widget.setPalette(palette)
