"""How a case type looks in the search results: the title in bold, below it the area and the verdict.

Made as the desk gets ready (search_panel.show_results), so what PySide6 is slow to build waits until a row is
laid out or painted: the ``Qt`` namespace, whose Python enums are all built at its first look-up, and QStyle, whose
class alone takes 10 ms or more to make. Both are reached through their modules, in the methods that use them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QModelIndex, QObject, QSize
from PySide6.QtWidgets import QStyledItemDelegate

if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem


class CaseTypeDelegate(QStyledItemDelegate):
    """Two lines a row: the title in bold, and below it, smaller and muted, the area and the verdict."""

    PADDING = 6

    def __init__(self, subtitle_role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._subtitle_role = subtitle_role
        # QStyle's class, which paint() needs, is made one turn later: once the desk answers, before the first key.
        QtCore.QTimer.singleShot(0, self, lambda: QtWidgets.QStyle)

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QtGui.QFont(option.font)
        title.setBold(True)
        subtitle = QtGui.QFont(option.font)
        subtitle.setPointSizeF(option.font.pointSizeF() * 0.9)
        return title, subtitle

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        title, subtitle = self._fonts(option)
        height = QtGui.QFontMetrics(title).height() + QtGui.QFontMetrics(subtitle).height() + 2 * self.PADDING + 2
        return QSize(0, height)  # as wide as the list: long titles are elided, never scrolled sideways

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        Qt, QPalette, QStyle = QtCore.Qt, QtGui.QPalette, QtWidgets.QStyle  # noqa: N806 - the usual names
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QtWidgets.QApplication.style()
        text = option.text
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        colour = option.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QtGui.QColor(colour)
        muted.setAlphaF(0.75)
        title_font, subtitle_font = self._fonts(option)
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        painter.save()
        painter.setFont(title_font)
        painter.setPen(colour)
        title_metrics = QtGui.QFontMetrics(title_font)
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            title_metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(subtitle_font)
        painter.setPen(muted)
        subtitle = index.data(self._subtitle_role) or ""
        below = rect.adjusted(0, title_metrics.height() + 2, 0, 0)
        painter.drawText(
            below,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            QtGui.QFontMetrics(subtitle_font).elidedText(subtitle, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()
