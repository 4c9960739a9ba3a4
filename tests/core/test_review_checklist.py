"""The review checklist's own arithmetic: which actors are overdue for checking, and what it lists without cases."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from deskhelp.core.review_checklist import STALE_AFTER, review_checklist, stale_actors


def test_an_actor_verified_more_than_a_year_ago_is_listed_and_one_a_year_ago_to_the_day_is_not(small_pack) -> None:
    today = dt.date(2026, 12, 2)
    actor = next(a for a in small_pack.actors.values() if a.verified)
    exactly = replace(actor, verified=(today - STALE_AFTER).isoformat())
    older = replace(actor, verified=(today - STALE_AFTER - dt.timedelta(days=1)).isoformat())
    assert stale_actors(replace(small_pack, actors={actor.id: exactly}), today) == []
    assert stale_actors(replace(small_pack, actors={actor.id: older}), today) == [older]


def test_without_the_cases_the_checklist_still_lists_the_actors_and_says_so(small_pack) -> None:
    checklist = review_checklist(small_pack, None, dt.date(2027, 6, 1))
    assert not checklist.cases_counted and checklist.chafing == [] and checklist.not_in_guidelines == []
    assert [a.id for a in checklist.unfilled] == sorted(
        (a.id for a in small_pack.actors.values() if a.fill_in_locally),
        key=lambda i: small_pack.actors[i].name.get("sv").casefold(),
    )
    assert checklist.overdue and checklist.due == dt.date(2027, 5, 1)
