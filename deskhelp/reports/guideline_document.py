"""The guidelines as a readable document (issue 13, item 6): the matrix seed 001 recommends, built once from a pack
and rendered as HTML (``deskhelp.reports.guideline_html``) or PDF (``deskhelp.printing.guidelines``).

Per area, each case type: what the patron needs help with, what we do and don't and why, and whom we refer to (names
and contacts); then the quick-reference cards. For the staff meeting and the intranet. The per-actor extract holds only
the case types that refer to one actor, with how the guidelines describe that actor: what the library does and does
not do for the actor's users, and where it sends them, to start the conversation with the actor.

Staff notes of the pack (what to check or fill in locally) are left out: an actor may get the extract. The built-in
errand "not in the guidelines" is no guideline and is left out too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from deskhelp.core.guidelines import Actor, CaseType, GuidelinePack, Verdict
from deskhelp.core.other_errand import guided_case_types
from deskhelp.core.patron_text import patron_label
from deskhelp.core.review import review_due

LANGUAGES = ("sv", "en")

_WORDS: dict[str, dict[str, str]] = {
    "needs": {"sv": "Besökaren behöver hjälp med", "en": "The patron needs help with"},
    "solution": {"sv": "Vad vi gör och inte gör, och varför", "en": "What we do and don't, and why"},
    "refer": {"sv": "Hänvisa till", "en": "Refer to"},
    "we_do": {"sv": "Vi gör", "en": "We do"},
    "we_dont": {"sv": "Vi gör inte", "en": "We don't"},
    "why": {"sv": "Varför", "en": "Why"},
    "card": {"sv": "Snabbkort", "en": "Quick-reference card"},
    "cards": {"sv": "Snabbkort", "en": "Quick-reference cards"},
    "no_referral": {"sv": "Ingen hänvisning: vi hjälper här.", "en": "No referral: we help here."},
    "no_actor": {"sv": "Riktlinjerna anger ingen aktör.", "en": "The guidelines name no actor."},
    "fill_in": {
        "sv": "Kontaktuppgifterna fylls i av biblioteket.",
        "en": "Contact details to be filled in by the library.",
    },
    "unverified": {"sv": "ej kontrollerad", "en": "not verified"},
    "source": {"sv": "Källa", "en": "Source"},
    "meta": {
        "sv": "Version {version} · senast genomgångna {reviewed} · nästa genomgång {due} · ansvarig: {owner}",
        "en": "Version {version} · last reviewed {reviewed} · next review {due} · kept by: {owner}",
    },
    "printed": {"sv": "Utskrivet {date}", "en": "Printed {date}"},
    "intro": {
        "sv": "Så här hanterar vi digitala ärenden i informationsdisken: vad vi gör och inte gör, varför, och vart vi "
        "hänvisar. Riktlinjerna är vår gemensamma överenskommelse och ses över varje halvår.",
        "en": "How we handle digital errands at the desk: what we do and don't, why, and where we refer. The "
        "guidelines are our shared agreement and are reviewed every half-year.",
    },
    "verdict.yes": {"sv": "Ingår i bibliotekets uppdrag", "en": "Part of the library's mission"},
    "verdict.partly": {"sv": "Ingår delvis", "en": "Partly the library's mission"},
    "verdict.no": {"sv": "Ingår inte i bibliotekets uppdrag", "en": "Not the library's mission"},
    "page": {"sv": "Sida {page} av {pages}", "en": "Page {page} of {pages}"},
    "actor_title": {
        "sv": "Vad biblioteket gör och inte gör för era användare",
        "en": "What the library does and does not do for your users",
    },
    "actor_to": {"sv": "Till {actor}", "en": "To {actor}"},
    "actor_intro": {
        "sv": "Det här är ett utdrag ur bibliotekets riktlinjer för digitala ärenden: de ärenden där vi hänvisar "
        "besökare till er, vad vi själva gör och inte gör, och varför. Hör gärna av er om något inte stämmer med "
        "hur ni arbetar, eller om ni vill att vi hänvisar på ett annat sätt.",
        "en": "This is an extract from the library's guidelines for digital errands: the errands for which we refer "
        "patrons to you, what we do and don't do ourselves, and why. Please tell us if anything does not match how "
        "you work, or if you would like us to refer in another way.",
    },
    "actor_described": {"sv": "Så här beskriver vi er för besökarna", "en": "How we describe you to patrons"},
    "actor_errands": {"sv": "Ärenden där vi hänvisar till er", "en": "Errands for which we refer to you"},
    "actor_none": {
        "sv": "Riktlinjerna hänvisar för närvarande inga ärenden till er.",
        "en": "The guidelines currently refer no errands to you.",
    },
}


def word(key: str, language: str, **values: object) -> str:
    """One of the document's own words in ``language`` (Swedish when there is no such language)."""
    entry = _WORDS[key]
    text = entry.get(language) or entry["sv"]
    return text.format(**values) if values else text


class UnknownActor(ValueError):
    """The pack has no actor with that id."""

    def __init__(self, actor_id: str, known: list[str]) -> None:
        super().__init__(f"the active guidelines have no actor {actor_id!r}; their actors are: {', '.join(known)}")
        self.actor_id = actor_id


