"""The pack names its owner and review interval (issue 13, item 3): read, defaulted, and refused where wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from deskhelp import paths
from deskhelp.content.pack_file import PackError, read_pack_file


def _with(small_pack_path: Path, tmp_path: Path, extra: str) -> Path:
    text = small_pack_path.read_text(encoding="utf-8")
    path = tmp_path / "pack.yaml"
    path.write_text(text.replace("  reviewed: 2026-11-01\n", f"  reviewed: 2026-11-01\n{extra}", 1), encoding="utf-8")
    return path


def test_the_default_pack_names_its_owner_and_interval() -> None:
    info = read_pack_file(paths.bundled_pack_path()).pack.info
    assert (info.owner, info.review_months) == ("Arbetsgruppen för digital service", 6)


def test_owner_and_interval_are_read(small_pack_path: Path, tmp_path: Path) -> None:
    path = _with(small_pack_path, tmp_path, '  owner: "Enhetschef, Husby bibliotek"\n  review_months: 12\n')
    info = read_pack_file(path).pack.info
    assert (info.owner, info.review_months) == ("Enhetschef, Husby bibliotek", 12)


def test_without_them_the_defaults_apply(small_pack_path: Path) -> None:
    info = read_pack_file(small_pack_path).pack.info
    assert (info.owner, info.review_months) == ("Arbetsgruppen för digital service", 6)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("  review_months: 40\n", "pack.review_months: must be a whole number from 1 to 36, not"),
        ("  review_months: half-year\n", "pack.review_months: must be a whole number from 1 to 36"),
        ('  owner: ""\n', "pack.owner: is empty"),
        ("  owner: [a, b]\n", "pack.owner: must be text"),
    ],
)
def test_a_wrong_owner_or_interval_says_where(small_pack_path: Path, tmp_path: Path, extra: str, message: str) -> None:
    with pytest.raises(PackError) as caught:
        read_pack_file(_with(small_pack_path, tmp_path, extra))
    assert message in str(caught.value)
