"""The search index kept beside the database per pack revision (issue 18): the same answers as one built anew, and
a damaged, foreign or stale file is never used."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskhelp.content.search_model import read_model
from deskhelp.core.search import SearchIndex
from deskhelp.service import DeskService, searchable
from deskhelp.service import search_cache as cache
from deskhelp.settings import load_settings

# With typos too ("skirva", "forsakringskasan"): a stored index reads its typo lookup only when first needed.
QUERIES = ["skriva ut", "forsakringskassan", "bankid", "wifi lösenord", "e-bok", "kontoutdrag", "vabba", "xyz",
           "skirva ut", "forsakringskasan"]  # fmt: skip


def _answers(index: SearchIndex) -> list[list[tuple[str, float]]]:
    return [[(hit.case_type.id, hit.score) for hit in index.search(query)] for query in QUERIES]


def _start() -> tuple[DeskService, SearchIndex]:
    service = DeskService.open(load_settings())
    return service, service.prepare_search()


def test_the_next_start_reads_the_stored_index_and_answers_the_same() -> None:
    service, first = _start()
    path = cache.cache_path(service.settings.database)
    built = SearchIndex(searchable(service.pack), read_model())
    service.close()
    assert path.exists()
    service, second = _start()
    try:
        assert second.state() == built.state()
        assert _answers(second) == _answers(built) == _answers(first)
    finally:
        service.close()


def test_a_stored_index_of_another_revision_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    service, index = _start()
    path = cache.cache_path(service.settings.database)
    service.close()
    assert cache.load(path, "0" * 64, service.pack) is None
    assert cache.load(path, service.pack_status.revision.sha256, service.pack) is not None
    monkeypatch.setattr(cache, "__version__", "999.0")  # another DeskHelp wrote it
    assert cache.load(path, service.pack_status.revision.sha256, service.pack) is None


@settings(max_examples=25, deadline=None)
@given(cut=st.integers(min_value=0, max_value=10**6), flip=st.integers(min_value=0, max_value=10**6))
def test_a_damaged_file_is_built_again(cut: int, flip: int) -> None:
    service, index = _start()
    try:
        path = cache.cache_path(service.settings.database)
        good = path.read_bytes()
        sha = service.pack_status.revision.sha256
        damaged = bytearray(good[: cut % (len(good) + 1)])
        if damaged:
            damaged[flip % len(damaged)] ^= 0x55
        if bytes(damaged) == good:
            return
        path.write_bytes(bytes(damaged))
        assert cache.load(path, sha, service.pack) is None
        rebuilt = cache.index_for(service.settings.database, sha, searchable(service.pack))
        assert _answers(rebuilt) == _answers(index)
        assert path.read_bytes() == good  # written again, whole
    finally:
        service.close()


def test_a_folder_that_cannot_be_written_only_costs_the_build(tmp_path: Path) -> None:
    service, index = _start()
    try:
        blocked = tmp_path / "not-a-folder"
        blocked.write_text("")
        sha = service.pack_status.revision.sha256
        again = cache.index_for(blocked / "deskhelp.sqlite3", sha, searchable(service.pack))
        assert _answers(again) == _answers(index)
        assert not list(tmp_path.glob("**/*.tmp"))
    finally:
        service.close()


def test_state_of_another_shape_is_refused() -> None:
    service, index = _start()
    service.close()
    for state in [(), (1,) * len(index.state()), [*index.state()], "text"]:
        with pytest.raises(ValueError):
            SearchIndex.restored(service.pack, state)
