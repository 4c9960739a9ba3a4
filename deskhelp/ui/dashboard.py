"""The team lead's window: what the desk has logged, for a period, a branch and a desk, in charts and in numbers.

Counting runs on a thread of its own (``StatsRefresher``): the window never freezes, shows progress, and can be
cancelled with Esc. Every chart has its numbers one click (or Space) away: each panel's Numbers button swaps the
chart for a table of the same counts. Names come from the guideline pack in the chosen language; a case type,
actor or resource no longer in the pack is shown by its id. Charts come from ``deskhelp.ui.charts`` only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import zip_longest
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from deskhelp.core.cases import READ_SCALE, Channel
from deskhelp.core.guidelines import GuidelinePack, Outcome
from deskhelp.core.statistics import Period, PeriodKind, Statistics, StatsFilter, by_area
from deskhelp.reports.model import ReportKind
from deskhelp.ui import charts
from deskhelp.ui.colours import ERROR, WARNING, set_text_colour
from deskhelp.ui.flow_layout import FlowLayout
from deskhelp.ui.labels import channel_name, effort_name, outcome_name
from deskhelp.ui.report_pdf import date_range_text
from deskhelp.ui.stats_worker import StatsRefresher, StatsResult

if TYPE_CHECKING:
    from deskhelp.service import DeskService

PERIOD_KINDS = (PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.TERM, PeriodKind.YEAR, PeriodKind.CUSTOM)
TOP_CASE_TYPES = 15
CHAFING_SHOWN = 200  # the latest ones: a list to read at a staff meeting; the inventory report has them all
TWO_COLUMNS_FROM = 1100  # px of panel area: two columns of panels at 1366 wide, one when narrower
DEBOUNCE_MS = 150  # clicking ◀ five times counts once
HELPED_HERE = (Outcome.HELPED_HERE, Outcome.PARTLY_REFERRED)  # helped here, fully or partly
REFERRALS = (Outcome.REFERRED, Outcome.PARTLY_REFERRED)
HEAT_LOW, HEAT_HIGH = QColor("#f4f8fc"), QColor("#1d4f7a")
TILE_BACKGROUND = QColor("#eef3f8")
DEMO_BACKGROUND = QColor("#fff1d6")
ERROR_BACKGROUND = QColor("#fde8e8")
EXPORT_FORMATS = ("csv", "xlsx", "pdf")


# -- small pieces ------------------------------------------------------------------------------------------------
def _name(widget: QWidget, object_name: str, accessible: str = "") -> None:
    widget.setObjectName(object_name)
    if accessible:
        widget.setAccessibleName(accessible)


def bucket_starts(period: Period) -> list[dt.date]:
    """The first day of every day, week (Monday) or month bucket of ``period``, as the counts are grouped."""
    kind = period.bucket()
    if kind == "day":
        return [period.start + dt.timedelta(days=n) for n in range(period.days)]
    if kind == "week":
        monday = period.start - dt.timedelta(days=period.start.weekday())
        return [monday + dt.timedelta(weeks=n) for n in range((period.end - monday).days // 7 + 1)]
    starts, first = [], period.start.replace(day=1)
    while first <= period.end:
        starts.append(first)
        first = (first + dt.timedelta(days=32)).replace(day=1)
    return starts


def change_percent(now: int, before: int) -> int | None:
    """The change from ``before`` to ``now`` in whole per cent; None when there was nothing before."""
    if before == 0:
        return None
    return round(100 * (now - before) / before)


class NumberItem(QTableWidgetItem):
    """A count, right-aligned, sorting as a number."""

    def __init__(self, value: int | float, text: str) -> None:
        super().__init__(text)
        self.setData(Qt.ItemDataRole.UserRole, value)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class WrapTable(QTableWidget):
    """A table whose rows grow to their wrapped text whenever its width changes (a hidden table has no width of its
    own yet: the rows are measured again when it is shown)."""

    wrap = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.wrap and event.size().width() != event.oldSize().width():
            self.resizeRowsToContents()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.wrap:
            self.resizeRowsToContents()


def _table(parent: QWidget, object_name: str) -> QTableWidget:
    table = WrapTable(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move inside it
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.setObjectName(object_name)
    table.horizontalHeader().setObjectName(f"{object_name}Columns")
    table.verticalHeader().setObjectName(f"{object_name}Rows")
    for button in table.findChildren(QAbstractButton):  # the corner button, with both headers shown
        button.setObjectName(f"{object_name}Corner")
    return table


def _name_table(table: QTableWidget, accessible: str) -> None:
    table.setAccessibleName(accessible)
    table.horizontalHeader().setAccessibleName(accessible)
    table.verticalHeader().setAccessibleName(accessible)
    for button in table.findChildren(QAbstractButton):
        button.setAccessibleName(accessible)


def fill_table(table: QTableWidget, columns: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Rows of text and counts; counts right-aligned, in the window's number format."""
    locale = QLocale()
    table.clear()
    table.setColumnCount(len(columns))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(list(columns))
    numeric = [False] * len(columns)
    for row, cells in enumerate(rows):
        for column, value in enumerate(cells):
            if isinstance(value, int | float) and not isinstance(value, bool):
                text = locale.toString(value) if isinstance(value, int) else locale.toString(value, "f", 1)
                table.setItem(row, column, NumberItem(value, text))
                numeric[column] = True
            else:
                table.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))
    header = table.horizontalHeader()
    for column, is_number in enumerate(numeric):
        item = table.horizontalHeaderItem(column)
        if is_number and item is not None:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        mode = QHeaderView.ResizeMode.ResizeToContents if is_number else QHeaderView.ResizeMode.Stretch
        header.setSectionResizeMode(column, mode)
    table.resizeRowsToContents()


