"""Help > About: the program, the guidelines in use (title, version, last review, next review, owner) and where
the database is, so that staff and IT can tell which guidelines a desk runs without opening any file."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from deskhelp import __version__

if TYPE_CHECKING:  # the window imports this module before its first paint; the guidelines load after it
    from deskhelp.core.guidelines import PackInfo


def about_html(info: PackInfo | None, database: str | None, language: str, today: dt.date) -> str:
    rows = [
        f"<p><b>DeskHelp {escape(__version__)}</b><br>"
        + escape(QCoreApplication.translate("About", "The library's agreed guidelines for digital errands."))
        + "</p>"
    ]
    if info is not None:
        from deskhelp.core.review import review_due

        due = review_due(info)
        overdue = today > due
        due_text = due.isoformat() + (" – " + QCoreApplication.translate("About", "overdue") if overdue else "")
        facts = [
            (QCoreApplication.translate("About", "Guidelines"), info.title.get(language)),
            (QCoreApplication.translate("About", "Version"), info.version),
            (QCoreApplication.translate("About", "Last reviewed"), info.reviewed),
            (QCoreApplication.translate("About", "Next review"), due_text),
            (QCoreApplication.translate("About", "Owner"), info.owner),
        ]
        rows.append(
            "<table cellspacing='0' cellpadding='2'>"
            + "".join(f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in facts)
            + "</table>"
        )
    if database is not None:
        heading = QCoreApplication.translate("About", "Database")
        rows.append(f"<p><b>{escape(heading)}</b><br>{escape(database)}</p>")
    return "".join(rows)


def review_notice(info: PackInfo, today: dt.date) -> str | None:
    """A quiet line for the desk when the review is overdue (not an error: the guidelines still apply)."""
    from deskhelp.core.review import review_due

    due = review_due(info)
    if today <= due:
        return None
    text = QCoreApplication.translate("About", "The guidelines were due for review on {0}; {1} is responsible.")
    return text.format(due.isoformat(), info.owner)


def show_about(window) -> None:
    """Help > About for the desk ``window`` (its service, if any, names the guidelines and the database)."""
    from PySide6.QtWidgets import QMessageBox  # imported when needed: its enums are slow to build at start

    service = window._service
    info = service.pack.info if service is not None else None
    database = str(service.settings.database) if service is not None else None
    html = about_html(info, database, window._language, dt.date.today())
    QMessageBox.about(window, QCoreApplication.translate("MainWindow", "About DeskHelp"), html)
