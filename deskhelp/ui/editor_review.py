"""The editor's review checklist: what a review goes through, as a list to act on (Enter) and a page to read."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskhelp.core.guidelines import GuidelinePack
from deskhelp.core.inventory import ChafingReason
from deskhelp.core.review_checklist import ReviewChecklist
from deskhelp.core.statistics import ChafingCase
from deskhelp.ui.editor_forms import TimesForm
from deskhelp.ui.labels import chafing_reason_name

ACTOR, CASE_TYPE, NEW_CASE_TYPE = "actor", "case_type", "new_case_type"  # what Enter on an entry does


def _heading(widget: QListWidget, text: str) -> None:
    item = QListWidgetItem(text)
    font = QFont(item.font())
    font.setBold(True)
    item.setFont(font)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading is read, not chosen
    widget.addItem(item)


def _entry(widget: QListWidget, text: str, action: str, value: str, more: str | None = None) -> None:
    item = QListWidgetItem(text)
    item.setToolTip(f"{text}\n\n{more}" if more else text)  # the reflection, for the review meeting
    item.setData(Qt.ItemDataRole.UserRole, (action, value))
    widget.addItem(item)


def _case_text(case: ChafingCase, pack: GuidelinePack) -> str:
    title = pack.case_types[case.case_type_id].title.get("sv") if case.case_type_id in pack.case_types else ""
    reasons = ", ".join(chafing_reason_name(ChafingReason(r)) for r in case.reasons if r in set(ChafingReason))
    words = [case.occurred_on.isoformat(), case.description or title, reasons]
    return " · ".join(w for w in words if w)


def fill_review_list(widget: QListWidget, checklist: ReviewChecklist, pack: GuidelinePack) -> None:
    widget.clear()
    _heading(
        widget,
        QCoreApplication.translate("EditorReview", "Not in the guidelines ({0})").format(
            len(checklist.not_in_guidelines)
        ),
    )
    for case in checklist.not_in_guidelines:
        _entry(widget, _case_text(case, pack), NEW_CASE_TYPE, case.description or "", case.reflection)
    _heading(
        widget, QCoreApplication.translate("EditorReview", "Cases that chafed ({0})").format(len(checklist.chafing))
    )
    for case in checklist.chafing:
        _entry(widget, _case_text(case, pack), CASE_TYPE, case.case_type_id, case.reflection)
    _heading(
        widget,
        QCoreApplication.translate("EditorReview", "Local actors to fill in ({0})").format(len(checklist.unfilled)),
    )
    for actor in checklist.unfilled:
        _entry(widget, actor.name.get("sv"), ACTOR, actor.id)
    _heading(
        widget,
        QCoreApplication.translate("EditorReview", "Verified more than a year ago ({0})").format(len(checklist.stale)),
    )
    for actor in checklist.stale:
        _entry(widget, f"{actor.name.get('sv')} · {actor.verified}", ACTOR, actor.id)


def review_html(checklist: ReviewChecklist) -> str:
    state = (
        QCoreApplication.translate("EditorReview", "The review was due on {0}.").format(checklist.due.isoformat())
        if checklist.overdue
        else QCoreApplication.translate("EditorReview", "The next review is due on {0}.").format(
            checklist.due.isoformat()
        )
    )
    rows = [
        (QCoreApplication.translate("EditorReview", "Errands not in the guidelines"), len(checklist.not_in_guidelines)),
        (QCoreApplication.translate("EditorReview", "Cases that chafed"), len(checklist.chafing)),
        (QCoreApplication.translate("EditorReview", "Local actors still to fill in"), len(checklist.unfilled)),
        (QCoreApplication.translate("EditorReview", "Actors verified more than a year ago"), len(checklist.stale)),
    ]
    table = "".join(f"<tr><td>{escape(label)}&nbsp;&nbsp;</td><td><b>{n}</b></td></tr>" for label, n in rows)
    title = QCoreApplication.translate("EditorReview", "Review of the guidelines")
    since = QCoreApplication.translate("EditorReview", "Since the last review on {0}.").format(
        checklist.since.isoformat()
    )
    how = QCoreApplication.translate(
        "EditorReview",
        "Enter on an errand not in the guidelines starts a new case type from it; on a case, opens its case type; on "
        "an actor, opens the actor. When the review is done, set the date of the review and publish.",
    )
    parts = [f"<h2>{escape(title)}</h2>", f"<p>{escape(since)} {escape(state)}</p>", f"<table>{table}</table>"]
    parts.append(f"<p>{escape(how)}</p>")
    if not checklist.cases_counted:
        unread = QCoreApplication.translate("EditorReview", "The cases could not be read; see the log.")
        parts.append(f"<p><i>{escape(unread)}</i></p>")
    return "".join(parts)


class TimesPanel(QWidget):
    """The library's times per branch: choose a branch (or every branch, "*"), or add one; its form below."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: dict | None = None
        self.branch = QComboBox(self)
        label = QLabel(self.tr("&Branch"), self)
        label.setBuddy(self.branch)
        self.add = QPushButton(self.tr("&Add times for a branch…"), self)
        self.add.clicked.connect(lambda _checked=False: self.add_branch())
        self.form = TimesForm(self)
        self.form.changed.connect(self.changed)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.branch, 1)
        row.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.form)
        self.branch.currentIndexChanged.connect(lambda _i: self._show())

    def load(self, data: dict) -> None:
        self.data = data
        self.branch.blockSignals(True)
        self.branch.clear()
        for entry in data.get("times", []):
            name = entry.get("branch", "")
            self.branch.addItem(self.tr("Every branch (*)") if name == "*" else name, name)
        self.branch.blockSignals(False)
        self._show()

    def current_index(self) -> int | None:
        return self.branch.currentIndex() if self.branch.count() else None

    def _show(self) -> None:
        index = self.current_index()
        self.form.load(self.data["times"][index] if self.data is not None and index is not None else None)

    def add_branch(self, name: str | None = None) -> None:
        """Times for one more branch: its name as the desks' [library] branch has it, or * for every branch."""
        if self.data is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Times for a branch"), self.tr("The branch's name (* for every branch):"), text="*"
            )
            if not ok:
                return
        name = name.strip()
        if not name:
            return
        times = self.data.setdefault("times", [])
        if not any(t.get("branch", "").casefold() == name.casefold() for t in times):
            times.append({"branch": name, "drop_in": {"sv": "", "en": ""}})
        self.load(self.data)
        self.branch.setCurrentIndex(next(i for i, t in enumerate(times) if t["branch"].casefold() == name.casefold()))
        self.changed.emit()
        self.form.fields[0].setFocus()
