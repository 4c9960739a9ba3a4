"""The names of a guideline pack's things in one language, for everything that shows counts by id.

The dashboard and the reports both show case types, areas, actors and resources by name; a case logged under an
id that is no longer in the pack (the pack changed since) is shown by its id, never dropped.
"""

from __future__ import annotations

from deskhelp.core.guidelines import GuidelinePack


class PackNames:
    """Names of ``pack``'s things in ``language``; ``unknown_area`` names the area of a case type no longer in it."""

    def __init__(self, pack: GuidelinePack, language: str, unknown_area: str) -> None:
        self.language = language
        self.case_types = {ct.id: ct.title.get(language) for ct in pack.case_types.values()}
        self.areas = {area.id: area.title.get(language) for area in pack.areas.values()}
        self.area_of = {ct.id: ct.area for ct in pack.case_types.values()}
        self.actors = {actor.id: actor.name.get(language) for actor in pack.actors.values()}
        self.resources = {r.id: r.title.get(language) for r in pack.resources.values()}
        self.unknown_area = unknown_area

    def case_type(self, case_type_id: str) -> str:
        return self.case_types.get(case_type_id, case_type_id)

    def area(self, area_id: str) -> str:
        return self.areas.get(area_id, area_id) if area_id else self.unknown_area

    def area_of_case_type(self, case_type_id: str) -> str:
        return self.area(self.area_of.get(case_type_id, ""))

    def actor(self, actor_id: str) -> str:
        return self.actors.get(actor_id, actor_id)

    def resource(self, resource_id: str) -> str:
        return self.resources.get(resource_id, resource_id)
