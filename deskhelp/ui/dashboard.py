"""The team lead's window: what the desk has logged, for a period, a branch and a desk, in charts and in numbers.

This module is the window: the export toolbar, the period and filter bar, and the counting. Counting runs on a
thread of its own (``StatsRefresher``, asking the application service): the window never freezes, shows progress,
and can be cancelled with Esc. What a count shows (tiles, panels, their tables) is ``StatsBoard``'s, in
``deskhelp.ui.dashboard_board``; the panel widgets are in ``dashboard_panels``, their table models in
``dashboard_model``. The window hears the desk window through ``DeskEvents``: a language change renames what it
shows, a logged or undone case counts again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from deskhelp.core.guidelines import GuidelinePack
from deskhelp.core.statistics import Period, PeriodKind, Statistics, StatsFilter
from deskhelp.printing.report import date_range_text
from deskhelp.reports.registry import REPORTS, spec
from deskhelp.ui.central import ReportSource
from deskhelp.ui.colours import ERROR, WARNING
from deskhelp.ui.dashboard_board import StatsBoard
from deskhelp.ui.dashboard_panels import TILE_BACKGROUND, Panel, Tile
from deskhelp.ui.events import DeskEvents
from deskhelp.ui.flow_layout import FlowLayout
from deskhelp.ui.stats_worker import StatsRefresher, StatsResult

if TYPE_CHECKING:
    from deskhelp.service import DeskService

PERIOD_KINDS = (PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.TERM, PeriodKind.YEAR, PeriodKind.CUSTOM)
DEBOUNCE_MS = 150  # clicking ◀ five times counts once
DEMO_BACKGROUND = QColor("#fff1d6")
ERROR_BACKGROUND = QColor("#fde8e8")
EXPORT_FORMATS = ("csv", "xlsx", "pdf")


def _name(widget: QWidget, object_name: str, accessible: str = "") -> None:
    widget.setObjectName(object_name)
    if accessible:
        widget.setAccessibleName(accessible)


# -- the window --------------------------------------------------------------------------------------------------
class Dashboard(QMainWindow):
    export_requested = Signal(str, str)  # ReportKind value, "csv" | "xlsx" | "pdf"
    refreshed = Signal()  # new numbers are on screen
    refresh_failed = Signal(str)

    def __init__(
        self,
        service: DeskService,
        language: str = "sv",
        today: dt.date | None = None,
        parent: QWidget | None = None,
        events: DeskEvents | None = None,
        clock: Callable[[], dt.date] | None = None,
    ) -> None:
        """``service`` counts (on the refresher's thread) and names (its active pack); ``events``, the desk window's
        hub, tells of language changes, new packs and cases logged or undone while the window is open. ``clock``
        says what day it is at each count (a dashboard may stay open overnight); ``today`` fixes it."""
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.service = service
        self.source = ReportSource(service)  # this PC's cases or the central database's (issue 15)
        self.language = language
        self._clock = clock or ((lambda: today) if today else dt.date.today)
        self.today = self._clock()
        self.period = Period.containing(PeriodKind.MONTH, self.today)
        self.result: StatsResult | None = None
        self._places: tuple[tuple[str, str], ...] = ()
        self.refresher = StatsRefresher(self)
        self.refresher.language = language
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)

        self._build_toolbar()
        self._build_top_bar()
        self.board = StatsBoard(self)
        # The board's parts, as the window's own: tests and the window's code reach them here.
        self.tiles: dict[str, Tile] = self.board.tiles
        self.panels: dict[str, Panel] = self.board.panels
        self.grid, self.scroll = self.board.grid, self.board.scroll
        central = QWidget(self)
        central.setObjectName("dashboardBody")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.demo_warning)
        layout.addWidget(self.message)
        layout.addWidget(self.board, 1)
        self.setCentralWidget(central)
        self._connect()
        if events is not None:
            self._listen(events)
        self.retranslate()
        self._show_period()
        self.resize(1366, 768)

    @property
    def pack(self) -> GuidelinePack:
        return self.service.pack  # the active pack, read anew: a pack change needs no copy kept up to date

    @property
    def library(self) -> str:
        return self.service.settings.library

    # -- building ----------------------------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        _name(self.toolbar, "exportToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.report_label = QLabel(self.toolbar)
        self.report_kind = QComboBox(self.toolbar)
        _name(self.report_kind, "reportKind")
        for kind in REPORTS:  # the report registry: a new report appears here without touching this window
            self.report_kind.addItem("", kind.value)
        self.report_label.setBuddy(self.report_kind)
        self.toolbar.addWidget(self.report_label)
        self.toolbar.addWidget(self.report_kind)
        self.export_actions: dict[str, QAction] = {}
        for file_format in EXPORT_FORMATS:
            action = QAction(self)
            action.setObjectName(f"export_{file_format}")
            action.triggered.connect(lambda _checked=False, f=file_format: self._export(f))
            self.toolbar.addAction(action)
            button = self.toolbar.widgetForAction(action)
            button.setObjectName(f"export{file_format.capitalize()}")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # toolbar buttons are skipped by Tab otherwise
            self.export_actions[file_format] = action
        self.toolbar.addSeparator()
        self.all_numbers_action = QAction(self)
        self.all_numbers_action.setObjectName("allNumbers")
        self.all_numbers_action.setCheckable(True)
        self.all_numbers_action.setShortcut(QKeySequence("Ctrl+T"))
        self.all_numbers_action.toggled.connect(self.show_all_numbers)
        self.toolbar.addAction(self.all_numbers_action)
        all_numbers_button = self.toolbar.widgetForAction(self.all_numbers_action)
        all_numbers_button.setObjectName("allNumbersButton")
        all_numbers_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for button in self.toolbar.findChildren(QAbstractButton):  # the » shown when the toolbar overflows
            if not button.objectName() or button.objectName().startswith("qt_"):
                button.setObjectName("toolbarMore")

    def _build_top_bar(self) -> None:
        bar = self.top_bar = QWidget(self)
        bar.setObjectName("topBar")
        self.period_kind = QComboBox(bar)
        _name(self.period_kind, "periodKind")
        for kind in PERIOD_KINDS:
            self.period_kind.addItem("", kind.value)
        self.period_kind.setCurrentIndex(PERIOD_KINDS.index(self.period.kind))
        self.period_kind_label = QLabel(bar)
        self.period_kind_label.setBuddy(self.period_kind)
        self.previous_button = QPushButton("◀", bar)
        _name(self.previous_button, "previousPeriod")
        self.next_button = QPushButton("▶", bar)
        _name(self.next_button, "nextPeriod")
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("◀") * 3 + 16)
        self.period_label = QLabel(bar)
        self.period_label.setObjectName("periodLabel")
        font = self.period_label.font()
        font.setBold(True)
        self.period_label.setFont(font)
        self.from_label, self.to_label = QLabel(bar), QLabel(bar)
        self.from_date, self.to_date = QDateEdit(bar), QDateEdit(bar)
        dates = ((self.from_date, "periodStart", self.from_label), (self.to_date, "periodEnd", self.to_label))
        for edit, name, label in dates:
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            label.setBuddy(edit)
        self.branch_label, self.desk_label = QLabel(bar), QLabel(bar)
        self.branch, self.desk = QComboBox(bar), QComboBox(bar)
        filters = ((self.branch, "branchFilter", self.branch_label), (self.desk, "deskFilter", self.desk_label))
        for combo, name, label in filters:
            combo.setObjectName(name)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(10)
            combo.addItem("", None)
            label.setBuddy(combo)
        self.where = QComboBox(bar)  # shown only when a central database is configured
        self.where.setObjectName("sourceChoice")
        self.where.addItems(["", ""])
        self.where.setVisible(getattr(self.service, "central", None) is not None)
        self.where.currentIndexChanged.connect(self._on_where)
        self.compare = QCheckBox(bar)
        _name(self.compare, "compare")
        self.compare.setChecked(True)
        self.refresh_button = QPushButton(bar)
        _name(self.refresh_button, "refreshButton")
        self.progress = QProgressBar(bar)
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 100)
        self.progress.setFixedWidth(160)  # "några sekunder kvar"
        self.cancel_button = QPushButton(bar)
        _name(self.cancel_button, "cancelButton")
        self.progress.hide()
        self.cancel_button.hide()

        def pair(*widgets: QWidget) -> QWidget:
            holder = QWidget(bar)
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            for widget in widgets:
                row.addWidget(widget)
            return holder

        self.custom_dates = pair(self.from_label, self.from_date, self.to_label, self.to_date)
        flow = FlowLayout(bar, spacing=14, line_spacing=6)
        for widget in (
            pair(self.period_kind_label, self.period_kind),
            pair(self.previous_button, self.period_label, self.next_button),
            self.custom_dates,
            pair(self.branch_label, self.branch),
            pair(self.desk_label, self.desk),
            *([self.where] if getattr(self.service, "central", None) is not None else []),
            self.compare,
            pair(self.refresh_button, self.progress, self.cancel_button),
        ):
            flow.addWidget(widget)
        self.demo_warning = QLabel(self)
        self.demo_warning.setObjectName("demoWarning")
        self.demo_warning.setWordWrap(True)
        self.demo_warning.setMargin(8)
        self.demo_warning.setAutoFillBackground(True)
        palette = self.demo_warning.palette()
        palette.setColor(QPalette.ColorRole.Window, DEMO_BACKGROUND)
        palette.setColor(QPalette.ColorRole.WindowText, QColor(WARNING))
        self.demo_warning.setPalette(palette)
        font = self.demo_warning.font()
        font.setBold(True)
        self.demo_warning.setFont(font)
        self.demo_warning.hide()
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setMargin(8)
        self.message.setAutoFillBackground(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

    def _connect(self) -> None:
        self.period_kind.currentIndexChanged.connect(self._on_kind_chosen)
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.from_date.dateChanged.connect(self._on_dates_changed)
        self.to_date.dateChanged.connect(self._on_dates_changed)
        self.branch.currentIndexChanged.connect(self._on_branch_chosen)
        self.desk.currentIndexChanged.connect(self.schedule_refresh)
        self.compare.toggled.connect(self._render)
        self.refresh_button.clicked.connect(self.refresh)
        self.cancel_button.clicked.connect(self.cancel)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.cancel)
        # Shortcuts of their own: a button's text with & would replace a shortcut set on the button.
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.refresh)
        QShortcut(QKeySequence("Alt+Left"), self, activated=self.previous_button.click)
        QShortcut(QKeySequence("Alt+Right"), self, activated=self.next_button.click)
        self.report_kind.currentIndexChanged.connect(self._on_report_kind)
        self.refresher.progress.connect(self.progress.setValue)
        self.refresher.said.connect(self.progress.setFormat)
        self.refresher.running_changed.connect(self._on_running)
        self.refresher.finished.connect(self._on_finished)
        self.refresher.cancelled.connect(self._on_cancelled)
        self.refresher.failed.connect(self._on_failed)

    def _on_where(self, index: int) -> None:
        self.source.central = index == 1
        self.schedule_refresh()

    def retranslate(self) -> None:
        self.where.setItemText(0, self.tr("This PC's cases"))
        self.where.setItemText(1, self.tr("Central database"))
        self.where.setAccessibleName(self.tr("Where the cases are read from"))
        self.setWindowTitle(self.tr("DeskHelp – statistics for {0}").format(self.library))
        self.toolbar.setWindowTitle(self.tr("Export"))
        self.report_label.setText(self.tr("Report:") + " ")
        self.report_kind.setAccessibleName(self.tr("Report to export"))
        for index, report in enumerate(REPORTS.values()):
            self.report_kind.setItemText(index, report.title(self.language))
        export_texts = {
            "csv": (self.tr("Export CSV"), self.tr("Save the report as a CSV file")),
            "xlsx": (self.tr("Export Excel"), self.tr("Save the report as an Excel workbook")),
            "pdf": (self.tr("Save PDF"), self.tr("Save the report as a PDF to print or send")),
        }
        for file_format, (text, tip) in export_texts.items():
            action = self.export_actions[file_format]
            action.setText(text)
            action.setToolTip(tip)
            self.toolbar.widgetForAction(action).setAccessibleName(text)
        self.all_numbers_action.setText(self.tr("All as numbers"))
        self.all_numbers_action.setToolTip(self.tr("Show every panel as a table of numbers (Ctrl+T)"))
        self.toolbar.widgetForAction(self.all_numbers_action).setAccessibleName(self.tr("All as numbers"))
        for button in self.toolbar.findChildren(QAbstractButton):
            if button.objectName() == "toolbarMore":
                button.setAccessibleName(self.tr("More export buttons"))
        kind_names = {
            PeriodKind.WEEK: self.tr("Week"),
            PeriodKind.MONTH: self.tr("Month"),
            PeriodKind.TERM: self.tr("Term"),
            PeriodKind.YEAR: self.tr("Year"),
            PeriodKind.CUSTOM: self.tr("Custom"),
        }
        for index, kind in enumerate(PERIOD_KINDS):
            self.period_kind.setItemText(index, kind_names[kind])
        self.period_kind_label.setText(self.tr("&Period:"))
        self.period_kind.setAccessibleName(self.tr("Kind of period"))
        self.previous_button.setAccessibleName(self.tr("Previous period"))
        self.previous_button.setToolTip(self.tr("Previous period (Alt+Left)"))
        self.next_button.setAccessibleName(self.tr("Next period"))
        self.next_button.setToolTip(self.tr("Next period (Alt+Right)"))
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&To"))
        self.from_date.setAccessibleName(self.tr("First day of the period"))
        self.to_date.setAccessibleName(self.tr("Last day of the period"))
        for edit in (self.from_date, self.to_date):
            line = edit.findChild(QLineEdit)
            if line is not None:
                line.setObjectName(f"{edit.objectName()}Text")
                line.setAccessibleName(edit.accessibleName())
        self.branch_label.setText(self.tr("&Branch:"))
        self.desk_label.setText(self.tr("&Desk:"))
        self.branch.setAccessibleName(self.tr("Branch"))
        self.desk.setAccessibleName(self.tr("Desk"))
        for combo in (self.branch, self.desk):
            combo.setItemText(0, self.tr("All"))
        self.compare.setText(self.tr("&Compare with the previous period"))
        self.compare.setAccessibleName(self.tr("Compare with the previous period"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Count again (F5)"))
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop counting (Esc)"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the refresh"))
        self.progress.setAccessibleName(self.tr("Counting"))
        self.board.retranslate()
        self._show_period()
        self._render()

    def _listen(self, events: DeskEvents) -> None:
        events.language_changed.connect(self.set_language)
        events.pack_changed.connect(self._render)
        events.case_logged.connect(self._on_log_changed)
        events.case_undone.connect(self._on_log_changed)
        events.cases_collected.connect(self._on_log_changed)

    def _on_log_changed(self, _case_id: int) -> None:
        """A case was logged or taken back at this desk: count again, if the numbers are on screen already (the
        first count waits for the window to be shown)."""
        if self.result is not None or self.refresher.is_running():
            self.schedule_refresh()

    def set_language(self, language: str) -> None:
        """Show the pack's names in ``language`` (the window's own strings follow through LanguageChange)."""
        self.language = self.refresher.language = language
        self._show_period()
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- period and filters --------------------------------------------------------------------------------------
    def current_kind(self) -> PeriodKind:
        return PeriodKind(self.period_kind.currentData())

    def set_period(self, period: Period) -> None:
        """Show ``period`` (its kind chosen in the combo) and count it."""
        self.period = period
        self.period_kind.blockSignals(True)
        self.period_kind.setCurrentIndex(PERIOD_KINDS.index(period.kind))
        self.period_kind.blockSignals(False)
        self._show_period()
        self.schedule_refresh()

    def _on_kind_chosen(self) -> None:
        kind = self.current_kind()
        if kind is PeriodKind.CUSTOM:
            self.set_period(Period(self.period.start, self.period.end, PeriodKind.CUSTOM))
            self.from_date.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        anchor = self.today if self.period.start <= self.today <= self.period.end else self.period.start
        self.set_period(Period.containing(kind, anchor))

    def _step(self, direction: int) -> None:
        self.set_period(self.period.previous() if direction < 0 else self.period.following())

    def _on_dates_changed(self) -> None:
        start, end = self.from_date.date().toPython(), self.to_date.date().toPython()
        if end < start:  # keep the period valid: the other end follows
            edit, value = (self.to_date, start) if self.sender() is self.from_date else (self.from_date, end)
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.blockSignals(False)
            start, end = min(start, end), max(start, end)
        self.period = Period(start, end, PeriodKind.CUSTOM)
        self._show_period()
        self.schedule_refresh()

    def _show_period(self) -> None:
        period = self.period
        custom = period.kind is PeriodKind.CUSTOM
        self.custom_dates.setVisible(custom)
        for edit, day in ((self.from_date, period.start), (self.to_date, period.end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.period_label.setText(self.period_name(period))
        self.period_label.setAccessibleName(self.period_label.text())
        self.next_button.setEnabled(period.end < self.today)  # nothing is logged in the future

    def period_name(self, period: Period) -> str:
        dates = date_range_text(period.start, period.end, self.language)
        if period.kind is PeriodKind.WEEK:
            return self.tr("Week {0}: {1}").format(period.start.isocalendar().week, dates)
        if period.kind is PeriodKind.MONTH:
            name = QLocale(self.language).toString(QDate(period.start.year, period.start.month, 1), "MMMM yyyy")
            return name[:1].upper() + name[1:]
        if period.kind is PeriodKind.TERM:
            if period.start.month == 1:
                return self.tr("Spring term {0}").format(period.start.year)
            return self.tr("Autumn term {0}").format(period.start.year)
        if period.kind is PeriodKind.YEAR:
            return str(period.start.year)
        return dates

    def _on_branch_chosen(self) -> None:
        self._fill_desks()
        self.schedule_refresh()

    def _fill_combo(self, combo: QComboBox, values: Sequence[str]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value in values:
            combo.addItem(value, value)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _fill_desks(self) -> None:
        branch = self.branch.currentData()
        desks = sorted({desk for b, desk in self._places if branch is None or b == branch})
        self._fill_combo(self.desk, desks)

    def stats_filter(self) -> StatsFilter:
        return StatsFilter(self.period, branch=self.branch.currentData(), desk=self.desk.currentData())

    # -- counting ------------------------------------------------------------------------------------------------
    def schedule_refresh(self) -> None:
        self._debounce.start()

    def refresh(self) -> None:
        """Count the chosen period and filters now (F5); a refresh already running is cancelled."""
        self._debounce.stop()
        self.message.hide()
        self._follow_the_date()
        from deskhelp.core.comparison import comparison_period

        self.refresher.start(self.source, self.stats_filter(), comparison_period(self.period, self.today))

    def _follow_the_date(self) -> None:
        """A new day since the last count: a period that showed "now" (this week, month...) moves on to the new
        one, as a team lead who left the dashboard open overnight expects; a period chosen in the past stays."""
        day = self._clock()
        if day == self.today:
            return
        was_current = self.period.kind is not PeriodKind.CUSTOM and self.period.start <= self.today <= self.period.end
        self.today = day
        if was_current and not self.period.start <= day <= self.period.end:
            self.period = Period.containing(self.period.kind, day)
        self._show_period()

    def cancel(self) -> None:
        self._debounce.stop()
        if self.refresher.is_running():
            self.refresher.cancel()

    def _on_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        if running:
            self.progress.setValue(0)
        elif self.cancel_button.hasFocus():
            self.refresh_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_finished(self, result: StatsResult) -> None:
        self.result = result
        if result.places != self._places:
            self._places = result.places
            self._fill_combo(self.branch, sorted({branch for branch, _desk in result.places}))
            self._fill_desks()
        self._render()
        self.refreshed.emit()

    def _on_cancelled(self) -> None:
        text = self.tr("Counting was cancelled.")
        if self.result is not None:
            shown = self.period_name(self.result.current.filter.period)
            text += " " + self.tr("The figures shown are for {0}.").format(shown)
        self._show_message(text, error=False)

    def _on_failed(self, message: str) -> None:
        self._show_message(self.tr("The statistics could not be counted.") + "\n" + message, error=True)
        self.refresh_failed.emit(message)

    def _show_message(self, text: str, error: bool) -> None:
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.Window, ERROR_BACKGROUND if error else QColor(TILE_BACKGROUND))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR if error else "#1f2d3a"))
        self.message.setPalette(palette)
        self.message.setText(text)
        self.message.show()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.result is None and not self.refresher.is_running():
            self.schedule_refresh()  # the first count, once the window is on screen

    def closeEvent(self, event) -> None:
        self._debounce.stop()
        self.refresher.shutdown()
        super().closeEvent(event)

    # -- export --------------------------------------------------------------------------------------------------
    def _on_report_kind(self) -> None:
        # Each report's formats come from the registry: the cases report, a million rows, is no PDF.
        formats = spec(self.report_kind.currentData()).formats
        for file_format, action in self.export_actions.items():
            action.setEnabled(file_format in formats)

    def _export(self, file_format: str) -> None:
        self.export_requested.emit(self.report_kind.currentData(), file_format)

    def show_all_numbers(self, numbers: bool) -> None:
        self.board.show_all_numbers(numbers)

    # -- showing the numbers -------------------------------------------------------------------------------------
    def _render(self) -> None:
        result = self.result
        if result is None:
            return
        self.board.render(result, self.pack, self.language, self.compare.isChecked())
        self._show_demo_warning(result.current)
        if self.all_numbers_action.isChecked():
            self.show_all_numbers(True)

    def _show_demo_warning(self, now: Statistics) -> None:
        if now.demo_cases:
            locale = QLocale()
            self.demo_warning.setText(
                self.tr("DEMO DATA: {0} of these {1} cases are made-up demonstration cases, not real ones.").format(
                    locale.toString(now.demo_cases), locale.toString(now.total)
                )
            )
        self.demo_warning.setVisible(now.demo_cases > 0)


def open_dashboard(parent: QWidget | None, service: DeskService, events: DeskEvents | None = None) -> Dashboard:
    """Open the team lead's window beside the desk window, counting the current month; ``events`` is the desk
    window's hub, so a language change, a new pack or a logged case reaches the open dashboard."""
    language = getattr(parent, "_language", "sv")
    dashboard = Dashboard(service, language=language, events=events)
    if parent is not None:
        dashboard.setParent(parent, Qt.WindowType.Window)
    dashboard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dashboard.show()  # counts the current month once shown
    return dashboard
