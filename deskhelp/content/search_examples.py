"""The example requests DeskHelp ships (resources/search/examples.tsv): ``errand id <TAB> request`` a line, ``#``
comments; written per errand of the default pack by people who had not read its keywords (issue 16). The search
gives them a vote beside the keywords (core.search_examples); an errand a library's own pack lacks just gets none.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from deskhelp import paths

log = logging.getLogger(__name__)


class ExamplesError(ValueError):
    """The examples file is not what it should be; the message says where."""


def parse_examples(text: str, source: str = "examples.tsv") -> list[tuple[str, str]]:
    examples = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        case_id, tab, request = line.partition("\t")
        if not tab or not case_id.strip() or not request.strip():
            raise ExamplesError(f"{source}:{number}: expected 'errand id<TAB>request', not {line[:60]!r}")
        examples.append((case_id.strip(), request.strip()))
    return examples


def read_examples(path: Path | None = None) -> tuple[str, str]:
    """The examples file's text and a digest of it (the stored search index is kept per digest: a start reads and
    hashes the file, and parses it only to build the index). A missing or unreadable file costs the search its
    examples, never the desk: it is logged, and the keywords work alone."""
    path = path or paths.bundled_examples_path()
    try:
        raw = path.read_bytes()
        return raw.decode("utf-8"), hashlib.sha256(raw).hexdigest()[:16]
    except (OSError, UnicodeDecodeError) as error:
        log.warning("search examples not used: %s", error)
        return "", "none"


def bundled_examples() -> list[tuple[str, str]]:
    """The examples DeskHelp ships, as the desk's search is given them (none, logged, when the file is broken)."""
    return examples_or_none(read_examples()[0])


def examples_or_none(text: str, source: str = "examples.tsv") -> list[tuple[str, str]]:
    """``parse_examples``, or none at all (logged) when the file is broken: the keywords still work."""
    try:
        return parse_examples(text, source)
    except ExamplesError as error:
        log.warning("search examples not used: %s", error)
        return []
