"""A pack file is outside input: whatever it holds, reading it ends in a valid pack or a PackError that says where
and what, quickly and in little memory. Each test here is a file that once gave a traceback, a hang or gigabytes."""

from __future__ import annotations

import os
import sys
import tracemalloc
from pathlib import Path

import pytest

from deskhelp.content.pack_file import (
    MAX_LISTED_PROBLEMS,
    MAX_PACK_BYTES,
    PackError,
    pack_from_json,
    read_pack_file,
)
from deskhelp.content.pack_yaml import MAX_ALIAS_GROWTH

DEFAULT_PACK = Path(__file__).parents[2] / "resources" / "packs" / "default.yaml"


def _small_with(small_pack_path: Path, tmp_path: Path, old: str, new: str, name: str = "pack.yaml") -> Path:
    text = small_pack_path.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _error(path: Path) -> PackError:
    with pytest.raises(PackError) as caught:
        read_pack_file(path)
    return caught.value


def test_an_impossible_date_names_its_line(small_pack_path: Path, tmp_path: Path) -> None:
    # Was: ValueError "day is out of range for month" from PyYAML's date constructor, a traceback.
    path = _small_with(small_pack_path, tmp_path, "reviewed: 2026-11-01", "reviewed: 2026-02-30")
    error = _error(path)
    assert str(error).startswith(f"{path}: line 7, column 13: ")
    assert "'2026-02-30' is not a real date" in str(error)


def test_a_time_of_day_that_does_not_exist_names_its_line(small_pack_path: Path, tmp_path: Path) -> None:
    path = _small_with(small_pack_path, tmp_path, "reviewed: 2026-11-01", "reviewed: 2026-11-01 25:00:00")
    assert "is not a real date" in str(_error(path))


def test_a_date_with_a_time_is_read_as_the_day(small_pack_path: Path, tmp_path: Path) -> None:
    path = _small_with(small_pack_path, tmp_path, "reviewed: 2026-11-01", "reviewed: 2026-11-01 10:30:00")
    assert read_pack_file(path).pack.info.reviewed == "2026-11-01"


def test_a_number_with_thousands_of_digits_names_its_line_and_is_not_quoted_whole(
    small_pack_path: Path, tmp_path: Path
) -> None:
    # Was: ValueError "Exceeds the limit (4300 digits) for integer string conversion", a traceback.
    digits = "9" * 5000
    path = _small_with(small_pack_path, tmp_path, "effort: 1\n", f"effort: {digits}\n")
    message = str(_error(path))
    assert f"{path}: line 69, column 13: " in message and "is not a usable number" in message
    assert digits not in message and len(message) < 500


@pytest.mark.parametrize("count", [MAX_LISTED_PROBLEMS + 1, 100_000])
def test_problems_by_the_hundred_thousand_are_counted_not_listed(
    small_pack_path: Path, tmp_path: Path, count: int
) -> None:
    # Was: one line per unknown key; 100,000 keys made a 9 MB message (78 MB at the top level of a 5 MB file).
    unknown = "".join(f"  unknown{i}: x\n" for i in range(count))
    path = _small_with(small_pack_path, tmp_path, '  version: "1"\n', f'  version: "1"\n{unknown}')
    error = _error(path)
    assert error.total == count and len(error.problems) == MAX_LISTED_PROBLEMS
    lines = str(error).splitlines()
    assert len(lines) == MAX_LISTED_PROBLEMS + 1
    expected = "change_note, id, owner, review_months, reviewed, title, version"
    assert lines[0] == f"{path}: pack.unknown0: unknown field; expected one of: {expected}"
    assert lines[-1] == f"{path}: and {count - MAX_LISTED_PROBLEMS:,} more problems"


def test_a_problem_quotes_a_huge_value_shortened(small_pack_path: Path, tmp_path: Path) -> None:
    huge = "x" * 3_000_000
    path = _small_with(small_pack_path, tmp_path, "effort: 1\n", f"effort: {huge}\n")
    (problem,) = _error(path).problems
    assert problem.path == "case_types[0].effort"
    assert (
        problem.message.startswith("must be a whole number from 1 to 6, not 'xxxx")
        and "(3,000,000 characters)" in problem.message
    )
    assert len(problem.message) < 200


