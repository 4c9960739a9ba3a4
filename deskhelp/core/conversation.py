"""One patron, several errands: what carries over from one logged case to the next in the same conversation.

How the patron came (channel), whether there is time, and what the patron lacks (no BankID, no phone) stay true
for every errand of one visit, so staff do not answer them again. Whether an errand is ours, and who can do it,
belong to the errand and start from the guidelines each time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from deskhelp.core.channels import Channel
from deskhelp.core.guidelines import CaseType
from deskhelp.core.triage import Answers, Competence, Enough


def resources_answer(case_type: CaseType, missing: Iterable[str]) -> Enough:
    """No if the patron lacks any resource this errand needs."""
    return Enough.NO if set(missing) & set(case_type.resources) else Enough.YES


@dataclass(frozen=True)
class Conversation:
    channel: Channel = Channel.DESK
    time: Enough = Enough.YES
    missing_resources: frozenset[str] = frozenset()
    errands_logged: int = 0

    def answers_for(self, case_type: CaseType) -> Answers:
        return Answers(
            mission=case_type.mission,
            competence=Competence.YES,
            time=self.time,
            resources=resources_answer(case_type, self.missing_resources),
        )

    def missing_for(self, case_type: CaseType) -> frozenset[str]:
        """The resources of this errand the patron is already known to lack."""
        return self.missing_resources & frozenset(case_type.resources)

    def after_logging(
        self, case_type: CaseType, channel: Channel, time: Enough, missing_now: Iterable[str]
    ) -> Conversation:
        """The conversation after an errand was logged: its answers become the next errand's starting point.

        A resource this errand asked about is now known either way; resources it did not ask about keep what
        was known before.
        """
        asked = frozenset(case_type.resources)
        missing = (self.missing_resources - asked) | frozenset(missing_now)
        return replace(
            self, channel=channel, time=time, missing_resources=missing, errands_logged=self.errands_logged + 1
        )
