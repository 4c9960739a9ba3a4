"""The anonymous case record: what the desk logs, by construction unable to hold anything about a person.

There is no field for a name, an identity number, contact details or the staff member; time is kept to the
hour, so a logged case cannot be matched to a patron seen on a camera or in a calendar. The one free-text field,
the optional reflection, is refused if it holds anything that looks like personal data; so are branch and desk
names that do (they come from configuration), or that are too long or hold control characters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from deskhelp.core.channels import Channel
from deskhelp.core.guidelines import DURATION_BUCKETS, CaseType, Outcome, Verdict
from deskhelp.core.inventory import ChafingReason
from deskhelp.core.names import name_problem
from deskhelp.core.other_errand import DESCRIPTION_MAX_CHARS, is_other
from deskhelp.core.privacy import Finding, find_personal_data
from deskhelp.core.triage import Competence, Enough, TriageResult

READ_SCALE = range(1, 7)
# Issue 13: seed 001's own example reflection is 685 characters; room for a considered paragraph, not a case file.
REFLECTION_MAX_CHARS = 2000


class CaseRefused(ValueError):
    """A case that must not be stored as it is; ``findings`` says where the personal data is."""

    def __init__(self, message: str, findings: tuple[Finding, ...] = ()) -> None:
        super().__init__(message)
        self.findings = findings


@dataclass(frozen=True)
class CaseDetails:
    """What staff add when logging, beyond the four answers. Defaults come from the case type."""

    channel: Channel = Channel.DESK
    effort: int = 2  # READ scale 1-6
    duration: str = "5-15"
    chafing: bool = False  # the case felt uncomfortable; true whenever a reason is given
    reflection: str = ""
    reasons: frozenset[ChafingReason] = frozenset()  # why it chafed (several allowed)
    description: str = ""  # what the errand was, for the "other" errand only (checked like the reflection)

    def __post_init__(self) -> None:
        object.__setattr__(self, "reasons", frozenset(ChafingReason(r) for r in self.reasons))
        if self.reasons and not self.chafing:
            object.__setattr__(self, "chafing", True)  # the flag keeps its meaning: any reason chosen
        if len(self.description) > DESCRIPTION_MAX_CHARS:
            raise CaseRefused(f"the description is {len(self.description)} characters; at most {DESCRIPTION_MAX_CHARS}")
        findings = tuple(find_personal_data(self.description))
        if findings:
            kinds = ", ".join(sorted({f.kind.value for f in findings}))
            raise CaseRefused(f"the description contains personal data ({kinds}); remove or redact it", findings)
        if self.effort not in READ_SCALE:
            raise CaseRefused(f"effort must be 1-6 on the READ scale, not {self.effort}")
        if self.duration not in DURATION_BUCKETS:
            raise CaseRefused(f"duration must be one of {', '.join(DURATION_BUCKETS)}, not {self.duration!r}")
        if len(self.reflection) > REFLECTION_MAX_CHARS:
            raise CaseRefused(f"the reflection is {len(self.reflection)} characters; at most {REFLECTION_MAX_CHARS}")
        findings = tuple(find_personal_data(self.reflection))
        if findings:
            kinds = ", ".join(sorted({f.kind.value for f in findings}))
            raise CaseRefused(f"the reflection contains personal data ({kinds}); remove or redact it", findings)


def default_details(case_type: CaseType, channel: Channel = Channel.DESK) -> CaseDetails:
    return CaseDetails(channel=channel, effort=case_type.effort, duration=case_type.duration)


@dataclass(frozen=True)
class CaseRecord:
    case_type_id: str
    mission: Verdict
    competence: Competence
    time: Enough
    resources: Enough
    outcome: Outcome
    actor_ids: tuple[str, ...]
    occurred_on: dt.date
    occurred_hour: int
    branch: str
    desk: str
    details: CaseDetails = field(default_factory=CaseDetails)
    missing_resources: tuple[str, ...] = ()  # resource ids the patron lacked (no BankID, no ID ...)

    def __post_init__(self) -> None:
        # Branch and desk come from configuration and are stored on every case: refused here, so that no path to
        # the database (window, command line, demo data, a future import) can store a name holding personal data.
        for what, name in (("branch", self.branch), ("desk", self.desk)):
            if problem := name_problem(name):
                raise CaseRefused(f"the {what} name {problem}; change it in deskhelp.toml")
        described = bool(self.details.description.strip())
        if is_other(self.case_type_id) and not described:
            raise CaseRefused("an errand not in the guidelines needs a short description of the errand")
        if described and not is_other(self.case_type_id):
            raise CaseRefused("only an errand not in the guidelines takes a description; use the reflection")

    @classmethod
    def from_triage(
        cls,
        result: TriageResult,
        details: CaseDetails,
        when: dt.datetime,
        branch: str,
        desk: str,
        missing_resources: Iterable[str] = (),
    ) -> CaseRecord:
        return cls(
            case_type_id=result.case_type.id,
            mission=result.answers.mission,
            competence=result.answers.competence,
            time=result.answers.time,
            resources=result.answers.resources,
            outcome=result.outcome,
            actor_ids=tuple(actor.id for actor in result.actors),
            occurred_on=when.date(),
            occurred_hour=when.hour,
            branch=branch,
            desk=desk,
            details=details,
            missing_resources=tuple(r for r in result.case_type.resources if r in set(missing_resources)),
        )
