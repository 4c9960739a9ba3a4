"""The editor's course links for staff (FORMAT.md, ``training``): a library adds the courses and pages its staff
learn from, each for framework competences or areas (seed 003), base-level services (seed 000) or case types;
the "Kompetensbehov" report and the dashboard show them beside the needs they train for."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from deskhelp.core.competence import BASE_SERVICES, FRAMEWORK_COMPETENCES
from deskhelp.ui.editor_forms import ItemForm


class TrainingForm(ItemForm):
    """One course link: its title, address and what it trains for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.line(("title",), self.tr("the course's or page's name"))
        self.url = self.line(("url",), "https://")
        self.framework = self.words(("framework",), self.tr("framework areas or competences, e.g. 4, 1.1"))
        self.services = self.words(("base_services",), self.tr("base-level services, e.g. email, copier-printer"))
        self.case_types = self.words(("case_types",), self.tr("case type ids, e.g. bankid"))
        self.fields = [self.title, self.url, self.framework, self.services, self.case_types]
        codes = ", ".join(f"{code} {sv}" for code, (sv, _en) in FRAMEWORK_COMPETENCES.items())
        help_text = QLabel(
            self.tr("Framework: {0}. Base-level services: {1}.").format(codes, ", ".join(BASE_SERVICES)), self
        )
        help_text.setWordWrap(True)
        box = self.group(
            self.tr("Course link for staff"),
            [
                (self.tr("T&itle"), self.title),
                (self.tr("Add&ress"), self.url),
                (self.tr("For framework"), self.framework),
                (self.tr("For base-level services"), self.services),
                (self.tr("For case types"), self.case_types),
            ],
        )
        box.layout().addRow("", help_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problem_label)
        layout.addWidget(box)
        self.load(None)


class TrainingPanel(QWidget):
    """The pack's course links: choose one, add or remove one; its form below."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: dict | None = None
        self.links = QComboBox(self)
        label = QLabel(self.tr("Co&urse links"), self)
        label.setBuddy(self.links)
        self.add = QPushButton(self.tr("Add a course &link"), self)
        self.add.clicked.connect(lambda _checked=False: self.add_link())
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.clicked.connect(lambda _checked=False: self.remove_link())
        self.form = TrainingForm(self)
        self.form.changed.connect(self._changed)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.links, 1)
        row.addWidget(self.add)
        row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.form)
        self.links.currentIndexChanged.connect(lambda _i: self._show())

    def focus_chain(self) -> list[QWidget]:
        return [self.links, self.add, self.remove, *self.form.fields]

    def load(self, data: dict, index: int | None = None) -> None:
        self.data = data
        self.links.blockSignals(True)
        self.links.clear()
        for entry in data.get("training", []):
            self.links.addItem(entry.get("title") or self.tr("(no title yet)"))
        if index is not None and self.links.count():
            self.links.setCurrentIndex(min(index, self.links.count() - 1))
        self.links.blockSignals(False)
        self.remove.setEnabled(bool(self.links.count()))
        self._show()

    def current_index(self) -> int | None:
        return self.links.currentIndex() if self.links.count() else None

    def _show(self) -> None:
        index = self.current_index()
        self.form.load(self.data["training"][index] if self.data is not None and index is not None else None)

    def _changed(self) -> None:
        index = self.current_index()
        if index is not None and self.data is not None:
            self.links.setItemText(index, self.data["training"][index].get("title") or self.tr("(no title yet)"))
        self.changed.emit()

    def add_link(self) -> None:
        if self.data is None:
            return
        links = self.data.setdefault("training", [])
        links.append({"title": "", "url": "https://"})
        self.load(self.data, len(links) - 1)
        self.changed.emit()
        self.form.title.setFocus()

    def remove_link(self) -> None:
        index = self.current_index()
        if self.data is None or index is None:
            return
        del self.data["training"][index]
        if not self.data["training"]:
            del self.data["training"]
        self.load(self.data, index)
        self.changed.emit()

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """The problems of the link shown (``problems`` as the editor has them: path, message)."""
        index = self.current_index()
        start = f"training[{index}]."
        self.form.show_problems([(p[len(start) :], m) for p, m in problems if p.startswith(start)])
