"""Column widths of a report table, measured with the fonts they are printed in (issue 17: hour headers wrapped as
"10–1 / 1", and Digidel's text columns split words in portrait, because widths were guessed from character counts).

Every column gets at least its longest word (a count column: its widest number, and "10–11" whole); what is left
goes to the columns that would use it, in proportion to how much more they would take on one line.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont, QFontMetricsF

NO_BREAK_IN = ("–",)  # "10–11": a break after the dash leaves "10–" over "11"


def _words(text: str) -> list[str]:
    words = text.split()
    return words or [""]


def column_percentages(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    numeric: Sequence[bool],
    header_font: QFont,
    body_font: QFont,
    width: float,
    padding: float,
) -> list[float]:
    """Widths in per cent of ``width`` (the same units as the fonts' metrics) for a table whose cells hold ``rows``
    (as printed) under ``header``; ``padding`` is the room a cell takes beside its text on both sides together."""
    head, body = QFontMetricsF(header_font), QFontMetricsF(body_font)
    least, most = [], []
    for column, name in enumerate(header):
        cells = [row[column] for row in rows if column < len(row)]
        words = [head.horizontalAdvance(w) for w in _words(name)]
        longest = [body.horizontalAdvance(c) for c in cells] or [0.0]
        if numeric[column]:
            # A number is never broken; a heading of one "word" with a dash (an hour) neither.
            need = max(max(longest), max(words))
            least.append(need + padding)
            most.append(max(need, head.horizontalAdvance(name)) + padding)
        else:
            cell_words = [body.horizontalAdvance(w) for c in cells for w in _words(c)] or [0.0]
            least.append(max(max(words), max(cell_words)) + padding)
            most.append(max(head.horizontalAdvance(name), *longest) + padding)
    total_least = sum(least)
    if total_least >= width:  # too narrow whatever is done: shrink all alike
        return [100.0 * w / total_least for w in least]
    spare = width - total_least
    wants = [max(0.0, m - lw) for m, lw in zip(most, least, strict=True)]
    total_wants = sum(wants)
    if total_wants <= spare:
        widths = [lw + w for lw, w in zip(least, wants, strict=True)]
        left = width - sum(widths)
        text_columns = [i for i, n in enumerate(numeric) if not n] or list(range(len(widths)))
        for i in text_columns:  # the rest to the text columns: they read better wide
            widths[i] += left / len(text_columns)
    else:
        widths = [lw + spare * w / total_wants for lw, w in zip(least, wants, strict=True)]
    return [100.0 * w / width for w in widths]
