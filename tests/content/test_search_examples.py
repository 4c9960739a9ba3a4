"""The example requests the errand model is trained on (issue 16): resources/search/examples.tsv."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from deskhelp import paths
from deskhelp.content.pack_file import read_pack_file
from deskhelp.content.search_examples import ExamplesError, parse_examples
from deskhelp.core.other_errand import OTHER_ID

HERE = Path(__file__).parent


def _said(text: str) -> str:
    return " ".join(text.casefold().split())


@pytest.fixture(scope="module")
def examples() -> list[tuple[str, str]]:
    return parse_examples(paths.bundled_examples_path().read_text(encoding="utf-8"))


def test_every_example_names_an_errand_of_the_default_pack(examples) -> None:
    pack = read_pack_file(paths.bundled_pack_path()).pack
    errands = set(pack.case_types) - {OTHER_ID}
    assert len(examples) >= 1000
    assert {case_id for case_id, _ in examples} <= errands
    assert {case_id for case_id, _ in examples} == errands  # every errand has its own
    assert len({_said(request) for _, request in examples}) == len(examples)


def test_no_example_is_a_request_search_is_measured_on(examples) -> None:
    """The requests the targets are measured on stay unseen: none of them is an example (the writers never read
    them; this keeps it so)."""
    measured = yaml.safe_load((HERE / "patron_requests.yaml").read_text(encoding="utf-8"))
    measured += yaml.safe_load((HERE / "search_phrasings.yaml").read_text(encoding="utf-8"))
    assert not {_said(row["query"]) for row in measured} & {_said(request) for _, request in examples}


def test_a_broken_line_says_where() -> None:
    with pytest.raises(ExamplesError, match=r"examples.tsv:3: expected 'errand id<TAB>request'"):
        parse_examples("# comment\nwifi\twifi funkar inte\nwifi wifi utan tabb\n")


@given(st.text())
def test_any_text_is_examples_or_a_clear_error(text: str) -> None:
    try:
        rows = parse_examples(text)
    except ExamplesError as error:
        assert str(error).startswith("examples.tsv:")
    else:
        assert all(case_id and request and "\t" not in case_id for case_id, request in rows)
