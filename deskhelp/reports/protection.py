"""Small counts hidden so that none can be worked out again from what a report shows (secondary suppression).

Hiding a count below the threshold (primary suppression) is not enough when the report also shows the sum it is
part of: "80 + 0 + ? + 18 + 7 = 107" gives the 2 away. So a builder registers every count it shows as a
``Count`` and every published sum (``sums``: a row with its total, a column with its total, the totals with the
grand total), and ``Protection.resolve`` hides more counts until no sum has exactly one hidden count among its
parts and its total. Then a hidden count is at best known to be one of several splits of a difference, as
statistics agencies do it. The extra count hidden in a sum is its smallest one above zero (the least lost), the
total only when nothing else is left, a zero last (zeros are often known from elsewhere).

Hidden counts are shown as ``HIDDEN`` (``deskhelp.reports.model``): nothing numeric where no number is shown, and
a plain number in every other cell, so a spreadsheet can sum the column.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from deskhelp.reports.model import HIDDEN, Cell, Hidden, Section


@dataclass(frozen=True, slots=True)
class Count:
    """A count in a report before it is known whether it can be shown; ``Protection.shown`` tells."""

    index: int


@dataclass(frozen=True, slots=True)
class Derived:
    """A cell worked out from shown counts (a change in per cent): ``compute`` gets each count as shown (an int or
    HIDDEN), so nothing hidden leaks through it."""

    compute: Callable[..., Cell]
    counts: tuple[Count | int, ...]


class Protection:
    """The counts of one report and the sums it publishes; with no threshold every count is shown."""

    def __init__(self, threshold: int | None) -> None:
        self.threshold = threshold if threshold and threshold > 0 else None
        self.values: list[int] = []
        self.equations: list[tuple[int, ...]] = []  # indexes of counts whose sum is published: parts, then total
        self.hidden: set[int] = set()
        self.resolved = False

    def count(self, value: int) -> Count:
        self.values.append(value)
        self.resolved = False
        return Count(len(self.values) - 1)

    def sums(self, total: Count, parts: Iterable[Count | int]) -> None:
        """The report shows ``total`` and every one of ``parts`` (a plain int part is shown as it is and known)."""
        indexes = tuple(p.index for p in parts if isinstance(p, Count))
        self.equations.append((*indexes, total.index))
        self.resolved = False

    def resolve(self) -> None:
        """Hide the counts below the threshold, then more until no published sum gives a hidden count away."""
        self.resolved = True
        self.hidden = set()
        if self.threshold is None:
            return
        values, hidden = self.values, self.hidden
        hidden.update(i for i, v in enumerate(values) if 0 < v < self.threshold)
        by_count: dict[int, list[int]] = {}
        for number, equation in enumerate(self.equations):
            for index in equation:
                by_count.setdefault(index, []).append(number)
        waiting = list(range(len(self.equations)))
        while waiting:
            equation = self.equations[waiting.pop()]
            if sum(1 for i in equation if i in hidden) != 1:
                continue
            total = equation[-1]
            visible = [i for i in equation if i not in hidden]
            # The smallest count above zero; the total only when no part is left; zeros last.
            choice = min(visible, key=lambda i: (values[i] == 0, i == total, values[i], i))
            hidden.add(choice)
            waiting.extend(by_count[choice])

    def shown(self, cell: Cell | Count | Derived) -> Cell:
        """``cell`` as the report shows it: a count or HIDDEN; anything else as it is."""
        if isinstance(cell, Count):
            if not self.resolved:
                self.resolve()
            return HIDDEN if cell.index in self.hidden else self.values[cell.index]
        if isinstance(cell, Derived):
            return cell.compute(*(self.shown(c) for c in cell.counts))
        return cell

    def any_hidden(self) -> bool:
        if not self.resolved:
            self.resolve()
        return bool(self.hidden)

    def fill(self, sections: list[Section], note: str = "") -> list[Section]:
        """``sections`` with every Count and Derived in their tables' rows replaced by what is shown; ``note``
        under each table that has a hidden cell."""
        filled = []
        for section in sections:
            tables = []
            for table in section.tables:
                if not isinstance(table.rows, list):  # streamed rows (the cases) hold no counts
                    tables.append(table)
                    continue
                rows = [tuple(self.shown(cell) for cell in row) for row in table.rows]
                has_hidden = any(isinstance(cell, Hidden) for row in rows for cell in row)
                table_note = " ".join(part for part in (table.note, note if has_hidden else "") if part)
                tables.append(replace(table, rows=rows, note=table_note))
            filled.append(replace(section, tables=tables))
        return filled
