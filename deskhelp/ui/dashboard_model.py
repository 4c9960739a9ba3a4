"""The dashboard's tables as Qt models: the numbers behind each chart, and the weekday-by-hour heat map.

Each panel's table is a view on one of these. ``set_rows()`` resets the model with new rows and headers (the headers
are translated by the panel that fills it, so they follow a language change with the next render). Counts are
right-aligned and written in the window's number format; the raw value stays under ``VALUE_ROLE`` for sorting and
for tests.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole  # the count (or text) itself, not its formatted text
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter
HEAT_LOW, HEAT_HIGH = QColor("#f4f8fc"), QColor("#1d4f7a")
HEAT_TEXT_DARK, HEAT_TEXT_LIGHT = QColor("#1f2d3a"), QColor("white")


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class StatsTableModel(QAbstractTableModel):
    """Rows of one panel: a label first, then counts (or text, or blanks where a compared period is shorter)."""

    LABEL = 0  # what the row counts: a name, a day, a month
    FIRST_COUNT = 1  # this period's count; in a comparison the previous period's follows

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[str] = []
        self._rows: list[list[object]] = []
        self._texts: list[list[str]] = []
        self._numeric: list[bool] = []

    def set_rows(self, columns: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        """Show ``rows`` under the (translated) ``columns``; a column holding any count is a column of counts."""
        locale = QLocale()
        self.beginResetModel()
        self._columns = list(columns)
        self._rows = [list(row) for row in rows]
        self._numeric = [any(_is_number(row[c]) for row in self._rows if c < len(row)) for c in range(len(columns))]
        self._texts = [[_text(value, locale) for value in row] for row in self._rows]
        self.endResetModel()

    def numeric_columns(self) -> list[bool]:
        return list(self._numeric)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.column() >= len(self._rows[index.row()]):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and _is_number(value):
            return RIGHT
        if role == VALUE_ROLE:
            return value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and self._numeric[section]:
                return RIGHT
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None


class HeatMapModel(QAbstractTableModel):
    """Cases per weekday (rows, Monday first) and hour (columns, from the earliest to the latest hour with cases);
    the darker a cell, the more cases."""

    DAYS = 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._days: list[str] = []
        self._hours: list[int] = []
        self._counts: dict[tuple[int, int], int] = {}
        self._largest = 0
        self._tooltip = ""

    def set_rows(self, days: Sequence[str], counts: dict[tuple[int, int], int], tooltip: str) -> None:
        """``counts`` by (weekday, hour); ``days`` names the weekdays; ``tooltip`` is a format for a cell: day,
        hour, the next hour, cases. Nothing counted: no rows and no columns."""
        hours = sorted({hour for _day, hour in counts})
        self.beginResetModel()
        self._days = list(days)
        self._hours = list(range(hours[0], hours[-1] + 1)) if hours else []
        self._counts = dict(counts)
        self._largest = max(counts.values(), default=0)
        self._tooltip = tooltip
        self.endResetModel()

    def hours(self) -> list[int]:
        return list(self._hours)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._hours else self.DAYS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hours)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        day, hour = index.row(), self._hours[index.column()]
        count = self._counts.get((day, hour), 0)
        share = count / self._largest if self._largest else 0
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().toString(count) if count else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTRE
        if role == Qt.ItemDataRole.BackgroundRole:
            return blend(HEAT_LOW, HEAT_HIGH, share)
        if role == Qt.ItemDataRole.ForegroundRole:
            return HEAT_TEXT_LIGHT if share > 0.55 else HEAT_TEXT_DARK
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip.format(self._days[day], hour, hour + 1, count)
        if role == VALUE_ROLE:
            return count
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._hours):
            return f"{self._hours[section]:02d}"
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._days):
            return self._days[section]
        return None


def _text(value: object, locale: QLocale) -> str:
    if _is_number(value):
        return locale.toString(value) if isinstance(value, int) else locale.toString(value, "f", 1)
    return "" if value is None else str(value)


def blend(low: QColor, high: QColor, share: float) -> QColor:
    return QColor(
        round(low.red() + (high.red() - low.red()) * share),
        round(low.green() + (high.green() - low.green()) * share),
        round(low.blue() + (high.blue() - low.blue()) * share),
    )
