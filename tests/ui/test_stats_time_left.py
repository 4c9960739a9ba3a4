"""The dashboard's count says how long is left in words once it has a rate to go by (issue 18): "cirka 20 s kvar".

A source that counts as slowly as a large central database would, on a clock of the test's own: no waiting, no
timing; the clock moves only when the source says a query has taken so long, and the time left is reckoned on the
counting thread as each share is done, so what the window hears does not depend on when it hears it.
"""

from __future__ import annotations

import datetime as dt

from deskhelp.core.statistics import Period, PeriodKind, StatsFilter
from deskhelp.ui.stats_worker import StatsRefresher


class SlowSource:
    """Each query takes ``step`` seconds of the test's clock; reports its share as the real service does."""

    def __init__(self, clock: list[float], step: float) -> None:
        self.clock, self.step = clock, step

    def branches_and_desks(self, cancelled):
        return ()

    def statistics(self, stats_filter, cancelled, progress):
        for percent in (25, 50, 75, 100):
            self.clock[0] += self.step
            progress(percent)
        return None  # the refresher hands the result on unread


def _period() -> StatsFilter:
    return StatsFilter(Period.containing(PeriodKind.MONTH, dt.date(2026, 10, 20)))


def test_a_long_count_says_the_time_left_in_words(qtbot) -> None:
    clock = [100.0]
    refresher = StatsRefresher(clock=lambda: clock[0])
    said: list[str] = []
    refresher.said.connect(said.append)
    refresher.start(SlowSource(clock, step=5.0), _period())
    qtbot.waitUntil(lambda: not refresher.is_running(), timeout=5000)
    assert said[0] == "%p %"  # a percentage until there is a rate
    # 5 % after 0 s; 5 + 45 * 25/100 = 16 % after 5 s: 5 * 84/16 = 26 s left, said as tens of seconds
    assert said[1] == "cirka 30 s kvar"
    assert said[-1] == "några sekunder kvar"
    assert all("kvar" in text for text in said[1:])


def test_a_quick_count_shows_only_the_percentage(qtbot) -> None:
    clock = [100.0]
    refresher = StatsRefresher(clock=lambda: clock[0])
    refresher.language = "en"
    said: list[str] = []
    refresher.said.connect(said.append)
    refresher.start(SlowSource(clock, step=0.1), _period())
    qtbot.waitUntil(lambda: not refresher.is_running(), timeout=5000)
    assert said == ["%p %"]
