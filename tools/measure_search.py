"""Measure search on the patron requests (issue 16) and the phrasings: top-1, top-3 and actor with the top result.

python tools/measure_search.py [--half LETTER] [--misses]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from deskhelp import paths  # noqa: E402
from deskhelp.content.pack_file import read_pack_file  # noqa: E402
from deskhelp.content.search_model import read_model  # noqa: E402
from deskhelp.core.search import SearchIndex  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", help="one half of the requests file (a, b ...); default: every half")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    pack = read_pack_file(paths.bundled_pack_path()).pack
    index = SearchIndex(pack, read_model())  # as the desk builds it
    requests = yaml.safe_load((ROOT / "tests/content/patron_requests.yaml").read_text(encoding="utf-8"))
    for half in sorted({r["half"] for r in requests}):
        if args.half and half != args.half:
            continue
        rows = [r for r in requests if r["half"] == half]
        top1 = top3 = actor = 0
        for r in rows:
            ids = [h.case_type.id for h in index.search(r["query"], 3)]
            first = index.search(r["query"], 1)[0].case_type
            top1 += ids[0] == r["expect"]
            top3 += r["expect"] in ids[:3]
            ok_actor = first.id == r["expect"] if r["actor"] is None else r["actor"] in first.actors
            actor += ok_actor
            if args.misses and (ids[0] != r["expect"] or not ok_actor):
                print(f"  {r['query']!r}: want {r['expect']}/{r['actor']}, got {ids[:3]}")
        n = len(rows)
        print(f"half {half}: n={n} top1={top1 / n:.1%} top3={top3 / n:.1%} actor={actor / n:.1%}")
    phrasings = yaml.safe_load((ROOT / "tests/content/search_phrasings.yaml").read_text(encoding="utf-8"))
    t1 = sum(index.search(p["query"], 1)[0].case_type.id == p["expect"] for p in phrasings)
    misses = [p for p in phrasings if p["expect"] not in [h.case_type.id for h in index.search(p["query"], 3)]]
    print(f"phrasings: n={len(phrasings)} top1={t1 / len(phrasings):.1%} top3={1 - len(misses) / len(phrasings):.1%}")
    if args.misses:
        for p in misses:
            print(f"  phrasing {p['query']!r}: want {p['expect']}")


if __name__ == "__main__":
    main()
