"""Translated names for the domain's values. The domain holds ids; staff read these."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from deskhelp.core.guidelines import Outcome, Verdict
from deskhelp.core.inventory import ChafingReason
from deskhelp.core.triage import Competence, Enough

if TYPE_CHECKING:  # imported by the functions that need them: privacy compiles its patterns on import
    from deskhelp.core.cases import Channel
    from deskhelp.core.privacy import Kind


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


def chafing_reason_name(reason: ChafingReason) -> str:
    return {
        ChafingReason.INTEGRITY: QCoreApplication.translate("Labels", "Integrity"),
        ChafingReason.LEGAL: QCoreApplication.translate("Labels", "Legal"),
        ChafingReason.ETHICAL: QCoreApplication.translate("Labels", "Ethical"),
        ChafingReason.TECHNICAL: QCoreApplication.translate("Labels", "Technical"),
        ChafingReason.TIME: QCoreApplication.translate("Labels", "Time"),
        ChafingReason.OTHER: QCoreApplication.translate("Labels", "Other reason"),
    }[reason]


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


def channel_name(channel: Channel) -> str:
    from deskhelp.core.cases import Channel

    return {
        Channel.DESK: QCoreApplication.translate("Labels", "At the desk"),
        Channel.PUBLIC_COMPUTER: QCoreApplication.translate("Labels", "At a public computer"),
        Channel.PHONE: QCoreApplication.translate("Labels", "Phone"),
        Channel.EMAIL: QCoreApplication.translate("Labels", "E-mail"),
        Channel.CHAT_VIDEO: QCoreApplication.translate("Labels", "Chat or video"),
        Channel.BOOKED_GUIDANCE: QCoreApplication.translate("Labels", "Booked guidance"),
    }[channel]


def duration_name(bucket: str) -> str:
    return {
        "under-5": QCoreApplication.translate("Labels", "Under 5 min"),
        "5-15": QCoreApplication.translate("Labels", "5–15 min"),
        "15-30": QCoreApplication.translate("Labels", "15–30 min"),
        "30-60": QCoreApplication.translate("Labels", "30–60 min"),
        "over-60": QCoreApplication.translate("Labels", "Over 60 min"),
    }[bucket]


def effort_name(level: int) -> str:
    """The READ scale, short enough for a drop-down."""
    return {
        1: QCoreApplication.translate("Labels", "1 · directions, under 5 min"),
        2: QCoreApplication.translate("Labels", "2 · quick look-up or minor help"),
        3: QCoreApplication.translate("Labels", "3 · some time and a little teaching"),
        4: QCoreApplication.translate("Labels", "4 · several resources, thorough teaching"),
        5: QCoreApplication.translate("Labels", "5 · substantial time, back and forth"),
        6: QCoreApplication.translate("Labels", "6 · cannot be answered on the spot"),
    }[level]


def personal_data_name(kind: Kind) -> str:
    from deskhelp.core.privacy import Kind

    return {
        Kind.PERSONAL_NUMBER: QCoreApplication.translate("Labels", "personal identity number"),
        Kind.COORDINATION_NUMBER: QCoreApplication.translate("Labels", "coordination number"),
        Kind.PHONE: QCoreApplication.translate("Labels", "phone number"),
        Kind.EMAIL: QCoreApplication.translate("Labels", "e-mail address"),
        Kind.PAYMENT_CARD: QCoreApplication.translate("Labels", "card number"),
        Kind.IBAN: QCoreApplication.translate("Labels", "account number (IBAN)"),
    }[kind]
