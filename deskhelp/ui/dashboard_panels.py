"""The dashboard's widgets: a titled panel (a chart, and its numbers behind a toggle), the grid that lays panels out
in one or two columns, and a tile for a key figure. What goes into them is ``deskhelp.ui.dashboard_board``'s.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskhelp.ui.colours import set_text_colour
from deskhelp.ui.dashboard_model import StatsTableModel

TWO_COLUMNS_FROM = 1100  # px of panel area: two columns of panels at 1366 wide, one when narrower
TILE_BACKGROUND = "#eef3f8"


# -- tables ------------------------------------------------------------------------------------------------------
class WrapTable(QTableView):
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


def make_table(parent: QWidget, object_name: str, model: QAbstractTableModel) -> WrapTable:
    table = WrapTable(parent)
    table.setModel(model)
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


def name_table(table: QTableView, accessible: str) -> None:
    table.setAccessibleName(accessible)
    table.horizontalHeader().setAccessibleName(accessible)
    table.verticalHeader().setAccessibleName(accessible)
    for button in table.findChildren(QAbstractButton):
        button.setAccessibleName(accessible)


def fill_table(table: QTableView, columns: list[str], rows: list[list[object]] | list[tuple]) -> None:
    """Rows of text and counts into the table's ``StatsTableModel``: counts right-aligned and as narrow as they
    need, text columns sharing the rest of the width."""
    model = table.model()
    assert isinstance(model, StatsTableModel)
    model.set_rows(columns, rows)
    header = table.horizontalHeader()
    for column, is_number in enumerate(model.numeric_columns()):
        mode = QHeaderView.ResizeMode.ResizeToContents if is_number else QHeaderView.ResizeMode.Stretch
        header.setSectionResizeMode(column, mode)
    table.resizeRowsToContents()


def table_text(table: QTableView) -> list[list[str]]:
    """What a table shows, row by row (for tests and for copying)."""
    model = table.model()
    return [
        [model.index(row, column).data() or "" for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


# -- panels ------------------------------------------------------------------------------------------------------
class Panel(QFrame):
    """A titled chart with its numbers behind a toggle; or a table only (the heat map, the lists)."""

    def __init__(
        self,
        key: str,
        parent: QWidget,
        has_chart: bool = True,
        wide: bool = False,
        model: QAbstractTableModel | None = None,
    ) -> None:
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
        self.model = model if model is not None else StatsTableModel(self)
        self.table = make_table(self, f"{key}Table", self.model)
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
        name_table(self.table, title)

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
        rows = min(self.model.rowCount(), most)
        row_height = self.table.fontMetrics().lineSpacing() + 10  # measured rows are not laid out yet
        height = self.table.horizontalHeader().sizeHint().height() + rows * row_height
        self.setMinimumHeight(max(160, height + self.title.sizeHint().height() + 40))

    def show_numbers(self, numbers: bool) -> None:
        if not self.model.rowCount():
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
        palette.setColor(QPalette.ColorRole.Window, QColor(TILE_BACKGROUND))
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
        self.updateGeometry()  # the height follows the caption's lines: the row is laid out again
