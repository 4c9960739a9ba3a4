"""Reading a pack's times for digital guidance per branch (FORMAT.md, `times`), by the reader's own rules."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from deskhelp.content.pack_channels import read_remote_link
from deskhelp.content.pack_quote import quote as _quote
from deskhelp.core.guidelines import TIMES_FIELDS, BranchTimes

if TYPE_CHECKING:
    from deskhelp.content.pack_file import _Reader


def read_times(reader: _Reader, value: Any) -> tuple[BranchTimes, ...]:
    seen: set[str] = set()
    out = []
    for i, item in enumerate(reader.items(value, lambda v: v, allow_empty=True)):
        with reader._at(i):
            data = reader.mapping(item, {"branch", *TIMES_FIELDS, "remote_link"})
            if data is None:
                continue
            branch = reader.field(data, "branch", reader.string)
            texts = {name: reader.field(data, name, reader.text, required=False) for name in TIMES_FIELDS}
            if not any(name in data for name in TIMES_FIELDS):
                reader.problem(f"needs at least one of: {', '.join(TIMES_FIELDS)}")
            if branch is None:
                continue
            if branch.casefold() in seen:
                with reader._at("branch"):
                    reader.problem(f"{_quote(branch)} is used twice in times")
                continue
            seen.add(branch.casefold())
            out.append(BranchTimes(branch=branch, **texts, remote_link=read_remote_link(reader, data)))
    return tuple(out)
