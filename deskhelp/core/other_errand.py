"""The errand the guidelines do not cover: a built-in case type every pack gets, so any errand can be logged.

Issue 13: "fullmakt" found nothing and Enter did nothing, so the inventory missed exactly the new questions it
exists to find. The case type ``other`` is added by the core to every pack when it is read (the bundled, a
library's, and every stored revision, so old statistics title it too); a pack may not define the id itself.
It has no verdict of its own (``in_guidelines`` is False and the desk says so): staff answer the four questions
as always, starting from "partly" (there is almost always a part the library can show), with no actors and no
resources, and write a short description of the errand, which goes into the question inventory.
"""

from __future__ import annotations

from dataclasses import replace

from deskhelp.core.guidelines import Area, CaseType, GuidelinePack, Text, Verdict

OTHER_ID = "other"
OTHER_AREA_ID = "other"
DESCRIPTION_MAX_CHARS = 300  # a line or two: what the errand was, never who had it

OTHER_AREA = Area(id=OTHER_AREA_ID, title=Text({"sv": "Övrigt", "en": "Other"}))

OTHER_CASE_TYPE = CaseType(
    id=OTHER_ID,
    area=OTHER_AREA_ID,
    title=Text({"sv": "Annat ärende - finns inte i riktlinjerna", "en": "Other errand - not in the guidelines"}),
    keywords=("annat", "övrigt", "other", "finns inte", "riktlinjerna"),
    mission=Verdict.PARTLY,
    we_do=Text(
        {
            "sv": "Riktlinjerna säger inget om det här ärendet. Bedöm själv, eller fråga en kollega, och beskriv "
            "ärendet kort så att det kommer med i frågeinventeringen.",
            "en": "The guidelines say nothing about this errand. Use your judgement, or ask a colleague, and "
            "describe the errand briefly so that it goes into the question inventory.",
        }
    ),
    competence=Text(
        {
            "sv": "Visa det du kan; hänvisa resten dit du vet att ärendet hör hemma.",
            "en": "Show what you can; refer the rest to where you know the errand belongs.",
        }
    ),
    effort=2,
    duration="5-15",
    in_guidelines=False,
)


def is_other(case_type_id: str) -> bool:
    return case_type_id == OTHER_ID


def with_other(pack: GuidelinePack) -> GuidelinePack:
    """``pack`` with the built-in case type (and its area) added last; a pack that has it already is returned."""
    if OTHER_ID in pack.case_types:
        return pack
    areas = dict(pack.areas)
    areas.setdefault(OTHER_AREA_ID, OTHER_AREA)
    return replace(pack, areas=areas, case_types={**pack.case_types, OTHER_ID: OTHER_CASE_TYPE})


def guided_case_types(pack: GuidelinePack) -> list[CaseType]:
    """The pack's own case types, without the built-in one (for exports of the guidelines, checks, diffs)."""
    return [case for case in pack.case_types.values() if case.in_guidelines]
