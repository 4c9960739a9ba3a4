"""What staff add when logging: channel, READ effort, duration, why it chafed, and an optional reflection; for an
errand not in the guidelines, a short description of the errand (issue 13).

Everything has a default (effort and duration from the case type, channel from the conversation), so the
usual case is logged without touching any of it. The reasons are check boxes (Alt+S reaches the first, Tab the
next, Space ticks); any reason ticked means the case chafed. The reflection and the description are checked for
personal data as they are typed: findings are highlighted (in the reflection), logging is blocked, and one click
masks them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from deskhelp.core.cases import READ_SCALE, REFLECTION_MAX_CHARS, CaseDetails, Channel
from deskhelp.core.guidelines import DURATION_BUCKETS, CaseType
from deskhelp.core.inventory import ChafingReason
from deskhelp.core.other_errand import DESCRIPTION_MAX_CHARS
from deskhelp.core.privacy import find_personal_data, redact
from deskhelp.ui.colours import ERROR, set_text_colour
from deskhelp.ui.flow_layout import FlowLayout
from deskhelp.ui.labels import chafing_reason_name, channel_name, duration_name, effort_name, personal_data_name

FINDING_BACKGROUND = "#f8c9c9"


def utf16_offset(text: str, index: int) -> int:
    """Qt counts text positions in UTF-16 code units; Python in code points (an emoji is 2 units, 1 point)."""
    return len(text[:index].encode("utf-16-le")) // 2


def _pair(label: QLabel, field: QWidget) -> QWidget:
    """A label and its field, kept together on one line when the row wraps."""
    pair = QWidget(label.parentWidget())
    layout = QHBoxLayout(pair)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    layout.addWidget(label)
    layout.addWidget(field)
    return pair


class PersonalDataHighlighter(QSyntaxHighlighter):
    """Marks personal data in the reflection while it is typed."""

    def highlightBlock(self, text: str) -> None:
        marked = QTextCharFormat()
        marked.setBackground(QColor(FINDING_BACKGROUND))
        marked.setFontUnderline(True)
        marked.setUnderlineColor(QColor(ERROR))
        for finding in find_personal_data(text):
            start = utf16_offset(text, finding.start)
            self.setFormat(start, utf16_offset(text, finding.end) - start, marked)


class ReflectionEdit(QPlainTextEdit):
    """A short, single-paragraph text. Enter logs the case (as everywhere in the triage) instead of a new line."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            return
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            event.ignore()  # Tab moves on, it does not indent a reflection
            return
        super().keyPressEvent(event)


