"""Ways a database file gets damaged on disk, each a function on a copy of a real DeskHelp database.

Pages are found with SQLite's dbstat table (which page belongs to which table or index), so every variant hits
what its name says, whatever the layout of the file.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

PAGE = 4096


def pages_of(path: Path, name: str, kind: str | None = None) -> list[int]:
    """The page numbers of a table or index (``kind``: 'leaf', 'internal' or 'overflow'), in b-tree order."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT pageno, pagetype FROM dbstat WHERE name = ? ORDER BY path", (name,)).fetchall()
    finally:
        conn.close()
    return [page for page, page_type in rows if kind is None or page_type == kind]


def freelist_trunk(path: Path) -> int:
    with path.open("rb") as file:
        file.seek(32)
        return int.from_bytes(file.read(4), "big")


def _write(path: Path, offset: int, data: bytes) -> None:
    with path.open("r+b") as file:
        file.seek(offset)
        file.write(data)


def _read(path: Path, offset: int, size: int) -> bytes:
    with path.open("rb") as file:
        file.seek(offset)
        return file.read(size)


def _noise(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def _page_offset(page: int) -> int:
    return (page - 1) * PAGE


def header_magic(path: Path) -> None:
    _write(path, 0, b"SQLite formut 3\x00")


def header_page_size(path: Path) -> None:
    _write(path, 16, b"\x00\x03")  # 3 is not a power of two


def schema_page(path: Path) -> None:
    # Page 1 past the file header: the schema's cells (or, once the schema outgrew one page, its interior cells and
    # their pointers), wherever the page header says they start.
    content = int.from_bytes(_read(path, 100 + 5, 2), "big") or 65536
    _write(path, 100 + 8, _noise(4, 1))
    _write(path, content, _noise(min(600, PAGE - content), 1))


def case_record_leaf(path: Path) -> None:
    leaf = pages_of(path, "case_record", "leaf")[2]
    _write(path, _page_offset(leaf) + 1500, _noise(800, 2))


def case_record_interior(path: Path) -> None:
    interior = pages_of(path, "case_record", "internal")[0]
    _write(path, _page_offset(interior) + 8, _noise(64, 3))


def case_record_zeroed_leaf(path: Path) -> None:
    leaf = pages_of(path, "case_record", "leaf")[5]
    _write(path, _page_offset(leaf), bytes(PAGE))


def case_record_pages_swapped(path: Path) -> None:
    leaves = pages_of(path, "case_record", "leaf")
    first, second = leaves[1], leaves[-2]
    a, b = _read(path, _page_offset(first), PAGE), _read(path, _page_offset(second), PAGE)
    _write(path, _page_offset(first), b)
    _write(path, _page_offset(second), a)


def index_leaf(path: Path) -> None:
    """Change one date inside the occurred_on index, keeping its structure: the index no longer matches the rows."""
    leaf = pages_of(path, "ix_case_record_occurred_on", "leaf")[1]
    page = bytearray(_read(path, _page_offset(leaf), PAGE))
    at = page.rfind(b"-0")  # the last key's month, in the cells at the end of the page
    assert at > 0
    page[at - 4 : at] = b"1999"
    _write(path, _page_offset(leaf), bytes(page))


def index_zeroed(path: Path) -> None:
    leaf = pages_of(path, "ix_case_record_case_type_id", "leaf")[0]
    _write(path, _page_offset(leaf), bytes(PAGE))


def case_actor_leaf(path: Path) -> None:
    leaf = pages_of(path, "case_actor", "leaf")[1]
    _write(path, _page_offset(leaf) + 8, _noise(32, 4))


def freelist(path: Path) -> None:
    trunk = freelist_trunk(path)
    assert trunk, "the fixture must have free pages"
    _write(path, _page_offset(trunk) + 8, (999_999).to_bytes(4, "big") * 4)  # leaf pages past the end


def last_page(path: Path) -> None:
    size = path.stat().st_size
    _write(path, size - PAGE, _noise(PAGE, 5))


def truncated_mid_page(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as file:
        file.truncate(size - PAGE - PAGE // 2)


def overflow_chain(path: Path) -> None:
    """The guideline pack's text fills a chain of overflow pages; break the link to the next one."""
    overflow = pages_of(path, "pack_revision", "overflow")[0]
    _write(path, _page_offset(overflow), (999_999).to_bytes(4, "big"))


def orphaned_referrals(path: Path) -> None:
    """Rows gone from case_record while their referrals stay (what a cascade-free delete leaves)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM case_record WHERE id IN (SELECT case_id FROM case_actor LIMIT 3)")
    conn.commit()
    conn.close()


VARIANTS: dict[str, Callable[[Path], None]] = {
    f.__name__: f
    for f in (
        header_magic,
        header_page_size,
        schema_page,
        case_record_leaf,
        case_record_interior,
        case_record_zeroed_leaf,
        case_record_pages_swapped,
        index_leaf,
        index_zeroed,
        case_actor_leaf,
        freelist,
        last_page,
        truncated_mid_page,
        overflow_chain,
        orphaned_referrals,
    )
}
