"""How the case's height is shared between the four questions and the outcome ("Säg ...") below them.

At ordinary text sizes the questions get all the height they need and the outcome the rest, as one page. With large
text (160 %, 200 %) or on a small screen the questions would push what to say out of sight: then they get at most
what leaves the outcome OUTCOME_SHARE of the height, and scroll within it (to the question in focus, for Alt+1..4
and Tab); the outcome's headline and what to say start at the top of the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLayout, QScrollArea, QWidget

OUTCOME_SHARE = 0.45  # of the case's height, kept for the outcome when the questions do not fit


class SharedHeight(QObject):
    """Watches ``panel`` and sets the height of ``questions`` (a scroll area) whenever the panel or the questions'
    text changes size; ``below`` is the layout under both (the buttons), whose height is not shared."""

    def __init__(self, panel: QWidget, questions: QScrollArea, below: QLayout) -> None:
        super().__init__(panel)
        self._panel, self._questions, self._below = panel, questions, below
        self._timer = QTimer(self)  # not QTimer.singleShot(0, ...): this one goes with the panel
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.share)
        panel.installEventFilter(self)
        questions.widget().installEventFilter(self)
        QApplication.instance().focusChanged.connect(self._show_focus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
            self.schedule()
        return False

    def schedule(self) -> None:
        """Share the height once the events posted now are handled (layouts settle first)."""
        self._timer.start()

    def _below_height(self, width: int) -> int:
        below = self._below
        return below.heightForWidth(width) if below.hasHeightForWidth() else below.sizeHint().height()

    def share(self) -> None:
        panel, scroll = self._panel, self._questions
        spacing = max(panel.layout().spacing(), 0)
        available = panel.height() - self._below_height(panel.width()) - 2 * spacing
        body = scroll.widget()
        width = scroll.viewport().width()
        needed = body.heightForWidth(width) if body.hasHeightForWidth() else body.sizeHint().height()
        height = max(min(needed, available - int(OUTCOME_SHARE * available)), 0)
        if scroll.maximumHeight() != height:
            scroll.setFixedHeight(height)
        # From the top (the errand's title), as far as the question in focus lets: the focus may have arrived while
        # the area still had another height.
        scroll.verticalScrollBar().setValue(0)
        self._show_focus(None, QApplication.focusWidget())

    def _show_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        body = self._questions.widget()
        if new is not None and body.isAncestorOf(new):
            self._questions.ensureWidgetVisible(new, 8, 8)
