"""The personal-data finder as staff type: a 5,000-character text, checked whole on every keystroke.

    python tests/benchmarks/bench_privacy.py [--chars 5000] [--repeats 200]

The text is desk prose full of what must stay quiet (dates, ISBNs, prices, case numbers, postcodes, times) with
a few pieces of personal data, Arabic and emoji. The baseline, timed in the same run, is the least any finder
must do: one pass of a regular expression over every digit run. Prints JSON; the figures to watch are
full_text_p50_ms and its ratio to the baseline.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from deskhelp.core.privacy import find_personal_data  # noqa: E402

PARAGRAPHS = [
    "Patronen behövde hjälp med BankID och utskrift, ärende 2026-12345 den 2026-11-21 kl. 13:45. ",
    "ISBN 978-91-1-301234-5 kostade 1 299 kr (1.299,00 med frakt), Dnr 123-4567-26, diarienummer 2026/1234. ",
    "Öppet 10.00-19.00, postnummer 123 45, version 3.11.2, år 2026, datum 3/2 2026 och 20260203. ",
    "Ring 070-123 45 67 eller mejla anna (at) example.se. مرحبا 😀 شكرا 👍🏽 ",
    "Hon visade 811218-9876 på skärmen, vi hänvisade till Skatteverket. ",
]


def desk_text(chars: int) -> str:
    text = ""
    while len(text) < chars:
        text += "".join(PARAGRAPHS)
    return text[:chars]


def timed(function, text: str, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        function(text)
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=200)
    args = parser.parse_args()
    text = desk_text(args.chars)
    digit_runs = re.compile(r"[0-9]+|@")
    ours = timed(find_personal_data, text, args.repeats)
    baseline = timed(digit_runs.findall, text, args.repeats)
    print(
        json.dumps(
            {
                "chars": len(text),
                "findings": len(find_personal_data(text)),
                "full_text_p50_ms": round(statistics.median(ours), 3),
                "full_text_max_ms": round(max(ours), 3),
                "baseline_digit_scan_p50_ms": round(statistics.median(baseline), 3),
                "p50_ratio_to_baseline": round(statistics.median(ours) / statistics.median(baseline), 1),
            }
        )
    )


if __name__ == "__main__":
    main()
