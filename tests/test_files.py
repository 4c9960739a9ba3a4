"""The one atomic write: a file appears whole or not at all, and a failure names the file once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from deskhelp.files import WriteError, atomic_output, write_text_atomically


def test_a_writers_own_write_error_is_not_wrapped_again(tmp_path: Path) -> None:
    target = tmp_path / "rapport.pdf"
    with pytest.raises(WriteError) as caught, atomic_output(target):
        raise WriteError(target, "the PDF could not be written completely (is the disk full?)")
    assert str(caught.value) == f"cannot write {target}: the PDF could not be written completely (is the disk full?)"
    assert list(tmp_path.iterdir()) == []


def test_a_write_error_is_an_os_error_naming_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "no such folder" / "ui.json"
    with pytest.raises(OSError, match="no such folder"):
        write_text_atomically(missing, "{}")


def test_writing_text_replaces_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "ui.json"
    target.write_text('{"language": "sv"}', encoding="utf-8")
    write_text_atomically(target, json.dumps({"language": "en"}))
    assert json.loads(target.read_text(encoding="utf-8")) == {"language": "en"}
    assert [p.name for p in tmp_path.iterdir()] == ["ui.json"]


def test_preferences_are_saved_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from deskhelp.ui import preferences

    monkeypatch.setattr(preferences, "_file", lambda: tmp_path / "ui.json")
    (tmp_path / "ui.json").write_text('{"language": "sv", "text_scale": 1.0}', encoding="utf-8")

    def half_then_full(self: Path, data: str, *_args, **_kwargs) -> None:  # the disk fills up mid-write
        with open(self, "w", encoding="utf-8") as stream:
            stream.write(data[:5])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", half_then_full)
    preferences.save_preferences(preferences.Preferences(language="en", text_scale=1.5))
    monkeypatch.undo()
    assert json.loads((tmp_path / "ui.json").read_text(encoding="utf-8")) == {"language": "sv", "text_scale": 1.0}
    assert [p.name for p in tmp_path.iterdir()] == ["ui.json"]  # the old choices, and no temporary file
