"""Translated names for the domain's values. The domain holds ids; staff read these."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskhelp.core.guidelines import Outcome, Verdict
from deskhelp.core.triage import Competence, Enough


def outcome_name(outcome: Outcome) -> str:
    return {
        Outcome.HELPED_HERE: QCoreApplication.translate("Labels", "Helped here"),
        Outcome.PARTLY_REFERRED: QCoreApplication.translate("Labels", "Helped partly and referred"),
        Outcome.REFERRED: QCoreApplication.translate("Labels", "Referred"),
        Outcome.BOOKED: QCoreApplication.translate("Labels", "Booked a longer guidance session"),
        Outcome.COLLEAGUE: QCoreApplication.translate("Labels", "Handed to a colleague"),
    }[outcome]


def verdict_name(verdict: Verdict) -> str:
    return {
        Verdict.YES: QCoreApplication.translate("Labels", "Within our mission"),
        Verdict.PARTLY: QCoreApplication.translate("Labels", "Partly within our mission"),
        Verdict.NO: QCoreApplication.translate("Labels", "Outside our mission"),
    }[verdict]


def mission_options() -> list[tuple[Verdict, str]]:
    return [
        (Verdict.YES, QCoreApplication.translate("Labels", "Yes")),
        (Verdict.PARTLY, QCoreApplication.translate("Labels", "Partly")),
        (Verdict.NO, QCoreApplication.translate("Labels", "No")),
    ]


def competence_options() -> list[tuple[Competence, str]]:
    return [
        (Competence.YES, QCoreApplication.translate("Labels", "I can")),
        (Competence.COLLEAGUE, QCoreApplication.translate("Labels", "A colleague can")),
        (Competence.NO, QCoreApplication.translate("Labels", "Nobody here")),
    ]


def enough_options() -> list[tuple[Enough, str]]:
    return [
        (Enough.YES, QCoreApplication.translate("Labels", "Yes")),
        (Enough.NO, QCoreApplication.translate("Labels", "No")),
    ]
