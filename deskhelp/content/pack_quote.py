"""How a pack problem quotes a wrong value. Apart from the YAML reader, so reading a stored pack imports no YAML."""

from __future__ import annotations

_QUOTED_CHARS = 60  # how much of a wrong value a problem quotes


def quote(text: str) -> str:
    return f"'{shortened(text)}'"


def shortened(text: str) -> str:
    """A wrong value as a problem quotes it: short enough to read, even when the value is a megabyte."""
    return text if len(text) <= _QUOTED_CHARS else f"{text[:_QUOTED_CHARS]}… ({len(text):,} characters)"
