"""The search field and its list of matching case types.

Staff keep typing while the patron talks: the field keeps focus, Up/Down move the highlighted result, Enter
picks it. The list itself can be reached with Tab for those who prefer it.

Built before the window's first paint, so, like main_window, it reaches ``Qt`` through ``QtCore`` only in code
that runs later: looking the namespace up makes PySide6 build all of its Python enums at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QToolButton, QVBoxLayout, QWidget

from deskhelp.ui.colours import WARNING, set_text_colour

if TYPE_CHECKING:  # the domain is loaded with the guidelines, after the window has painted
    from deskhelp.core.guidelines import CaseType, GuidelinePack
    from deskhelp.core.search import SearchHit

# Qt::ItemDataRole values (fixed in Qt's ABI; tests/ui/test_startup.py checks them against QtCore.Qt).
DISPLAY_ROLE = 0
USER_ROLE = 0x0100


class CaseTypeListModel(QAbstractListModel):
    """Case types in the order given; each row shows the title and, below it, area and mission verdict."""

    CaseTypeRole = USER_ROLE + 1
    SubtitleRole = USER_ROLE + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseType] = []
        self._pack: GuidelinePack | None = None
        self._language = "sv"

    def set_rows(self, rows: list[CaseType], pack: GuidelinePack, language: str) -> None:
        self.beginResetModel()
        self._rows, self._pack, self._language = rows, pack, language
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = DISPLAY_ROLE):
        if not index.isValid() or self._pack is None:
            return None
        from deskhelp.ui.labels import verdict_name  # loaded with the guidelines, after first paint

        Qt = QtCore.Qt  # noqa: N806 - the usual name, looked up only once there are rows
        case = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return case.title.get(self._language)
        verdict = verdict_name(case.mission) if case.in_guidelines else self.tr("log it, describe it")
        if role == self.SubtitleRole:
            return f"{self._pack.areas[case.area].title.get(self._language)} · {verdict}"
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return f"{case.title.get(self._language)}, {verdict}"
        if role == self.CaseTypeRole:
            return case.id
        return None


MIN_TITLE_CHARS = 18


class SearchPanel(QWidget):
    case_type_chosen = Signal(str)  # case type id
    query_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        self.results.setUniformItemSizes(True)
        self.results.setAlternatingRowColors(True)
        # Long titles are elided by the delegate, never scrolled to. Set by name, as Qt Designer does: the enum
        # itself is in ``Qt`` (see the module's docstring).
        self.results.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.model = CaseTypeListModel(self)
        self._delegate = None
        self.results.setModel(self.model)
        self.hint = QLabel(self)
        self.hint.setObjectName("searchHint")
        self.hint.setWordWrap(True)
        self._close_call = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.hint)
        layout.addWidget(self.results, 1)
        self.retranslate()
        self._keep_room()
        self._connect_signals()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Describe the errand in a few words (Ctrl+F)"))
        self.field.setAccessibleName(self.tr("Search for the errand"))
        self.results.setAccessibleName(self.tr("Matching kinds of errand"))
        self._show_hint()
        for button in self.field.findChildren(QToolButton):  # the field's own clear button
            button.setObjectName("clearSearchButton")
            button.setAccessibleName(self.tr("Clear the search"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._keep_room()
        super().changeEvent(event)

    def _keep_room(self) -> None:
        """Room for about 18 characters of a title whatever the text size: at 2.0x text on 1024x700 the questions
        beside the list took all but a sliver of it (issue 17); the questions scroll, the list does not."""
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * MIN_TITLE_CHARS)

    def _connect_signals(self) -> None:
        self.field.textChanged.connect(self.query_changed)
        self.field.returnPressed.connect(self._choose_current)
        self.results.activated.connect(self._on_activated)
        self.field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key, Key = event.key(), QtCore.Qt.Key  # noqa: N806
            if key in (Key.Key_Down, Key.Key_Up, Key.Key_PageDown, Key.Key_PageUp):
                self._move_selection(key)
                return True
        return super().eventFilter(watched, event)

    def _move_selection(self, key: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            return
        Key = QtCore.Qt.Key  # noqa: N806
        step = {Key.Key_Down: 1, Key.Key_Up: -1, Key.Key_PageDown: 5, Key.Key_PageUp: -5}[key]
        row = self.results.currentIndex().row() + step  # row() is -1 when nothing is highlighted yet
        self.results.setCurrentIndex(self.model.index(max(0, min(count - 1, row))))

    def show_results(
        self,
        rows: list[CaseType],
        pack: GuidelinePack,
        language: str,
        keep_current: bool = False,
        highlight_first: bool = True,
        close_call: bool = False,
    ) -> None:
        """Show ``rows`` with the best (first) highlighted, or, with ``keep_current``, the one highlighted now.
        Without ``highlight_first`` nothing is highlighted until staff move with Up/Down: the full list of an empty
        search is alphabetical, and a habitual double Enter must not log its first errand. A ``close_call``
        (core.search: the first two nearly equal) is said above the list, so staff look before they pick."""
        if self._delegate is None:
            # Made here, not in __init__: PySide6 builds QStyle's and QPalette's Python enums on first use, which
            # costs tens of milliseconds, and the list is empty until the guidelines load after first paint.
            from deskhelp.ui.case_type_delegate import CaseTypeDelegate

            self._delegate = CaseTypeDelegate(CaseTypeListModel.SubtitleRole, self.results)
            self.results.setItemDelegate(self._delegate)
        self._say_close_call(close_call)
        keep = self.current_case_type() if keep_current else None
        self.model.set_rows(rows, pack, language)
        ids = [row.id for row in rows]
        if keep in ids:
            self.results.setCurrentIndex(self.model.index(ids.index(keep)))
        elif rows and highlight_first:
            self.results.setCurrentIndex(self.model.index(0))
        else:
            self.results.setCurrentIndex(QModelIndex())

    def show_hits(self, hits: list[SearchHit], pack: GuidelinePack, language: str, keep_current: bool = False) -> None:
        """A search's hits, the best highlighted; a close call (core.search.close_call) is said above the list."""
        from deskhelp.core.search import close_call  # loaded with the index already: nothing before the first paint

        rows = [hit.case_type for hit in hits]
        self.show_results(rows, pack, language, keep_current, highlight_first=True, close_call=close_call(hits))

    def _say_close_call(self, close: bool) -> None:
        if close == self._close_call:
            return
        self._close_call = close
        self._show_hint()
        set_text_colour(self.hint, WARNING if close else None)

    def _show_hint(self) -> None:
        if self._close_call:
            self.hint.setText(self.tr("Close call: check that the first errand fits."))
        else:
            self.hint.setText(self.tr("Up/Down to choose, Enter to pick."))

    def current_case_type(self) -> str | None:
        index = self.results.currentIndex()
        return index.data(CaseTypeListModel.CaseTypeRole) if index.isValid() else None

    def _choose_current(self) -> None:
        if case_id := self.current_case_type():
            self.case_type_chosen.emit(case_id)

    def _on_activated(self, index: QModelIndex) -> None:
        self.case_type_chosen.emit(index.data(CaseTypeListModel.CaseTypeRole))