@dataclass(frozen=True)
class Referral:
    """An actor as the matrix names it: name, what it helps with, contact lines ("Webb: …")."""

    id: str
    name: str
    helps_with: str
    contacts: tuple[str, ...]
    fill_in: str = ""  # said instead of contacts when the library has not filled them in


@dataclass(frozen=True)
class Row:
    """One case type: a row of the matrix."""

    id: str
    title: str
    verdict: str  # yes, partly, no: for styling
    verdict_text: str
    we_do: str
    we_dont: str
    why: str
    referrals: tuple[Referral, ...]
    card: str = ""  # the title of its quick-reference card

    @property
    def without_referral(self) -> str:
        """What the "refer to" column says when no actor is named."""
        return "no_referral" if self.verdict == "yes" else "no_actor"


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class CardPage:
    id: str
    title: str
    steps: tuple[str, ...]
    source: str = ""


@dataclass(frozen=True)
class GuidelineDocument:
    language: str
    title: str
    subtitle: str  # the pack's title in an actor extract; "" in the matrix
    meta: str
    intro: str
    printed: str
    columns: tuple[str, str, str]
    sections: tuple[Section, ...]
    cards: tuple[CardPage, ...]
    actor: Referral | None = None  # the actor of an extract
    library: str = ""

    def case_titles(self) -> list[str]:
        return [row.title for section in self.sections for row in section.rows]


def _shown_address(web: str | None) -> str | None:
    """A web address as printed matter shows it: without "https://", so that it is not broken after the scheme."""
    if web and web.lower().startswith(("https://", "http://")):
        return web.split("://", 1)[1].rstrip("/") or web
    return web


def _contact_lines(actor: Actor, language: str) -> tuple[str, ...]:
    c = actor.contacts
    values = {
        "web": _shown_address(c.web),
        "phone": c.phone,
        "chat": c.chat,
        "email": c.email,
        "address": c.address,
        "hours": c.hours.get(language) if c.hours else None,
        "languages": ", ".join(c.languages) if c.languages else None,
    }
    lines = []
    for name, value in values.items():
        if not value:
            continue
        note = f" ({word('unverified', language)})" if actor.is_unverified(name) and actor.verified else ""
        lines.append(f"{patron_label(name, language)}: {value}{note}")
    return tuple(lines)


def referral(actor: Actor, language: str, described: bool = False) -> Referral:
    """``described``: with what the actor helps with (the extract's own actor; the matrix has names and contacts)."""
    filled = not actor.fill_in_locally
    return Referral(
        id=actor.id,
        name=actor.name.get(language),
        helps_with=actor.helps_with.get(language) if described else "",
        contacts=_contact_lines(actor, language) if filled else (),
        fill_in="" if filled else word("fill_in", language),
    )


def _row(pack: GuidelinePack, case_type: CaseType, language: str) -> Row:
    def text(value) -> str:
        return value.get(language).strip() if value is not None else ""

    card = pack.cards.get(case_type.card) if case_type.card else None
    verdict = Verdict(case_type.mission).value
    return Row(
        id=case_type.id,
        title=case_type.title.get(language),
        verdict=verdict,
        verdict_text=word(f"verdict.{verdict}", language),
        we_do=text(case_type.we_do),
        we_dont=text(case_type.we_dont),
        why=text(case_type.reason),
        referrals=tuple(referral(pack.actors[a], language) for a in case_type.actors if a in pack.actors),
        card=card.title.get(language) if card else "",
    )


def guideline_document(
    pack: GuidelinePack,
    language: str = "sv",
    actor_id: str | None = None,
    library: str = "",
    today: dt.date | None = None,
) -> GuidelineDocument:
    """The readable guidelines of ``pack`` in ``language``; with ``actor_id``, the extract for that actor (only the
    case types that refer to it, and no cards). Raises UnknownActor for an actor the pack does not have."""
    if language not in LANGUAGES:
        raise ValueError(f"the readable guidelines are in {' or '.join(LANGUAGES)}, not {language!r}")
    actor = None
    if actor_id is not None:
        if actor_id not in pack.actors:
            raise UnknownActor(actor_id, sorted(pack.actors))
        actor = pack.actors[actor_id]
    case_types = [c for c in guided_case_types(pack) if actor is None or actor.id in c.actors]
    sections = []
    for area_id, area in pack.areas.items():
        rows = tuple(_row(pack, c, language) for c in case_types if c.area == area_id)
        if rows:
            sections.append(Section(area_id, area.title.get(language), rows))
    info = pack.info
    try:
        due = review_due(info).isoformat()
    except ValueError:
        due = "?"
    meta = word("meta", language, version=info.version, reviewed=info.reviewed, due=due, owner=info.owner)
    cards = tuple(
        CardPage(card.id, card.title.get(language), tuple(s.get(language) for s in card.steps), card.source or "")
        for card in pack.cards.values()
    )
    printed = word("printed", language, date=(today or dt.date.today()).isoformat())
    columns = (word("needs", language), word("solution", language), word("refer", language))
    if actor is None:
        return GuidelineDocument(
            language,
            info.title.get(language),
            "",
            meta,
            word("intro", language),
            printed,
            columns,
            tuple(sections),
            cards,
            library=library,
        )
    return GuidelineDocument(
        language,
        word("actor_title", language),
        info.title.get(language),
        meta,
        word("actor_intro", language),
        printed,
        columns,
        tuple(sections),
        (),
        actor=referral(actor, language, described=True),
        library=library,
    )
