"""The guideline editor's forms: one local actor, or one case type, bound field by field to the pack's plain data.

A form changes the data dict it was given (the same dict the pack file is written from) as staff type; the editor
checks the whole pack with the reader's own rules after every change and hands each form the problems that concern
its item, which the form shows beside the field they name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskhelp.core.guidelines import DURATION_BUCKETS, ESTABLISHED_LEVELS, TIMES_FIELDS, Outcome, Verdict
from deskhelp.ui.colours import WARNING
from deskhelp.ui.labels import outcome_name

Path = tuple[str, ...]
PROBLEM_STYLE = f"border: 2px solid {WARNING};"


def get_in(data: dict[str, Any], path: Path) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def set_in(data: dict[str, Any], path: Path, value: Any) -> None:
    """Set ``value`` at ``path``; an empty value removes the key, and a mapping left empty goes with it."""
    parents = [data]
    for key in path[:-1]:
        child = parents[-1].get(key)
        if not isinstance(child, dict):
            child = {}
            parents[-1][key] = child
        parents.append(child)
    if value in (None, "", [], False):
        parents[-1].pop(path[-1], None)
    else:
        parents[-1][path[-1]] = value
    for depth in range(len(path) - 1, 0, -1):  # prune what is now empty, innermost first
        if parents[depth]:
            break
        parents[depth - 1].pop(path[depth - 1], None)


def add_option(box: QListWidget, value: str, label: str) -> None:
    """One id to tick in a list made by ItemForm.ids."""
    entry = QListWidgetItem(f"{label}  ({value})")
    entry.setData(Qt.ItemDataRole.UserRole, value)
    entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    entry.setCheckState(Qt.CheckState.Unchecked)
    box.addItem(entry)


class _Binding:
    """One widget bound to one place in the item's data."""

    def __init__(self, widget: QWidget, path: Path, read: Callable[[], Any], write: Callable[[Any], None]) -> None:
        self.widget, self.path, self.read, self.write = widget, path, read, write
        self.help = ""  # the field's own tooltip, shown again once its problem is put right
        self.dotted = ".".join(path)


