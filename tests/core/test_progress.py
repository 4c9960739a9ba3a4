"""The progress of a long export in words: counts as each language writes them, the time left said roughly."""

from __future__ import annotations

import pytest

from deskhelp.core.progress import Estimate, count_text, progress_text, time_left_text

NBSP = "\u00a0"


def test_the_example_of_issue_18_in_swedish_and_english() -> None:
    swedish = f"412{NBSP}000 av 1{NBSP}000{NBSP}000 ärenden – cirka 2 min kvar"
    assert progress_text(412_000, 1_000_000, 125, "sv") == swedish
    assert progress_text(412_000, 1_000_000, 125, "en") == "412,000 of 1,000,000 cases – about 2 min left"


def test_without_an_estimate_only_the_count() -> None:
    assert progress_text(0, 1_000_000, None, "sv") == f"0 av 1{NBSP}000{NBSP}000 ärenden"
    assert progress_text(999, 999, None, "en") == "999 of 999 cases"


def test_a_count_past_the_total_raises_the_total() -> None:
    """A case logged while the export runs: never "1 000 001 av 1 000 000"."""
    assert progress_text(1_000_001, 1_000_000, None, "en") == "1,000,001 of 1,000,001 cases"


@pytest.mark.parametrize(
    ("value", "swedish", "english"),
    [
        (0, "0", "0"),
        (999, "999", "999"),
        (1000, f"1{NBSP}000", "1,000"),
        (1_048_575, f"1{NBSP}048{NBSP}575", "1,048,575"),
    ],
)
def test_thousands_are_grouped_as_each_language_writes_them(value: int, swedish: str, english: str) -> None:
    assert count_text(value, "sv") == swedish
    assert count_text(value, "en") == english


@pytest.mark.parametrize(
    ("seconds", "swedish", "english"),
    [
        (0, "några sekunder kvar", "a few seconds left"),
        (9.9, "några sekunder kvar", "a few seconds left"),
        (10, "cirka 10 s kvar", "about 10 s left"),
        (31, "cirka 40 s kvar", "about 40 s left"),  # rounded up: better done early than late
        (54, "cirka 60 s kvar", "about 60 s left"),
        (55, "cirka 1 min kvar", "about 1 min left"),
        (89, "cirka 1 min kvar", "about 1 min left"),
        (91, "cirka 2 min kvar", "about 2 min left"),
        (150, "cirka 2 min kvar", "about 2 min left"),  # round half to even: 2.5 -> 2
        (44 * 60 + 40, "cirka 45 min kvar", "about 45 min left"),
        (89 * 60, "cirka 89 min kvar", "about 89 min left"),
        (90 * 60, "cirka 2 tim kvar", "about 2 h left"),
        (5 * 3600 + 1000, "cirka 5 tim kvar", "about 5 h left"),
    ],
)
def test_the_time_left_is_said_roughly(seconds: float, swedish: str, english: str) -> None:
    assert time_left_text(seconds, "sv") == swedish
    assert time_left_text(seconds, "en") == english


def test_the_estimate_goes_by_the_rate_so_far() -> None:
    now = [100.0]
    estimate = Estimate(1_000_000, clock=lambda: now[0])
    assert estimate.seconds_left(0) is None
    now[0] += 1.0
    assert estimate.seconds_left(100_000) is None  # too soon to say
    now[0] += 9.0  # 10 s for 100,000 cases: 90 s for the 900,000 left
    assert estimate.seconds_left(100_000) == pytest.approx(90.0)
    assert estimate.text(100_000, "sv") == f"100{NBSP}000 av 1{NBSP}000{NBSP}000 ärenden – cirka 2 min kvar"
    assert estimate.seconds_left(1_000_000) == 0.0


def test_an_unknown_language_is_swedish() -> None:
    assert progress_text(1, 2, None, "de") == "1 av 2 ärenden"
