from __future__ import annotations

from pathlib import Path

import pytest

from deskhelp.reports.guard import ExportError, atomic_output, guard_text


@pytest.mark.parametrize("text", ["=1+1", "+46", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_get_a_quote(text: str) -> None:
    assert guard_text(text) == "'" + text


@pytest.mark.parametrize("text", ["", "Bank", "1-2", "'=quoted already", " =space first", "e-legitimation"])
def test_other_text_is_left_alone(text: str) -> None:
    assert guard_text(text) == text


def test_atomic_output_replaces_only_when_done(tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    target.write_text("old")
    with atomic_output(target) as temporary:
        assert temporary.parent == tmp_path and temporary != target
        temporary.write_text("new")
        assert target.read_text() == "old"
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


def test_atomic_output_cleans_up_after_a_failure(tmp_path: Path) -> None:
    with pytest.raises(KeyError), atomic_output(tmp_path / "report.csv") as temporary:
        temporary.write_text("half")
        raise KeyError("boom")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_is_named(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "report.csv"
    with pytest.raises(ExportError) as caught, atomic_output(target):
        pass
    assert caught.value.path == target and str(target) in str(caught.value)


def test_the_temporary_file_is_hidden_and_keeps_the_suffix(tmp_path: Path) -> None:
    with atomic_output(tmp_path / "rapport.pdf") as temporary:
        assert temporary.name.startswith(".rapport.") and temporary.name.endswith(".part.pdf")
        temporary.write_bytes(b"%PDF")
    assert (tmp_path / "rapport.pdf").read_bytes() == b"%PDF"