class ItemForm(QWidget):
    """A form over one dict of the pack's data; emits ``changed`` after it changed the dict."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: dict[str, Any] | None = None
        self._bindings: list[_Binding] = []
        self._loading = False
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {WARNING};")
        self.problem_label.hide()

    # -- building ---------------------------------------------------------------------------------------------
    def line(self, path: Path, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        self._bind(edit, path, lambda: edit.text().strip(), lambda v: edit.setText("" if v is None else str(v)))
        edit.textEdited.connect(lambda _t: self._store())
        return edit

    def words(self, path: Path, placeholder: str = "", lines: int = 1) -> QWidget:
        """A comma-separated list (keywords, languages, ids)."""
        edit: QWidget
        if lines > 1:
            edit = self._plain(lines)
            getter, setter = edit.toPlainText, edit.setPlainText
            edit.textChanged.connect(self._store)
        else:
            edit = QLineEdit(self)
            getter, setter = edit.text, edit.setText
            edit.textEdited.connect(lambda _t: self._store())
        edit.setPlaceholderText(placeholder)

        def read() -> list[str]:
            return [part.strip() for part in getter().replace("\n", ",").split(",") if part.strip()]

        self._bind(edit, path, read, lambda v: setter(", ".join(str(x) for x in v or [])))
        return edit

    def _plain(self, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        return edit

    def ids(self, path: Path, options: list[tuple[str, str]], rows: int = 6) -> QListWidget:
        """A list of ids to tick (Space), from ``options`` (id, name). The order already chosen is kept (actors are
        shown to staff in that order); a newly ticked id goes last."""
        box = QListWidget(self)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * rows + 16)
        for value, label in options:
            add_option(box, value, label)
        known = [value for value, _label in options]

        def read() -> list[str]:
            known[:] = [box.item(i).data(Qt.ItemDataRole.UserRole) for i in range(box.count())]  # options added since
            ticked = {
                box.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(box.count())
                if box.item(i).checkState() == Qt.CheckState.Checked
            }
            before = [v for v in (get_in(self.item, path) or []) if v in ticked or v not in known]
            return before + [v for v in known if v in ticked and v not in before]

        def write(value: Any) -> None:
            chosen = set(value or [])
            for i in range(box.count()):
                entry = box.item(i)
                entry.setCheckState(
                    Qt.CheckState.Checked if entry.data(Qt.ItemDataRole.UserRole) in chosen else Qt.CheckState.Unchecked
                )

        self._bind(box, path, read, write)
        box.itemChanged.connect(lambda _item: self._store())
        # Enter ticks too: Space may be taken by the list's type-to-find while a name with spaces is being typed.
        box.itemActivated.connect(
            lambda entry: entry.setCheckState(
                Qt.CheckState.Unchecked if entry.checkState() == Qt.CheckState.Checked else Qt.CheckState.Checked
            )
        )
        return box

    def text(self, path: Path, language: str, lines: int = 1) -> QWidget:
        """One language of a localized text. An empty language stays as "" while another language has text, so
        the reader says "is empty" where the text is; with no language left the whole text goes."""
        if lines > 1:
            edit: QWidget = self._plain(lines)
            getter, setter = edit.toPlainText, edit.setPlainText
            edit.textChanged.connect(self._store)
        else:
            edit = QLineEdit(self)
            getter, setter = edit.text, edit.setText
            edit.textEdited.connect(lambda _t: self._store())

        def write_text(value: Any) -> None:
            setter("" if value is None else str(value))

        self._bind(edit, (*path, language), lambda: getter().strip(), write_text, localized=True)
        return edit

    def choice(self, path: Path, options: list[tuple[str | None, str]]) -> QComboBox:
        combo = QComboBox(self)
        for value, label in options:
            combo.addItem(label, value)

        def write(value: Any) -> None:
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))

        self._bind(combo, path, combo.currentData, write)
        combo.currentIndexChanged.connect(lambda _i: self._store())
        return combo

    def number(self, path: Path, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        self._bind(spin, path, spin.value, lambda v: spin.setValue(int(v) if isinstance(v, int) else low))
        spin.valueChanged.connect(lambda _v: self._store())
        return spin

    def flag(self, path: Path, label: str) -> QCheckBox:
        box = QCheckBox(label, self)
        box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # a long label must not widen
        self._bind(box, path, box.isChecked, lambda v: box.setChecked(v is True))
        box.toggled.connect(lambda _b: self._store())
        return box

    def _bind(self, widget: QWidget, path: Path, read, write, localized: bool = False) -> None:
        binding = _Binding(widget, path, read, write)
        binding.localized = localized  # type: ignore[attr-defined]
        self._bindings.append(binding)

    def group(self, title: str, rows: list[tuple[str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above the fields when narrow
        for label_text, widget in rows:
            label = QLabel(label_text, box)
            label.setBuddy(widget)
            form.addRow(label, widget)
        return box

    # -- data ---------------------------------------------------------------------------------------------------
    def load(self, item: dict[str, Any] | None) -> None:
        self.item = item
        self._loading = True
        try:
            for binding in self._bindings:
                binding.write(get_in(item, binding.path) if item is not None else None)
        finally:
            self._loading = False
        self.setEnabled(item is not None)

    def _store(self) -> None:
        if self._loading or self.item is None:
            return
        for binding in self._bindings:
            value = binding.read()
            if getattr(binding, "localized", False) and not value:
                siblings = get_in(self.item, binding.path[:-1])
                if isinstance(siblings, dict) and any(v for k, v in siblings.items() if k != binding.path[-1]):
                    value = ""  # kept, so that the reader names this language as empty
                    parent = siblings
                    parent[binding.path[-1]] = ""
                    continue
            set_in(self.item, binding.path, value)
        self.changed.emit()

    # -- problems -----------------------------------------------------------------------------------------------
    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """Problems of this item, as (path within the item, message): marked on their field, listed on top."""
        marked: dict[int, list[str]] = {}
        for where, message in problems:
            for index, binding in enumerate(self._bindings):
                if binding.dotted == where or binding.dotted.startswith(where + ".") and where:
                    marked.setdefault(index, []).append(message)
                    break
        for index, binding in enumerate(self._bindings):
            messages = marked.get(index)
            binding.widget.setStyleSheet(PROBLEM_STYLE if messages else "")
            if not messages and binding.widget.toolTip() and not binding.widget.styleSheet():
                binding.help = binding.widget.toolTip()
            binding.widget.setToolTip("\n".join(messages) if messages else binding.help)
            binding.widget.setAccessibleDescription("\n".join(messages) if messages else "")
        lines = [f"{where}: {message}" if where else message for where, message in problems]
        self.problem_label.setText("\n".join(lines))
        self.problem_label.setVisible(bool(lines))

    def widget_at(self, dotted: str) -> QWidget | None:
        for binding in self._bindings:
            if binding.dotted == dotted or binding.dotted.startswith(dotted + "."):
                return binding.widget
        return None


class ActorForm(ItemForm):
    """A local actor: contacts, opening hours, address, languages, the library's mapping, and when it was checked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.name_sv = self.text(("name",), "sv")
        self.name_en = self.text(("name",), "en")
        self.helps_sv = self.text(("helps_with",), "sv", lines=3)
        self.helps_en = self.text(("helps_with",), "en", lines=2)
        self.note_sv = self.text(("staff_note",), "sv", lines=2)
        self.note_en = self.text(("staff_note",), "en", lines=2)
        self.about_fields = [self.name_sv, self.name_en, self.helps_sv, self.helps_en, self.note_sv, self.note_en]
        about = self.group(
            self.tr("The actor"),
            [
                (self.tr("Name"), self.name_sv),
                (self.tr("(English)"), self.name_en),
                (self.tr("Helps with (printed on the slip)"), self.helps_sv),
                (self.tr("(English)"), self.helps_en),
                (self.tr("Note for staff (never printed)"), self.note_sv),
                (self.tr("(English)"), self.note_en),
            ],
        )
        self.phone = self.line(("contacts", "phone"))
        self.web = self.line(("contacts", "web"), "https://")
        self.email = self.line(("contacts", "email"))
        self.chat = self.line(("contacts", "chat"), "https://")
        self.address = self.line(("contacts", "address"))
        self.hours_sv = self.text(("contacts", "hours"), "sv", lines=2)
        self.hours_en = self.text(("contacts", "hours"), "en", lines=2)
        self.languages = self.words(("contacts", "languages"), "sv, en, ar")
        contacts = self.group(
            self.tr("Contact details"),
            [
                (self.tr("&Phone"), self.phone),
                (self.tr("&Web"), self.web),
                (self.tr("E-&mail"), self.email),
                (self.tr("C&hat"), self.chat),
                (self.tr("Visiting &address"), self.address),
                (self.tr("&Opening hours (Swedish)"), self.hours_sv),
                (self.tr("Opening hours (English)"), self.hours_en),
                (self.tr("&Languages (codes)"), self.languages),
            ],
        )
        self.holder = self.line(("mapping", "holder"), self.tr("a role, not a name"))
        levels = {
            "well-established": self.tr("Well established"),
            "established": self.tr("Established"),
            "some": self.tr("Some contact"),
            "none": self.tr("No contact"),
        }
        self.established = self.choice(
            ("mapping", "established"), [(None, "—"), *((lv, levels[lv]) for lv in ESTABLISHED_LEVELS)]
        )
        self.agreements = self.line(("mapping", "agreements"))
        self.last_contact = self.line(("mapping", "last_contact"), self.tr("YYYY-MM-DD"))
        mapping = self.group(
            self.tr("The library's contact with the actor"),
            [
                (self.tr("Contact &held by"), self.holder),
                (self.tr("How e&stablished"), self.established),
                (self.tr("A&greements"), self.agreements),
                (self.tr("Last &contact"), self.last_contact),
            ],
        )
        self.verified = self.line(("verified",), self.tr("YYYY-MM-DD"))
        self.source = self.line(("source",), self.tr("where the details were checked"))
        self.fill_in = self.flag(("fill_in_locally",), self.tr("Still a &template the library fills in"))
        self.verify_today = QPushButton(self.tr("Mark &verified today"), self)
        self.verify_today.clicked.connect(lambda _checked=False: self.mark_verified_today())
        checked = self.group(
            self.tr("Checked"),
            [(self.tr("Verified &on"), self.verified), (self.tr("&Source"), self.source), ("", self.fill_in)],
        )
        checked.layout().addRow("", self.verify_today)
        layout = QVBoxLayout(self)
        self.changed.connect(lambda: self.title.setText(get_in(self.item, ("name", "sv")) or ""))
        for widget in (self.title, self.problem_label, about, contacts, mapping, checked):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.load(None)

    def load(self, item: dict[str, Any] | None) -> None:
        super().load(item)
        self.title.setText((get_in(item, ("name", "sv")) or "") if item else "")

    def mark_verified_today(self, today: dt.date | None = None) -> None:
        """The details were checked today: the date, and the actor is no longer a template."""
        if self.item is None:
            return
        self.verified.setText((today or dt.date.today()).isoformat())
        self.fill_in.setChecked(False)  # stores
        self._store()
        if not self.source.text().strip():
            self.source.setFocus()


