"""Synthetic anonymous cases for demonstrations, training and load tests, drawn from a guideline pack.

The cases look like a year at a Swedish library's information desk: busy afternoons, a Monday peak, quiet
Saturdays and almost nothing on Sundays, a dip in July, and a rush of tax-return errands in spring. Every case is
triaged by the real rules (``decide_outcome``, ``referred_actors``), so outcomes and actors are what the desk
would have shown. The same pack, arguments and seed always give the same cases.

Generation is fast (a few microseconds per case): everything that does not depend on the draw is computed once
(cumulative weights, the outcome of every combination of answers per case type, the few distinct CaseDetails),
and each case is a handful of ``random()`` calls and bisections.
"""

from __future__ import annotations

import datetime as dt
import random
from bisect import bisect
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import accumulate

from deskhelp.core.cases import CaseDetails, CaseRecord, Channel
from deskhelp.core.guidelines import DURATION_BUCKETS, CaseType, GuidelinePack, Verdict
from deskhelp.core.other_errand import guided_case_types
from deskhelp.core.triage import Answers, Competence, Enough, decide_outcome, referred_actors

# --- When: weekdays, hours, months ----------------------------------------------------------------------------------

# Relative visits per weekday (Monday = 0). Sunday: most libraries are closed; a few open a couple of hours.
WEEKDAY_WEIGHTS = (1.4, 1.1, 1.05, 1.0, 0.85, 0.45, 0.08)
# Relative visits per opening hour (the hour the case started). Weekdays about 10-19, Saturday 11-15, Sunday 13-16;
# busiest in the early afternoon, 13-16.
_WEEKDAY_HOURS = {10: 0.6, 11: 0.75, 12: 0.85, 13: 1.3, 14: 1.45, 15: 1.35, 16: 1.0, 17: 0.75, 18: 0.45}
_SATURDAY_HOURS = {11: 0.8, 12: 1.0, 13: 1.1, 14: 0.9}
_SUNDAY_HOURS = {13: 1.0, 14: 1.0, 15: 0.8}
HOUR_WEIGHTS = (_WEEKDAY_HOURS,) * 5 + (_SATURDAY_HOURS, _SUNDAY_HOURS)
BUSY_HOURS = frozenset({13, 14, 15})
# Relative visits per month (January = 1): summer opening hours in June-August, July the quietest; the Christmas
# weeks in December.
MONTH_WEIGHTS = (1.0, 1.05, 1.1, 1.1, 1.05, 0.85, 0.55, 0.85, 1.05, 1.05, 1.0, 0.8)  # January to December
# Tax errands: the tax return arrives in March and is due in early May.
TAX_MONTH_FACTORS = {2: 1.3, 3: 3.0, 4: 4.0, 5: 3.0, 6: 1.2}

# --- What: case types ---------------------------------------------------------------------------------------------

_TAX_ID_MARKERS = ("skatteverket", "tax")
_TAX_KEYWORD_MARKERS = ("deklar", "tax return")
# Everyday errands: printing, wifi, e-identification, passwords.
_EVERYDAY_MARKERS = ("print", "wifi", "wi-fi", "bankid", "freja", "eid", "password", "lösenord", "utskrift")
POPULARITY_EXPONENT = 0.9
TAX_FACTOR = 2.0

# --- The four answers and the details -------------------------------------------------------------------------------

MISSION_OTHER = 0.05  # staff judge the errand differently from the guideline
COMPETENCE = ((Competence.YES, 0.85), (Competence.COLLEAGUE, 0.09), (Competence.NO, 0.06))
TIME_NO = {"busy": 0.14, "calm": 0.075}  # about 10% overall, more in the busy hours
RESOURCE_MISSING = 0.12  # the patron lacks one of the case type's resources
CHANNELS = (
    (Channel.DESK, 0.65),
    (Channel.PUBLIC_COMPUTER, 0.15),
    (Channel.PHONE, 0.10),
    (Channel.EMAIL, 0.04),
    (Channel.CHAT_VIDEO, 0.02),
    (Channel.BOOKED_GUIDANCE, 0.04),
)
EFFORT_SHIFT = ((-1, 0.2), (0, 0.6), (1, 0.2))
DURATION_SHIFT = ((-1, 0.15), (0, 0.7), (1, 0.15))
CHAFING = {Verdict.YES: 0.03, Verdict.PARTLY: 0.05, Verdict.NO: 0.05}  # about 4% overall
WITH_REFLECTION = 0.8  # of the chafing cases, those where staff wrote a few words