def _laughs(levels: int) -> str:
    """The 'billion laughs': each anchor is a list of nine aliases to the one before."""
    lines = ["x-laughs:", '  l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"  l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def test_aliases_that_unfold_to_gigabytes_are_refused_before_building_anything(
    small_pack_path: Path, tmp_path: Path
) -> None:
    # Nine levels of nine: 3.9e8 strings from a 600-byte addition. Refused from the node graph, where an alias is
    # one shared node: nothing is unfolded, so neither memory nor time grows with the expansion.
    path = _small_with(small_pack_path, tmp_path, "format: 1\n", f"format: 1\n{_laughs(9)}")
    path.write_text(
        path.read_text(encoding="utf-8").replace("keywords: [utskrift, skrivare, printa]", "keywords: *l8", 1)
    )
    tracemalloc.start()
    try:
        error = _error(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000
    (problem,) = error.problems
    assert problem.path == "line 12, column 7"  # the anchor repeated most: l8
    assert "aliases (*name) unfold the pack by" in problem.message and f"{MAX_ALIAS_GROWTH:,}" in problem.message


def test_a_few_aliases_are_fine(small_pack_path: Path, tmp_path: Path) -> None:
    path = _small_with(
        small_pack_path,
        tmp_path,
        "title: {sv: Utskrift och skanning, en: Printing and scanning}",
        "title: &printing {sv: Utskrift och skanning, en: Printing and scanning}",
    )
    path.write_text(
        path.read_text(encoding="utf-8").replace("title: {sv: Skriva ut, en: Printing}", "title: *printing", 1),
        encoding="utf-8",
    )
    pack = read_pack_file(path).pack
    assert pack.cards["card-printing"].title.get("en") == "Printing and scanning"


def test_an_alias_inside_its_own_anchor_is_refused(small_pack_path: Path, tmp_path: Path) -> None:
    path = _small_with(small_pack_path, tmp_path, "keywords: [utskrift, skrivare, printa]", "keywords: &k [*k]")
    assert "refers to the list or mapping it is inside" in str(_error(path))


def test_nesting_a_thousand_deep_is_a_problem_not_a_recursion_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("format: 1\npack: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    assert "is not valid YAML" in str(_error(path))
    block = "format: 1\npack:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(990)) + "  " * 991 + "v\n"
    path.write_text(block, encoding="utf-8")
    assert "pack.k0: unknown field" in str(_error(path))


def test_a_file_far_too_big_is_refused_from_its_size_without_reading_it(tmp_path: Path) -> None:
    # Was: read whole (1 GB of memory, seconds) before the size was looked at.
    path = tmp_path / "video.yaml"
    with open(path, "wb") as stream:
        stream.truncate(1024**3)  # sparse: takes no room on disk
    tracemalloc.start()
    try:
        error = _error(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1_000_000
    assert str(error) == f"{path}: is 1,073,741,824 bytes; a pack may be at most {MAX_PACK_BYTES:,} bytes"


def test_the_size_limit_leaves_room_for_twenty_default_packs() -> None:
    assert 20 * DEFAULT_PACK.stat().st_size < MAX_PACK_BYTES


def test_a_pack_just_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"#" * (MAX_PACK_BYTES + 1))
    assert "a pack may be at most" in str(_error(path))
    path.write_bytes(b"#" * MAX_PACK_BYTES)
    assert "is empty" in str(_error(path))  # read, not refused for its size


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_not_a_pack() -> None:
    # Was: read until memory ran out (MemoryError after 3 GB under a limit; the whole machine's memory without).
    assert str(_error(Path("/dev/zero"))) == "/dev/zero: is not a file (a folder, device or pipe)"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_not_waited_on(tmp_path: Path) -> None:
    pipe = tmp_path / "pack.yaml"
    os.mkfifo(pipe)
    assert "is not a file" in str(_error(pipe))


def test_a_folder_is_not_a_pack(tmp_path: Path) -> None:
    message = str(_error(tmp_path))
    assert message.startswith(str(tmp_path)) and ("is not a file" in message or "cannot be read" in message)


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    assert "cannot be read" in str(_error(tmp_path / "nowhere.yaml"))


@pytest.mark.skipif(sys.platform == "win32", reason="file modes")
def test_an_unreadable_file_says_so(tmp_path: Path, small_pack_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = tmp_path / "locked.yaml"
    path.write_bytes(small_pack_path.read_bytes())
    path.chmod(0)
    assert "cannot be read (Permission denied)" in str(_error(path))


@pytest.mark.parametrize("payload", ["", "{", "[1, 2]", '{"format": 1, "pack": {"id": "x"}}', "null", "1e999999"])
def test_a_damaged_stored_revision_is_a_pack_error(payload: str) -> None:
    with pytest.raises(PackError) as caught:
        pack_from_json(payload, "revision 7")
    assert str(caught.value).startswith("revision 7: ")
