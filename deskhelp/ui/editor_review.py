"""The editor's review checklist: what a review goes through, as a list to act on (Enter) and a page to read."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from deskhelp.core.guidelines import GuidelinePack
from deskhelp.core.inventory import ChafingReason
from deskhelp.core.review_checklist import ReviewChecklist
from deskhelp.core.statistics import ChafingCase
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