class CaseTypeForm(ItemForm):
    """A case type: title, verdict, what we do and don't and why, phrasing per outcome, actors, resources."""

    def __init__(
        self,
        areas: list[tuple[str, str]],
        actors: list[tuple[str, str]] | None = None,
        resources: list[tuple[str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title_sv = self.text(("title",), "sv")
        self.title_en = self.text(("title",), "en")
        self.area = self.choice(("area",), list(areas))
        verdicts = {Verdict.YES: self.tr("Yes"), Verdict.PARTLY: self.tr("Partly"), Verdict.NO: self.tr("No")}
        self.mission = self.choice(("mission",), [(v.value, verdicts[v]) for v in Verdict])
        self.keywords = self.words(("keywords",), self.tr("words staff type, separated by commas"), lines=3)
        self.retired = self.flag(("retired",), self.tr("&Retired (not searched)"))
        self.retired.setToolTip(
            self.tr("A retired case type is no longer offered by the search; old cases keep its title in statistics.")
        )
        head = self.group(
            self.tr("Case type"),
            [
                (self.tr("&Title (Swedish)"), self.title_sv),
                (self.tr("Title (English)"), self.title_en),
                (self.tr("A&rea"), self.area),
                (self.tr("Within our &mission?"), self.mission),
                (self.tr("&Keywords"), self.keywords),
                ("", self.retired),
            ],
        )
        rows: list[tuple[str, QWidget]] = []
        for key, label in (
            ("we_do", self.tr("What we &do")),
            ("we_dont", self.tr("What we do&n't")),
            ("reason", self.tr("&Why")),
            ("competence", self.tr("Competen&ce")),
        ):
            sv = self.text((key,), "sv", lines=3)
            en = self.text((key,), "en", lines=2)
            rows += [(label, sv), (self.tr("(English)"), en)]
        what = self.group(self.tr("What we do and why"), rows)
        self._what_fields = [widget for _label, widget in rows]
        phrasing_rows = []
        for outcome in Outcome:
            phrasing_rows.append((outcome_name(outcome), self.text(("phrasing", outcome.value), "sv", lines=2)))
            phrasing_rows.append((self.tr("(English)"), self.text(("phrasing", outcome.value), "en", lines=1)))
        phrasing = self.group(self.tr("What to say, per outcome (empty: the pack's default)"), phrasing_rows)
        self._phrasing_fields = [widget for _label, widget in phrasing_rows]
        self.actors = self.ids(("actors",), actors or [])
        self.resources = self.ids(("resources",), resources or [], rows=4)
        self.effort = self.number(("effort",), 1, 6)
        self.duration = self.choice(("duration",), [(d, d.replace("-", "–")) for d in DURATION_BUCKETS])
        self.colleague_sv = self.text(("colleague_role",), "sv")
        self.colleague_en = self.text(("colleague_role",), "en")
        self.sensitivity_sv = self.text(("sensitivity",), "sv", lines=2)
        self.sensitivity_en = self.text(("sensitivity",), "en", lines=2)
        refer = self.group(
            self.tr("Refer and prepare"),
            [
                (self.tr("Refer to (&actors)"), self.actors),
                (self.tr("What the patron &brings"), self.resources),
                (self.tr("&Effort (1–6)"), self.effort),
                (self.tr("D&uration (minutes)"), self.duration),
                (self.tr("Colleague who can help (role)"), self.colleague_sv),
                (self.tr("(English)"), self.colleague_en),
                (self.tr("Take care (privacy, ethics)"), self.sensitivity_sv),
                (self.tr("(English)"), self.sensitivity_en),
            ],
        )
        layout = QVBoxLayout(self)
        for widget in (self.problem_label, head, what, refer, phrasing):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.load(None)

    def fields_in_order(self) -> list[QWidget]:
        """Every field, in the order the form shows them: for the Tab key."""
        head = [self.title_sv, self.title_en, self.area, self.mission, self.keywords, self.retired]
        refer = [self.actors, self.resources, self.effort, self.duration, self.colleague_sv, self.colleague_en]
        refer += [self.sensitivity_sv, self.sensitivity_en]
        return head + self._what_fields + refer + self._phrasing_fields


class PackInfoForm(ItemForm):
    """The pack's own head: when it was last reviewed, by whom (a role) and how often."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reviewed = self.line(("reviewed",), self.tr("YYYY-MM-DD"))
        self.owner = self.line(("owner",), self.tr("a role, not a name"))
        self.review_months = self.number(("review_months",), 1, 36)
        self.reviewed_today = QPushButton(self.tr("Reviewed &today"), self)
        self.reviewed_today.clicked.connect(lambda _checked=False: self.mark_reviewed_today())
        box = self.group(
            self.tr("The review"),
            [
                (self.tr("Last &reviewed"), self.reviewed),
                (self.tr("Kept by (&owner)"), self.owner),
                (self.tr("&Months between reviews"), self.review_months),
            ],
        )
        box.layout().addRow("", self.reviewed_today)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problem_label)
        layout.addWidget(box)
        self.load(None)

    def mark_reviewed_today(self, today: dt.date | None = None) -> None:
        if self.item is None:
            return
        self.reviewed.setText((today or dt.date.today()).isoformat())
        self._store()


class TimesForm(ItemForm):
    """One branch's times for digital guidance (or every branch's, "*")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            "drop_in": self.tr("Drop-in"),
            "booking": self.tr("Booked sessions"),
            "remote": self.tr("Remote (phone, video)"),
            "how_to_book": self.tr("How to book"),
        }
        rows: list[tuple[str, QWidget]] = []
        for name in TIMES_FIELDS:
            rows += [
                (labels[name], self.text((name,), "sv", lines=2)),
                (self.tr("(English)"), self.text((name,), "en")),
            ]
        rows.append((self.tr("Video room (remote drop-in)"), self.line(("remote_link",), "https://")))
        self.fields = [widget for _label, widget in rows]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.group(self.tr("Times for digital guidance"), rows))
        self.load(None)


def hbox(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    return row
