"""Finding the case type while the patron is still talking.

Staff type a few words, often misspelled, often without å/ä/ö ("forsakringskassan"). The index folds case and
diacritics, and matches each query word against the words of every case type's title, keywords, area and actors
by exact word, prefix (the word being typed), inflected form ("deklarationen"), part of a compound ("utdrag" in
"kontoutdrag", "samiska" in "sydsamiska"), or a small typo.
Rare words weigh more than common ones (inverse document frequency), so "kontoutdrag" outranks "skriva".

Everything expensive happens once, when the index is built; a keystroke costs a few dictionary look-ups.
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass

from deskhelp.core.guidelines import CaseType, GuidelinePack
from deskhelp.core.other_errand import OTHER_ID

# Words that say nothing about the errand; dropped from queries (but kept if the query is nothing else).
STOPWORDS = frozenset(
    (
        "jag du han hon vi ni de den det min mitt mina din ditt dina sin sitt sina en ett och eller att som med "
        "for pa i av till om har ar var vill ska kan kunna behover hjalp hjalpa inte nu hur vad varfor nar "
        "mig dig sig oss er dem fran ut in upp hos the a an to of my me is it and or with how can help "
        "need want do on at be"
    ).split()
)

_WORD = re.compile(r"[a-z0-9]+")

# Field weights: a hit in the title says more than a hit in an actor's name.
_TITLE, _KEYWORD, _CONTEXT = 1.0, 0.9, 0.5
# Match qualities.
_EXACT, _PREFIX, _PART, _TYPO = 1.0, 0.85, 0.7, 0.75
_TERM_CACHE_SIZE = 4096


def fold(text: str) -> str:
    """Lower-case and strip diacritics: "Försäkringskassan" -> "forsakringskassan"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _within_one_edit(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance <= 1 (one insertion, deletion, substitution or transposition)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True  # substitution
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la < lb:
        return a[i:] == b[i + 1 :]
    return a[i + 1 :] == b[i:]


@dataclass(frozen=True)
class SearchHit:
    case_type: CaseType
    score: float


class SearchIndex:
    """An inverted index over one guideline pack."""

    def __init__(self, pack: GuidelinePack) -> None:
        self._pack = pack
        # word -> {case type id: best field weight}
        postings: dict[str, dict[str, float]] = defaultdict(dict)
        for case in pack.case_types.values():
            if case.id == OTHER_ID:
                continue  # never ranked: always offered last (see search)
            fields = [(_TITLE, case.title.translations.values()), (_KEYWORD, case.keywords)]
            context = [pack.areas[case.area].title.get(lang) for lang in ("sv", "en")]
            context += [pack.actors[a].name.get(lang) for a in case.actors for lang in ("sv", "en")]
            fields.append((_CONTEXT, context))
            for weight, texts in fields:
                for text in texts:
                    for word in words(text):
                        if postings[word].get(case.id, 0.0) < weight:
                            postings[word][case.id] = weight
        self._postings = dict(postings)
        self._vocabulary = sorted(self._postings)
        count = max(len(pack.case_types), 1)
        self._idf = {w: math.log(1 + count / len(ids)) for w, ids in self._postings.items()}
        self._by_deletion: dict[str, list[str]] = defaultdict(list)
        for word in self._vocabulary:
            if len(word) >= 4:
                for variant in _deletions(word):
                    self._by_deletion[variant].append(word)
        self._long_words = [w for w in self._vocabulary if len(w) >= 6]
        self._term_cache: dict[str, dict[str, float]] = {}

    def _matches(self, term: str) -> dict[str, float]:
        """Vocabulary words that ``term`` may stand for, with the quality of each match."""
        found: dict[str, float] = {}
        if term in self._postings:
            found[term] = _EXACT
        if len(term) >= 3:  # the word being typed (two letters would match half the vocabulary)
            i = bisect_left(self._vocabulary, term)
            while i < len(self._vocabulary) and self._vocabulary[i].startswith(term):
                found.setdefault(self._vocabulary[i], _PREFIX)
                i += 1
        if len(term) >= 4:
            for word in self._long_words:  # part of a Swedish compound
                if term in word and word not in found:
                    found[word] = _PART
            for cut in range(1, 5):  # an inflected form of a known word: "deklarationen" -> "deklaration"
                stem = term[:-cut]
                if len(stem) >= 5 and stem in self._postings and stem not in found:
                    found[stem] = _PREFIX
            for start in range(2, len(term) - 4):  # a compound ending in a known word: "sydsamiska" -> "samiska"
                tail = term[start:]
                if tail in self._postings and tail not in found:
                    found[tail] = _PART
            candidates = set(self._by_deletion.get(term, ()))
            for variant in _deletions(term):
                if variant in self._postings:
                    candidates.add(variant)
                candidates.update(self._by_deletion.get(variant, ()))
            for word in candidates:
                if word not in found and _within_one_edit(term, word):
                    found[word] = _TYPO
        return found

    def clear_cache(self) -> None:
        """Forget cached word matches (benchmarks use it to time every patron's query from cold)."""
        self._term_cache.clear()

    def _term_scores(self, term: str) -> dict[str, float]:
        """Case type id -> how well ``term`` matches it. Cached: typing re-sends every earlier word of the query."""
        cached = self._term_cache.get(term)
        if cached is not None:
            return cached
        best: dict[str, float] = {}
        for word, quality in self._matches(term).items():
            idf = self._idf[word]
            for case_id, weight in self._postings[word].items():
                value = quality * weight * idf
                if value > best.get(case_id, 0.0):
                    best[case_id] = value
        if len(self._term_cache) >= _TERM_CACHE_SIZE:
            self._term_cache.clear()
        self._term_cache[term] = best
        return best

    def search(self, query: str, limit: int = 10) -> list[SearchHit]:
        """The best ``limit`` matches, and always, last, the errand "not in the guidelines" (issue 13): whatever
        the patron asks about can be logged, and what the guidelines miss goes into the question inventory."""
        hits = self._ranked(query, limit)
        other = self._pack.case_types.get(OTHER_ID)
        return hits + [SearchHit(other, 0.0)] if other is not None else hits

    def _ranked(self, query: str, limit: int) -> list[SearchHit]:
        terms = words(query)
        meaningful = [t for t in terms if t not in STOPWORDS] or terms
        scores: dict[str, float] = defaultdict(float)
        for term in dict.fromkeys(meaningful):
            for case_id, value in self._term_scores(term).items():
                scores[case_id] += value
        ranked = heapq.nsmallest(limit, scores.items(), key=lambda item: (-item[1], item[0]))
        return [SearchHit(self._pack.case_types[cid], score) for cid, score in ranked]
