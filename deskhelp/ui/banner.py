"""The desk's banner: what just happened (logged, undone, saved) or what is wrong, above the search and the case.

Its place is kept whether or not it shows: the banner appearing or going eight seconds after a case was logged
must not move the search field and the case under the staff member's eyes. The place is one line high to start
with and keeps the height of the tallest message shown until the text size changes.

A banner about a case that was not logged goes as soon as the problem is fixed (the personal data masked, the
errand described): a red "NOT logged" left over a case that can now be logged reads as a fault.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from deskhelp.ui.colours import ERROR, set_text_colour

BANNER_SECONDS = 8
MARGIN = 8


class BannerArea(QWidget):
    """Holds the banner label (``label``, the window's ``banner``) in a place of constant height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bannerArea")
        self.label = QLabel(self)
        self.label.setObjectName("banner")
        self.label.setWordWrap(True)
        self.label.setAutoFillBackground(True)
        self.label.setMargin(MARGIN)
        self.label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.kind: str | None = None  # what the message is about, for clear(); None for a plain message
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self._reserve_one_line()

    def _reserve_one_line(self) -> None:
        self.setMinimumHeight(self.label.fontMetrics().lineSpacing() + 2 * MARGIN + 2)

    def show_message(self, text: str, error: bool = False, kind: str | None = None) -> None:
        """Show ``text``; a plain message goes after BANNER_SECONDS, an error stays until replaced or cleared."""
        background, foreground = ("#fde8e8", ERROR) if error else ("#e3f4e1", "#17461a")
        set_text_colour(self.label, foreground, background)
        self.label.setText(text)
        self.kind = kind
        self.label.show()
        if error:
            self._timer.stop()
        else:
            self._timer.start(BANNER_SECONDS * 1000)

    def clear(self, kind: str | None = None) -> None:
        """Take the message away (only if it is about ``kind``, where given); its place stays as high as it was."""
        if kind is not None and self.kind != kind:
            return
        if self.label.isVisible():
            self.setMinimumHeight(max(self.minimumHeight(), self.height()))
        self.label.hide()
        self.kind = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # Ctrl +/-: the place follows the new line height
            self._reserve_one_line()
        super().changeEvent(event)
