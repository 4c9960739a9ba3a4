"""Arkiv → Öva: the desk in practice mode (issue 19, seed 001: "övas in så att alla kan säga ungefär samma sak").

A window of its own that cannot be taken for the desk: its title says that nothing is logged, an amber band says
it again above everything, and the whole window is tinted. A patron's request from the pack's exercises is shown;
staff search with the desk's own search panel, answer the desk's own questions and choose the outcome, then
compare with what the guidelines say. The window is given the pack and the search, never the service: it has no
way to log a case, and nothing about who practised or how they did is kept anywhere, not even in memory once the
window is closed.

Keys: type and Enter to pick the errand, Alt+1…5 the questions, arrows to change an answer, Enter to compare,
Enter again (or Alt+Right) for the next exercise, Alt+Left the previous one, Esc to try again, F5 the workshop
view for a projector, Ctrl+W to leave.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskhelp.core.guidelines import CaseType, GuidelinePack, Outcome, Verdict
from deskhelp.core.practice import Attempt, Exercise, compare, exercises_for
from deskhelp.core.search import SearchHit
from deskhelp.core.triage import Competence, Enough
from deskhelp.ui.labels import competence_options, enough_options, mission_options, outcome_name
from deskhelp.ui.practice_html import guidelines_html, point_name
from deskhelp.ui.search_panel import SearchPanel
from deskhelp.ui.triage_panel import QuestionRow, ResourceChecklist

BAND_BACKGROUND = "#9a4a00"  # amber-brown, white text: nothing like the desk's blue or its green banner
BAND_TEXT = "#ffffff"
WINDOW_TINT = "#fbefd9"
REQUEST_BACKGROUND = "#ffffff"


def tint(widget: QWidget, background: str, text: str | None = None) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(background))
    if text is not None:
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


def practice_band(parent: QWidget) -> QLabel:
    """The band that says, above everything, that this is practice."""
    band = QLabel(parent)
    band.setObjectName("practiceBand")
    band.setWordWrap(True)
    band.setMargin(10)
    tint(band, BAND_BACKGROUND, BAND_TEXT)
    font = band.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.25)
    band.setFont(font)
    return band


def clear_answer(row: QuestionRow) -> None:
    """No answer chosen: an exclusive group keeps one button checked unless told otherwise for a moment."""
    buttons = row.buttons()
    group = buttons[0].group()
    group.setExclusive(False)
    for button in buttons:
        button.setChecked(False)
    group.setExclusive(True)


class PracticeQuestions(QWidget):
    """The desk's questions (its own widgets) and the outcome staff choose, without the guidelines' answers."""

    check_requested = Signal()
    start_over_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: CaseType | None = None
        self.title = QLabel(self)
        self.title.setObjectName("practiceCaseTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.mission = QuestionRow("practiceMission", self)
        self.competence = QuestionRow("practiceCompetence", self)
        self.time = QuestionRow("practiceTime", self)
        self.resources = ResourceChecklist(self)
        self.outcome = QuestionRow("practiceOutcome", self)
        self.mission.set_options(list(Verdict))
        self.competence.set_options(list(Competence))
        self.time.set_options(list(Enough))
        self.outcome.set_options(list(Outcome))
        self.questions = [self.mission, self.competence, self.time, self.resources, self.outcome]
        self.labels = [QLabel(self) for _ in self.questions]
        self.keys_hint = QLabel(self)
        self.keys_hint.setObjectName("practiceKeysHint")
        self.keys_hint.setWordWrap(True)
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("practiceCheckButton")
        self.check_button.setDefault(True)
        self.again_button = QPushButton(self)
        self.again_button.setObjectName("practiceAgainButton")

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(10)
        # The questions' names wrap, in a column wide enough that none takes more than two lines: the page never
        # scrolls sideways, at 1024 pixels wide or with larger text.
        grid.setColumnMinimumWidth(0, self.fontMetrics().averageCharWidth() * 22)
        for row, (label, question) in enumerate(zip(self.labels, self.questions, strict=True)):
            label.setWordWrap(True)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(question, row, 1)
        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.addWidget(self.title)
        inner.addWidget(self.keys_hint)
        inner.addLayout(grid)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll
        scroll.viewport().setAutoFillBackground(False)
        body.setAutoFillBackground(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        for number, question in enumerate(self.questions, start=1):
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(question.focus_answer)
        for key in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.check_requested)
        self.check_button.clicked.connect(self.check_requested)
        self.again_button.clicked.connect(self.start_over_requested)
        self.retranslate()

    def retranslate(self) -> None:
        texts = [point_name(p) for p in ("mission", "competence", "time", "resources")] + [self.tr("What do you say?")]
        for number, (label, text) in enumerate(zip(self.labels, texts, strict=True), start=1):
            label.setText(f"<u>{number}</u>&nbsp;&nbsp;{escape(text, quote=False)}")
            label.setToolTip(f"Alt+{number}")
        self.keys_hint.setText(self.tr("Alt+1…5 go to a question, the arrow keys move, Space chooses."))
        self.mission.set_labels(mission_options(), self.tr("Within our mission"))
        self.competence.set_labels(competence_options(), self.tr("Competence"))
        self.time.set_labels(enough_options(), self.tr("Time"))
        self.outcome.set_labels([(o, outcome_name(o)) for o in Outcome], self.tr("What do you say"))
        self.resources.setAccessibleName(self.tr("Resources"))
        self.check_button.setText(self.tr("Compare with the guidelines (Enter)"))
        self.check_button.setAccessibleName(self.tr("Compare with the guidelines"))
        self.again_button.setText(self.tr("Try again (Esc)"))
        self.again_button.setAccessibleName(self.tr("Try this exercise again"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_case(self, case: CaseType, pack: GuidelinePack, language: str) -> None:
        """A fresh attempt: the verdict and the outcome unanswered; yes to the rest, as at the desk."""
        self.case = case
        self.title.setText(case.title.get(language))
        clear_answer(self.mission)
        clear_answer(self.outcome)
        self.competence.set_value(Competence.YES)
        self.time.set_value(Enough.YES)
        self.resources.set_resources(case, pack, language, frozenset())

    def attempt(self) -> Attempt:
        return Attempt(
            case_type=self.case.id if self.case else None,
            mission=self.mission.value(),
            competence=self.competence.value(),
            time=self.time.value(),
            resources=Enough.NO if self.resources.missing() else Enough.YES,
            outcome=self.outcome.value(),
        )

    def focus_chain(self) -> list[QWidget]:
        buttons = [b for q in self.questions for b in q.buttons()]
        return [*buttons, self.again_button, self.check_button]


class PracticeWindow(QMainWindow):
    """Practice at the desk PC. ``search`` is the desk's search (words → hits); nothing here can log a case."""

    def __init__(
        self,
        pack: GuidelinePack,
        search: Callable[[str], list[SearchHit]],
        language: str = "sv",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("practiceWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pack = pack
        self._search = search
        self.language = language
        self.exercises: tuple[Exercise, ...] = exercises_for(pack)
        self.index = 0
        self.workshop = None  # the projector view, once opened

        central = QWidget(self)
        tint(central, WINDOW_TINT)
        self.band = practice_band(central)
        self.counter = QLabel(central)
        self.counter.setObjectName("practiceCounter")
        self.previous_button = QPushButton(central)
        self.previous_button.setObjectName("practicePreviousButton")
        self.next_button = QPushButton(central)
        self.next_button.setObjectName("practiceNextButton")
        self.request_heading = QLabel(central)
        self.request = QLabel(central)
        self.request.setObjectName("practiceRequest")
        self.request.setWordWrap(True)
        self.request.setMargin(12)
        self.request.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tint(self.request, REQUEST_BACKGROUND)
        font = self.request.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setItalic(True)
        self.request.setFont(font)

        self.search = SearchPanel(central)
        self.hint = QLabel(central)
        self.hint.setObjectName("practiceHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.questions = PracticeQuestions(central)
        self.comparison_page = QWidget(central)
        self.comparison = QTextBrowser(self.comparison_page)
        self.comparison.setObjectName("practiceComparison")
        self.comparison.setOpenExternalLinks(False)
        self.again_button = QPushButton(self.comparison_page)
        self.again_button.setObjectName("practiceTryAgainButton")
        self.next_exercise_button = QPushButton(self.comparison_page)
        self.next_exercise_button.setObjectName("practiceNextExerciseButton")
        self.next_exercise_button.setDefault(True)
        compare_buttons = QHBoxLayout()
        compare_buttons.addStretch(1)
        compare_buttons.addWidget(self.again_button)
        compare_buttons.addWidget(self.next_exercise_button)
        compare_layout = QVBoxLayout(self.comparison_page)
        compare_layout.setContentsMargins(0, 0, 0, 0)
        compare_layout.addWidget(self.comparison, 1)
        compare_layout.addLayout(compare_buttons)
        self.pages = QStackedWidget(central)
        for page in (self.hint, self.questions, self.comparison_page):
            self.pages.addWidget(page)

        self.workshop_button = QPushButton(central)
        self.workshop_button.setObjectName("practiceWorkshopButton")
        self.sheets_button = QPushButton(central)
        self.sheets_button.setObjectName("practiceSheetsButton")
        self.leave_button = QPushButton(central)
        self.leave_button.setObjectName("practiceLeaveButton")

        top = QHBoxLayout()
        top.addWidget(self.request_heading, 1)
        top.addWidget(self.counter)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, central)
        splitter.addWidget(self.search)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        tools = QHBoxLayout()
        tools.addWidget(self.workshop_button)
        tools.addWidget(self.sheets_button)
        tools.addStretch(1)
        tools.addWidget(self.leave_button)
        body = QVBoxLayout()
        body.setContentsMargins(12, 8, 12, 8)
        body.addLayout(top)
        body.addWidget(self.request)
        body.addWidget(splitter, 1)
        body.addLayout(tools)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.band)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        chain = [self.search.field, self.search.results, *self.questions.focus_chain()]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)
        self._keys()
        self._connect_signals()
        self.retranslate()
        self.show_exercise(0)

    def _keys(self) -> None:
        def key(sequence, slot, context=Qt.ShortcutContext.WindowShortcut, widget=None):
            shortcut = QShortcut(QKeySequence(sequence), widget or self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

        key(Qt.Key.Key_Escape, self.try_again)
        key("Alt+Right", self.next_exercise)
        key("Alt+Left", self.previous_exercise)
        key("Ctrl+F", self._focus_search)
        key("F5", self.open_workshop)
        key("Ctrl+W", self.close)
        for sequence in ("Return", "Enter"):
            key(sequence, self.next_exercise, Qt.ShortcutContext.WidgetWithChildrenShortcut, self.comparison_page)

    def _connect_signals(self) -> None:
        self.search.query_changed.connect(self._refresh_results)
        self.search.case_type_chosen.connect(self._on_case_type_chosen)
        self.questions.check_requested.connect(self.check)
        self.questions.start_over_requested.connect(self.try_again)
        self.again_button.clicked.connect(self.try_again)
        self.next_exercise_button.clicked.connect(self.next_exercise)
        self.previous_button.clicked.connect(self.previous_exercise)
        self.next_button.clicked.connect(self.next_exercise)
        self.workshop_button.clicked.connect(self.open_workshop)
        self.sheets_button.clicked.connect(self.save_sheets)
        self.leave_button.clicked.connect(self.close)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Practice – nothing is logged"))
        self.band.setText(
            self.tr(
                "PRACTICE – nothing is logged. What you answer here is not saved and never counts in the statistics."
            )  # noqa: E501
        )
        says = self.tr("The patron says:")
        self.request_heading.setText(f"<b>{escape(says)}</b>")
        self.request.setAccessibleName(self.tr("The patron's request"))
        self.hint.setText(
            self.tr(
                "Search for the errand on the left with the patron's words and pick it with Enter, as at the desk. "
                "Then answer the questions, choose what you say, and compare with the guidelines."
            )
        )
        self.previous_button.setText(self.tr("Previous (Alt+←)"))
        self.previous_button.setAccessibleName(self.tr("Previous exercise"))
        self.next_button.setText(self.tr("Next (Alt+→)"))
        self.next_button.setAccessibleName(self.tr("Next exercise"))
        self.comparison.setAccessibleName(self.tr("What the guidelines say"))
        self.again_button.setText(self.tr("Try again (Esc)"))
        self.again_button.setAccessibleName(self.tr("Try this exercise again"))
        self.next_exercise_button.setText(self.tr("Next exercise (Enter)"))
        self.next_exercise_button.setAccessibleName(self.tr("Next exercise"))
        self.workshop_button.setText(self.tr("Workshop on a projector (F5)"))
        self.workshop_button.setAccessibleName(self.tr("Show the exercises large, for a staff meeting"))
        self.sheets_button.setText(self.tr("Exercise sheets (PDF)…"))
        self.sheets_button.setAccessibleName(self.tr("Save printable exercise sheets with an answer key"))
        self.leave_button.setText(self.tr("Leave practice (Ctrl+W)"))
        self.leave_button.setAccessibleName(self.tr("Leave practice"))
        self._show_counter()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the exercise ------------------------------------------------------------------------------------------
    @property
    def exercise(self) -> Exercise | None:
        return self.exercises[self.index] if self.exercises else None

    def _show_counter(self) -> None:
        total = len(self.exercises)
        self.counter.setText(self.tr("Exercise {0} of {1}").format(self.index + 1, total) if total else "")

    def show_exercise(self, index: int) -> None:
        if not self.exercises:
            self.request.setText(self.tr("This guideline pack has no exercises."))
            for widget in (self.search, self.previous_button, self.next_button, self.workshop_button):
                widget.setEnabled(False)
            self.sheets_button.setEnabled(False)
            return
        self.index = index % len(self.exercises)
        self.request.setText(f"“{self.exercise.request.get(self.language)}”")
        self._show_counter()
        self.try_again()

    def next_exercise(self) -> None:
        self.show_exercise(self.index + 1)

    def previous_exercise(self) -> None:
        self.show_exercise(self.index - 1)

    def try_again(self) -> None:
        self.questions.case = None
        self.pages.setCurrentWidget(self.hint)
        self.search.field.clear()
        self._refresh_results()
        self._focus_search()

    def _focus_search(self) -> None:
        self.search.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.field.selectAll()

    def _refresh_results(self, _text: str = "") -> None:
        text = self.search.field.text()
        if text.strip():
            self.search.show_hits(self._search(text), self.pack, self.language)  # a close call said, as at the desk
            return
        rows = sorted(
            (c for c in self.pack.case_types.values() if not c.retired),
            key=lambda c: (not c.in_guidelines, c.title.get(self.language).casefold()),
        )
        self.search.show_results(rows, self.pack, self.language, highlight_first=False)

    def _on_case_type_chosen(self, case_id: str) -> None:
        if self.exercise is None:
            return
        self.questions.show_case(self.pack.case_types[case_id], self.pack, self.language)
        self.pages.setCurrentWidget(self.questions)
        self.questions.mission.focus_answer()

    def check(self) -> None:
        """Compare the attempt with the guidelines and show where it differed, and why."""
        if self.exercise is None or self.questions.case is None:
            return
        attempt = self.questions.attempt()
        comparison = compare(self.pack, self.exercise, attempt)
        self.comparison.setHtml(guidelines_html(self.pack, self.exercise, self.language, comparison, attempt))
        self.pages.setCurrentWidget(self.comparison_page)
        self.next_exercise_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- for the staff meeting ------------------------------------------------------------------------------------
    def open_workshop(self) -> None:
        if not self.exercises:
            return
        from deskhelp.ui.practice_workshop import WorkshopWindow

        self.workshop = WorkshopWindow(self.pack, self.exercises, self.language, self.index, self)
        self.workshop.show_on_screen()

    def save_sheets(self) -> None:
        if not self.exercises:
            return
        from deskhelp.ui.practice_sheets import save_exercise_sheets

        save_exercise_sheets(self, self.pack, self.exercises, self.language)


def open_practice(parent: QWidget, pack: GuidelinePack, search, language: str) -> PracticeWindow:
    window = PracticeWindow(pack, search, language, parent)
    window.resize(parent.size() if parent is not None else QApplication.primaryScreen().availableSize())
    window.show()
    window.raise_()
    window.activateWindow()
    return window