class LogDetailsBar(QWidget):
    submitted = Signal()  # Enter in the reflection
    validity_changed = Signal(bool)  # False while the reflection cannot be saved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logDetails")
        self.channel = QComboBox(self)
        self.channel.setObjectName("channel")
        for channel in Channel:
            self.channel.addItem("", channel)
        self.effort = QComboBox(self)
        self.effort.setObjectName("effort")
        for level in READ_SCALE:
            self.effort.addItem("", level)
        self.duration = QComboBox(self)
        self.duration.setObjectName("duration")
        for bucket in DURATION_BUCKETS:
            self.duration.addItem("", bucket)
        # The combos may be narrower than their longest entry (the list still shows it whole): at 200 % scaling
        # or in large text the row must still fit.
        for combo, characters in ((self.channel, 18), (self.effort, 34), (self.duration, 11)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(characters)
        # Why it chafed (seed 001: integrity, legal, ethical reasons ...): several allowed, none by default.
        self.reasons = {reason: QCheckBox(self) for reason in ChafingReason}
        for reason, box in self.reasons.items():
            box.setObjectName(f"reason_{reason.value}")
        self.description = QLineEdit(self)
        self.description.setObjectName("description")
        self.description.setMaxLength(DESCRIPTION_MAX_CHARS)
        self._describing = False  # True for the errand not in the guidelines
        self.reflection = ReflectionEdit(self)
        self.reflection.setObjectName("reflection")
        self.reflection.setTabChangesFocus(True)
        self.reflection.setFixedHeight(self.reflection.fontMetrics().lineSpacing() * 2 + 14)
        self._highlighter = PersonalDataHighlighter(self.reflection.document())
        self.redact_button = QPushButton(self)
        self.redact_button.setObjectName("redactButton")
        self.warning = QLabel(self)
        self.warning.setObjectName("reflectionWarning")
        self.warning.setWordWrap(True)
        set_text_colour(self.warning, ERROR)
        self.labels = {name: QLabel(self) for name in ("channel", "effort", "duration", "reflection", "description")}
        for name, label in self.labels.items():
            label.setBuddy(getattr(self, name))
        self.labels["reasons"] = QLabel(self)
        self.labels["reasons"].setObjectName("reasonsLabel")
        self.labels["reasons"].setBuddy(self.reasons[ChafingReason.INTEGRITY])

        fields = FlowLayout(spacing=14)
        for name in ("channel", "effort", "duration"):
            fields.addWidget(_pair(self.labels[name], getattr(self, name)))
        reasons = FlowLayout(spacing=10)
        for box in self.reasons.values():
            reasons.addWidget(box)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setVerticalSpacing(4)
        grid.addLayout(fields, 0, 0, 1, 3)
        grid.addWidget(self.labels["reasons"], 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(reasons, 1, 1, 1, 2)
        grid.addWidget(self.labels["description"], 2, 0)
        grid.addWidget(self.description, 2, 1, 1, 2)
        grid.addWidget(self.labels["reflection"], 3, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.reflection, 3, 1)
        grid.addWidget(self.redact_button, 3, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.warning, 4, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self._show_description(False)

        self.reflection.textChanged.connect(self._check_reflection)
        self.description.textChanged.connect(self._check_reflection)
        self.reflection.submitted.connect(self.submitted)
        self.redact_button.clicked.connect(self.redact)
        self.retranslate()
        self._check_reflection()

    def retranslate(self) -> None:
        for index in range(self.channel.count()):
            self.channel.setItemText(index, channel_name(self.channel.itemData(index)))
        for index in range(self.effort.count()):
            self.effort.setItemText(index, effort_name(self.effort.itemData(index)))
        for index in range(self.duration.count()):
            self.duration.setItemText(index, duration_name(self.duration.itemData(index)))
        self.labels["channel"].setText(self.tr("&Channel"))
        self.labels["effort"].setText(self.tr("Eff&ort (READ)"))
        self.labels["duration"].setText(self.tr("&Duration"))
        self.labels["reflection"].setText(self.tr("&Reflection"))
        self.channel.setAccessibleName(self.tr("Channel"))
        self.effort.setAccessibleName(self.tr("Effort on the READ scale"))
        self.duration.setAccessibleName(self.tr("Duration"))
        self.labels["reasons"].setText(self.tr("It ch&afed:"))
        self.labels["reasons"].setToolTip(self.tr("Tick why the case felt uncomfortable; leave empty if it did not."))
        for reason, box in self.reasons.items():
            box.setText(chafing_reason_name(reason))
            box.setAccessibleName(self.tr("It chafed: {0}").format(chafing_reason_name(reason)))
        self.labels["description"].setText(self.tr("Descri&be the errand"))
        self.description.setAccessibleName(self.tr("What the errand was, in a few words; nothing about the patron"))
        self.description.setPlaceholderText(
            self.tr("What the errand was, in a few words, for the question inventory. Nothing about the patron.")
        )
        self.reflection.setAccessibleName(self.tr("Reflection, optional; nothing about the patron"))
        self.reflection.setPlaceholderText(
            self.tr("Optional, for the team lead: what chafed, what was missing. Nothing about the patron.")
        )
        self.redact_button.setText(self.tr("&Mask personal data"))
        self.redact_button.setAccessibleName(self.tr("Mask the personal data in the reflection"))
        self._check_reflection()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- values ---------------------------------------------------------------------------------------------
    def start(self, case_type: CaseType, channel: Channel) -> None:
        """A new errand: defaults from the case type and the conversation, no reason, no reflection; the
        description only for an errand not in the guidelines."""
        self.channel.setCurrentIndex(self.channel.findData(channel))
        self.effort.setCurrentIndex(self.effort.findData(case_type.effort))
        self.duration.setCurrentIndex(self.duration.findData(case_type.duration))
        for box in self.reasons.values():
            box.setChecked(False)
        self.reflection.clear()
        self.description.clear()
        self._show_description(not case_type.in_guidelines)
        self._check_reflection()

    def restore(self, details: CaseDetails) -> None:
        """The details of a case taken back (Ctrl+Z), as they were logged, for staff to correct; after start()."""
        self.channel.setCurrentIndex(self.channel.findData(details.channel))
        self.effort.setCurrentIndex(self.effort.findData(details.effort))
        self.duration.setCurrentIndex(self.duration.findData(details.duration))
        for reason, box in self.reasons.items():
            box.setChecked(reason in details.reasons)
        self.reflection.setPlainText(details.reflection)
        if self._describing:
            self.description.setText(details.description)
        self._check_reflection()

    def _show_description(self, shown: bool) -> None:
        self._describing = shown
        self.description.setVisible(shown)
        self.labels["description"].setVisible(shown)

    @property
    def describing(self) -> bool:
        return self._describing

    def chosen_reasons(self) -> frozenset[ChafingReason]:
        return frozenset(reason for reason, box in self.reasons.items() if box.isChecked())

    def focus_problem(self) -> None:
        """After a refused log: the field to fix (the missing description, else the reflection)."""
        field = self.description if self._describing and not self.description.text().strip() else self.reflection
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_channel(self) -> Channel:
        return Channel(self.channel.currentData())

    def details(self) -> CaseDetails:
        """Raises CaseRefused while the reflection holds personal data or is too long."""
        return CaseDetails(
            channel=Channel(self.channel.currentData()),
            effort=self.effort.currentData(),
            duration=self.duration.currentData(),
            chafing=bool(self.chosen_reasons()),
            reflection=self.reflection.toPlainText(),
            reasons=self.chosen_reasons(),
            description=self.description.text().strip() if self._describing else "",
        )

    def redact(self) -> None:
        if self._describing:
            self.description.setText(redact(self.description.text()))
        self.reflection.setPlainText(redact(self.reflection.toPlainText()))
        self.reflection.moveCursor(QTextCursor.MoveOperation.End)
        self.reflection.setFocus(Qt.FocusReason.OtherFocusReason)

    def _check_reflection(self) -> None:
        """The reflection and (for an errand not in the guidelines) the description: personal data and length.
        An empty description blocks logging without a red warning (the placeholder asks for it); Enter then says
        why in the window's banner."""
        text = self.reflection.toPlainText()
        description = self.description.text() if self._describing else ""
        findings = find_personal_data(text)
        described_findings = find_personal_data(description)
        problems = []
        if findings or described_findings:
            kinds = ", ".join(dict.fromkeys(personal_data_name(f.kind) for f in (*described_findings, *findings)))
            problems.append(self.tr("Remove the personal data before logging ({0}), or mask it.").format(kinds))
        if len(text) > REFLECTION_MAX_CHARS:
            problems.append(
                self.tr("{0} characters; a reflection holds at most {1}.").format(len(text), REFLECTION_MAX_CHARS)
            )
        self.warning.setText(" ".join(problems))
        self.warning.setVisible(bool(problems))
        self.redact_button.setVisible(bool(findings or described_findings))
        self.validity_changed.emit(not problems and (not self._describing or bool(description.strip())))

    def missing_description_text(self) -> str:
        return self.tr("Describe the errand in a few words first: it goes into the question inventory.")