# Short reflections as staff write them. About boundaries, never about the person: no names, numbers or addresses.
REFLECTIONS = (
    "Ville att jag loggade in med hens BankID",
    "Oklart vem som ansvarar för ärendet",
    "Kön växte medan vi höll på",
    "Ville att jag skulle fylla i ansökan åt hen",
    "Ville ge mig sin kod så att jag kunde logga in",
    "Svårt att säga nej när hen inte hade någon annan att fråga",
    "Känsliga uppgifter om hälsan syntes på skärmen vid disken",
    "En anhörig ville sköta ärendet utan fullmakt",
    "Myndighetens e-tjänst låg nere och det fanns ingen att hänvisa till",
    "Fick gissa vad beslutet betydde, borde ha gått till kommunens vägledning",
    "Hen blev upprörd när jag hänvisade till banken",
    "Behövde tolk, ingen kollega talade språket",
    "Ville att vi skulle bedöma om erbjudandet var ett bedrägeri",
    "Tog mycket längre tid än drop-in räcker till",
    "Osäker på om det här ens ingår i vårt uppdrag",
    "Kollegan som kan det här var inte i tjänst",
    "Besökaren glömde logga ut från banken på den publika datorn",
    "Kändes fel att hantera en kopia av passet",
    "Ingen rutin för det här, vi fick improvisera",
)


def is_tax_case_type(case_type: CaseType) -> bool:
    """Errands about taxes and the tax return: they peak in spring."""
    if any(marker in case_type.id for marker in _TAX_ID_MARKERS):
        return True
    return any(marker in keyword.lower() for keyword in case_type.keywords for marker in _TAX_KEYWORD_MARKERS)


def is_everyday_case_type(case_type: CaseType) -> bool:
    """Printing, wifi, e-identification and passwords: what the desk hears about every day."""
    text = " ".join((case_type.id, *case_type.keywords[:3])).lower()
    return any(marker in text for marker in _EVERYDAY_MARKERS)


def case_type_popularity(pack: GuidelinePack) -> dict[str, float]:
    """How often each case type comes up, relative to the others: a long tail, everyday errands on top.

    The case types are ranked (everyday errands first, the rest in an order drawn from each id, not from the run's
    seed, so every demo database of a pack shows the same library) and weighted like word frequencies (Zipf).
    Tax errands count double: a common errand all year (moving, personal certificates), and more so in spring.
    """
    order = sorted(
        guided_case_types(pack),  # no errands "not in the guidelines": a demo cannot describe one
        key=lambda ct: (not is_everyday_case_type(ct), random.Random(f"popularity:{ct.id}").random()),
    )
    return {
        ct.id: (TAX_FACTOR if is_tax_case_type(ct) else 1.0) / (rank + 2) ** POPULARITY_EXPONENT
        for rank, ct in enumerate(order)
    }


def _cumulative(weights: Sequence[float]) -> list[float]:
    return list(accumulate(weights))


def _shifted(value: int, shift: int, low: int, high: int) -> int:
    return min(high, max(low, value + shift))


