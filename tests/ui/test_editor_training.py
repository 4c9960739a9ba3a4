"""The editor's course links and the remote drop-in's video room, typed by keyboard, published, and read back by
the desk: the link beside the need it trains for, the video room in the booking times."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_editor import editor, keys, share, type_text  # noqa: F401 - the editor's fixtures


def test_a_course_link_is_added_published_and_read_back(qtbot, editor, share: Path, artifacts) -> None:  # noqa: F811
    editor.lists.setCurrentIndex(2)
    panel = editor.training_panel
    before = len(editor.data.get("training", []))
    panel.add.setFocus()
    keys(qtbot, Qt.Key.Key_Space)  # "Lägg till kurslänk"
    assert QApplication.focusWidget() is panel.form.title
    assert any(path == f"training[{before}].title" for path, _m in editor.problems)  # a title is needed
    type_text(qtbot, "Bibliotekets egen BankID-kurs")
    keys(qtbot, Qt.Key.Key_Tab)
    panel.form.url.selectAll()
    type_text(qtbot, "https://intranat.example.se/kurser/bankid")
    keys(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "4.2")
    keys(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_Tab)
    type_text(qtbot, "bankid")
    assert editor.problems == []
    assert panel.links.currentText() == "Bibliotekets egen BankID-kurs"
    editor.grab().save(str(artifacts / "editor-training-link.png"))
    editor.note.setText("Kurslänk för BankID.")
    assert editor.save()
    link = editor.service.pack.training[-1]
    assert (link.title, link.url, link.framework, link.case_types) == (
        "Bibliotekets egen BankID-kurs",
        "https://intranat.example.se/kurser/bankid",
        ("4.2",),
        ("bankid",),
    )


def test_an_unknown_framework_area_is_named_beside_the_field(qtbot, editor) -> None:  # noqa: F811
    editor.lists.setCurrentIndex(2)
    panel = editor.training_panel
    panel.add_link()
    type_text(qtbot, "Kurs")
    panel.form.framework.setFocus()
    type_text(qtbot, "9")
    assert any(p.startswith(f"training[{panel.current_index()}].framework[0]") for p, _m in editor.problems)
    assert panel.form.problem_label.isVisible() and "9" in panel.form.problem_label.text()


def test_the_video_room_of_the_remote_drop_in(qtbot, editor, share: Path) -> None:  # noqa: F811
    editor.lists.setCurrentIndex(2)
    times = editor.times_panel
    times.add_branch("*")
    type_text(qtbot, "Tisdagar 13-15")
    keys(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Tuesdays 1-3 pm")
    times.form.fields[-1].setFocus()  # the video room
    type_text(qtbot, "https://meet.example.se/biblioteket")
    assert editor.problems == []
    editor.note.setText("Videorum.")
    assert editor.save()
    assert "Videorum: https://meet.example.se/biblioteket" in editor.service.guidance()
