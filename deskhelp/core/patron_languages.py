"""Which languages a patron can be given a slip in, and which patron-facing texts a pack still lacks.

A slip is never mixed: an Arabic slip whose errand title, actors or bring-list stayed Swedish tells the patron that
half of it is not for them. So a slip (and the patron view, which shows the same document) is offered in a language
only where every patron-facing text it prints exists in that language; sv and en always, as the pack reader requires
both everywhere. Which texts are patron-facing is agreed in FORMAT.md (`languages`); the staff-only ones (what we do,
why, competence, sensitivity) stay Swedish and English.
"""

from __future__ import annotations

from collections.abc import Iterator

from deskhelp.core.guidelines import REQUIRED_LANGUAGES, TIMES_FIELDS, GuidelinePack, Outcome, Text
from deskhelp.core.patron_label_columns import LABELLED_LANGUAGES
from deskhelp.core.triage import TriageResult


def pack_patron_texts(pack: GuidelinePack) -> Iterator[tuple[str, Text]]:
    """Every patron-facing text of the pack, with where it is (``actors[skatteverket].name``)."""
    for outcome, text in pack.default_phrasing.items():
        yield f"default_phrasing.{outcome.value}", text
    for case in pack.case_types.values():
        if not case.in_guidelines or case.retired:
            continue
        yield f"case_types[{case.id}].title", case.title
        for outcome, text in case.phrasing.items():
            yield f"case_types[{case.id}].phrasing.{outcome.value}", text
    for actor in pack.actors.values():
        yield f"actors[{actor.id}].name", actor.name
        yield f"actors[{actor.id}].helps_with", actor.helps_with
        if actor.contacts.hours is not None:
            yield f"actors[{actor.id}].contacts.hours", actor.contacts.hours
    for resource in pack.resources.values():
        yield f"resources[{resource.id}].title", resource.title
        yield f"resources[{resource.id}].if_missing", resource.if_missing
    for card in pack.cards.values():
        yield f"cards[{card.id}].title", card.title
        for i, step in enumerate(card.steps):
            yield f"cards[{card.id}].steps[{i}]", step
    for times in pack.times:
        for name in TIMES_FIELDS:
            text = getattr(times, name)
            if text is not None:
                yield f"times[{times.branch}].{name}", text


def missing_translations(pack: GuidelinePack) -> list[tuple[str, str]]:
    """(language, where) for every patron-facing text missing in a language the pack declares; empty for a pack
    that declares none."""
    codes = [language.code for language in pack.languages]
    if not codes:
        return []
    texts = list(pack_patron_texts(pack))
    return [(code, where) for code in codes for where, text in texts if not text.translations.get(code)]


def slip_texts(pack: GuidelinePack, result: TriageResult) -> list[Text]:
    """The pack's texts a slip for ``result`` prints (the fixed labels of patron_text aside)."""
    case = result.case_type
    texts = [result.phrasing]
    if case.in_guidelines:
        texts.append(case.title)
    for actor in result.actors:
        texts += [actor.name, actor.helps_with]
        if actor.contacts.hours is not None:
            texts.append(actor.contacts.hours)
    texts += [pack.resources[r].title for r in case.resources if r in pack.resources]
    card = card_of(pack, result)
    if card is not None:
        texts += [card.title, *card.steps]
    return texts


def card_of(pack: GuidelinePack, result: TriageResult):
    """The quick-reference card a "helped here" slip carries, if the errand has one."""
    if result.outcome is not Outcome.HELPED_HERE or result.case_type.card is None:
        return None
    return pack.cards.get(result.case_type.card)


def candidate_languages(pack: GuidelinePack, result: TriageResult) -> list[str]:
    """The languages besides sv and en a slip might be in: those the pack declares, or, in a pack that declares
    none (written before `languages`), those its phrasing for this result happens to have."""
    if pack.languages:
        return [language.code for language in pack.languages]
    return sorted(set(result.phrasing.translations) - set(REQUIRED_LANGUAGES))


def offered_languages(pack: GuidelinePack, result: TriageResult) -> tuple[str, ...]:
    """sv, en, then each language that has every text the slip prints, and the slip's fixed labels, in the pack's
    order."""
    texts = slip_texts(pack, result)
    whole = [
        code
        for code in candidate_languages(pack, result)
        if code in LABELLED_LANGUAGES and all(t.translations.get(code) for t in texts)
    ]
    return (*REQUIRED_LANGUAGES, *whole)


def unreviewed_languages(pack: GuidelinePack) -> frozenset[str]:
    """The languages nobody has checked the translation of: staff are told before they print. In a pack written
    before `languages`, every language besides sv and en: it has no record of anyone checking it."""
    if pack.languages:
        return frozenset(language.code for language in pack.languages if not language.reviewed)
    return frozenset(code for _where, text in pack_patron_texts(pack) for code in text.translations) - set(
        REQUIRED_LANGUAGES
    )


def language_summary(pack: GuidelinePack) -> list[str]:
    """A line per declared language for whoever checks a pack: who checked it, and the patron texts it lacks (a
    slip that needs one of them is not offered in that language)."""
    missing = missing_translations(pack)
    lines = []
    for language in pack.languages:
        checked = f"checked by {language.checked_by} {language.checked}" if language.reviewed else "unreviewed"
        gaps = [where for code, where in missing if code == language.code]
        state = f"{len(gaps)} patron texts missing, first: {', '.join(gaps[:3])}" if gaps else "every patron text"
        if language.code not in LABELLED_LANGUAGES:
            state += "; DeskHelp has no slip labels in this language yet, so no slip is offered in it"
        lines.append(f"  {language.code} ({language.name}, {checked}): {state}")
    return lines
