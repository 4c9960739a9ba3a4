"""The example requests DeskHelp is trained on (resources/search/examples.tsv): ``errand id <TAB> request`` a line,
``#`` comments; written per errand of the default pack by people who had not read its keywords (issue 16).
tools/train_search_model.py learns the errand model from them (core.search_model); the desk reads only the model.
"""

from __future__ import annotations


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