def table_text(table: QTableWidget) -> list[list[str]]:
    """What a table shows, row by row (for tests and for copying)."""
    return [
        [table.item(row, column).text() if table.item(row, column) else "" for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


# -- panels ------------------------------------------------------------------------------------------------------
class Panel(QFrame):
    """A titled chart with its numbers behind a toggle; or a table only (the heat map, the lists)."""

    def __init__(self, key: str, parent: QWidget, has_chart: bool = True, wide: bool = False) -> None:
        super().__init__(parent)
        self.key = key
        self.wide = wide
        self.has_chart = has_chart
        self.setObjectName(f"panel_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setObjectName(f"{key}Title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.numbers_button = QPushButton(self)
        self.numbers_button.setObjectName(f"{key}Numbers")
        self.numbers_button.setCheckable(True)
        self.numbers_button.setVisible(has_chart)
        self.numbers_button.toggled.connect(self.show_numbers)
        self.table = _table(self, f"{key}Table")
        self.chart: QWidget | None = None
        self.empty = QLabel(self)
        self.empty.setObjectName(f"{key}Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_text_colour(self.empty, None)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.numbers_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.addLayout(heading)
        layout.addWidget(self.stack, 1)
        self.note = QLabel(self)
        self.note.setObjectName(f"{key}Note")
        self.note.setWordWrap(True)
        set_text_colour(self.note, None)
        self.note.hide()
        layout.addWidget(self.note)
        self.setMinimumHeight(260)

    def retranslate(self, title: str) -> None:
        self.title.setText(title)
        self.numbers_button.setText(self.tr("Numbers"))
        self.numbers_button.setToolTip(self.tr("Show the numbers behind the chart, or the chart again"))
        self.numbers_button.setAccessibleName(self.tr("Numbers: {0}").format(title))
        self.empty.setText(self.tr("No cases in this period"))
        _name_table(self.table, title)

    def set_chart(self, chart: QWidget | None) -> None:
        """Replace the chart (None: nothing to draw) and show it, or the numbers if they are asked for."""
        if self.chart is not None:
            self.stack.removeWidget(self.chart)
            self.chart.deleteLater()
        self.chart = chart
        if chart is not None:
            chart.setParent(self.stack)
            chart.setObjectName(f"{self.key}Chart")
            chart.setAccessibleName(self.title.text())
            self.stack.addWidget(chart)
            self.setMinimumHeight(max(260, chart.minimumHeight() + 60))
        self.show_numbers(self.numbers_button.isChecked())

    def fit_rows(self, most: int = 12) -> None:
        """A table-only panel as tall as its rows (up to ``most`` of them; the table scrolls beyond)."""
        rows = min(self.table.rowCount(), most)
        row_height = self.table.fontMetrics().lineSpacing() + 10  # measured rows are not laid out yet
        height = self.table.horizontalHeader().sizeHint().height() + rows * row_height
        self.setMinimumHeight(max(160, height + self.title.sizeHint().height() + 40))

    def show_numbers(self, numbers: bool) -> None:
        if not self.table.rowCount():
            self.stack.setCurrentWidget(self.empty)
        elif numbers or not self.has_chart:
            self.stack.setCurrentWidget(self.table)
        else:
            self.stack.setCurrentWidget(self.chart if self.chart is not None else self.empty)
        if self.numbers_button.isChecked() != numbers and self.has_chart:
            self.numbers_button.setChecked(numbers)

    def showing_numbers(self) -> bool:
        return self.stack.currentWidget() is self.table


class PanelGrid(QWidget):
    """Panels in two columns when there is room, in one when not; wide panels take a whole row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panelGrid")
        self.panels: list[Panel] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(12)
        self.columns = 0

    def add(self, panel: Panel) -> None:
        self.panels.append(panel)
        self._arrange(2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(2 if event.size().width() >= TWO_COLUMNS_FROM else 1)

    def _arrange(self, columns: int) -> None:
        if columns == self.columns and self.grid.count() == len(self.panels):
            return
        self.columns = columns
        for panel in self.panels:
            self.grid.removeWidget(panel)
        row, column = 0, 0
        for panel in self.panels:
            if panel.wide or columns == 1:
                if column:
                    row, column = row + 1, 0
                self.grid.addWidget(panel, row, 0, 1, columns)
                row += 1
                continue
            self.grid.addWidget(panel, row, column)
            column += 1
            if column == columns:
                row, column = row + 1, 0
        for index in range(2):
            self.grid.setColumnStretch(index, 1 if index < columns else 0)
        # Panels keep their order for Tab: the layout moves them, the focus chain follows creation order.


class Tile(QFrame):
    """A key figure: a big number over its caption."""

    def __init__(self, key: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, TILE_BACKGROUND)
        self.setPalette(palette)
        self.value = QLabel("–", self)
        self.value.setObjectName(f"{key}Value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(self)
        self.caption.setObjectName(f"{key}Caption")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setMinimumWidth(140)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        # Six tiles in one row from 1024 pixels wide; the captions wrap onto two lines.
        width = max(155, self.value.sizeHint().width() + 24)
        return QSize(width, self.layout().heightForWidth(width) if self.layout().hasHeightForWidth() else 0)

    def set(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.setAccessibleName(f"{caption}: {value}")


# -- the window --------------------------------------------------------------------------------------------------
class Dashboard(QMainWindow):
    export_requested = Signal(str, str)  # ReportKind value, "csv" | "xlsx" | "pdf"
    refreshed = Signal()  # new numbers are on screen
    refresh_failed = Signal(str)

    def __init__(
        self,
        database_path: Path,
        pack: GuidelinePack,
        library: str,
        language: str = "sv",
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.database_path = Path(database_path)
        self.pack = pack
        self.library = library
        self.language = language
        self.today = today or dt.date.today()
        self.period = Period.containing(PeriodKind.MONTH, self.today)
        self.result: StatsResult | None = None
        self._places: tuple[tuple[str, str], ...] = ()
        self.refresher = StatsRefresher(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)

        self._build_toolbar()
        self._build_top_bar()
        self._build_tiles()
        self._build_panels()
        central = QWidget(self)
        central.setObjectName("dashboardBody")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.demo_warning)
        layout.addWidget(self.message)
        layout.addWidget(self.tiles_row)
        layout.addWidget(self.scroll, 1)
        self.setCentralWidget(central)
        self._connect()
        self.retranslate()
        self._show_period()
        self.resize(1366, 768)

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
        for kind in ReportKind:
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
        self.compare = QCheckBox(bar)
        _name(self.compare, "compare")
        self.compare.setChecked(True)
        self.refresh_button = QPushButton(bar)
        _name(self.refresh_button, "refreshButton")
        self.progress = QProgressBar(bar)
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 100)
        self.progress.setFixedWidth(140)
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

    def _build_tiles(self) -> None:
        self.tiles_row = QWidget(self)
        self.tiles_row.setObjectName("tiles")
        flow = FlowLayout(self.tiles_row, spacing=10, line_spacing=8)
        self.tiles: dict[str, Tile] = {}
        for key in ("cases", "previous", "change", "helped", "referrals", "chafing"):
            tile = self.tiles[key] = Tile(key, self.tiles_row)
            flow.addWidget(tile)

    def _build_panels(self) -> None:
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("panels")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid = PanelGrid()
        self.panels: dict[str, Panel] = {}
        layout = (
            ("over_time", True, True),
            ("area", True, False),
            ("outcome", True, False),
            ("case_type", True, False),
            ("actor", True, False),
            ("channel", True, False),
            ("effort", True, False),
            ("missing", True, False),
            ("competence", False, False),
            ("weekday_hour", False, True),
            ("chafing", False, True),
        )
        for key, has_chart, wide in layout:
            panel = self.panels[key] = Panel(key, self.grid, has_chart, wide)
            self.grid.add(panel)
        self.scroll.setWidget(self.grid)

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
        self.refresher.running_changed.connect(self._on_running)
        self.refresher.finished.connect(self._on_finished)
        self.refresher.cancelled.connect(self._on_cancelled)
        self.refresher.failed.connect(self._on_failed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("DeskHelp – statistics for {0}").format(self.library))
        self.toolbar.setWindowTitle(self.tr("Export"))
        self.report_label.setText(self.tr("Report:") + " ")
        self.report_kind.setAccessibleName(self.tr("Report to export"))
        report_names = {
            ReportKind.SUMMARY: self.tr("Summary of every panel"),
            ReportKind.CASES: self.tr("Cases, one per row"),
            ReportKind.ACTORS: self.tr("Feedback to the actors"),
            ReportKind.INVENTORY: self.tr("Question inventory (chafing cases)"),
            ReportKind.DIGIDEL: self.tr("Digidel: case types and outcomes"),
        }
        for index, kind in enumerate(ReportKind):
            self.report_kind.setItemText(index, report_names[kind])
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
        titles = self.panel_titles()
        for key, panel in self.panels.items():
            panel.retranslate(titles[key])
        self._show_period()
        self._render()

    def panel_titles(self) -> dict[str, str]:
        return {
            "over_time": self.tr("Cases over time"),
            "area": self.tr("By area"),
            "outcome": self.tr("By outcome"),
            "case_type": self.tr("By kind of errand (the {0} most common)").format(TOP_CASE_TYPES),
            "actor": self.tr("Referrals by actor"),
            "channel": self.tr("By channel"),
            "effort": self.tr("Effort (READ scale)"),
            "missing": self.tr("Resources the patron lacked"),
            "competence": self.tr("Competence gaps – where to train"),
            "weekday_hour": self.tr("Weekday and hour"),
            "chafing": self.tr("Cases that chafed – for the staff meeting"),
        }

    def set_language(self, language: str) -> None:
        """Show the pack's names in ``language`` (the window's own strings follow through LanguageChange)."""
        self.language = language
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
        period = self.period
        if period.kind is PeriodKind.CUSTOM:
            shift = dt.timedelta(days=period.days * direction)
            self.set_period(Period(period.start + shift, period.end + shift, PeriodKind.CUSTOM))
        elif direction < 0:
            self.set_period(period.previous())
        else:
            self.set_period(Period.containing(period.kind, period.end + dt.timedelta(days=1)))

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
        self.refresher.start(self.database_path, self.stats_filter())

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
        palette.setColor(QPalette.ColorRole.Window, ERROR_BACKGROUND if error else TILE_BACKGROUND)
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
        # The cases report can run to a million rows: a spreadsheet's job, not a PDF's.
        self.export_actions["pdf"].setEnabled(self.report_kind.currentData() != ReportKind.CASES.value)

    def _export(self, file_format: str) -> None:
        self.export_requested.emit(self.report_kind.currentData(), file_format)

    def show_all_numbers(self, numbers: bool) -> None:
        for panel in self.panels.values():
            panel.show_numbers(numbers)

    # -- names ---------------------------------------------------------------------------------------------------
    def case_type_name(self, case_type_id: str) -> str:
        case = self.pack.case_types.get(case_type_id)
        return case.title.get(self.language) if case else case_type_id

    def actor_name(self, actor_id: str) -> str:
        actor = self.pack.actors.get(actor_id)
        return actor.name.get(self.language) if actor else actor_id

    def resource_name(self, resource_id: str) -> str:
        resource = self.pack.resources.get(resource_id)
        return resource.title.get(self.language) if resource else resource_id

    def area_name(self, area_id: str) -> str:
        if not area_id:
            return self.tr("Not in the current guidelines")
        area = self.pack.areas.get(area_id)
        return area.title.get(self.language) if area else area_id

    @staticmethod
    def _outcome_name(outcome: str) -> str:
        try:
            return outcome_name(Outcome(outcome))
        except ValueError:
            return outcome

    @staticmethod
    def _channel_name(channel: str) -> str:
        try:
            return channel_name(Channel(channel))
        except ValueError:
            return channel

    # -- showing the numbers -------------------------------------------------------------------------------------
    def _render(self) -> None:
        result = self.result
        if result is None:
            return
        now, before = result.current, result.previous
        compare = self.compare.isChecked()
        self._show_tiles(now, before)
        self._show_over_time(now, before, compare)
        area_of = {case.id: case.area for case in self.pack.case_types.values()}
        self._bars("area", [(self.area_name(a), n) for a, n in by_area(now, area_of)], self.tr("Area"))
        self._show_outcomes(now, before, compare)
        case_types = [(self.case_type_name(c), n) for c, n in now.by_case_type]
        self._bars("case_type", case_types, self.tr("Kind of errand"), chart_rows=TOP_CASE_TYPES)
        self._bars("actor", [(self.actor_name(a), n) for a, n in now.by_actor], self.tr("Actor"))
        channels = [(self._channel_name(c.value), now.by_channel.get(c.value, 0)) for c in Channel]
        channels += [(c, n) for c, n in now.by_channel.items() if c not in {ch.value for ch in Channel}]
        self._bars("channel", channels, self.tr("Channel"), keep_zeros=True)
        effort = [(effort_name(level), now.effort.get(level, 0)) for level in READ_SCALE]
        self._bars("effort", effort, self.tr("READ level"), keep_zeros=True)
        missing = [(self.resource_name(r), n) for r, n in now.missing_resources]
        self._bars("missing", missing, self.tr("Resource"))
        self._show_competence(now)
        self._show_heat_map(now)
        self._show_chafing(now)
        if self.all_numbers_action.isChecked():
            self.show_all_numbers(True)

    def _show_tiles(self, now: Statistics, before: Statistics) -> None:
        locale = QLocale()
        change = change_percent(now.total, before.total)
        helped = sum(now.by_outcome.get(o.value, 0) for o in HELPED_HERE)
        referrals = sum(now.by_outcome.get(o.value, 0) for o in REFERRALS)
        share = f"{round(100 * helped / now.total)} %" if now.total else "–"
        tiles = self.tiles
        tiles["cases"].set(locale.toString(now.total), self.tr("cases this period"))
        tiles["previous"].set(locale.toString(before.total), self.tr("cases the period before"))
        tiles["change"].set("–" if change is None else f"{change:+d} %", self.tr("change from the period before"))
        tiles["helped"].set(share, self.tr("helped here, fully or partly"))
        tiles["referrals"].set(locale.toString(referrals), self.tr("referred elsewhere"))
        tiles["chafing"].set(locale.toString(len(now.chafing)), self.tr("cases that chafed"))
        height = max(tile.sizeHint().height() for tile in tiles.values())
        for tile in tiles.values():
            tile.setFixedHeight(height)  # one even row, however the captions wrap
        if now.demo_cases:
            self.demo_warning.setText(
                self.tr("DEMO DATA: {0} of these {1} cases are made-up demonstration cases, not real ones.").format(
                    locale.toString(now.demo_cases), locale.toString(now.total)
                )
            )
        self.demo_warning.setVisible(now.demo_cases > 0)

    def _chart_or_empty(self, panel: Panel, make) -> None:
        panel.set_chart(make() if panel.table.rowCount() else None)

    def _bars(
        self,
        key: str,
        rows: list[tuple[str, int]],
        label: str,
        chart_rows: int | None = None,
        keep_zeros: bool = False,
    ) -> None:
        panel = self.panels[key]
        if not keep_zeros:
            rows = [row for row in rows if row[1]]
        has_any = any(count for _name, count in rows)
        fill_table(panel.table, [label, self.tr("Cases")], rows if has_any else [])
        shown = rows[:chart_rows] if chart_rows else rows
        labels = [name for name, _count in shown]
        series = {self.tr("Cases"): [count for _name, count in shown]}
        self._chart_or_empty(panel, lambda: charts.bar_chart("", labels, series))

    def _show_outcomes(self, now: Statistics, before: Statistics, compare: bool) -> None:
        panel = self.panels["outcome"]
        keys = [o.value for o in Outcome] + [k for k in now.by_outcome if k not in {o.value for o in Outcome}]
        names = [self._outcome_name(key) for key in keys]
        counts = [now.by_outcome.get(key, 0) for key in keys]
        earlier = [before.by_outcome.get(key, 0) for key in keys]
        this_name, before_name = self.tr("This period"), self.tr("Previous period")
        if compare:
            rows = [list(row) for row in zip(names, counts, earlier, strict=True)]
            fill_table(panel.table, [self.tr("Outcome"), this_name, before_name], rows if any(counts + earlier) else [])
            series = {this_name: counts, before_name: earlier}
        else:
            rows = [list(row) for row in zip(names, counts, strict=True)]
            fill_table(panel.table, [self.tr("Outcome"), self.tr("Cases")], rows if any(counts) else [])
            series = {self.tr("Cases"): counts}
        self._chart_or_empty(panel, lambda: charts.bar_chart("", names, series))

    def _show_over_time(self, now: Statistics, before: Statistics, compare: bool) -> None:
        panel = self.panels["over_time"]
        period = now.filter.period
        starts = bucket_starts(period)
        counts = dict(now.over_time)
        points = [(day, counts.get(day, 0)) for day in starts]
        previous_starts = bucket_starts(before.filter.period)
        previous_counts = dict(before.over_time)
        bucket = period.bucket()
        date_label = {"day": self.tr("Day"), "week": self.tr("Week from"), "month": self.tr("Month")}[bucket]
        date_format = "MMM yyyy" if bucket == "month" else "d MMM"
        if compare:
            rows = [
                [
                    day.isoformat() if day else "",
                    counts.get(day, 0) if day else "",
                    previous_day.isoformat() if previous_day else "",
                    previous_counts.get(previous_day, 0) if previous_day else "",
                ]
                for day, previous_day in zip_longest(starts, previous_starts)
            ]
            columns = [date_label, self.tr("Cases"), self.tr("Previous period"), self.tr("Cases then")]
            # The period before, laid over this one bucket by bucket (day 1 on day 1, week 1 on week 1).
            previous = [(day, previous_counts.get(p, 0)) for day, p in zip(starts, previous_starts, strict=False)]
        else:
            rows = [[day.isoformat(), counts.get(day, 0)] for day in starts]
            columns = [date_label, self.tr("Cases")]
            previous = None
        any_cases = now.total or (compare and before.total)
        fill_table(panel.table, columns, rows if any_cases else [])
        names = (self.tr("This period"), self.tr("Previous period"))
        self._chart_or_empty(panel, lambda: charts.line_chart("", points, previous, names, date_format=date_format))

    def _show_competence(self, now: Statistics) -> None:
        panel = self.panels["competence"]
        rows = [[self.case_type_name(c), nobody, colleague] for c, nobody, colleague in now.competence_gaps]
        fill_table(panel.table, [self.tr("Kind of errand"), self.tr("Nobody here"), self.tr("To a colleague")], rows)
        panel.fit_rows()
        panel.show_numbers(True)

    def _show_heat_map(self, now: Statistics) -> None:
        panel = self.panels["weekday_hour"]
        table = panel.table
        table.wrap = False
        hours = sorted({hour for _day, hour in now.weekday_hour})
        hours = list(range(hours[0], hours[-1] + 1)) if hours else []
        locale = QLocale()
        days = [locale.standaloneDayName(day + 1, QLocale.FormatType.LongFormat) for day in range(7)]
        days = [day[:1].upper() + day[1:] for day in days]
        table.clear()
        table.setRowCount(7 if hours else 0)
        table.setColumnCount(len(hours))
        table.setHorizontalHeaderLabels([f"{hour:02d}" for hour in hours])
        table.setVerticalHeaderLabels(days)
        table.verticalHeader().setVisible(bool(hours))
        largest = max(now.weekday_hour.values(), default=0)
        for day in range(7 if hours else 0):
            for column, hour in enumerate(hours):
                count = now.weekday_hour.get((day, hour), 0)
                item = NumberItem(count, locale.toString(count) if count else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                share = count / largest if largest else 0
                item.setBackground(_blend(HEAT_LOW, HEAT_HIGH, share))
                item.setForeground(QColor("white") if share > 0.55 else QColor("#1f2d3a"))
                item.setToolTip(self.tr("{0} {1}:00–{2}:00: {3} cases").format(days[day], hour, hour + 1, count))
                table.setItem(day, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setMinimumSectionSize(30)
        table.setToolTip(self.tr("Cases per weekday (rows) and hour (columns); darker is more"))
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() + 12)
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + 7 * table.rowHeight(0) + 4)
        panel.show_numbers(True)

    def _show_chafing(self, now: Statistics) -> None:
        panel = self.panels["chafing"]
        rows = [
            [case.occurred_on.isoformat(), self.case_type_name(case.case_type_id), case.reflection or "–"]
            for case in now.chafing[-CHAFING_SHOWN:]
        ]
        locale = QLocale()
        panel.note.setText(
            self.tr("The latest {0} of {1}; the question inventory report has them all.").format(
                locale.toString(len(rows)), locale.toString(len(now.chafing))
            )
        )
        panel.note.setVisible(len(rows) < len(now.chafing))
        fill_table(panel.table, [self.tr("Date"), self.tr("Kind of errand"), self.tr("Reflection")], rows)
        header = panel.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 260)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        panel.table.resizeRowsToContents()
        panel.fit_rows(10)
        panel.show_numbers(True)


def _blend(low: QColor, high: QColor, share: float) -> QColor:
    return QColor(
        round(low.red() + (high.red() - low.red()) * share),
        round(low.green() + (high.green() - low.green()) * share),
        round(low.blue() + (high.blue() - low.blue()) * share),
    )


def open_dashboard(parent: QWidget | None, service: DeskService) -> Dashboard:
    """Open the team lead's window beside the desk window, counting the current month."""
    language = getattr(parent, "_language", "sv")
    dashboard = Dashboard(service.db.path, service.pack, service.settings.library, language=language)
    if parent is not None:
        dashboard.setParent(parent, Qt.WindowType.Window)
    dashboard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dashboard.show()  # counts the current month once shown
    return dashboard
