"""The guideline editor, driven by keyboard as a team lead drives it: fill in a local actor, save with Ctrl+S,
publish to the library's pack folder, and a second desk started against that folder reads the change back."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from deskhelp.paths import DATABASE_FILENAME
from deskhelp.service import DeskService
from deskhelp.settings import load_settings

CONTACT_CENTRE = "Kommunens kontaktcenter (kundtjänst)"


def _configure(home: Path, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "deskhelp.toml").write_text(f'[guidelines]\nfolder = "{folder.as_posix()}"\n', encoding="utf-8")
    monkeypatch.setenv("DESKHELP_HOME", str(home))


def keys(qtbot, *presses, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    for key in presses:
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_text(qtbot, text: str) -> None:
    """Typed key by key (QTest types ASCII only: the Swedish letters are tested through the data instead)."""
    qtbot.keyClicks(QApplication.focusWidget(), text)


@pytest.fixture
def share(tmp_path: Path, deskhelp_home: Path, monkeypatch) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    _configure(deskhelp_home, folder, monkeypatch)
    return folder


@pytest.fixture
def editor(qtbot, open_window, share):
    window = open_window()
    assert window.editor_action.text() == "&Redigera riktlinjer…"
    assert window.editor_action in window.file_menu.actions()
    window.editor_action.trigger()
    editor = window.editor
    editor.confirm_discard = lambda: True  # closing at the end of a test discards what it left unsaved
    qtbot.addWidget(editor)
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitActive(editor)
    return editor


def test_a_local_actor_filled_in_by_keyboard_is_published_and_read_by_a_second_desk(
    qtbot, editor, share: Path, tmp_path: Path, monkeypatch, artifacts
) -> None:
    assert editor.windowTitle().startswith("Redigera riktlinjer")
    editor.actor_list.setFocus()
    qtbot.waitUntil(editor.actor_list.hasFocus)
    row = next(i for i in range(editor.actor_list.count()) if editor.actor_list.item(i).text() == CONTACT_CENTRE)
    keys(qtbot, Qt.Key.Key_Home, *[Qt.Key.Key_Down] * row)  # not type-to-find: its pauses are timed
    assert editor.actor_list.currentItem().text() == CONTACT_CENTRE
    assert editor.actor_form.title.text() == CONTACT_CENTRE

    keys(qtbot, Qt.Key.Key_Tab)  # into the form: the actor's name first
    assert QApplication.focusWidget() is editor.actor_form.name_sv
    keys(qtbot, Qt.Key.Key_T, modifier=Qt.KeyboardModifier.AltModifier)  # &Telefon
    assert QApplication.focusWidget() is editor.actor_form.phone
    type_text(qtbot, "026-17 80 00")
    keys(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.actor_form.hours_sv
    type_text(qtbot, "Vardagar 8-16")
    keys(qtbot, Qt.Key.Key_Tab)  # a multi-line field: Tab moves on, it does not type a tab
    assert QApplication.focusWidget() is editor.actor_form.hours_en
    type_text(qtbot, "Weekdays 8-16")
    keys(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.actor_form.holder
    type_text(qtbot, "Enhetschef vuxen")
    keys(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Down)  # how established: "Etablerad"
    assert editor.actor_form.established.currentData() == "established"

    # Mark it verified today (the mnemonic of the button), then the source, where focus goes.
    keys(qtbot, Qt.Key.Key_V, modifier=Qt.KeyboardModifier.AltModifier)  # a mnemonic "animates" its click
    qtbot.waitUntil(lambda: editor.actor_form.verified.text() == dt.date.today().isoformat())
    assert not editor.actor_form.fill_in.isChecked()
    assert QApplication.focusWidget() is editor.actor_form.source
    type_text(qtbot, "Samtal med kontaktcentret")
    assert editor.problems == []
    editor.grab().save(str(artifacts / "editor-01-actor.png"))

    keys(qtbot, Qt.Key.Key_S, modifier=Qt.KeyboardModifier.ControlModifier)  # no change note yet: asks for one
    assert list(share.iterdir()) == []
    assert QApplication.focusWidget() is editor.note
    type_text(qtbot, "Telefon och tider till kontaktcentret ifyllda.")
    keys(qtbot, Qt.Key.Key_S, modifier=Qt.KeyboardModifier.ControlModifier)
    (published,) = share.iterdir()
    assert published.suffix == ".yaml" and dt.date.today().isoformat() in published.name
    assert "sparad och publicerad" in editor.statusBar().currentMessage()
    editor.grab().save(str(artifacts / "editor-02-published.png"))

    # This desk's own database holds the new revision (read with plain sqlite3).
    with sqlite3.connect(load_settings().database) as con:
        (source,) = con.execute("SELECT source FROM pack_revision ORDER BY id DESC LIMIT 1").fetchone()
    assert source == published.name

    second_home = tmp_path / "desk2"
    _configure(second_home, share, monkeypatch)
    second = DeskService.open(load_settings())
    try:
        assert second.settings.database == second_home / DATABASE_FILENAME
        actor = next(a for a in second.pack.actors.values() if a.name.get("sv") == CONTACT_CENTRE)
        assert actor.contacts.phone == "026-17 80 00"
        assert actor.contacts.hours.get("sv") == "Vardagar 8-16" and actor.contacts.hours.get("en") == "Weekdays 8-16"
        assert actor.mapping.holder == "Enhetschef vuxen" and actor.mapping.established == "established"
        assert actor.verified == dt.date.today().isoformat() and actor.source == "Samtal med kontaktcentret"
        assert not actor.fill_in_locally
        assert second.pack.info.change_note == "Telefon och tider till kontaktcentret ifyllda."
    finally:
        second.close()


def test_an_empty_title_shows_the_readers_message_beside_the_field_and_nothing_is_saved(
    qtbot, editor, share: Path, artifacts
) -> None:
    editor.lists.setCurrentIndex(1)
    editor.case_list.setCurrentRow(0)
    editor.case_list.setFocus()
    qtbot.waitUntil(editor.case_list.hasFocus)
    keys(qtbot, Qt.Key.Key_T, modifier=Qt.KeyboardModifier.AltModifier)  # &Titel (svenska)
    title = editor.case_form.title_sv
    assert QApplication.focusWidget() is title
    title.selectAll()
    keys(qtbot, Qt.Key.Key_Delete)
    case_id = editor.data["case_types"][0]["id"]
    assert ("case_types[0].title.sv", "is empty") in editor.problems
    # The reader's rule and message (above), shown to staff in Swedish beside the field and in the list.
    assert title.toolTip() == "är tomt" and title.styleSheet()
    assert "title.sv: är tomt" in editor.case_form.problem_label.text()
    assert editor.problem_list.item(0).text().endswith("title.sv: är tomt")
    assert "Problem att rätta före publicering: 1" in editor.problem_title.text().replace("&", "")
    assert "Rätta problemen" in editor.preview.toPlainText()
    editor.grab().save(str(artifacts / "editor-03-problem.png"))
    editor.note.setText("Tom titel")
    keys(qtbot, Qt.Key.Key_S, modifier=Qt.KeyboardModifier.ControlModifier)
    assert list(share.iterdir()) == []
    assert QApplication.focusWidget() is editor.problem_list
    keys(qtbot, Qt.Key.Key_Return)  # Enter on the problem goes to its field
    assert QApplication.focusWidget() is title
    type_text(qtbot, "Bibliotekets tider")
    assert editor.problems == [] and editor.data["case_types"][0]["title"]["sv"] == "Bibliotekets tider"
    assert editor.data["case_types"][0]["id"] == case_id
    assert "Bibliotekets tider" in editor.preview.toPlainText()


def test_a_new_case_type_is_added_and_a_retired_one_leaves_the_search(qtbot, editor, share: Path, artifacts) -> None:
    editor.add_case_type("Boka tvättid i kommunens app")
    case = editor.data["case_types"][-1]
    assert case["id"] == "boka-tvattid-i-kommunens-app"
    assert QApplication.focusWidget() is editor.case_form.title_en
    assert {p for p, _ in editor.problems} == {
        f"case_types[{len(editor.data['case_types']) - 1}].{f}"
        for f in ("title.en", "we_do.sv", "we_do.en", "competence.sv", "competence.en")
    }
    type_text(qtbot, "Book a laundry slot in the municipality's app")
    for field, sv, en in (("we_do", "Vi visar appen.", "We show the app."), ("competence", "Alla.", "Everyone.")):
        index = editor.case_form.fields_in_order().index(editor.case_form.widget_at(f"{field}.sv"))
        editor.case_form.fields_in_order()[index].setFocus()
        type_text(qtbot, sv)
        keys(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, en)
    assert editor.problems == []
    # Refer to the contact centre: the actors are a list to tick with Space, found by typing.
    editor.case_form.actors.setFocus()
    centre = next(a["id"] for a in editor.data["actors"] if a["name"]["sv"] == CONTACT_CENTRE)
    row = next(i for i in range(editor.case_form.actors.count()) if centre in editor.case_form.actors.item(i).text())
    keys(qtbot, Qt.Key.Key_Home, *[Qt.Key.Key_Down] * row, Qt.Key.Key_Space)
    assert editor.data["case_types"][-1]["actors"] == [centre]
    assert CONTACT_CENTRE in editor.preview.toPlainText() or "Boka tvättid" in editor.preview.toPlainText()
    assert "Boka tvättid i kommunens app" in editor.preview.toPlainText()
    editor.grab().save(str(artifacts / "editor-04-new-case-type.png"))
    editor.previews.setCurrentIndex(1)  # the patron's slip
    assert "Boka tvättid i kommunens app" in editor.slip_preview.toPlainText()
    assert "Kommunens kontaktcenter" in editor.slip_preview.toPlainText() or editor.slip_preview.toPlainText()
    editor.grab().save(str(artifacts / "editor-05-slip.png"))
    editor.previews.setCurrentIndex(0)

    editor.case_list.setCurrentRow(0)
    retired_id = editor.data["case_types"][0]["id"]
    editor.case_form.retired.setFocus()
    keys(qtbot, Qt.Key.Key_Space)
    assert editor.data["case_types"][0]["retired"] is True
    editor.note.setText("Tvättid tillagd; öppettider utgången.")
    assert editor.save()
    service = editor.service
    assert "boka-tvattid-i-kommunens-app" in service.pack.case_types
    assert retired_id in service.pack.case_types  # the statistics still name it
    assert retired_id not in [hit.case_type.id for hit in service.search("öppettider", limit=50)]
    assert "utgången" in editor.case_list.item(0).text()


def test_the_readers_problems_read_in_swedish(qtbot, editor) -> None:
    from deskhelp.ui.editor_messages import staff_message

    data = editor.data
    actor = next(a for a in data["actors"] if a.get("fill_in_locally"))
    actor["fill_in_locally"] = False
    actor.setdefault("contacts", {})["web"] = "kommun.se"
    actor["mapping"] = {"established": "lite", "last_contact": "igår"}
    case = data["case_types"][1]
    case["actors"] = ["nobody"]
    case["effort"] = 9
    case["title"]["en"] = "x" * 4001
    problems = editor.validate()
    assert len(problems) >= 6
    shown = {message: staff_message(message) for _path, message in problems}
    untranslated = [message for message, swedish in shown.items() if swedish == message]
    assert untranslated == []
    assert shown["'lite' is not one of: well-established, established, some, none"] == (
        "'lite' är inte något av: well-established, established, some, none"
    )


def test_closing_with_unpublished_changes_asks_first(qtbot, editor) -> None:
    asked = []
    editor.confirm_discard = lambda: asked.append(True) or False  # "Cancel"
    assert not editor.has_unsaved_changes()
    editor.actor_form.load(editor.data["actors"][0])
    editor.actor_form.phone.setFocus()
    type_text(qtbot, "123")
    assert editor.has_unsaved_changes()
    editor.close()
    assert asked == [True] and editor.isVisible()
    editor.confirm_discard = lambda: True
    editor.close()
    assert not editor.isVisible()


def test_a_desk_that_reads_one_pack_file_does_not_publish(qtbot, open_window, use_small_pack: Path) -> None:
    window = open_window()
    window.editor_action.trigger()
    editor = window.editor
    qtbot.addWidget(editor)
    assert "IT" in editor.folder_label.text() and str(use_small_pack) in editor.folder_label.text()
    editor.note.setText("Ny telefon")
    assert editor.save() is False
    assert "Inget sparades" in editor.statusBar().currentMessage()


def test_a_new_local_actor_is_a_template_until_filled_in_and_case_types_may_refer_to_it(qtbot, editor) -> None:
    editor.add_local_actor("Fixarservice Gävle")
    actor = editor.data["actors"][-1]
    assert actor["id"] == "fixarservice-gavle" and actor["kind"] == "local" and actor["fill_in_locally"] is True
    assert editor.actor_list.currentItem().text() == "Fixarservice Gävle"
    assert QApplication.focusWidget() is editor.actor_form.name_en
    index = len(editor.data["actors"]) - 1
    assert {p for p, _ in editor.problems} == {
        f"actors[{index}].{f}" for f in ("name.en", "helps_with.sv", "helps_with.en")
    }
    type_text(qtbot, "Handyman service")
    keys(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Hjalper aldre med enklare sysslor i hemmet.")
    keys(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Helps older people with simple tasks at home.")
    assert editor.problems == []
    options = [editor.case_form.actors.item(i).text() for i in range(editor.case_form.actors.count())]
    assert "Fixarservice Gävle  (fixarservice-gavle)" in options


def test_an_overdue_review_opens_on_its_checklist_and_an_errand_becomes_a_case_type(
    qtbot, open_window, small_pack_path: Path, tmp_path: Path, monkeypatch, artifacts
) -> None:
    from deskhelp.core.cases import CaseDetails
    from deskhelp.core.inventory import ChafingReason
    from deskhelp.core.triage import default_answers

    overdue = tmp_path / "overdue.yaml"
    overdue.write_text(
        small_pack_path.read_text(encoding="utf-8").replace("reviewed: 2026-11-01", "reviewed: 2025-01-01"),
        encoding="utf-8",
    )
    monkeypatch.setenv("DESKHELP_PACK", str(overdue))
    window = open_window()
    service = window._service
    assert service.pack.info.reviewed == "2025-01-01"
    other = service.pack.case_types["other"]
    service.log(service.triage("other", default_answers(other)), CaseDetails(description="Fullmakt for en anhorig"))
    chafed = next(c for c in service.pack.case_types.values() if c.in_guidelines)
    details = CaseDetails(reasons=frozenset({ChafingReason.INTEGRITY}), reflection="Ville att jag loggade in at hen.")
    service.log(service.triage(chafed.id, default_answers(chafed)), details)

    window.editor_action.trigger()
    editor = window.editor
    editor.confirm_discard = lambda: True
    qtbot.addWidget(editor)
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitActive(editor)
    assert editor.lists.currentIndex() == 2  # the review checklist
    texts = [editor.review_list.item(i).text() for i in range(editor.review_list.count())]
    assert texts[0] == "Finns inte i riktlinjerna (1)" and "Fullmakt for en anhorig" in texts[1]
    assert texts[2] == "Ärenden som skavde (1)" and "Integritet" in texts[3]
    assert "Ville att jag loggade in at hen." in editor.review_list.item(3).toolTip()
    assert any(t.startswith("Lokala aktörer att fylla i (") for t in texts)
    assert "Granskningen skulle ha gjorts senast 2025-07-01." in editor.review_page.toPlainText()
    editor.grab().save(str(artifacts / "editor-06-review.png"))

    editor.review_list.setFocus()
    qtbot.waitUntil(editor.review_list.hasFocus)
    editor.review_list.setCurrentRow(1)
    keys(qtbot, Qt.Key.Key_Return)  # the errand not in the guidelines becomes a new case type
    assert editor.data["case_types"][-1]["title"]["sv"] == "Fullmakt for en anhorig"
    assert editor.lists.currentIndex() == 1 and QApplication.focusWidget() is editor.case_form.title_en

    editor.lists.setCurrentIndex(2)
    editor.info_form.mark_reviewed_today(dt.date(2026, 12, 2))
    assert editor.data["pack"]["reviewed"] == "2026-12-02"


def test_whats_new_shows_the_publishers_change_note_first(qtbot) -> None:
    from deskhelp.core.pack_changes import ChangeKind, PackChange
    from deskhelp.ui.whats_new import WhatsNewDialog

    change = PackChange(ChangeKind.VERSION, "", "Ny version: 2026.2 (tidigare 2026.1).")
    dialog = WhatsNewDialog([change], "Riktlinjer", note="Kontaktcentrets telefon ifylld.")
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert text.index("Kontaktcentrets telefon ifylld.") < text.index("Ny version")


def test_the_times_per_branch_are_edited_and_the_desk_shows_them(qtbot, editor, share: Path, artifacts) -> None:
    editor.lists.setCurrentIndex(2)
    panel = editor.times_panel
    assert panel.current_index() is None and not panel.form.isEnabled()  # the bundled pack has no times
    panel.add_branch("*")
    assert QApplication.focusWidget() is panel.form.fields[0]
    assert ("times[0].drop_in.sv", "is empty") in editor.problems
    type_text(qtbot, "Tisdagar 13-15 i datortorget")
    keys(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Tuesdays 1-3 pm at the public computers")
    assert editor.problems == []
    assert panel.branch.currentText() == "Alla filialer (*)"
    editor.grab().save(str(artifacts / "editor-07-times.png"))
    editor.note.setText("Tider for drop-in.")
    assert editor.save()
    assert editor.service.guidance() == "Drop-in: Tisdagar 13-15 i datortorget"


def test_the_readable_guidelines_are_saved_as_a_pdf_from_the_editor(
    qtbot, editor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 13, item 6: "and the same from the editor": the published guidelines as the staff meeting's matrix."""
    import subprocess

    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "riktlinjer.pdf"
    asked: list[str] = []

    def choose(_parent, _title, start, _filter):
        asked.append(start)
        return str(target), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    assert editor.readable_button.text() == "E&xportera läsbar PDF…"
    editor.readable_button.click()
    assert asked and asked[0].endswith("riktlinjer.pdf")
    assert target.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    titles = [case.title.get("sv") for case in editor.service.pack.case_types.values() if case.id != "other"]
    assert all(" ".join(title.split()[:2]) in " ".join(text.split()) for title in titles[:5])
