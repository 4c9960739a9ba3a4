"""The anonymous case record: what the desk logs, by construction unable to hold anything about a person.

There is no field for a name, an identity number, contact details or the staff member; time is kept to the
hour, so a logged case cannot be matched to a patron seen on a camera or in a calendar.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from deskhelp.core.guidelines import Outcome, Verdict
from deskhelp.core.triage import Competence, Enough, TriageResult


class Channel(StrEnum):
    DESK = "desk"
    PUBLIC_COMPUTER = "public_computer"
    PHONE = "phone"
    EMAIL = "email"
    CHAT_VIDEO = "chat_video"
    BOOKED_GUIDANCE = "booked_guidance"


@dataclass(frozen=True)
class CaseRecord:
    case_type_id: str
    mission: Verdict
    competence: Competence
    time: Enough
    resources: Enough
    outcome: Outcome
    actor_ids: tuple[str, ...]
    channel: Channel
    occurred_on: dt.date
    occurred_hour: int
    branch: str
    desk: str

    @classmethod
    def from_triage(
        cls, result: TriageResult, channel: Channel, when: dt.datetime, branch: str, desk: str
    ) -> CaseRecord:
        return cls(
            case_type_id=result.case_type.id,
            mission=result.answers.mission,
            competence=result.answers.competence,
            time=result.answers.time,
            resources=result.answers.resources,
            outcome=result.outcome,
            actor_ids=tuple(actor.id for actor in result.actors),
            channel=channel,
            occurred_on=when.date(),
            occurred_hour=when.hour,
            branch=branch,
            desk=desk,
        )
