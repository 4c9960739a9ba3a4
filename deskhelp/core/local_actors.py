"""Local actors the library has not filled in yet (issue 13, item 7): templates in the pack whose contact details
only the library can know ("Ditt bibliotek fyller i de lokala kontaktuppgifterna"). Staff see the template text and
patrons get blank contact lines on the slip until someone fills them in."""

from __future__ import annotations

from deskhelp.core.guidelines import Actor, GuidelinePack


def unfilled_actors(pack: GuidelinePack) -> list[Actor]:
    """Actors marked ``fill_in_locally`` in the pack, by Swedish name."""
    return sorted((a for a in pack.actors.values() if a.fill_in_locally), key=lambda a: a.name.get("sv").casefold())
