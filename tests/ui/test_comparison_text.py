"""How the dashboard names the days a comparison is made with (issue 17)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from deskhelp.core.statistics import Period
from deskhelp.ui.comparison_text import days_text

D, NB = dt.date, "\u00a0"
SV, EN = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden), QLocale(QLocale.Language.English)


def test_days_in_swedish_and_english() -> None:
    assert days_text(Period(D(2026, 11, 1), D(2026, 11, 2)), 2026, SV) == f"1–2{NB}nov"
    assert days_text(Period(D(2026, 11, 1), D(2026, 11, 2)), 2026, EN) == f"1–2{NB}Nov"
    assert days_text(Period(D(2026, 11, 28), D(2026, 12, 2)), 2026, SV) == f"28{NB}nov – 2{NB}dec"
    assert days_text(Period(D(2025, 1, 1), D(2025, 12, 2)), 2026, SV) == f"1{NB}jan – 2{NB}dec 2025"
    assert days_text(Period(D(2025, 12, 29), D(2026, 1, 4)), 2026, SV) == f"29{NB}dec 2025 – 4{NB}jan 2026"
    assert days_text(Period(D(2026, 5, 7), D(2026, 5, 7)), 2026, SV) == f"7{NB}maj"
