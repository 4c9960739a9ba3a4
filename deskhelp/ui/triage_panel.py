"""The four questions, pre-answered from the guidelines, and the outcome they lead to.

Keyboard: Tab moves between questions, the arrow keys change an answer, Alt+1..Alt+4 jump to a question,
Enter logs the case, Esc starts over.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskhelp.core.guidelines import CaseType, GuidelinePack, Verdict
from deskhelp.core.triage import Answers, Competence, Enough, TriageResult
from deskhelp.ui.labels import competence_options, enough_options, mission_options
from deskhelp.ui.outcome_view import outcome_html


class QuestionRow(QWidget):
    """One question: exclusive radio buttons, so the arrow keys change the answer."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[StrEnum, QRadioButton] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._group.buttonToggled.connect(lambda _b, checked: checked and self.changed.emit())

    def set_options(self, values: list[StrEnum]) -> None:
        """Create one button per possible answer (once; labels come from ``set_labels``)."""
        for value in values:
            button = QRadioButton(self)
            button.setObjectName(f"{self.objectName()}_{value.value}")
            self._group.addButton(button)
            self._layout.addWidget(button)
            self._buttons[value] = button
        self._layout.addStretch(1)

    def set_labels(self, labels: list[tuple[StrEnum, str]], question: str) -> None:
        self.setAccessibleName(question)
        for value, label in labels:
            self._buttons[value].setText(label)
            self._buttons[value].setAccessibleName(f"{question}: {label}")

    def value(self) -> StrEnum | None:
        for value, button in self._buttons.items():
            if button.isChecked():
                return value
        return None

    def set_value(self, value: StrEnum) -> None:
        self._buttons[value].setChecked(True)

    def focus_answer(self) -> None:
        checked = self._group.checkedButton()
        (checked or next(iter(self._buttons.values()))).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def buttons(self) -> list[QRadioButton]:
        return list(self._buttons.values())


class TriagePanel(QWidget):
    log_requested = Signal()
    reset_requested = Signal()
    answers_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: CaseType | None = None
        self.title = QLabel(self)
        self.title.setObjectName("caseTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)

        self.mission = QuestionRow("missionQuestion", self)
        self.competence = QuestionRow("competenceQuestion", self)
        self.time = QuestionRow("timeQuestion", self)
        self.resources = QuestionRow("resourcesQuestion", self)
        self.questions = [self.mission, self.competence, self.time, self.resources]
        self.mission.set_options(list(Verdict))
        self.competence.set_options(list(Competence))
        self.time.set_options(list(Enough))
        self.resources.set_options(list(Enough))
        self.question_labels = [QLabel(self) for _ in self.questions]
        self.question_notes = [QLabel(self) for _ in self.questions]
        for note in self.question_notes:
            note.setWordWrap(True)
            note.setObjectName("questionNote")
            note.setStyleSheet("color: palette(placeholder-text);")

        self.outcome = QTextBrowser(self)
        self.outcome.setObjectName("outcomeView")
        self.outcome.setOpenExternalLinks(False)
        self.outcome.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.log_button = QPushButton(self)
        self.log_button.setObjectName("logButton")
        self.log_button.setDefault(True)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("resetButton")

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(2)
        for row, (label, question, note) in enumerate(
            zip(self.question_labels, self.questions, self.question_notes, strict=True)
        ):
            label.setBuddy(question)
            grid.addWidget(label, row * 2, 0)
            grid.addWidget(question, row * 2, 1)
            grid.addWidget(note, row * 2 + 1, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.log_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addWidget(self.outcome, 1)
        layout.addLayout(buttons)

        self._shortcuts = []
        for number, question in enumerate(self.questions, start=1):
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(question.focus_answer)
            self._shortcuts.append(shortcut)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.log_requested)
            self._shortcuts.append(shortcut)
        self.retranslate()
        self._connect_signals()

    def retranslate(self) -> None:
        texts = [
            self.tr("&1  Within the library's mission?"),
            self.tr("&2  Competence?"),
            self.tr("&3  Time, for both of you?"),
            self.tr("&4  Resources (ID, passwords, device)?"),
        ]
        names = [self.tr("Within our mission"), self.tr("Competence"), self.tr("Time"), self.tr("Resources")]
        for label, text in zip(self.question_labels, texts, strict=True):
            label.setText(text)
        self.mission.set_labels(mission_options(), names[0])
        self.competence.set_labels(competence_options(), names[1])
        self.time.set_labels(enough_options(), names[2])
        self.resources.set_labels(enough_options(), names[3])
        self.outcome.setAccessibleName(self.tr("What to say and whom to refer to"))
        self.log_button.setText(self.tr("Log case (Enter)"))
        self.log_button.setAccessibleName(self.tr("Log case"))
        self.reset_button.setText(self.tr("New patron (Esc)"))
        self.reset_button.setAccessibleName(self.tr("Start over with a new patron"))

    def _connect_signals(self) -> None:
        for question in self.questions:
            question.changed.connect(self.answers_changed)
        self.log_button.clicked.connect(self.log_requested)
        self.reset_button.clicked.connect(self.reset_requested)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def case_type(self) -> CaseType | None:
        return self._case

    def show_case(self, case: CaseType, answers: Answers, pack: GuidelinePack, language: str) -> None:
        self._case = case
        self.title.setText(case.title.get(language))
        for question in self.questions:
            question.blockSignals(True)
        self.mission.set_value(answers.mission)
        self.competence.set_value(answers.competence)
        self.time.set_value(answers.time)
        self.resources.set_value(answers.resources)
        for question in self.questions:
            question.blockSignals(False)
        notes = [
            case.we_do.get(language),
            case.competence.get(language)
            + (
                " " + self.tr("Colleague: {0}.").format(case.colleague_role.get(language))
                if case.colleague_role
                else ""
            ),
            self.tr("If not: book a digital guidance session."),
            " · ".join(pack.resources[r].title.get(language) for r in case.resources) or self.tr("Nothing special."),
        ]
        for note, text in zip(self.question_notes, notes, strict=True):
            note.setText(text)

    def answers(self) -> Answers:
        return Answers(
            mission=Verdict(self.mission.value()),
            competence=Competence(self.competence.value()),
            time=Enough(self.time.value()),
            resources=Enough(self.resources.value()),
        )

    def show_result(self, result: TriageResult, pack: GuidelinePack, language: str) -> None:
        self.outcome.setHtml(outcome_html(result, pack, language))