def generate_demo_cases(
    pack: GuidelinePack,
    n: int,
    end: dt.date,
    days: int = 365,
    seed: int = 1,
    branches: Sequence[str] = ("main",),
    desks: Sequence[str] = ("desk-1", "desk-2"),
) -> Iterator[CaseRecord]:
    """``n`` synthetic cases on the ``days`` days ending with ``end`` (both included), oldest first.

    Deterministic: the same pack and arguments give the same cases. Raises ValueError for impossible arguments
    (checked at the call, not at the first case).
    """
    if n < 0:
        raise ValueError(f"the number of cases must be 0 or more, not {n}")
    if days < 1:
        raise ValueError(f"the period must be at least 1 day, not {days}")
    if not pack.case_types:
        raise ValueError("the guideline pack has no case types")
    if not branches or not desks or not all(branches) or not all(desks):
        raise ValueError("at least one branch and one desk, each with a name, are needed")
    if isinstance(end, dt.datetime):
        end = end.date()
    return _generate(pack, n, end, days, seed, tuple(branches), tuple(desks))


def _generate(
    pack: GuidelinePack,
    n: int,
    end: dt.date,
    days: int,
    seed: int,
    branches: tuple[str, ...],
    desks: tuple[str, ...],
) -> Iterator[CaseRecord]:
    rng = random.Random(seed)
    rand = rng.random

    # When: one "slot" per opening hour of every day, weighted by weekday, hour and month.
    first = end - dt.timedelta(days=days - 1)
    slot_weights: list[float] = []
    slot_date: list[dt.date] = []
    slot_hour: list[int] = []
    slot_month: list[int] = []
    slot_busy: list[bool] = []
    for offset in range(days):
        day = first + dt.timedelta(days=offset)
        hours = HOUR_WEIGHTS[day.weekday()]
        hours_total = sum(hours.values())
        day_weight = WEEKDAY_WEIGHTS[day.weekday()] * MONTH_WEIGHTS[day.month - 1]
        for hour, weight in hours.items():
            slot_weights.append(day_weight * weight / hours_total)
            slot_date.append(day)
            slot_hour.append(hour)
            slot_month.append(day.month)
            slot_busy.append(hour in BUSY_HOURS)
    slot_cum = _cumulative(slot_weights)
    slot_total, slot_hi = slot_cum[-1], len(slot_cum) - 1

    # What: case types by popularity, tax errands more in spring.
    types = guided_case_types(pack)
    weights = case_type_popularity(pack)
    popularity = [weights[case_type.id] for case_type in types]
    taxes = [is_tax_case_type(case_type) for case_type in types]
    type_cum: dict[int, list[float]] = {}
    for month in range(1, 13):
        factor = TAX_MONTH_FACTORS.get(month, 1.0)
        type_cum[month] = _cumulative(
            [weight * (factor if tax else 1.0) for weight, tax in zip(popularity, taxes, strict=True)]
        )
    type_hi = len(types) - 1

    # How it went, per case type and busy or calm hour: the joint distribution of the four answers and the resource
    # the patron lacked, each combination triaged once. One draw per case then gives all of it.
    answer_tables: list[tuple[list[float], list[tuple]]] = []
    for case_type in types:
        for busy in (False, True):
            answer_tables.append(_answer_table(pack, case_type, TIME_NO["busy" if busy else "calm"]))

    # Details per case type: a channel, effort and duration near the case type's; sometimes chafing.
    detail_tables = [_detail_table(case_type) for case_type in types]
    chafing_details: dict[tuple[CaseDetails, int], CaseDetails] = {}
    n_reflections = len(REFLECTIONS)

    # Where: the first branch and desk are the busiest.
    branch_cum = _cumulative([1 / (i + 1) for i in range(len(branches))])
    desk_cum = _cumulative([1 / (i + 1) for i in range(len(desks))])
    branch_total, branch_hi = branch_cum[-1], len(branches) - 1
    desk_total, desk_hi = desk_cum[-1], len(desks) - 1

    type_ids = [case_type.id for case_type in types]

    # How many cases each slot gets, then the cases slot by slot: in the order they would have been logged, as in
    # a real database (ids follow time, and the date index grows at its end).
    per_slot = [0] * len(slot_cum)
    for _ in range(n):
        per_slot[bisect(slot_cum, rand() * slot_total, 0, slot_hi)] += 1
    for slot, count in enumerate(per_slot):
        if not count:
            continue
        occurred_on, occurred_hour = slot_date[slot], slot_hour[slot]
        cum = type_cum[slot_month[slot]]
        type_total = cum[-1]
        busy = slot_busy[slot]
        for _ in range(count):
            t = bisect(cum, rand() * type_total, 0, type_hi)
            answer_cum, answer_entries = answer_tables[2 * t + busy]
            mission, competence, time, resources, outcome, actors, missing, chafing_chance = answer_entries[
                bisect(answer_cum, rand() * answer_cum[-1], 0, len(answer_cum) - 1)
            ]
            detail_cum, detail_entries = detail_tables[t]
            details = detail_entries[bisect(detail_cum, rand() * detail_cum[-1], 0, len(detail_cum) - 1)]
            chafing = rand()
            if chafing < chafing_chance:
                # Below the chance the draw is uniform again: the lower part means staff wrote a reflection.
                share = chafing / chafing_chance
                reflection = int(share / WITH_REFLECTION * n_reflections) if share < WITH_REFLECTION else -1
                key = (details, reflection)
                if key not in chafing_details:
                    chafing_details[key] = replace(
                        details, chafing=True, reflection=REFLECTIONS[reflection] if reflection >= 0 else ""
                    )
                details = chafing_details[key]
            branch = branches[bisect(branch_cum, rand() * branch_total, 0, branch_hi)] if branch_hi else branches[0]
            desk = desks[bisect(desk_cum, rand() * desk_total, 0, desk_hi)] if desk_hi else desks[0]

            yield CaseRecord(
                case_type_id=type_ids[t],
                mission=mission,
                competence=competence,
                time=time,
                resources=resources,
                outcome=outcome,
                actor_ids=actors,
                occurred_on=occurred_on,
                occurred_hour=occurred_hour,
                branch=branch,
                desk=desk,
                details=details,
                missing_resources=missing,
            )


