"""The triage result as rich text: what to say, whom to refer to, what to watch out for, why, and how to close."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale

from deskhelp.core.guidelines import Actor, GuidelinePack, Text
from deskhelp.core.triage import TriageResult
from deskhelp.ui.labels import outcome_name

WARNING_COLOUR = "#8a5300"
OUTCOME_BACKGROUND = "#e6eef8"


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(part)}</p>" for part in text.split("\n\n") if part.strip())


def _heading(text: str, level: int = 3) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


def _warning(text: str) -> str:
    return f'<span style="color:{WARNING_COLOUR}">{escape(text)}</span>'


def _language_name(code: str) -> str:
    """The language's own name, which a patron recognises: svenska, العربية, Soomaali."""
    if code == "en":
        return "English"  # Qt would say "American English"
    return QLocale(code).nativeLanguageName() or code


def actor_html(actor: Actor, language: str) -> str:
    not_verified = " " + _warning("(" + QCoreApplication.translate("OutcomeView", "not verified") + ")")

    def checked(field: str) -> str:
        return not_verified if actor.is_unverified(field) else ""

    c = actor.contacts
    rows = []
    if c.phone:
        rows.append((QCoreApplication.translate("OutcomeView", "Phone"), escape(c.phone) + checked("phone")))
    if c.web:
        link = f'<a href="{escape(c.web)}">{escape(c.web)}</a>'
        rows.append((QCoreApplication.translate("OutcomeView", "Web"), link + checked("web")))
    if c.chat:
        rows.append((QCoreApplication.translate("OutcomeView", "Chat"), escape(c.chat) + checked("chat")))
    if c.email:
        rows.append((QCoreApplication.translate("OutcomeView", "E-mail"), escape(c.email) + checked("email")))
    if c.address:
        rows.append((QCoreApplication.translate("OutcomeView", "Address"), escape(c.address) + checked("address")))
    if c.hours:
        hours = escape(c.hours.get(language)) + checked("hours")
        rows.append((QCoreApplication.translate("OutcomeView", "Opening hours"), hours))
    if c.languages:
        names = ", ".join(_language_name(code) for code in c.languages)
        rows.append((QCoreApplication.translate("OutcomeView", "Languages"), escape(names)))
    body = "".join(f"<tr><td><b>{escape(label)}</b>&nbsp;&nbsp;</td><td>{value}</td></tr>" for label, value in rows)
    local = ""
    if actor.fill_in_locally:
        note = QCoreApplication.translate("OutcomeView", "Your library fills in the local contact details.")
        local = f"<p>{_warning(note)}</p>"
    helps_with = escape(actor.helps_with.get(language))
    return f"{_heading(actor.name.get(language))}<p>{helps_with}</p><table>{body}</table>{local}"


def _section(title: str, text: Text | None, language: str) -> str:
    return _heading(title) + _paragraphs(text.get(language)) if text else ""


def outcome_html(result: TriageResult, pack: GuidelinePack, language: str) -> str:
    case = result.case_type
    parts = [
        f'<table width="100%" cellpadding="8" style="background:{OUTCOME_BACKGROUND}"><tr><td>'
        f'<span style="font-size:x-large; font-weight:bold">{escape(outcome_name(result.outcome))}</span>'
        "</td></tr></table>",
        _heading(QCoreApplication.translate("OutcomeView", "Say")),
        f'<blockquote style="font-size:large">{_paragraphs(result.phrasing.get(language))}</blockquote>',
    ]
    # What staff act on comes first: whom to refer to and what to watch out for. What we do is shown beside
    # the first question already; why we don't do the rest follows for when the patron asks.
    if result.actors:
        parts.append(_heading(QCoreApplication.translate("OutcomeView", "Refer to"), level=2))
        parts.extend(actor_html(actor, language) for actor in result.actors)
    parts += [
        _section(QCoreApplication.translate("OutcomeView", "Take care"), case.sensitivity, language),
        _section(QCoreApplication.translate("OutcomeView", "What we don't do"), case.we_dont, language),
        _section(QCoreApplication.translate("OutcomeView", "Why"), case.reason, language),
    ]
    if case.resources:
        items = "".join(
            f"<li><b>{escape(pack.resources[r].title.get(language))}</b>: "
            f"{escape(pack.resources[r].if_missing.get(language))}</li>"
            for r in case.resources
        )
        parts.append(_heading(QCoreApplication.translate("OutcomeView", "The patron needs")) + f"<ul>{items}</ul>")
    checklist = "".join(f"<li>{escape(item.get(language))}</li>" for item in result.closing_checklist)
    parts.append(_heading(QCoreApplication.translate("OutcomeView", "Before you close")) + f"<ul>{checklist}</ul>")
    return "".join(parts)
