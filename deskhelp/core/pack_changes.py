"""What changed between two revisions of the guidelines, in plain words, for staff to read once (issue 13, item 4).

Generated from the two packs, never written by hand: case types added and removed, verdicts changed, actors of a
case type changed, what we do (and do not, and why) rewritten, phrasing rewritten, actors' contact details
changed, the review and the owner. A pure function on two GuidelinePacks; the words come in Swedish or English.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from deskhelp.core.guidelines import CaseType, GuidelinePack, Outcome, Text


class ChangeKind(StrEnum):
    VERSION = "version"
    ADDED = "added"
    REMOVED = "removed"
    VERDICT = "verdict"
    ACTORS = "actors"
    WHAT_WE_DO = "what_we_do"
    PHRASING = "phrasing"
    ACTOR_DETAILS = "actor_details"
    REVIEW = "review"


@dataclass(frozen=True)
class PackChange:
    kind: ChangeKind
    subject: str  # the case type's or actor's id ("" for the pack itself)
    text: str  # one plain sentence


_WORDS = {
    "sv": {
        ChangeKind.VERSION: "Riktlinjerna har uppdaterats från version {old} till {new}.",
        ChangeKind.ADDED: "Ny ärendetyp: {title}.",
        ChangeKind.REMOVED: "Borttagen ärendetyp: {title}. Gamla ärenden finns kvar i statistiken.",
        ChangeKind.VERDICT: "{title}: bedömningen har ändrats från \u201d{old}\u201d till \u201d{new}\u201d.",
        ChangeKind.ACTORS: "{title}: vi hänvisar nu till {new} (tidigare {old}).",
        ChangeKind.WHAT_WE_DO: "{title}: vad vi gör och inte gör har skrivits om.",
        ChangeKind.PHRASING: "{title}: det vi säger till besökaren har skrivits om ({outcomes}).",
        ChangeKind.ACTOR_DETAILS: "{title}: kontaktuppgifterna har ändrats.",
        ChangeKind.REVIEW: "Riktlinjerna reviderades {new}.",
        "none": "ingen",
        "default_phrasing": "Standardfraserna",
        "verdict.yes": "inom uppdraget",
        "verdict.partly": "delvis inom uppdraget",
        "verdict.no": "utanför uppdraget",
        "outcome.helped_here": "hjälpt här",
        "outcome.partly_referred": "delvis hjälpt och hänvisat",
        "outcome.referred": "hänvisat",
        "outcome.booked": "bokad handledning",
        "outcome.colleague": "kollega",
    },
    "en": {
        ChangeKind.VERSION: "The guidelines have been updated from version {old} to {new}.",
        ChangeKind.ADDED: "New kind of errand: {title}.",
        ChangeKind.REMOVED: "Kind of errand removed: {title}. Old cases stay in the statistics.",
        ChangeKind.VERDICT: "{title}: the verdict has changed from \u201c{old}\u201d to \u201c{new}\u201d.",
        ChangeKind.ACTORS: "{title}: we now refer to {new} (before: {old}).",
        ChangeKind.WHAT_WE_DO: "{title}: what we do and do not do has been rewritten.",
        ChangeKind.PHRASING: "{title}: what we say to the patron has been rewritten ({outcomes}).",
        ChangeKind.ACTOR_DETAILS: "{title}: the contact details have changed.",
        ChangeKind.REVIEW: "The guidelines were reviewed on {new}.",
        "none": "nobody",
        "default_phrasing": "The standard phrases",
        "verdict.yes": "within our mission",
        "verdict.partly": "partly within our mission",
        "verdict.no": "outside our mission",
        "outcome.helped_here": "helped here",
        "outcome.partly_referred": "helped partly and referred",
        "outcome.referred": "referred",
        "outcome.booked": "booked guidance",
        "outcome.colleague": "colleague",
    },
}


def _words(language: str) -> dict:
    return _WORDS.get(language, _WORDS["sv"])


def _text(value: Text | None, language: str) -> str:
    return value.get(language) if value is not None else ""


def _same_text(a: Text | None, b: Text | None) -> bool:
    return (a.translations if a else None) == (b.translations if b else None)


def _guided(pack: GuidelinePack) -> dict[str, CaseType]:
    # A retired case type is gone from the desk (the search no longer offers it): staff are told as of a removal.
    return {cid: case for cid, case in pack.case_types.items() if case.in_guidelines and not case.retired}


def _actor_names(pack: GuidelinePack, ids: tuple[str, ...], language: str, words: dict) -> str:
    names = [pack.actors[a].name.get(language) if a in pack.actors else a for a in ids]
    return ", ".join(names) if names else words["none"]


def pack_changes(old: GuidelinePack, new: GuidelinePack, language: str = "sv") -> list[PackChange]:
    """What staff need to know about ``new`` compared with ``old``, most important first; empty if nothing."""
    w = _words(language)
    changes: list[PackChange] = []

    def add(kind: ChangeKind, subject: str = "", **values: str) -> None:
        changes.append(PackChange(kind, subject, w[kind].format(**values)))

    if old.info.version != new.info.version:
        add(ChangeKind.VERSION, old=old.info.version, new=new.info.version)
    before, after = _guided(old), _guided(new)
    title = {
        **{c: t.title.get(language) for c, t in before.items()},
        **{c: t.title.get(language) for c, t in after.items()},
    }
    for cid in sorted(after.keys() - before.keys(), key=lambda c: title[c].casefold()):
        add(ChangeKind.ADDED, cid, title=title[cid])
    for cid in sorted(before.keys() - after.keys(), key=lambda c: title[c].casefold()):
        add(ChangeKind.REMOVED, cid, title=title[cid])
    kept = sorted(before.keys() & after.keys(), key=lambda c: title[c].casefold())
    for cid in kept:
        a, b = before[cid], after[cid]
        if a.mission != b.mission:
            add(ChangeKind.VERDICT, cid, title=title[cid], old=w[f"verdict.{a.mission}"], new=w[f"verdict.{b.mission}"])
    for cid in kept:
        a, b = before[cid], after[cid]
        if set(a.actors) != set(b.actors):
            add(
                ChangeKind.ACTORS,
                cid,
                title=title[cid],
                old=_actor_names(old, a.actors, language, w),
                new=_actor_names(new, b.actors, language, w),
            )
    for cid in kept:
        a, b = before[cid], after[cid]
        if not all(_same_text(x, y) for x, y in ((a.we_do, b.we_do), (a.we_dont, b.we_dont), (a.reason, b.reason))):
            add(ChangeKind.WHAT_WE_DO, cid, title=title[cid])
    for cid in kept:
        a, b = before[cid], after[cid]
        rewritten = [o for o in Outcome if not _same_text(old.phrasing_for(a, o), new.phrasing_for(b, o))]
        # A changed standard phrase is told once below, not once per case type that uses it.
        own = [o for o in rewritten if o in a.phrasing or o in b.phrasing]
        if own:
            add(ChangeKind.PHRASING, cid, title=title[cid], outcomes=", ".join(w[f"outcome.{o}"] for o in own))
    default = [o for o in Outcome if not _same_text(old.default_phrasing.get(o), new.default_phrasing.get(o))]
    if default:
        add(
            ChangeKind.PHRASING, "", title=w["default_phrasing"], outcomes=", ".join(w[f"outcome.{o}"] for o in default)
        )
    for aid in sorted(old.actors.keys() & new.actors.keys(), key=lambda a: new.actors[a].name.get(language).casefold()):
        x, y = old.actors[aid], new.actors[aid]
        if x.contacts != y.contacts or not _same_text(x.helps_with, y.helps_with):
            add(ChangeKind.ACTOR_DETAILS, aid, title=y.name.get(language))
    if old.info.reviewed != new.info.reviewed:
        add(ChangeKind.REVIEW, new=new.info.reviewed)
    return changes