def _answer_table(pack: GuidelinePack, case_type: CaseType, time_no: float) -> tuple[list[float], list[tuple]]:
    """Every combination of answers (and which resource was missing) with its chance and what triage makes of it."""
    has_actors = bool(case_type.actors)
    missions = [
        (verdict, 1 - MISSION_OTHER if verdict is case_type.mission else MISSION_OTHER / (len(Verdict) - 1))
        for verdict in Verdict
    ]
    if case_type.resources:
        lacking = [((), 1 - RESOURCE_MISSING)]
        lacking += [((r,), RESOURCE_MISSING / len(case_type.resources)) for r in case_type.resources]
    else:
        lacking = [((), 1.0)]
    weights: list[float] = []
    entries: list[tuple] = []
    for mission, mission_weight in missions:
        for competence, competence_weight in COMPETENCE:
            for time, time_weight in ((Enough.YES, 1 - time_no), (Enough.NO, time_no)):
                for missing, missing_weight in lacking:
                    resources = Enough.NO if missing else Enough.YES
                    outcome = decide_outcome(Answers(mission, competence, time, resources), has_actors)
                    actors = tuple(actor.id for actor in referred_actors(pack, case_type, outcome))
                    weights.append(mission_weight * competence_weight * time_weight * missing_weight)
                    entries.append((mission, competence, time, resources, outcome, actors, missing, CHAFING[mission]))
    return _cumulative(weights), entries


def _detail_table(case_type: CaseType) -> tuple[list[float], list[CaseDetails]]:
    """Channel, effort and duration with their chances: the case type's effort and duration, or a neighbour."""
    bucket = DURATION_BUCKETS.index(case_type.duration)
    weights: list[float] = []
    entries: list[CaseDetails] = []
    for channel, channel_weight in CHANNELS:
        for effort_shift, effort_weight in EFFORT_SHIFT:
            for duration_shift, duration_weight in DURATION_SHIFT:
                weights.append(channel_weight * effort_weight * duration_weight)
                entries.append(
                    CaseDetails(
                        channel=channel,
                        effort=_shifted(case_type.effort, effort_shift, 1, 6),
                        duration=DURATION_BUCKETS[_shifted(bucket, duration_shift, 0, len(DURATION_BUCKETS) - 1)],
                    )
                )
    return _cumulative(weights), entries
