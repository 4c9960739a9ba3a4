"""The guideline editor (File > Edit guidelines): a library makes the guidelines its own.

Local actors and case types on the left, the chosen one's form on the right, the reader's problems with the whole
pack below, checked after every change with the same rules and messages as a pack file. Ctrl+S saves a new revision
with the change note and publishes it to the library's pack folder, where the desks find it at their next start.
"""

from __future__ import annotations

import copy
import logging
import re
import unicodedata
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskhelp.service import DeskService, ExportError
from deskhelp.ui.editor_forms import ActorForm, CaseTypeForm, PackInfoForm, add_option
from deskhelp.ui.editor_messages import staff_message
from deskhelp.ui.editor_preview import actor_preview_html, preview_html, slip_preview_document
from deskhelp.ui.editor_review import CASE_TYPE, NEW_CASE_TYPE, TimesPanel, fill_review_list, review_html

log = logging.getLogger(__name__)
_PATH_START = re.compile(r"^(actors|case_types)\[(\d+)\]\.?(.*)$")


def is_local(actor: dict[str, Any]) -> bool:
    """An actor the library fills in or keeps itself: local ones, and the templates."""
    return actor.get("kind") == "local" or actor.get("fill_in_locally") is True


def new_id(title: str, taken: set[str]) -> str:
    """An id for a new case type from its Swedish title ("Boka tvättid" -> "boka-tvattid"), unique in the pack."""
    folded = unicodedata.normalize("NFKD", title.lower()).encode("ascii", "ignore").decode()
    base = "-".join(re.findall(r"[a-z0-9]+", folded))[:40].strip("-") or "arende"
    candidate, n = base, 2
    while candidate in taken or candidate == "other":
        candidate, n = f"{base}-{n}", n + 1
    return candidate


