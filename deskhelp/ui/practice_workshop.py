"""The workshop view: the exercises one at a time, large, on a projector at the staff meeting (seed 001's
workshops with case exercises). The group reads the request and discusses; Enter reveals what the guidelines say.

Keys, so that whoever holds the laptop needs no mouse: Space or Right for the next exercise, Left for the previous
one, Enter to reveal (or hide) the guidelines' answer, Down and Up to scroll it, Esc to leave. Nothing is answered
or stored here.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from deskhelp.core.guidelines import GuidelinePack
from deskhelp.core.practice import Exercise
from deskhelp.ui.practice import BAND_BACKGROUND, BAND_TEXT, REQUEST_BACKGROUND, WINDOW_TINT, tint
from deskhelp.ui.practice_html import guidelines_html

SCALE = 2.0  # of the desk's font: readable from the back of a staff room
REQUEST_SCALE = 1.5  # the request larger still


class WorkshopWindow(QWidget):
    def __init__(
        self,
        pack: GuidelinePack,
        exercises: tuple[Exercise, ...],
        language: str,
        start: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("workshopWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pack, self.exercises, self.language = pack, exercises, language
        self.index = start % len(exercises)
        self.revealed = False
        tint(self, WINDOW_TINT)
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * SCALE)
        self.setFont(font)

        self.band = QLabel(self)
        self.band.setObjectName("workshopBand")
        self.band.setMargin(12)
        tint(self.band, BAND_BACKGROUND, BAND_TEXT)
        self.request = QLabel(self)
        self.request.setObjectName("workshopRequest")
        self.request.setWordWrap(True)
        self.request.setMargin(24)
        self.request.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        tint(self.request, REQUEST_BACKGROUND)
        self._request_fonts = []  # large while the group reads; smaller once the answer needs the room
        for scale in (REQUEST_SCALE, 1.0):
            request_font = self.font()
            request_font.setPointSizeF(request_font.pointSizeF() * scale)
            request_font.setItalic(True)
            self._request_fonts.append(request_font)
        self.request.setFont(self._request_fonts[0])
        self.discuss = QLabel(self)
        self.discuss.setObjectName("workshopDiscuss")
        self.discuss.setWordWrap(True)
        self.answer = QTextBrowser(self)
        self.answer.setObjectName("workshopAnswer")
        self.answer.setFrameShape(QFrame.Shape.NoFrame)
        self.answer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.answer.hide()
        self.reveal_button = QPushButton(self)
        self.reveal_button.setObjectName("workshopRevealButton")
        self.reveal_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space means "next", never "press this button"
        self.keys = QLabel(self)
        self.keys.setObjectName("workshopKeys")
        small = self.font()
        small.setPointSizeF(small.pointSizeF() * 0.6)
        self.keys.setFont(small)

        bottom = QHBoxLayout()
        bottom.addWidget(self.keys, 1)
        bottom.addWidget(self.reveal_button)
        body = QVBoxLayout()
        body.setContentsMargins(32, 20, 32, 16)
        body.setSpacing(16)
        body.addWidget(self.request)
        body.addWidget(self.discuss)
        body.addWidget(self.answer, 1)
        body.addStretch(0)
        body.addLayout(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.band)
        layout.addLayout(body, 1)

        for keys, slot in (
            (("Space", "Right", "PgDown"), self.next),
            (("Left", "PgUp", "Backspace"), self.previous),
            (("Return", "Enter"), self.toggle_answer),
            (("Esc",), self.close),
            (("Down",), lambda: self._scroll_answer(1)),
            (("Up",), lambda: self._scroll_answer(-1)),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self, activated=slot)
        self.reveal_button.clicked.connect(self.toggle_answer)
        self.retranslate()
        self.show_exercise(self.index)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Workshop – nothing is logged"))
        self.discuss.setText(
            self.tr(
                "Discuss: What kind of errand is it? Is it within our mission? What do we say, and where do we refer?"
            )  # noqa: E501
        )
        self.keys.setText(
            self.tr("Space or → next · ← previous · Enter the guidelines' answer · ↓↑ scroll · Esc leave")
        )
        self.request.setAccessibleName(self.tr("The patron's request"))
        self.answer.setAccessibleName(self.tr("What the guidelines say"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def exercise(self) -> Exercise:
        return self.exercises[self.index]

    def show_exercise(self, index: int) -> None:
        self.index = index % len(self.exercises)
        self.revealed = False
        self.request.setText(escape(f"“{self.exercise.request.get(self.language)}”"))
        self._show_state()

    def _show_state(self) -> None:
        title = self.tr("Exercise {0} of {1}").format(self.index + 1, len(self.exercises))
        nothing_logged = self.tr("nothing is logged")
        self.band.setText(f"<b>{escape(title)}</b> &nbsp;·&nbsp; {escape(nothing_logged)}")
        self.answer.setVisible(self.revealed)
        self.request.setFont(self._request_fonts[1 if self.revealed else 0])
        self.discuss.setVisible(not self.revealed)
        if self.revealed:
            self.answer.setHtml(guidelines_html(self.pack, self.exercise, self.language))
            self.answer.verticalScrollBar().setValue(0)
        self.reveal_button.setText(
            self.tr("Hide the answer (Enter)") if self.revealed else self.tr("Show the guidelines' answer (Enter)")
        )

    def _scroll_answer(self, direction: int) -> None:
        """Down and Up scroll the guidelines' answer a few lines at a time, where it is longer than the screen."""
        bar = self.answer.verticalScrollBar()
        bar.setValue(bar.value() + direction * bar.pageStep() // 2)

    def next(self) -> None:
        self.show_exercise(self.index + 1)

    def previous(self) -> None:
        self.show_exercise(self.index - 1)

    def toggle_answer(self) -> None:
        self.revealed = not self.revealed
        self._show_state()

    def show_on_screen(self) -> None:
        """Full screen on the last screen (the projector, when one is connected), else where the window is."""
        screens = QApplication.screens()
        if len(screens) > 1:
            self.setScreen(screens[-1])
            self.move(screens[-1].geometry().topLeft())
        self.showFullScreen()
        self.activateWindow()
