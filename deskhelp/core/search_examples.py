"""What patrons say, errand by errand: example requests that vote beside the keywords (issue 16).

Keywords name an errand; patrons describe a situation ("boken ska tillbaka idag men jag har inte läst klart"). A
pack's keyword lists cannot hold every way of saying it, and tuning them to one batch of requests did not help the
next. Example requests, written per errand by people who had not read the keywords, carry the everyday words around
each errand. Each errand's examples become one vector (the mean of their IDF-weighted word stems: a
nearest-centroid vote, cheap to store and to score); a query's cosine with each errand's vector is added to its
keyword score. Examples whose errand is not in the pack are left out, so a library's own pack loses nothing.

The examples ship as resources/search/examples.tsv (``errand id <TAB> request``); content.search_examples reads
them. Measured on requests neither the keywords nor the examples were written from: see
tests/content/test_patron_requests.py.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from deskhelp.core.search import EVERYDAY_FOLDED, stem, words

# An everyday word ("jag", "inte") still says something next to others, but little on its own.
_EVERYDAY_FACTOR = 0.3
_MOST_ERRANDS = 24


def _features(text: str) -> dict[str, float]:
    """The stems of ``text``'s words ("söker" and "söka" alike). Whole words beside them were tried: the same
    figures on the requests, twice the stored index and its time to read back at every start."""
    found: dict[str, float] = {}
    for word in words(text):
        root = stem(word)
        found[root] = max(found.get(root, 0.0), _EVERYDAY_FACTOR if word in EVERYDAY_FOLDED else 1.0)
    return found


class ExampleVotes:
    """Per errand, the centroid of its examples; ``scores(query)`` is each errand's cosine with the query."""

    def __init__(self, examples: Iterable[tuple[str, str]], errands: Iterable[str]) -> None:
        wanted = set(errands)
        vectors = [(_features(query), case_id) for case_id, query in examples if case_id in wanted]
        spread: dict[str, int] = defaultdict(int)
        for vector, _ in vectors:
            for feature in vector:
                spread[feature] += 1
        count = len(vectors)
        self._idf = {feature: math.log(1 + count / n) for feature, n in spread.items()}
        centroids: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for vector, case_id in vectors:
            weighted = self._weighted(vector)
            for feature, value in weighted.items():
                centroids[case_id][feature] += value
        postings: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for case_id, centroid in centroids.items():
            norm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
            for feature, value in centroid.items():
                postings[feature].append((case_id, value / norm))
        # A stem keeps only the errands it says most about: an everyday stem ("har") is in every errand's examples,
        # and summing all of them cost a keystroke on a pack ten times the default more than the rest of the search.
        self._postings = {f: sorted(found, key=lambda p: -p[1])[:_MOST_ERRANDS] for f, found in postings.items()}

    def _weighted(self, vector: dict[str, float]) -> dict[str, float]:
        """``vector`` times IDF, of unit length (features the examples never use are dropped)."""
        weighted = {f: v * self._idf[f] for f, v in vector.items() if f in self._idf}
        norm = math.sqrt(sum(v * v for v in weighted.values())) or 1.0
        return {f: v / norm for f, v in weighted.items()}

    def scores(self, query: str) -> dict[str, float]:
        found: dict[str, float] = defaultdict(float)
        for feature, value in self._weighted(_features(query)).items():
            for case_id, weight in self._postings[feature]:
                found[case_id] += value * weight
        return found

    # In built-in types only, for the stored search index (service.search_cache; issue 18).
    def state(self) -> tuple[dict, dict]:
        return self._idf, self._postings

    @classmethod
    def restored(cls, state: tuple) -> ExampleVotes:
        if not (isinstance(state, tuple) and len(state) == 2 and all(isinstance(part, dict) for part in state)):
            raise ValueError("not the state of example votes")
        votes = cls.__new__(cls)
        votes._idf, votes._postings = state
        return votes
