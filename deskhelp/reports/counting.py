"""A ``ReportData`` that tells how many of the cases a report has read so far, for the progress of a long export.

The cases report counts its cases first (``case_counts``), then streams them (``cases`` as rows, or ``case_text`` as
text a few thousand at a time): this passes the count on, then how many have gone through, to ``progress(done,
total)``, at most every ``EVERY`` cases. Wrapping the data rather than the writers keeps the count the same for every
format and every source (this desk's database, a portable one, the central one). It also asks ``cancelled`` there:
the queries stop on a cancel by themselves, but once the last cases are fetched only this notices one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import islice

from deskhelp.core.statistics import StatsFilter
from deskhelp.storage.errors import Cancelled

EVERY = 5000  # cases between reports: a few per second of a million-case export, nothing to its speed

Progress = Callable[[int, int], None]  # (cases done, cases in all)


class CountedData:
    """``data`` (a ReportData), telling ``progress`` how far the cases have come; everything else passes through."""

    def __init__(self, data, progress: Progress | None, cancelled: Callable[[], bool] | None = None) -> None:
        self._data = data
        self._progress = progress or (lambda done, total: None)
        self._cancelled = cancelled or (lambda: False)
        self.total = 0

    def __getattr__(self, name: str):
        return getattr(self._data, name)

    def case_counts(self, f: StatsFilter) -> tuple[int, int]:
        total, demo = self._data.case_counts(f)
        self.total = total
        self._progress(0, total)
        return total, demo

    def _told(self, done: int) -> None:
        if self._cancelled():
            raise Cancelled()
        self.total = max(self.total, done)  # a case logged since the count
        self._progress(done, self.total)

    def cases(self, f: StatsFilter) -> Iterator[tuple]:
        rows, done = iter(self._data.cases(f)), 0
        while batch := list(islice(rows, EVERY)):
            yield from batch
            done += len(batch)
            self._told(done)

    def case_text(
        self, f: StatsFilter, rules, case_type_cells: Callable[[str], Sequence[str]], labels=None
    ) -> Iterator[str]:
        """Counted by line ends: a line end inside a quoted reflection counts too, which only hurries the count a
        little; it never goes past the total."""
        done = 0
        for text in self._data.case_text(f, rules, case_type_cells, labels):
            yield text
            done = min(done + text.count(rules.line_end), max(self.total, 1))
            self._told(done)
