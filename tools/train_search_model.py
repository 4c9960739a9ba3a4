"""Train the errand model the search reads beside the keywords (core.search_model; issue 16).

python tools/train_search_model.py            write resources/search/errand_model.bin
python tools/train_search_model.py --check    exit 1 when the stored model was trained on other inputs

Needs the ``train`` extra (scikit-learn): only this tool does; the desk reads the stored model with the standard
library. Trained on the example requests (resources/search/examples.tsv), the labelled patron requests of the
halves in TRAINED and the phrasings (tests/content). The halves after them were written after the model was
trained and are only measured (tests/content/test_patron_requests.py).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from array import array
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from deskhelp import paths  # noqa: E402
from deskhelp.content.pack_file import read_pack_file  # noqa: E402
from deskhelp.content.search_examples import parse_examples  # noqa: E402
from deskhelp.content.search_model import inputs_digest, read_model, write_model  # noqa: E402
from deskhelp.core.other_errand import OTHER_ID  # noqa: E402
from deskhelp.core.search import words  # noqa: E402
from deskhelp.core.search_model import EMPTY, ErrandModel, text_vector, word_buckets  # noqa: E402

TRAINED = "abcdefghijklmnopqrstuvwxyz"  # the halves of patron_requests.yaml the model learns from
BUCKETS = 1 << 16
PER_BUCKET = 16
C = 30.0  # inverse regularisation: chosen by training without one held-out batch at a time (j to n)

REQUESTS = ROOT / "tests/content/patron_requests.yaml"
PHRASINGS = ROOT / "tests/content/search_phrasings.yaml"


def pack_texts() -> list[tuple[str, str]]:
    """The default pack's own words for each errand: its titles in Swedish and English and its keywords."""
    pack = read_pack_file(paths.bundled_pack_path()).pack
    rows = []
    for case in pack.case_types.values():
        if case.id == OTHER_ID:  # "not in the guidelines" is never ranked: search lists it last, always
            continue
        rows += [(case.id, text) for text in (case.title.get("sv"), case.title.get("en")) if text]
        rows += [(case.id, keyword) for keyword in case.keywords]
    return rows


def labelled(halves: str = TRAINED) -> list[tuple[str, str]]:
    """(errand id, text) pairs to learn from."""
    rows = parse_examples(paths.bundled_examples_path().read_text(encoding="utf-8"))
    rows += pack_texts()
    requests = yaml.safe_load(REQUESTS.read_text(encoding="utf-8"))
    rows += [(r["expect"], r["query"]) for r in requests if r["half"] in halves]
    rows += [(p["expect"], p["query"]) for p in yaml.safe_load(PHRASINGS.read_text(encoding="utf-8"))]
    return rows


def digest_of(rows: list[tuple[str, str]]) -> str:
    text = "\n".join(f"{errand}\t{query}" for errand, query in rows)
    return hashlib.sha256(f"{BUCKETS} {PER_BUCKET} {C}\n{text}".encode()).hexdigest()[:16]


def train(rows: list[tuple[str, str]], c: float = C, buckets: int = BUCKETS, per_bucket: int = PER_BUCKET):
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    # IDF as scikit-learn's TfidfVectorizer has it (smoothed): how many texts use a bucket at all.
    spread = np.zeros(buckets)
    for _, text in rows:
        spread[list({b for word in words(text) for b in word_buckets(word, buckets)})] += 1
    idf = array("f", (np.log((1 + len(rows)) / (1 + spread)) + 1).astype(np.float32).tobytes())
    data, indices, indptr = [], [], [0]
    for _, text in rows:
        vector = text_vector(text, idf)  # as the desk reads a query
        indices += list(vector)
        data += list(vector.values())
        indptr.append(len(indices))
    x = csr_matrix((np.array(data), indices, indptr), shape=(len(rows), buckets))
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(x, [errand for errand, _ in rows])
    coef = model.coef_  # errands x buckets
    order = np.argsort(-np.abs(coef), axis=0)[:per_bucket]  # per bucket, the errands it says most about
    scale = float(np.abs(coef).max()) / 127  # signed bytes: as good as float32 when leaving batches out (j to n)
    members = np.full((buckets, per_bucket), EMPTY, np.uint8)
    weights = np.zeros((buckets, per_bucket), np.int8)
    for slot in range(per_bucket):
        errand = order[slot]
        value = np.rint(coef[errand, np.arange(buckets)] / scale).astype(np.int8)
        keep = value != 0
        members[keep, slot] = errand[keep]
        weights[keep, slot] = value[keep]
    # Kept slots first in each bucket, so that the reader stops at the first empty one.
    filled = np.argsort(members == EMPTY, axis=1, kind="stable")
    members = np.take_along_axis(members, filled, axis=1)
    weights = np.take_along_axis(weights, filled, axis=1)
    return ErrandModel(
        [str(e) for e in model.classes_],
        per_bucket,
        idf,
        members.tobytes(),
        array("b", weights.tobytes()),
        scale,
        [float(v) for v in model.intercept_],
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="only say whether the stored model is up to date")
    args = parser.parse_args()
    rows = labelled()
    digest = digest_of(rows)
    path = paths.bundled_model_path()
    if args.check:
        stored = inputs_digest(path)
        print(f"stored model trained on {stored}, inputs now {digest}")
        return 0 if stored == digest else 1
    model = train(rows)
    write_model(path, model, digest)
    if read_model(path) is None:  # what was written must read back (the reason is logged)
        return 1
    print(f"{path}: {len(rows)} texts, {len(model.errands)} errands, {path.stat().st_size} bytes, inputs {digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
