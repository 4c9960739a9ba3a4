"""The question inventory's vocabulary: why a case chafed, and the errand the guidelines do not cover.

Seed 001 asks staff to note the questions that chafe and why (integrity, legal, ethical reasons), and the new
questions the guidelines do not answer yet. Both feed the half-yearly review. One enum for the reasons: the CHECK
constraint of case_chafing_reason, the check boxes of the desk and the report's labels are derived from it.
"""

from __future__ import annotations

from enum import StrEnum


class ChafingReason(StrEnum):
    """Why a case felt uncomfortable. Several may apply; any one of them means the case chafed."""

    INTEGRITY = "integrity"
    LEGAL = "legal"
    ETHICAL = "ethical"
    TECHNICAL = "technical"
    TIME = "time"
    OTHER = "other"


def reasons_in_order(reasons: frozenset[ChafingReason] | set[ChafingReason]) -> tuple[ChafingReason, ...]:
    """The reasons in the enum's order: stable for storage, reports and tests."""
    return tuple(reason for reason in ChafingReason if reason in reasons)
