"""What the desk as a whole needs to learn: the cases nobody here could do or that went to a colleague, grouped
by the base-level service and the framework competence their case types call for, ranked by how often.

"Referred without need" is worked out from what a case records, nothing more: the errand was the library's by
the guidelines' answer given at the desk (mission yes or partly), nobody on duty had the competence, and the
outcome was "referred". Had someone known how, the library would have helped (all of it, or its part); the
referral happened because of the gap, not because the errand belonged elsewhere.

Nothing here is about a person: the counts are of anonymous cases, summed over every staff member.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from deskhelp.core.competence import BASE_SERVICES, TrainingLink, base_service_name, framework_area, framework_name
from deskhelp.core.guidelines import CaseType, GuidelinePack

NOT_TAGGED = ""  # the group of case types without the tag (and of case types no longer in the pack)


@dataclass(frozen=True)
class NeedRow:
    key: str  # a base-level service id, a framework code, "service|framework", or NOT_TAGGED
    nobody: int  # cases nobody on duty could do
    colleague: int  # cases handed to a colleague
    unneeded: int  # of those, referred although the errand was the library's (see the module's docstring)
    case_types: tuple[str, ...]  # the case type ids behind the row, most cases first
    level: int | None  # the highest framework level its case types call for
    cards: tuple[str, ...]  # the pack's quick-reference cards to learn from
    links: tuple[TrainingLink, ...]  # the library's course links

    @property
    def total(self) -> int:
        return self.nobody + self.colleague


def _service(case: CaseType | None) -> str:
    tags = getattr(case, "competence_tags", None)
    return (tags.base_service if tags else None) or NOT_TAGGED


def _framework(case: CaseType | None) -> str:
    tags = getattr(case, "competence_tags", None)
    return (tags.framework if tags else None) or NOT_TAGGED


def _pair(case: CaseType | None) -> str:
    return f"{_service(case)}|{_framework(case)}"


GROUPINGS: dict[str, Callable[[CaseType | None], str]] = {
    "service": _service,
    "framework": _framework,
    "pair": _pair,
}


def training_for(pack: GuidelinePack, services: Iterable[str], codes: Iterable[str], case_ids: Iterable[str]):
    """The pack's cards and the library's links for these base-level services, framework codes and case types."""
    services, codes, case_ids = set(services), set(codes), set(case_ids)
    areas = {framework_area(code) for code in codes}
    cards: list[str] = []
    for service in sorted(services):
        card = BASE_SERVICES.get(service, (None, None, None))[2]
        if card and card in pack.cards and card not in cards:
            cards.append(card)
    for case_id in case_ids:
        case = pack.case_types.get(case_id)
        if case is not None and case.card and case.card in pack.cards and case.card not in cards:
            cards.append(case.card)
    links = tuple(
        link
        for link in getattr(pack, "training", ())
        if services & set(link.base_services)
        or codes & set(link.framework)
        or areas & set(link.framework)
        or case_ids & set(link.case_types)
    )
    return tuple(cards), links


def competence_needs(
    pack: GuidelinePack,
    gaps: Iterable[tuple[str, int, int]],
    unneeded: Mapping[str, int],
    by: str = "pair",
) -> list[NeedRow]:
    """Rows of ``Statistics.competence_gaps`` (case type, nobody, colleague) grouped ``by`` "service",
    "framework" or "pair", most cases first, then most referred without need."""
    key_of = GROUPINGS[by]
    groups: dict[str, list[tuple[str, int, int]]] = {}
    for case_id, nobody, colleague in gaps:
        groups.setdefault(key_of(pack.case_types.get(case_id)), []).append((case_id, nobody, colleague))
    rows = []
    for key, members in groups.items():
        members.sort(key=lambda m: (-(m[1] + m[2]), m[0]))
        case_ids = tuple(m[0] for m in members)
        cases = [pack.case_types[c] for c in case_ids if c in pack.case_types]
        levels = [c.competence_tags.level for c in cases if c.competence_tags and c.competence_tags.level]
        cards, links = training_for(
            pack, {_service(c) for c in cases} - {NOT_TAGGED}, {_framework(c) for c in cases} - {NOT_TAGGED}, case_ids
        )
        rows.append(
            NeedRow(
                key=key,
                nobody=sum(m[1] for m in members),
                colleague=sum(m[2] for m in members),
                unneeded=sum(unneeded.get(c, 0) for c in case_ids),
                case_types=case_ids,
                level=max(levels) if levels else None,
                cards=cards,
                links=links,
            )
        )
    rows.sort(key=lambda r: (-r.total, -r.unneeded, r.key))
    return rows


_WORDS = {
    "sv": {"untagged": "Inte angivet", "outside": "Utanför basnivån", "card": "Kort", "level": "nivå"},
    "en": {"untagged": "Not given", "outside": "Outside the base level", "card": "Card", "level": "level"},
}


def _words(language: str) -> dict[str, str]:
    return _WORDS.get(language, _WORDS["sv"])


def service_label(service_id: str, language: str) -> str:
    """The base-level service's name; a case type without one is outside seed 000's base level."""
    return base_service_name(service_id, language) if service_id else _words(language)["outside"]


def framework_label(code: str, language: str, level: int | None = None) -> str:
    if not code:
        return _words(language)["untagged"]
    name = framework_name(code, language)
    return f"{name} ({_words(language)['level']} {level})" if level else name


def row_label(row: NeedRow, by: str, language: str) -> str:
    """What a row is about: "Mejlärenden · 2.1 Interagera …" for a pair, or the service or the competence."""
    if by == "service":
        return service_label(row.key, language)
    if by == "framework":
        return framework_label(row.key, language, row.level)
    service, _, code = row.key.partition("|")
    return f"{service_label(service, language)} · {framework_label(code, language, row.level)}"


def training_text(pack: GuidelinePack, row: NeedRow, language: str, urls: bool = True) -> str:
    """The row's training material in a line: the pack's cards by title, then the library's links (with their
    addresses unless ``urls`` is false, for a table that lists the addresses once, apart)."""
    parts = [f"{_words(language)['card']}: {pack.cards[card].title.get(language)}" for card in row.cards]
    parts += [f"{link.title} <{link.url}>" if urls else link.title for link in row.links]
    return "; ".join(parts)
