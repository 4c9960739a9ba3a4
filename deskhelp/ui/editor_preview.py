"""The editor's preview: the desk's outcome view for the case type being edited, as staff will see it."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from deskhelp.service import DeskService


def _no_preview(has_problems: bool, choose: str) -> str:
    why = (
        QCoreApplication.translate("EditorPreview", "Put the problems right to see the desk's view.")
        if has_problems
        else choose
    )
    return f"<p><i>{escape(why)}</i></p>"


def actor_preview_html(service: DeskService, data: dict[str, Any], actor_id: str | None, has_problems: bool) -> str:
    """The actor as the desk shows it when staff refer a patron there."""
    from deskhelp.ui.outcome_view import actor_html

    pack = service.edited_pack_or_none(data) if actor_id else None
    if pack is None or actor_id not in pack.actors:
        return _no_preview(has_problems, QCoreApplication.translate("EditorPreview", "Choose an actor."))
    heading = QCoreApplication.translate("EditorPreview", "Preview: what the desk shows when it refers to the actor")
    return f"<p><i>{escape(heading)}</i></p>" + actor_html(pack.actors[actor_id], "sv")


def preview_html(service: DeskService, data: dict[str, Any], case_id: str | None, has_problems: bool) -> str:
    """The outcome view for ``case_id`` with the guideline's own verdict, or why there is no preview yet."""
    from deskhelp.core.triage import default_answers, triage
    from deskhelp.ui.outcome_view import outcome_html

    pack = service.edited_pack_or_none(data) if case_id else None
    if pack is None or case_id not in pack.case_types:
        return _no_preview(has_problems, QCoreApplication.translate("EditorPreview", "Choose a case type."))
    case = pack.case_types[case_id]
    heading = QCoreApplication.translate("EditorPreview", "Preview: what the desk shows for “{0}”")
    result = triage(pack, case, default_answers(case))
    head = f"<p><i>{escape(heading.format(case.title.get('sv')))}</i></p>"
    from deskhelp.core.branch_times import guidance_for

    guidance = guidance_for(pack, service.settings.branch, service.settings.guidance, "sv")
    return head + outcome_html(result, pack, "sv", guidance=guidance)


def slip_preview_document(service: DeskService, data: dict[str, Any], case_id: str | None):
    """The patron's slip for ``case_id`` with the guideline's own verdict, in Swedish; None while there are problems."""
    import datetime as dt

    from deskhelp.core.patron_text import patron_sheet
    from deskhelp.core.triage import default_answers, triage
    from deskhelp.printing.slip import SlipContext, slip_document

    pack = service.edited_pack_or_none(data) if case_id else None
    if pack is None or case_id not in pack.case_types:
        return None
    case = pack.case_types[case_id]
    result = triage(pack, case, default_answers(case))
    settings = service.settings
    from deskhelp.core.branch_times import guidance_for

    guidance = guidance_for(pack, settings.branch, settings.guidance, "sv")
    context = SlipContext(library=settings.library, given_on=dt.date.today(), guidance=guidance)
    return slip_document(patron_sheet(result, pack, "sv"), context)
