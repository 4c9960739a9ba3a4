"""Ctrl+Z at the desk: the case taken back comes back on screen, as it was logged, for staff to correct.

The service withdraws the case from the log (as before: statistics stay right and sharing withdraws it from the
shared picture too); this puts its answers and details back into the triage panel, so logging again is one Enter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from deskhelp.core.triage import Answers

if TYPE_CHECKING:
    from deskhelp.service import LoggedCase
    from deskhelp.ui.main_window import MainWindow


def reopen_case(window: MainWindow, undone: LoggedCase) -> bool:
    """Show ``undone`` in the window's triage panel with its answers and details. False when its kind of errand is
    no longer in the guidelines (a new pack arrived meanwhile): then the desk simply starts over."""
    service, record = window._service, undone.record
    case = service.pack.case_types.get(record.case_type_id)
    if case is None:
        return False
    answers = Answers(
        mission=record.mission, competence=record.competence, time=record.time, resources=record.resources
    )
    triage = window.triage
    triage.show_case(case, answers, frozenset(record.missing_resources), service.pack, window._language)
    triage.details.start(case, record.details.channel)
    triage.details.restore(record.details)
    window.pages.setCurrentWidget(triage)
    window._on_answers_changed()
    triage.mission.focus_answer()
    return True
