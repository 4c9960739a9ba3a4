"""What the personal-data finder reports: the kind of data and where it stands in the text."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    PERSONAL_NUMBER = "personal_number"  # Swedish personnummer
    COORDINATION_NUMBER = "coordination_number"  # samordningsnummer (day + 60)
    PHONE = "phone"
    EMAIL = "email"
    PAYMENT_CARD = "payment_card"
    IBAN = "iban"


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: ``text[start:end]`` is exactly the matched span (str indices, end exclusive)."""

    kind: Kind
    start: int
    end: int