class GuidelineEditor(QMainWindow):
    def __init__(self, service: DeskService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.service = service
        self.data = service.editable_pack_data()
        self._saved = copy.deepcopy(self.data)  # to tell, on closing, whether anything would be lost
        self.problems: list[tuple[str, str]] = []
        self.setWindowTitle(
            self.tr("Edit guidelines – {0} {1}").format(service.pack.info.title.get("sv"), service.pack.info.version)
        )

        self.lists = QTabWidget(self)
        self.actor_list = QListWidget(self)
        self.case_list = QListWidget(self)
        for widget in (self.actor_list, self.case_list):
            # Long names end in "…" (the whole name is the tooltip) rather than scroll sideways; not word wrap,
            # which clips the dots of a capital Ö at the top of a wrapped row.
            widget.setTextElideMode(Qt.TextElideMode.ElideRight)
            widget.setStyleSheet("QListView::item { padding: 3px 2px; }")  # room for the dots of a capital Ö
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lists.tabBar().setStyleSheet("QTabBar::tab { padding: 6px 7px; }")  # room for the dots of Ä
        self.lists.addTab(self.actor_list, self.tr("Actors"))
        self.lists.setTabToolTip(0, self.tr("Local actors"))
        self.lists.addTab(self.case_list, self.tr("Case types"))
        self.review_list = QListWidget(self)
        self.review_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.review_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.review_list.setStyleSheet("QListView::item { padding: 3px 2px; }")
        self.review_list.itemActivated.connect(self._review_action)
        self.lists.addTab(self.review_list, self.tr("Review"))
        self.new_case = QPushButton(self.tr("&New case type…"), self)
        self.new_case.clicked.connect(lambda _checked=False: self.add_case_type())
        # One "New" button at a time, the one for the list shown: both may then use the same mnemonic.
        self.new_actor = QPushButton(self.tr("&New local actor…"), self)
        self.new_actor.clicked.connect(lambda _checked=False: self.add_local_actor())
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        list_label = QLabel(self.tr("&List"), left)
        list_label.setBuddy(self.lists)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self.lists, 1)
        left_layout.addWidget(self.new_actor)
        left_layout.addWidget(self.new_case)

        self.actor_form = ActorForm(self)
        areas = [(a["id"], a["title"]["sv"]) for a in self.data.get("areas", [])]
        actors = [(a["id"], a["name"]["sv"]) for a in self.data.get("actors", [])]
        resources = [(r["id"], r["title"]["sv"]) for r in self.data.get("resources", [])]
        self.case_form = CaseTypeForm(areas, actors, resources, self)
        self.info_form = PackInfoForm(self)
        self.review_page = QTextBrowser(self)
        self.review_page.setMinimumHeight(self.review_page.fontMetrics().lineSpacing() * 14)  # the summary whole
        review = QWidget(self)
        review_layout = QVBoxLayout(review)
        review_layout.addWidget(self.review_page, 1)
        review_layout.addWidget(self.info_form)
        self.times_panel = TimesPanel(self)
        review_layout.addWidget(self.times_panel)
        from deskhelp.ui.editor_training import TrainingPanel

        self.training_panel = TrainingPanel(self)  # course links for the "Kompetensbehov" report
        review_layout.addWidget(self.training_panel)
        self.training_panel.changed.connect(self.validate)
        self.info_form.changed.connect(self.validate)
        self.times_panel.changed.connect(self.validate)
        self.forms = QStackedWidget(self)
        for form in (self.actor_form, self.case_form, review):
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setWidget(form)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.forms.addWidget(scroll)
            if isinstance(form, ActorForm | CaseTypeForm):
                form.changed.connect(self.validate)
        from deskhelp.ui.triage_panel import OutcomeBrowser  # the desk's own outcome view: QR codes drawn alike

        self.preview = OutcomeBrowser(self)
        self.preview.setAccessibleName(self.tr("Preview of the desk's outcome"))
        self.slip_preview = QTextBrowser(self)
        self._slip_document = None
        self.slip_preview.setAccessibleName(self.tr("Preview of the patron's slip"))
        self.previews = QTabWidget(self)
        self.previews.addTab(self.preview, self.tr("The desk's view"))
        self.previews.addTab(self.slip_preview, self.tr("The patron's slip"))
        right = QSplitter(Qt.Orientation.Horizontal, self)
        right.addWidget(self.forms)
        right.addWidget(self.previews)
        self.previews.currentChanged.connect(lambda _index: self._update_preview())
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setSizes([600, 400])

        self.problem_list = QListWidget(self)
        self.problem_list.setMaximumHeight(90)
        self.problem_list.itemActivated.connect(self._go_to_problem)
        self.problem_title = QLabel(self)
        self.problem_title.setBuddy(self.problem_list)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("What changed, in a sentence (shown to staff)"))
        note_label = QLabel(self.tr("C&hange note"), self)
        note_label.setBuddy(self.note)
        self.save_button = QPushButton(self.tr("Save and &publish (Ctrl+S)"), self)
        self.save_button.clicked.connect(self.save)
        self.readable_button = QPushButton(self.tr("E&xport readable PDF…"), self)
        self.readable_button.setToolTip(self.tr("The published guidelines as a matrix for the staff meeting"))
        self.readable_button.clicked.connect(self.save_readable)
        self.folder_label = QLabel(self._where_published())
        self.folder_label.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(note_label)
        save_row.addWidget(self.note, 1)
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.readable_button)

        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(left)
        top.addWidget(right)
        top.setStretchFactor(1, 1)
        top.setSizes([280, 1000])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(top, 1)
        layout.addWidget(self.problem_title)
        layout.addWidget(self.problem_list)
        layout.addLayout(save_row)
        layout.addWidget(self.folder_label)
        self.setCentralWidget(central)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.note.returnPressed.connect(self.save)
        self._set_tab_order()

        self.actor_list.currentRowChanged.connect(lambda _row: self._show_actor())
        self.case_list.currentRowChanged.connect(lambda _row: self._show_case())
        self.lists.currentChanged.connect(self._list_changed)
        self._fill_lists()
        checklist = self._fill_review()
        # An overdue review opens on its checklist (seed 001: go through it all every half-year).
        self.lists.setCurrentIndex(2 if checklist.overdue else 0)
        self._list_changed(self.lists.currentIndex())
        self.validate()
        self.resize(1280, 800)

    def _set_tab_order(self) -> None:
        """From the list straight into the form, through every field, then the note and the save button."""
        a, c = self.actor_form, self.case_form
        actor_fields = [
            *a.about_fields,
            a.phone,
            a.web,
            a.email,
            a.chat,
            a.address,
            a.hours_sv,
            a.hours_en,
            a.languages,
        ]
        actor_fields += [a.holder, a.established, a.agreements, a.last_contact, a.verified, a.source, a.fill_in]
        actor_fields += [a.verify_today]
        chain = [self.actor_list, *actor_fields, self.new_actor, self.case_list, *c.fields_in_order(), self.new_case]
        i = self.info_form
        chain += [self.review_list, i.reviewed, i.owner, i.review_months, i.reviewed_today]
        chain += [self.times_panel.branch, self.times_panel.add, *self.times_panel.form.fields]
        chain += self.training_panel.focus_chain()
        chain += [self.problem_list, self.note, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    # -- lists --------------------------------------------------------------------------------------------------
    def _local_actor_indexes(self) -> list[int]:
        return [i for i, a in enumerate(self.data["actors"]) if is_local(a)]

    def _fill_lists(self) -> None:
        self.actor_list.clear()
        for i in self._local_actor_indexes():
            actor = self.data["actors"][i]
            item = QListWidgetItem(actor["name"].get("sv", actor["id"]))
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.actor_list.addItem(item)
        self.case_list.clear()
        for i, case in enumerate(self.data["case_types"]):
            title = case.get("title", {}).get("sv") or case["id"]
            if case.get("retired"):
                title = self.tr("{0} (retired)").format(title)
            item = QListWidgetItem(title)
            item.setToolTip(title)
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.case_list.addItem(item)
        self.actor_list.setCurrentRow(0)
        self.case_list.setCurrentRow(0)

    def _list_changed(self, index: int) -> None:
        self.forms.setCurrentIndex(index)
        self.new_actor.setVisible(index == 0)
        self.new_case.setVisible(index == 1)
        if index == 2:
            self.info_form.load(self.data.get("pack"))
            self.times_panel.load(self.data)
            self.training_panel.load(self.data)
            self._show_item_problems()
            self._update_preview()
            return
        self._show_case() if index == 1 else self._show_actor()

    def _index_of(self, widget: QListWidget) -> int | None:
        item = widget.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_actor(self) -> None:
        index = self._index_of(self.actor_list)
        self.actor_form.load(self.data["actors"][index] if index is not None else None)
        self._show_item_problems()
        self._update_preview()

    def _show_case(self) -> None:
        index = self._index_of(self.case_list)
        self.case_form.load(self.data["case_types"][index] if index is not None else None)
        self._show_item_problems()
        self._update_preview()

    def add_case_type(self, title: str | None = None) -> None:
        """A new case type from its Swedish title; the form and the problem list say what it still needs."""
        if title is None:
            title, ok = QInputDialog.getText(self, self.tr("New case type"), self.tr("Title of the errand (Swedish):"))
            if not ok:
                return
        title = title.strip()
        if not title:
            return
        taken = {c["id"] for c in self.data["case_types"]}
        area = self.data["areas"][0]["id"] if self.data.get("areas") else ""
        self.data["case_types"].append(
            {
                "id": new_id(title, taken),
                "area": area,
                "title": {"sv": title, "en": ""},
                "keywords": [title.lower()],
                "mission": "yes",
                "we_do": {"sv": "", "en": ""},
                "competence": {"sv": "", "en": ""},
                "effort": 2,
                "duration": "5-15",
            }
        )
        self._fill_lists()
        self.lists.setCurrentIndex(1)
        self.case_list.setCurrentRow(self.case_list.count() - 1)
        self.validate()
        self.case_form.title_en.setFocus()

    def add_local_actor(self, name: str | None = None) -> None:
        """A new local actor from its Swedish name, a template until its details are verified."""
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New local actor"), self.tr("Name of the actor (Swedish):"))
            if not ok:
                return
        name = name.strip()
        if not name:
            return
        taken = {a["id"] for a in self.data["actors"]}
        self.data["actors"].append(
            {
                "id": new_id(name, taken),
                "kind": "local",
                "name": {"sv": name, "en": ""},
                "helps_with": {"sv": "", "en": ""},
                "fill_in_locally": True,
            }
        )
        add_option(self.case_form.actors, self.data["actors"][-1]["id"], name)  # case types may refer to it now
        self._fill_lists()
        self.lists.setCurrentIndex(0)
        self.actor_list.setCurrentRow(self.actor_list.count() - 1)
        self.validate()
        self.actor_form.name_en.setFocus()

    # -- validation ------------------------------------------------------------------------------------------
    def validate(self) -> list[tuple[str, str]]:
        """Check the whole pack with the reader's rules; show every problem in the list, and the chosen item's
        beside its fields."""
        problems, total = self.service.check_pack_data(self.data)
        self.problems = [(p.path, p.message) for p in problems]  # the reader's own words, for tests and IT
        self.problem_list.clear()
        for path, message in self.problems:
            self.problem_list.addItem(f"{self._where(path)}: {staff_message(message)}")
        if total:
            self.problem_title.setText(self.tr("&Problems to put right before publishing: {0}").format(total))
        else:
            self.problem_title.setText(self.tr("&Problems: none. The guidelines can be published."))
        self._show_item_problems()
        self._update_preview()
        return self.problems

    def _where(self, path: str) -> str:
        """A problem's place for people: the item's Swedish name, then the field."""
        match = _PATH_START.match(path)
        if not match:
            return path
        kind, index, rest = match.group(1), int(match.group(2)), match.group(3)
        items = self.data.get(kind, [])
        item = items[index] if index < len(items) else {}
        name = (item.get("name") or item.get("title") or {}).get("sv") if isinstance(item, dict) else None
        return f"{name or item.get('id', path)} – {rest}" if rest else str(name or path)

    def _item_problems(self, kind: str, index: int | None) -> list[tuple[str, str]]:
        if index is None:
            return []
        out = []
        for path, message in self.problems:
            match = _PATH_START.match(path)
            if match and match.group(1) == kind and int(match.group(2)) == index:
                out.append((match.group(3), staff_message(message)))
        return out

    def _fill_review(self):
        checklist = self.service.review_checklist()
        fill_review_list(self.review_list, checklist, self.service.pack)
        self.review_page.setHtml(review_html(checklist))
        return checklist

    def _review_action(self, item: QListWidgetItem) -> None:
        """Enter on an entry of the checklist: start a case type from an errand not in the guidelines, or open the
        case type or the actor it names."""
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data:
            return
        action, value = data
        if action == NEW_CASE_TYPE:
            self.add_case_type(value or None)
            return
        tab, widget, kind = (1, self.case_list, "case_types") if action == CASE_TYPE else (0, self.actor_list, "actors")
        ids = [entry.get("id") for entry in self.data[kind]]
        if value not in ids:
            return
        for row in range(widget.count()):
            if widget.item(row).data(Qt.ItemDataRole.UserRole) == ids.index(value):
                self.lists.setCurrentIndex(tab)
                widget.setCurrentRow(row)
                widget.setFocus()
                return
        self.statusBar().showMessage(
            self.tr("Only the local actors are edited here; this one is kept in the pack file.")
        )

    def _show_item_problems(self) -> None:
        pack_problems = [
            (path[len("pack.") :], staff_message(m)) for path, m in self.problems if path.startswith("pack.")
        ]
        self.info_form.show_problems(pack_problems)
        index = self.times_panel.current_index()
        start = f"times[{index}]."
        times_problems = [(p[len(start) :], staff_message(m)) for p, m in self.problems if p.startswith(start)]
        self.times_panel.form.show_problems(times_problems)
        self.training_panel.show_problems([(p, staff_message(m)) for p, m in self.problems])
        self.actor_form.show_problems(self._item_problems("actors", self._index_of(self.actor_list)))
        self.case_form.show_problems(self._item_problems("case_types", self._index_of(self.case_list)))

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        row = self.problem_list.row(item)
        match = _PATH_START.match(self.problems[row][0]) if row < len(self.problems) else None
        if not match:
            return
        kind, index, rest = match.group(1), int(match.group(2)), match.group(3)
        tab, widget = (0, self.actor_list) if kind == "actors" else (1, self.case_list)
        for i in range(widget.count()):
            if widget.item(i).data(Qt.ItemDataRole.UserRole) == index:
                self.lists.setCurrentIndex(tab)
                widget.setCurrentRow(i)
                field = (self.actor_form if tab == 0 else self.case_form).widget_at(rest)
                if field is not None:
                    field.setFocus()
                return

    def _update_preview(self) -> None:
        """What the desk will show: the outcome view of the case type, or the actor as a referral shows it."""
        if self.lists.currentIndex() == 2:
            hint = self.tr("Choose an entry of the checklist and press Enter.")
            self.preview.setHtml(f"<p><i>{hint}</i></p>")
            self._update_slip(None)
        elif self.lists.currentIndex() == 1:
            index = self._index_of(self.case_list)
            case_id = self.data["case_types"][index]["id"] if index is not None else None
            self.preview.setHtml(preview_html(self.service, self.data, case_id, bool(self.problems)))
            self._update_slip(case_id)
        else:
            index = self._index_of(self.actor_list)
            actor_id = self.data["actors"][index]["id"] if index is not None else None
            self.preview.setHtml(actor_preview_html(self.service, self.data, actor_id, bool(self.problems)))
            self._update_slip(None)

    def _update_slip(self, case_id: str | None) -> None:
        """The patron's slip, drawn only while its tab is shown: laying out a slip is the slow part of a change."""
        self.previews.setTabEnabled(1, case_id is not None)
        if case_id is None or self.previews.currentIndex() != 1:
            return
        document = slip_preview_document(self.service, self.data, case_id)
        if document is None:
            self.slip_preview.setPlainText(self.tr("Put the problems right to see the slip."))
            return
        document.setParent(self.slip_preview)
        self.slip_preview.setDocument(document)
        if self._slip_document is not None:
            self._slip_document.deleteLater()  # the browser does not delete a document it no longer shows
        self._slip_document = document

    # -- saving -----------------------------------------------------------------------------------------------
    def save_readable(self) -> None:
        """The guidelines in use, readable (seed 001's matrix), as a PDF where staff choose (Documents to start)."""
        from deskhelp.ui.slip_dialog import documents_folder

        start = documents_folder() / self.tr("guidelines.pdf")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Readable guidelines"), str(start), "PDF (*.pdf)")
        if not path:
            return
        try:
            language = "en" if self.tr("guidelines.pdf") == "guidelines.pdf" else "sv"  # the window's language
            self.service.export_guidelines(Path(path), "pdf", language)
        except (ExportError, OSError) as error:
            self.statusBar().showMessage(self.tr("Nothing was written: {0}").format(error))
            return
        self.statusBar().showMessage(self.tr("Saved: {0}").format(path))

    def save(self) -> bool:
        """Save a new revision and publish it. Says what is missing instead when the pack or the note is not ready."""
        from deskhelp.content.pack_file import PackError

        self.validate()
        if self.problems:
            self.problem_list.setFocus()
            self.problem_list.setCurrentRow(0)
            self.statusBar().showMessage(self.tr("Put the problems right first; nothing was saved."))
            return False
        if self.service.settings.pack:  # the desks read that one file: a publication would never be used
            self.statusBar().showMessage(self.tr("Nothing was saved: this desk reads one pack file set by IT."))
            return False
        if not self.note.text().strip():
            self.note.setFocus()
            self.statusBar().showMessage(self.tr("Write a change note: what changed, in a sentence."))
            return False
        try:
            published = self.service.apply_edited_pack(self.data, self.note.text())
        except PackError as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return False
        except ExportError as error:
            log.warning("editor: the pack could not be published: %s", error)
            QMessageBox.warning(
                self,
                self.tr("Not published"),
                self.tr(
                    "The guidelines could not be written to the library's pack folder, so nothing was saved. Who "
                    "may publish is decided by who may write to that folder; ask IT.\n\n{0}"
                ).format(error),
            )
            return False
        self.data = self.service.editable_pack_data()
        self._saved = copy.deepcopy(self.data)
        self.note.clear()
        self._fill_review()
        where = str(published.path) if published.path else self.tr("this desk only")
        self.statusBar().showMessage(
            self.tr("Version {0} saved and published: {1}").format(published.revision.version, where)
        )
        self._fill_lists()
        self.validate()
        return True

    def _where_published(self) -> str:
        settings = self.service.settings
        if settings.pack:
            return self.tr(
                "IT has set one pack file for this desk ({0}); the desks read only that file, so nothing can be "
                "published from here. Ask IT to set [guidelines] folder instead."
            ).format(settings.pack)
        if settings.pack_folder:
            return self.tr("Published to: {0}").format(settings.pack_folder)
        return self.tr("No pack folder is set: the revision is saved on this desk only. IT sets [guidelines] folder.")

    # -- closing ------------------------------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.data != self._saved

    def confirm_discard(self) -> bool:
        """Asked when the editor closes with changes not yet published."""
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The changes have not been published. Close and discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event) -> None:
        if self.has_unsaved_changes() and not self.confirm_discard():
            event.ignore()
            return
        super().closeEvent(event)
