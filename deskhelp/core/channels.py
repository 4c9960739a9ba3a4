"""Patrons who call, chat or write (seeds 000 and 002): what to say on each channel, where the pack has it.

On the phone the patron cannot see a screen or a QR code, so the phrasing invites them to visit and the numbers
are read out slowly; in a chat or an e-mail links can be sent. A case type may carry phrasing per channel
(FORMAT.md, ``channel_phrasing``); where it has none for the channel and outcome, the usual phrasing is used.
"""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum

from deskhelp.core.guidelines import CaseType, Outcome, Text
from deskhelp.core.triage import TriageResult


class Channel(StrEnum):
    """How the patron came. Kept here, not with the case record (core.cases): a new conversation
    (core.conversation), made before the desk is ready, then does without the record's personal-data finder."""

    DESK = "desk"
    PUBLIC_COMPUTER = "public_computer"
    PHONE = "phone"
    EMAIL = "email"
    CHAT_VIDEO = "chat_video"
    BOOKED_GUIDANCE = "booked_guidance"


# The pack's channel keys to look in, first found wins. An e-mail is written like a chat (links can be sent);
# "chat or video" is one channel at the desk, and a video meeting has a chat beside it, so chat comes first.
CHANNEL_LOOKUP: dict[Channel, tuple[str, ...]] = {
    Channel.PHONE: ("phone",),
    Channel.EMAIL: ("email", "chat"),
    Channel.CHAT_VIDEO: ("chat", "video"),
}
REMOTE_CHANNELS = frozenset(CHANNEL_LOOKUP)  # the patron is not at the library


def is_remote(channel: Channel) -> bool:
    return channel in REMOTE_CHANNELS


def channel_phrasing(case: CaseType, outcome: Outcome, channel: Channel) -> tuple[str, Text] | None:
    """The pack's channel key and text for this case type, outcome and channel, or None."""
    for key in CHANNEL_LOOKUP.get(channel, ()):
        text = case.channel_phrasing.get(key, {}).get(outcome)
        if text is not None:
            return key, text
    return None


def with_channel(result: TriageResult, channel: Channel) -> TriageResult:
    """``triage``'s result with the phrasing for ``channel`` where the case type has it (``phrasing_channel`` says
    which); the result as it was otherwise. Each change of the channel triages again from the answers."""
    found = channel_phrasing(result.case_type, result.outcome, channel)
    if found is None:
        return result
    key, text = found
    return replace(result, phrasing=text, phrasing_channel=key)
