"""Counting for the dashboard on a thread of its own, so that the window never freezes and a refresh can be cancelled.

One ``StatsRefresher`` per dashboard. ``start()`` counts a filter's period and the period before it (for the
comparison and the "previous period" tile), and the branches and desks there are (for the filter combos), on a
fresh QThread. The counting is the application service's (``DeskService.statistics`` and
``branches_and_desks``): this module only runs it off the GUI thread. A newer ``start()`` cancels the running one;
its late results are dropped. ``cancel()`` sets the job's flag, which the service's queries (and the job between
them) poll: the service raises ``Cancelled``, and the refresher emits ``cancelled``. A job cancelled after its
last query is cancelled all the same: once ``cancel()`` has returned, ``finished`` will not come for that refresh.
Once a count has run a couple of seconds, ``said`` gives the progress bar's text as people read it, "cirka 20 s
kvar" (core.progress, from the share of the queries done so far; issue 18).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from deskhelp.core.progress import Estimate, time_left_text
from deskhelp.core.statistics import Period, Statistics, StatsFilter
from deskhelp.service import Cancelled, StorageError
from deskhelp.ui.messages import storage_message

log = logging.getLogger(__name__)
WAIT_ON_CLOSE_MS = 5000


@dataclass(frozen=True)
class StatsResult:
    current: Statistics
    previous: Statistics  # the same filter for the days compared with (core.comparison: like with like)
    places: tuple[tuple[str, str], ...]  # every (branch, desk) in the log, sorted


class StatisticsSource(Protocol):
    """What the refresher asks for (``DeskService`` is one); called on the worker thread."""

    def statistics(
        self, stats_filter: StatsFilter, cancelled: Callable[[], bool] | None, progress: Callable[[int], None] | None
    ) -> Statistics: ...

    def branches_and_desks(self, cancelled: Callable[[], bool] | None) -> tuple[tuple[str, str], ...]: ...


class _Job(QObject):
    """One refresh; lives on its own thread while it runs, then moves back to the main thread to be freed."""

    progress = Signal(int, int, object)  # job number, 0-100, seconds left (None: no rate to go by yet)
    finished = Signal(int, object)  # job number, StatsResult
    failed = Signal(int, object)  # job number, exception
    cancelled = Signal(int)  # job number

    def __init__(
        self, number: int, source: StatisticsSource, stats_filter: StatsFilter, compared: Period, clock: Callable
    ) -> None:
        super().__init__()
        self.estimate = Estimate(100, clock)  # the time left is reckoned here, when each share is done
        self.compared = compared
        self.number = number
        self.source = source
        self.filter = stats_filter
        self.flag = threading.Event()

    def _check(self) -> None:
        if self.flag.is_set():
            raise Cancelled()

    @Slot()
    def run(self) -> None:
        try:
            found = self.source.branches_and_desks(self.flag.is_set)
            self._check()
            self._say(5)
            current = self.source.statistics(self.filter, self.flag.is_set, self._progress(5, 50))
            self._check()
            before = replace(self.filter, period=self.compared)
            previous = self.source.statistics(before, self.flag.is_set, self._progress(50, 100))
            self._check()
            self.finished.emit(self.number, StatsResult(current, previous, found))
        except Cancelled:
            self.cancelled.emit(self.number)
        except Exception as error:  # noqa: BLE001 - every failure must end the refresh, not leave it spinning
            if not isinstance(error, StorageError):
                log.exception("counting the statistics failed")
            self.failed.emit(self.number, error)
        finally:
            self.moveToThread(QCoreApplication.instance().thread())

    def _say(self, percent: int) -> None:
        self.progress.emit(self.number, percent, self.estimate.seconds_left(percent))

    def _progress(self, low: int, high: int):
        def report(percent: int) -> None:
            self._check()  # between queries too: a small log answers each query before SQLite polls the flag
            self._say(low + round((high - low) * percent / 100))

        return report


class StatsRefresher(QObject):
    progress = Signal(int)  # 0-100
    said = Signal(str)  # the progress bar's format: "%p %", or the time left once there is a rate to go by
    finished = Signal(object)  # StatsResult
    cancelled = Signal()
    failed = Signal(str)  # a message for staff
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.language = "sv"  # of the time left; the dashboard keeps it with its own
        self._clock = clock
        self._count = 0
        self._current: _Job | None = None
        self._threads: dict[int, tuple[QThread, _Job]] = {}  # every job not yet finished, current or cancelled

    def is_running(self) -> bool:
        return self._current is not None

    def start(self, source: StatisticsSource, stats_filter: StatsFilter, compared: Period | None = None) -> None:
        """Count ``stats_filter`` and the days it is compared with (``compared``; None: the whole period before)
        from ``source`` (the service); a refresh already running is
        cancelled first."""
        if self._current is not None:
            self._current.flag.set()  # superseded: no "cancelled" for it, the new refresh carries on
        self._count += 1
        job = _Job(self._count, source, stats_filter, compared or stats_filter.period.previous(), self._clock)
        thread = QThread()
        thread.setObjectName(f"stats-{self._count}")
        job.moveToThread(thread)
        job.progress.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        thread.started.connect(job.run)  # called on the new thread; each ending signal reaps the thread
        self._threads[self._count] = (thread, job)
        was_running = self._current is not None
        self._current = job
        thread.start()
        if not was_running:
            self.running_changed.emit(True)
        self.said.emit("%p %")
        self.progress.emit(0)

    def cancel(self) -> None:
        """Stop the running refresh; ``cancelled`` follows at once (the thread stops within milliseconds)."""
        job = self._current
        if job is None:
            return
        job.flag.set()
        self._end()
        self.cancelled.emit()

    def shutdown(self) -> None:
        """Cancel everything and wait for the threads (before the window closes)."""
        if self._current is not None:
            self._current.flag.set()
            self._current = None
        for thread, job in list(self._threads.values()):
            job.flag.set()
            thread.quit()
            thread.wait(WAIT_ON_CLOSE_MS)
        self._threads.clear()

    def _is_current(self, number: int) -> bool:
        return self._current is not None and self._current.number == number and not self._current.flag.is_set()

    def _end(self) -> None:
        self._current = None
        self.running_changed.emit(False)

    @Slot(int, int, object)
    def _on_progress(self, number: int, percent: int, seconds_left: float | None) -> None:
        if self._is_current(number):
            self.progress.emit(percent)
            if seconds_left is not None:
                self.said.emit(time_left_text(seconds_left, self.language))

    @Slot(int, object)
    def _on_finished(self, number: int, result: StatsResult) -> None:
        self._reap(number)
        if self._is_current(number):
            self._end()
            self.finished.emit(result)

    @Slot(int, object)
    def _on_failed(self, number: int, error: Exception) -> None:
        self._reap(number)
        if self._is_current(number):
            self._end()
            message = storage_message(error) if isinstance(error, StorageError) else str(error)
            self.failed.emit(message)

    @Slot(int)
    def _on_cancelled(self, number: int) -> None:
        self._reap(number)
        if self._is_current(number):  # cancelled from inside, not by cancel() (which has said so already)
            self._end()
            self.cancelled.emit()

    def _reap(self, number: int) -> None:
        """The job has sent its last signal and is returning: end its thread (a moment) and let both go."""
        entry = self._threads.pop(number, None)
        if entry is not None:
            entry[0].quit()
            entry[0].wait()
