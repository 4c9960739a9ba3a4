"""The guideline pack as the domain sees it: immutable, validated, ready to triage and search.

Instances are built by ``deskhelp.content.pack_file`` from a pack file (or from a stored revision); nothing
here knows about YAML or the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # core.practice builds on this module (its answers are the triage's)
    from deskhelp.core.practice import Exercise

from deskhelp.core.competence import CompetenceTags, TrainingLink

SOURCE_LANGUAGE = "sv"
REQUIRED_LANGUAGES = ("sv", "en")


class Verdict(StrEnum):
    """Answer to "can the errand be done within the library's mission?"."""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class Outcome(StrEnum):
    HELPED_HERE = "helped_here"
    PARTLY_REFERRED = "partly_referred"
    REFERRED = "referred"
    BOOKED = "booked"
    COLLEAGUE = "colleague"


DURATION_BUCKETS = ("under-5", "5-15", "15-30", "30-60", "over-60")
ACTOR_KINDS = ("national", "local", "internal", "company")
MAX_RESOURCES = 8  # per case type: what a patron can be asked to bring, and what fits on the desk screen
CONTACT_FIELDS = ("web", "phone", "chat", "email", "address", "hours", "languages")
# Seed 001's actor mapping: how established the library's contact with a local actor is.
ESTABLISHED_LEVELS = ("well-established", "established", "some", "none")


@dataclass(frozen=True)
class Text:
    """A text in several languages; ``sv`` and ``en`` are always present."""

    translations: dict[str, str]

    def get(self, language: str) -> str:
        """The text in ``language``, falling back to Swedish (the source language)."""
        return self.translations.get(language) or self.translations[SOURCE_LANGUAGE]


@dataclass(frozen=True)
class Resource:
    id: str
    title: Text
    if_missing: Text


@dataclass(frozen=True)
class Area:
    id: str
    title: Text


@dataclass(frozen=True)
class Card:
    id: str
    title: Text
    steps: tuple[Text, ...]
    source: str | None = None


@dataclass(frozen=True)
class Contacts:
    web: str | None = None
    phone: str | None = None
    chat: str | None = None
    email: str | None = None
    address: str | None = None
    hours: Text | None = None
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActorMapping:
    """What the library's mapping of its local actors records (seed 001): for staff, never printed."""

    holder: str | None = None  # who holds the contact: a role, never a person's name
    established: str | None = None  # one of ESTABLISHED_LEVELS
    agreements: str | None = None  # what has been agreed with the actor
    last_contact: str | None = None  # ISO date


@dataclass(frozen=True)
class Actor:
    id: str
    kind: str
    name: Text
    helps_with: Text  # patron-facing: printed on the slip
    contacts: Contacts
    staff_note: Text | None = None  # for staff only, never printed: what to check or fill in locally
    verified: str | None = None  # ISO date the details were checked
    source: str | None = None
    fill_in_locally: bool = False
    unverified: tuple[str, ...] = ()
    mapping: ActorMapping | None = None

    def is_unverified(self, contact_field: str) -> bool:
        """True when staff must be told that this contact detail has not been checked."""
        return self.fill_in_locally or contact_field in self.unverified or self.verified is None


@dataclass(frozen=True)
class CaseType:
    id: str
    area: str
    title: Text
    keywords: tuple[str, ...]
    mission: Verdict
    we_do: Text
    competence: Text
    effort: int
    duration: str
    we_dont: Text | None = None
    reason: Text | None = None
    phrasing: dict[Outcome, Text] = field(default_factory=dict)
    actors: tuple[str, ...] = ()
    resources: tuple[str, ...] = ()
    colleague_role: Text | None = None
    card: str | None = None
    sensitivity: Text | None = None
    in_guidelines: bool = True  # False only for the built-in "other" errand (deskhelp.core.other_errand)
    retired: bool = False  # no longer offered by the search; kept so that old cases keep their title in statistics
    # What to say on the phone, in a chat or e-mail, on video: channel key (CHANNEL_KEYS) -> outcome -> text.
    channel_phrasing: dict[str, dict[Outcome, Text]] = field(default_factory=dict)
    competence_tags: CompetenceTags | None = None  # the base-level service and framework competence it calls for


ALL_BRANCHES = "*"  # the times of every branch that has none of its own
TIMES_FIELDS = ("drop_in", "booking", "remote", "how_to_book")
# Channels a case type may have its own phrasing for (FORMAT.md, channel_phrasing); core.channels maps the
# desk's channels onto them.
CHANNEL_KEYS = ("phone", "chat", "email", "video")


@dataclass(frozen=True)
class BranchTimes:
    """A branch's times for digital guidance, kept by the library in the pack rather than in each PC's settings."""

    branch: str  # the branch's name, as [library] branch sets it, or ALL_BRANCHES
    drop_in: Text | None = None
    booking: Text | None = None
    remote: Text | None = None  # sessions by phone or video
    how_to_book: Text | None = None
    remote_link: str | None = None  # the video room of the remote drop-in (an https:// address)


@dataclass(frozen=True)
class PackLanguage:
    """A patron language the pack's patron-facing texts are written in, besides sv and en (FORMAT.md, `languages`)."""

    code: str  # ISO 639-1 (or ckb)
    name: str  # the language's name in itself: "العربية", "Soomaali"
    checked_by: str | None = None  # a role or an organisation, never a person's name; None: nobody has checked
    checked: str | None = None  # ISO date of that check
    note: str | None = None

    @property
    def reviewed(self) -> bool:
        return self.checked_by is not None


DEFAULT_OWNER = "Arbetsgruppen för digital service"
DEFAULT_REVIEW_MONTHS = 6  # seed 001: review everything every half-year


@dataclass(frozen=True)
class PackInfo:
    id: str
    version: str
    title: Text
    reviewed: str  # ISO date of the last review
    owner: str = DEFAULT_OWNER  # a role, never a person's name: who keeps the guidelines
    review_months: int = DEFAULT_REVIEW_MONTHS
    change_note: str | None = None  # what this revision changed, in a sentence, written by whoever published it


@dataclass(frozen=True)
class GuidelinePack:
    info: PackInfo
    closing_checklist: tuple[Text, ...]
    default_phrasing: dict[Outcome, Text]
    resources: dict[str, Resource]
    areas: dict[str, Area]
    cards: dict[str, Card]
    actors: dict[str, Actor]
    case_types: dict[str, CaseType]
    times: tuple[BranchTimes, ...] = ()
    exercises: tuple[Exercise, ...] = ()  # practice (core.practice): requests as patrons say them
    languages: tuple[PackLanguage, ...] = ()  # declared patron languages besides sv and en; () in older packs
    training: tuple[TrainingLink, ...] = ()  # the library's course links for staff (core.competence)

    def language(self, code: str) -> PackLanguage | None:
        return next((language for language in self.languages if language.code == code), None)

    def phrasing_for(self, case_type: CaseType, outcome: Outcome) -> Text:
        return case_type.phrasing.get(outcome) or self.default_phrasing[outcome]
