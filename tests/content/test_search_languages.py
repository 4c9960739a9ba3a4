"""Search reads only Swedish and English (issue 16): a pack gaining a patron language does not move any ranking.

Translations into Arabic, Ukrainian, Persian, Somali, Tigrinya... are for the patron's slip. Somali is written in
Latin letters: indexed, its words would become "known" words (no longer forgiven as typos) and would change how
common a word counts across the pack, so ranking would shift each time a translation is added.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml

from deskhelp import paths
from deskhelp.content.pack_file import read_pack_file
from deskhelp.core.guidelines import GuidelinePack, Text
from deskhelp.core.search import SearchIndex

HERE = Path(__file__).parent


def _with_language(value, language: str, make):
    """``value`` with every Text in it given ``language`` (by ``make(text)``), rebuilt through frozen dataclasses."""
    if isinstance(value, Text):
        return Text({**value.translations, language: make(value)})
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _with_language(getattr(value, f.name), language, make) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    if isinstance(value, dict):
        return {key: _with_language(item, language, make) for key, item in value.items()}
    if isinstance(value, tuple):
        return tuple(_with_language(item, language, make) for item in value)
    if isinstance(value, list):
        return [_with_language(item, language, make) for item in value]
    return value


@pytest.fixture(scope="module")
def pack() -> GuidelinePack:
    return read_pack_file(paths.bundled_pack_path()).pack


def _queries() -> list[str]:
    rows = yaml.safe_load((HERE / "patron_requests.yaml").read_text(encoding="utf-8"))
    rows += yaml.safe_load((HERE / "search_phrasings.yaml").read_text(encoding="utf-8"))
    return list(dict.fromkeys(row["query"] for row in rows))


def _rankings(index: SearchIndex, queries: list[str]) -> list[list[tuple[str, float]]]:
    return [[(hit.case_type.id, round(hit.score, 9)) for hit in index.search(query, 5)] for query in queries]


@pytest.mark.parametrize(
    ("language", "make"),
    [
        # A Latin-script language whose words collide with the request set's ("wifi", "bankid", "skriva ut" in
        # every text of every errand), as Somali loanwords would.
        ("so", lambda text: f"wifi bankid skriva ut kontoutdrag {text.get('en')[::-1]} qaybta caawinta"),
        ("uk", lambda text: f"Переклад: {text.get('sv')}"),
    ],
)
def test_a_new_patron_language_changes_no_ranking(pack: GuidelinePack, language: str, make) -> None:
    queries = _queries()
    before = _rankings(SearchIndex(pack), queries)
    translated = _with_language(pack, language, make)
    assert all(language in ct.title.translations for ct in translated.case_types.values())  # the walk reached them
    assert _rankings(SearchIndex(translated), queries) == before


def test_search_does_not_find_an_errand_by_its_translation_alone(pack: GuidelinePack) -> None:
    translated = _with_language(pack, "so", lambda text: "qaybtaxyz caawintaxyz")
    index = SearchIndex(translated)
    assert [hit.case_type.id for hit in index.search("qaybtaxyz caawintaxyz")] == ["other"]
