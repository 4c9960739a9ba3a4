"""A learned reading of what patrons say, beside the keywords (issue 16).

Keywords name an errand; patrons describe a situation ("boken ska tillbaka idag men jag har inte läst klart"), in
their own word forms, compounds and typos. Tuning keywords to one batch of requests did not help the next, and
nearest-example votes stopped gaining as examples were added. What did generalise, measured on batches of requests
held out one at a time, is a classifier trained on labelled requests: multinomial logistic regression over the
letter sequences (3 to 5 letters) of the query's words. Letter sequences carry inflection ("söker"/"söka"),
compounds ("skatteåterbäring") and typos ("deklerationen") without rules of ours.

tools/train_search_model.py trains it on the example requests (resources/search/examples.tsv), the default pack's
titles and keywords and the labelled requests and phrasings under tests/content, and stores it in
resources/search/errand_model.bin (content.search_model reads it): per hash bucket of a letter sequence its weight
(IDF) and the errands it says most about, with their weights as signed bytes. Nothing is trained at the desk. A
library's own pack loses nothing: an errand the model does not know just gets no share.

A query is read word by word so that a keystroke costs one word: a text's vector is the sum of its words' vectors
(each word's letter sequences, sublinear in their count within the word, times IDF), divided by the square root of
the sum of the words' squared lengths. The trainer reads its texts through ``text_vector``; the desk adds up each
word's cached scores, which comes to the same (a test holds the two together).
"""

from __future__ import annotations

import math
import zlib
from array import array
from collections import Counter

from deskhelp.core.search import words

LENGTHS = (3, 4, 5)
EMPTY = 255  # a bucket's slot that names no errand
_WORDS_KEPT = 2048  # a desk's session uses far fewer words; each costs the model's errands in floats


def word_buckets(word: str, buckets: int) -> Counter[int]:
    """The hash buckets of ``word``'s letter sequences, counted; the word is padded with a space at each end so that
    a start and an end count as their own ("ing " is an ending, " ans" a beginning)."""
    padded = f" {word} ".encode()
    return Counter(zlib.crc32(padded[i : i + n]) % buckets for n in LENGTHS for i in range(len(padded) - n + 1))


def _word_vector(word: str, idf: array) -> dict[int, float]:
    return {bucket: (1.0 + math.log(count)) * idf[bucket] for bucket, count in word_buckets(word, len(idf)).items()}


def text_vector(text: str, idf: array) -> dict[int, float]:
    """``text`` as the model reads it: bucket -> value (see the module's docstring)."""
    total: dict[int, float] = {}
    squares = 0.0
    for word in words(text):
        for bucket, value in _word_vector(word, idf).items():
            total[bucket] = total.get(bucket, 0.0) + value
            squares += value * value
    norm = math.sqrt(squares) or 1.0
    return {bucket: value / norm for bucket, value in total.items()}


class ModelError(ValueError):
    """The stored model is not of the expected shape; the message says what."""


class ErrandModel:
    """``probabilities(query)``: each known errand's probability that the query is about it."""

    def __init__(
        self,
        errands: list[str],
        per_bucket: int,
        idf: array | memoryview,
        members: bytes | memoryview,
        weights: array | memoryview,
        scale: float,
        intercepts: list[float],
    ) -> None:
        buckets = len(idf)
        if not errands or len(errands) > EMPTY or per_bucket < 1 or buckets < 1:
            raise ModelError(f"{len(errands)} errands, {per_bucket} per bucket, {buckets} buckets")
        if len(members) != buckets * per_bucket or len(weights) != buckets * per_bucket:
            raise ModelError(f"{len(members)} members and {len(weights)} weights for {buckets} x {per_bucket}")
        if len(intercepts) != len(errands) or not math.isfinite(scale) or scale <= 0:
            raise ModelError(f"{len(intercepts)} intercepts for {len(errands)} errands, scale {scale}")
        if not math.isfinite(sum(intercepts)):
            raise ModelError("an intercept is not a finite number")
        self.errands = errands
        self.per_bucket = per_bucket
        self.idf = idf
        self.members = members
        self.weights = weights
        self.scale = scale
        self.intercepts = intercepts
        self._words: dict[str, tuple[array, float]] = {}

    def _word(self, word: str) -> tuple[array, float]:
        """A word's (unnormalised) score for each errand and its vector's squared length, kept for the next key."""
        found = self._words.get(word)
        if found is None:
            # A slot may name any errand up to 254: the weights are not scanned at start (a start reads only the
            # buckets it needs), so one of a damaged file counts for nothing rather than failing the search.
            scores = array("d", bytes(8 * EMPTY))  # an array, not a list: no objects for the collector to walk
            squares = 0.0
            per_bucket, members, weights = self.per_bucket, self.members, self.weights
            for bucket, value in _word_vector(word, self.idf).items():
                squares += value * value
                start = bucket * per_bucket
                for slot in range(start, start + per_bucket):
                    member = members[slot]
                    if member == EMPTY:  # the trainer puts a bucket's kept slots first
                        break
                    scores[member] += value * weights[slot]
            if len(self._words) >= _WORDS_KEPT:
                self._words.clear()
            found = self._words[word] = (scores[: len(self.errands)], squares)
        return found

    def probabilities(self, query: str) -> dict[str, float]:
        """Softmax over the errands of intercept + (text vector . weights), as scikit-learn's LogisticRegression
        has it in the trainer; empty when the query has no word the model can read."""
        parts = [self._word(word) for word in words(query)]
        if not parts:
            return {}
        factor = self.scale / (math.sqrt(sum(squares for _, squares in parts)) or 1.0)
        sums = map(sum, zip(*(scores for scores, _ in parts), strict=True))
        logits = [intercept + factor * total for intercept, total in zip(self.intercepts, sums, strict=True)]
        if not math.isfinite(sum(logits)):  # a damaged IDF (never scanned: see _word) reads nothing, fails nothing
            return {}
        top = max(logits)
        exps = [math.exp(logit - top) for logit in logits]
        whole = sum(exps)
        return {errand: e / whole for errand, e in zip(self.errands, exps, strict=True)}
