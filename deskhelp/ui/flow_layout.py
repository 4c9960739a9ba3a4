"""A layout that places its items in a row and wraps them onto the next line when the row is full.

Qt has none built in (this follows Qt's own Flow Layout example). The desk uses it where a row of fields must
fit a 1366-pixel screen in one line, and wrap rather than clip at 200 % scaling or with large text.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(
        self,
        parent: QWidget | None = None,
        spacing: int = 12,
        line_spacing: int = 4,
        align_right: bool = False,
        one_line_hint: bool = False,
    ) -> None:
        super().__init__(parent)
        self._align_right = align_right  # each line against the right edge (a row of buttons ending in the default)
        # Asks for one line beside others in a row (a heading's buttons), wraps only when squeezed below that.
        self._one_line_hint = one_line_hint
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = line_spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        if not self._one_line_hint:
            return self.minimumSize()
        hints = [item.sizeHint() for item in self._visible()]
        margins = self.contentsMargins()
        width = sum(h.width() for h in hints) + self._spacing * max(0, len(hints) - 1)
        height = max((h.height() for h in hints), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """As wide as the widest item: everything else can wrap."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not (item.widget() and item.widget().isHidden())]

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[tuple[QLayoutItem, QSize]]] = []
        x = area.x()
        for item in self._visible():
            hint = item.sizeHint()
            if not lines or (x > area.x() and x + hint.width() > area.right() + 1):
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint))
            x += hint.width() + self._spacing
        y = area.y()
        for number, line in enumerate(lines):
            if number:
                y += self._line_spacing
            used = sum(hint.width() for _item, hint in line) + self._spacing * (len(line) - 1)
            x = area.x() + (max(0, area.width() - used) if self._align_right else 0)
            for item, hint in line:
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(min(hint.width(), area.width()), hint.height())))
                x += hint.width() + self._spacing
            y += max(hint.height() for _item, hint in line)
        return y - rect.y() + margins.bottom()
