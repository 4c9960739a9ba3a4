"""The four questions, pre-answered from the guidelines, and the outcome they lead to.

Keyboard: Tab moves between questions, the arrow keys change an answer, Space ticks a resource, Alt+1..Alt+4
jump to a question, F11 shows the patron view, Ctrl+P the slip, Enter logs the case, Ctrl+Enter logs it and
takes the same patron's next errand, Esc starts over.
"""

from __future__ import annotations

import math
from enum import StrEnum
from html import escape

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskhelp.core.guidelines import MAX_RESOURCES, CaseType, GuidelinePack, Verdict
from deskhelp.core.triage import Answers, Competence, Enough, TriageResult
from deskhelp.printing.qr import qr_image
from deskhelp.ui.colours import WARNING, set_text_colour
from deskhelp.ui.flow_layout import FlowLayout
from deskhelp.ui.labels import competence_options, enough_options, mission_options
from deskhelp.ui.log_details import LogDetailsBar
from deskhelp.ui.outcome_view import outcome_html
from deskhelp.ui.shared_height import SharedHeight


class QuestionLabel(QLabel):
    """A question's name: on one line where there is room, over two only when large text leaves none (at 2.0x on
    1024x700 the one-line names and the answers beside them were wider than the page, issue 17)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(0)
        document.setHtml(self.text())
        one_line = math.ceil(document.idealWidth()) + self.contentsMargins().left() + self.contentsMargins().right()
        return QSize(max(hint.width(), one_line), min(hint.height(), self.heightForWidth(one_line)))


class QuestionRow(QWidget):
    """One question: exclusive radio buttons, so the arrow keys change the answer."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[StrEnum, QRadioButton] = {}
        # The answers wrap under one another rather than widen the page with large text (issue 17).
        self._layout = FlowLayout(self, spacing=10)
        self._group.buttonToggled.connect(lambda _b, checked: checked and self.changed.emit())

    def set_options(self, values: list[StrEnum]) -> None:
        """Create one button per possible answer (once; labels come from ``set_labels``)."""
        for value in values:
            button = QRadioButton(self)
            button.setObjectName(f"{self.objectName()}_{value.value}")
            self._group.addButton(button)
            self._layout.addWidget(button)
            self._buttons[value] = button

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


class ResourceRow(QWidget):
    """A resource to tick: a check box with its name beside it in a label that wraps.

    A QCheckBox's own text never wraps, so at large text sizes one long name made the whole page scroll
    sideways. A click on the name ticks the box, as a click on a check box's own text does, and the name is
    highlighted while the box has focus (the style draws a box's focus around its own text, which is empty).
    """

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.box.setObjectName(object_name)
        self.box.installEventFilter(self)
        self.name = QLabel(self)
        self.name.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.name, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            focused = event.type() == QEvent.Type.FocusIn
            if focused:
                palette = self.name.palette()
                highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
                highlight.setAlpha(48)
                palette.setColor(QPalette.ColorRole.Window, highlight)
                self.name.setPalette(palette)
            self.name.setAutoFillBackground(focused)
        return super().eventFilter(watched, event)

    def set_name(self, name: str, accessible_name: str) -> None:
        self.name.setText(name)
        self.box.setAccessibleName(accessible_name)

    def mousePressEvent(self, event) -> None:
        event.accept()  # so that the release comes here too

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            self.box.click()


