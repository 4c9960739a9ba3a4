"""What a review of the guidelines goes through (seed 001, issue 13 item 3): the cases that chafed and the errands
not in the guidelines since the last review, the local actors still templates, and the actors whose details were
verified more than a year ago."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from deskhelp.core.guidelines import Actor, GuidelinePack
from deskhelp.core.local_actors import unfilled_actors
from deskhelp.core.review import review_due
from deskhelp.core.statistics import ChafingCase, Statistics

STALE_AFTER = dt.timedelta(days=365)  # contact details change; seed 001 asks that the mapping be kept current


@dataclass(frozen=True)
class ReviewChecklist:
    since: dt.date  # the last review
    due: dt.date
    overdue: bool
    unfilled: list[Actor]
    stale: list[Actor]
    chafing: list[ChafingCase] = field(default_factory=list)
    not_in_guidelines: list[ChafingCase] = field(default_factory=list)
    cases_counted: bool = True  # False when the cases could not be read (the actors are listed all the same)


def stale_actors(pack: GuidelinePack, today: dt.date) -> list[Actor]:
    """Actors whose details were verified more than STALE_AFTER before ``today``, the oldest first."""
    old = [a for a in pack.actors.values() if a.verified and dt.date.fromisoformat(a.verified) < today - STALE_AFTER]
    return sorted(old, key=lambda a: (a.verified, a.name.get("sv").casefold()))


def review_checklist(pack: GuidelinePack, statistics: Statistics | None, today: dt.date) -> ReviewChecklist:
    due = review_due(pack.info)
    return ReviewChecklist(
        since=dt.date.fromisoformat(pack.info.reviewed),
        due=due,
        overdue=today > due,
        unfilled=unfilled_actors(pack),
        stale=stale_actors(pack, today),
        chafing=list(statistics.chafing) if statistics else [],
        not_in_guidelines=list(statistics.not_in_guidelines) if statistics else [],
        cases_counted=statistics is not None,
    )
