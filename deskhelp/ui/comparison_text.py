"""The days a comparison is made with, as the dashboard says them: "1–2 nov", "28 nov – 2 dec", "1 jan – 2 dec
2025" (issue 17: a change in per cent means little unless it says against what; core.comparison picks the days)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from deskhelp.core.statistics import Period


def _month(locale: QLocale, day: dt.date) -> str:
    # Swedish short names end in a full stop ("nov."), which reads oddly before a dash or at the end of a caption.
    return locale.monthName(day.month, QLocale.FormatType.ShortFormat).rstrip(".")


def days_text(period: Period, year: int, locale: QLocale | None = None) -> str:
    """``period``'s days in ``locale`` (the default one), its year only when it is not ``year``. A day and its
    month are kept on one line (a no-break space): a tile's caption wraps before "1–20 sep", not inside it."""
    locale = locale or QLocale()
    start, end = period.start, period.end
    end_text = f"{end.day}\u00a0{_month(locale, end)}" + (
        f" {end.year}" if end.year != year or start.year != year else ""
    )
    if start.year != end.year:
        return f"{start.day}\u00a0{_month(locale, start)} {start.year} – {end_text}"
    if start.month != end.month:
        return f"{start.day}\u00a0{_month(locale, start)} – {end_text}"
    return end_text if start == end else f"{start.day}–{end_text}"