class ResourceChecklist(QWidget):
    """Question 4 as a checklist: what this errand needs, all ticked until staff untick what the patron lacks.

    The rows are created once (a pack allows at most MAX_RESOURCES per case type) so that focus order and
    accessible names are fixed; a case type shows as many as it needs.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resourcesQuestion")
        self._ids: list[str] = []
        self._rows = [ResourceRow(f"resource{index + 1}", self) for index in range(MAX_RESOURCES)]
        self.nothing = QLabel(self)
        # One column: resource names are long, and two columns would not fit at 200 % scaling or in large text.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for row in self._rows:
            row.box.toggled.connect(self.changed)
            layout.addWidget(row)
        layout.addWidget(self.nothing)

    def set_resources(self, case: CaseType, pack: GuidelinePack, language: str, missing: frozenset[str]) -> None:
        self._ids = list(case.resources)
        for index, row in enumerate(self._rows):
            row.box.blockSignals(True)
            if index < len(self._ids):
                name = pack.resources[self._ids[index]].title.get(language)
                row.set_name(name, self.tr("The patron has: {0}").format(name))
                row.box.setChecked(self._ids[index] not in missing)
            row.setVisible(index < len(self._ids))
            row.box.blockSignals(False)
        self.nothing.setText(self.tr("Nothing special for this errand."))
        self.nothing.setVisible(not self._ids)

    def missing(self) -> frozenset[str]:
        return frozenset(rid for rid, row in zip(self._ids, self._rows, strict=False) if not row.box.isChecked())

    def focus_answer(self) -> None:
        if self._ids:
            self._rows[0].box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def buttons(self) -> list[QCheckBox]:
        return [row.box for row in self._rows]


class OutcomeBrowser(QTextBrowser):
    """The outcome view; draws the QR code for an ``<img src="qr:ADDRESS">`` in its HTML."""

    def loadResource(self, kind: int, url: QUrl):
        if url.scheme() == "qr":
            return qr_image(url.path(), scale=4, border=2)
        return super().loadResource(kind, url)


def _scroll_area(body: QWidget, name: str, parent: QWidget) -> QScrollArea:
    scroll = QScrollArea(parent)
    scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(body)
    return scroll


class TriagePanel(QWidget):
    log_requested = Signal(bool)  # True: the patron has another errand in the same conversation
    reset_requested = Signal()
    answers_changed = Signal()
    patron_view_requested = Signal()
    slip_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: CaseType | None = None
        self.title = QLabel(self)
        self.title.setObjectName("caseTitle")
        self.title.setWordWrap(True)
        self.patron_view_button = QPushButton(self)
        self.patron_view_button.setObjectName("patronViewButton")
        self.slip_button = QPushButton(self)
        self.slip_button.setObjectName("slipButton")
        self.try_first = QLabel(self)
        self.try_first.setObjectName("tryFirst")
        self.try_first.setWordWrap(True)

        self.mission = QuestionRow("missionQuestion", self)
        self.competence = QuestionRow("competenceQuestion", self)
        self.time = QuestionRow("timeQuestion", self)
        self.resources = ResourceChecklist(self)
        self.questions = [self.mission, self.competence, self.time, self.resources]
        self.mission.set_options(list(Verdict))
        self.competence.set_options(list(Competence))
        self.time.set_options(list(Enough))
        self.question_labels = [QuestionLabel(self) for _ in self.questions]
        self.question_notes = [QLabel(self) for _ in self.questions]
        for note in self.question_notes:
            note.setWordWrap(True)
            note.setObjectName("questionNote")
            set_text_colour(note, None)

        self.outcome = OutcomeBrowser(self)
        self.outcome.setObjectName("outcomeView")
        self.outcome.setOpenExternalLinks(False)
        self.outcome.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.outcome.setMinimumHeight(220)  # below this the page scrolls rather than squeezing what to say
        self.details = LogDetailsBar(self)

        self.log_button = QPushButton(self)
        self.log_button.setObjectName("logButton")
        self.log_button.setDefault(True)
        self.log_next_button = QPushButton(self)
        self.log_next_button.setObjectName("logNextButton")
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("resetButton")

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header_buttons = FlowLayout(
            spacing=6, align_right=True, one_line_hint=True
        )  # one over the other when large text needs it
        header_buttons.addWidget(self.patron_view_button)
        header_buttons.addWidget(self.slip_button)
        header.addLayout(header_buttons)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(2)
        for row, (label, question, note) in enumerate(
            zip(self.question_labels, self.questions, self.question_notes, strict=True)
        ):
            # No buddy: Alt+1..4 are shortcuts of their own that focus the checked answer, not the row.
            grid.addWidget(label, row * 2, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(question, row * 2, 1)
            grid.addWidget(note, row * 2 + 1, 1)
        # The buttons wrap onto a second line rather than widen the window: at 2.0x text on 1024x700 their one row
        # was 924 px wide and squeezed the search list beside it to a sliver (issue 17).
        buttons = FlowLayout(spacing=6, align_right=True)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.log_next_button)
        buttons.addWidget(self.log_button)

        questions = QWidget(self)
        top = QVBoxLayout(questions)
        top.setContentsMargins(0, 0, 4, 0)
        top.addLayout(header)
        top.addWidget(self.try_first)
        top.addLayout(grid)
        body = QWidget(self)
        content = QVBoxLayout(body)
        content.setContentsMargins(0, 0, 4, 0)
        content.addWidget(self.outcome, 1)
        content.addWidget(self.details)
        # The case scrolls rather than clips at 200 % scaling or with large text; the buttons stay in view. The
        # questions and the outcome scroll apart, so that what to say is in view however large the text (see
        # SharedHeight); at ordinary sizes the questions take all the height they need.
        self.questions_scroll = _scroll_area(questions, "questionsScroll", self)
        self.scroll = _scroll_area(body, "triageScroll", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.questions_scroll)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        self._sharing = SharedHeight(self, self.questions_scroll, buttons)

        self._shortcuts = []
        for number, question in enumerate(self.questions, start=1):
            self._shortcut(f"Alt+{number}", question.focus_answer)
        for key in ("Return", "Enter"):
            self._shortcut(key, lambda: self.log_requested.emit(False))
            self._shortcut(f"Ctrl+{key}", lambda: self.log_requested.emit(True))
        self._shortcut("F11", self.patron_view_requested)
        self._shortcut("Ctrl+P", self.slip_requested)
        self.apply_text_scale()
        self.retranslate()
        self._connect_signals()

    def _shortcut(self, keys: str, slot) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        self._shortcuts.append(shortcut)

    def apply_text_scale(self) -> None:
        """The title follows the application font (Ctrl +/-), 1.4 times larger."""
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)

    def retranslate(self) -> None:
        texts = [
            self.tr("Within the library's mission?"),
            self.tr("Competence?"),
            self.tr("Time, for both of you?"),
            self.tr("Resources: what the patron has"),
        ]
        for number, (label, text) in enumerate(zip(self.question_labels, texts, strict=True), start=1):
            # Underlined like a mnemonic, for Alt+number.
            label.setText(f"<u>{number}</u>&nbsp;&nbsp;{escape(text, quote=False)}")
            label.setToolTip(f"Alt+{number}")
        names = [self.tr("Within our mission"), self.tr("Competence"), self.tr("Time")]
        self.mission.set_labels(mission_options(), names[0])
        self.competence.set_labels(competence_options(), names[1])
        self.time.set_labels(enough_options(), names[2])
        self.resources.setAccessibleName(self.tr("Resources"))
        self.try_first.setText(self.tr("The patron does, you show: let the patron try first."))
        self.outcome.setAccessibleName(self.tr("What to say and whom to refer to"))
        self.patron_view_button.setText(self.tr("Patron view (F11)"))
        self.patron_view_button.setAccessibleName(self.tr("Show the patron view, in large text"))
        self.slip_button.setText(self.tr("Slip (Ctrl+P)"))
        self.slip_button.setAccessibleName(self.tr("Print or save a slip for the patron"))
        self.log_button.setText(self.tr("Log case (Enter)"))
        self.log_button.setAccessibleName(self.tr("Log case"))
        self.log_next_button.setText(self.tr("Log, next errand (Ctrl+Enter)"))
        self.log_next_button.setAccessibleName(self.tr("Log case and take the same patron's next errand"))
        self.reset_button.setText(self.tr("New patron (Esc)"))
        self.reset_button.setAccessibleName(self.tr("Start over with a new patron"))

    def _connect_signals(self) -> None:
        for question in self.questions:
            question.changed.connect(self.answers_changed)
        self.log_button.clicked.connect(lambda: self.log_requested.emit(False))
        self.log_next_button.clicked.connect(lambda: self.log_requested.emit(True))
        self.reset_button.clicked.connect(self.reset_requested)
        self.patron_view_button.clicked.connect(self.patron_view_requested)
        self.slip_button.clicked.connect(self.slip_requested)
        self.details.submitted.connect(lambda: self.log_requested.emit(False))
        self.details.validity_changed.connect(self.log_button.setEnabled)
        # On the phone or in a chat the outcome says it differently (core.channels): the channel re-triages.
        self.details.channel.currentIndexChanged.connect(lambda _index: self.answers_changed.emit())
        self.details.validity_changed.connect(self.log_next_button.setEnabled)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def case_type(self) -> CaseType | None:
        return self._case

    def focus_chain(self) -> list[QWidget]:
        """Every control in the order Tab visits them: the questions, the slip, the log details, the buttons."""
        chain: list[QWidget] = [b for q in self.questions for b in q.buttons()]
        chain += [self.patron_view_button, self.slip_button]
        d = self.details
        chain += [d.channel, d.effort, d.duration, *d.reasons.values(), d.description, d.reflection, d.redact_button]
        return chain + [self.reset_button, self.log_next_button, self.log_button]

    def show_case(
        self, case: CaseType, answers: Answers, missing: frozenset[str], pack: GuidelinePack, language: str
    ) -> None:
        self._case = case
        self.title.setText(case.title.get(language))
        for question in self.questions:
            question.blockSignals(True)
        self.mission.set_value(answers.mission)
        self.competence.set_value(answers.competence)
        self.time.set_value(answers.time)
        self.resources.set_resources(case, pack, language, missing)
        for question in self.questions:
            question.blockSignals(False)
        competence = case.competence.get(language)
        if case.colleague_role:
            competence += " " + self.tr("Colleague: {0}.").format(case.colleague_role.get(language))
        if case.card:
            competence += " " + self.tr("Steps to show: see “{0}” below.").format(
                pack.cards[case.card].title.get(language)
            )
        notes = [case.we_do.get(language), competence, self.tr("If not: book a digital guidance session."), ""]
        for note, text in zip(self.question_notes, notes, strict=True):
            note.setText(text)  # the resources note follows in show_result, which always comes next

    def _show_resource_note(self, case: CaseType, pack: GuidelinePack, language: str) -> None:
        missing = [rid for rid in case.resources if rid in self.resources.missing()]
        note = self.question_notes[3]
        if missing:
            advice = " ".join(pack.resources[rid].if_missing.get(language) for rid in missing)
            note.setText(advice)
            set_text_colour(note, WARNING)
        else:
            note.setText(self.tr("Untick what the patron lacks.") if case.resources else "")
            set_text_colour(note, None)
        note.setVisible(bool(note.text()))

    def answers(self) -> Answers:
        return Answers(
            mission=Verdict(self.mission.value()),
            competence=Competence(self.competence.value()),
            time=Enough(self.time.value()),
            resources=Enough.NO if self.resources.missing() else Enough.YES,
        )

    def show_result(self, result: TriageResult, pack: GuidelinePack, language: str, guidance: str | None) -> None:
        self._show_resource_note(result.case_type, pack, language)
        missing = self.resources.missing()
        channel = self.details.selected_channel()
        self.outcome.setHtml(outcome_html(result, pack, language, missing, guidance, channel=channel))
