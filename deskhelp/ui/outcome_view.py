"""The triage result as rich text: what to say, whom to refer to, what to watch out for, why, and how to close."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from deskhelp.core.guidelines import Actor, GuidelinePack, Outcome, Text
from deskhelp.core.triage import TriageResult
from deskhelp.printing.slip import language_name
from deskhelp.ui.colours import WARNING
from deskhelp.ui.labels import outcome_name

OUTCOME_BACKGROUND = "#e6eef8"
QR_SCREEN_PX = 110  # beside the actor's contacts: big enough for a phone held at the screen


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(part)}</p>" for part in text.split("\n\n") if part.strip())


def _heading(text: str, level: int = 3) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


def _warning(text: str) -> str:
    return f'<span style="color:{WARNING}">{escape(text)}</span>'


def actor_html(actor: Actor, language: str, show_qr: bool = True) -> str:
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
        names = ", ".join(language_name(code) for code in c.languages)
        rows.append((QCoreApplication.translate("OutcomeView", "Languages"), escape(names)))
    body = "".join(f"<tr><td><b>{escape(label)}</b>&nbsp;&nbsp;</td><td>{value}</td></tr>" for label, value in rows)
    local = ""
    if actor.fill_in_locally:
        note = QCoreApplication.translate("OutcomeView", "Your library fills in the local contact details.")
        local = f"<p>{_warning(note)}</p>"
    helps_with = escape(actor.helps_with.get(language))
    if actor.staff_note:
        helps_with += "<br>" + _warning(actor.staff_note.get(language))
    qr = ""
    if c.web and show_qr:  # a patron on the phone or in a chat cannot scan the screen
        caption = escape(QCoreApplication.translate("OutcomeView", "The patron can scan this"))
        qr = (
            f'<td width="{QR_SCREEN_PX + 16}" align="center" valign="top">'
            f'<img src="qr:{escape(c.web)}" width="{QR_SCREEN_PX}" height="{QR_SCREEN_PX}"><br>'
            f'<span style="font-size:small">{caption}</span></td>'
        )
    details = f'<td valign="top"><p>{helps_with}</p><table>{body}</table>{local}</td>'
    card = f'<table width="100%"><tr>{details}{qr}</tr></table>'
    return _heading(actor.name.get(language)) + card


def _section(title: str, text: Text | None, language: str) -> str:
    return _heading(title) + _paragraphs(text.get(language)) if text else ""


def _next_step(result: TriageResult, guidance: str | None, language: str) -> str:
    """What staff do next for outcomes that hand the patron on inside the library."""
    case = result.case_type
    if result.outcome is Outcome.COLLEAGUE:
        who = (
            case.colleague_role.get(language)
            if case.colleague_role
            else QCoreApplication.translate("OutcomeView", "a colleague who knows the service")
        )
        return _heading(QCoreApplication.translate("OutcomeView", "Ask")) + f"<p><b>{escape(who)}</b></p>"
    if result.outcome is Outcome.BOOKED:
        not_configured = QCoreApplication.translate(
            "OutcomeView", "Drop-in and booking times are not configured; ask IT to add them."
        )
        slip = QCoreApplication.translate("OutcomeView", "Give the patron a booking slip with what to bring: Ctrl+P.")
        times = _paragraphs(guidance) if guidance else f"<p>{_warning(not_configured)}</p>"
        heading = _heading(QCoreApplication.translate("OutcomeView", "Digital guidance: drop-in and booking"))
        return heading + times + f"<p>{escape(slip)}</p>"
    return ""


def _card_steps(pack: GuidelinePack, card_id: str | None, language: str) -> str:
    if card_id is None:
        return ""
    card = pack.cards[card_id]
    steps = "".join(f"<li>{escape(step.get(language))}</li>" for step in card.steps)
    return (
        _heading(QCoreApplication.translate("OutcomeView", "Steps to show: {0}").format(card.title.get(language)))
        + f"<ol>{steps}</ol>"
    )


def _resources(pack: GuidelinePack, resource_ids: tuple[str, ...], missing: frozenset[str], language: str) -> str:
    if not resource_ids:
        return ""
    items = []
    missing_label = _warning(QCoreApplication.translate("OutcomeView", "Missing:"))
    for rid in resource_ids:
        resource = pack.resources[rid]
        title = escape(resource.title.get(language))
        if rid in missing:
            advice = escape(resource.if_missing.get(language))
            items.append(f"<li><b>{missing_label} {title}</b><br>{advice}</li>")
        else:
            items.append(f"<li>{title}</li>")
    return _heading(QCoreApplication.translate("OutcomeView", "The patron needs")) + f"<ul>{''.join(items)}</ul>"


def say_heading(phrasing_channel: str | None) -> str:
    """ "Say", or how on the channel the pack has phrasing for (core.channels)."""
    headings = {
        "phone": QCoreApplication.translate("OutcomeView", "Say on the phone"),
        "chat": QCoreApplication.translate("OutcomeView", "Write in the chat"),
        "email": QCoreApplication.translate("OutcomeView", "Write in the e-mail"),
        "video": QCoreApplication.translate("OutcomeView", "Say on the video call"),
    }
    return headings.get(phrasing_channel or "", QCoreApplication.translate("OutcomeView", "Say"))


def copy_hint(channel: str | None) -> str:
    """For a patron who is not here: the referral can be pasted into a chat or an e-mail."""
    from deskhelp.core.cases import Channel
    from deskhelp.core.channels import is_remote

    if channel is None or not is_remote(Channel(channel)):
        return ""
    hint = QCoreApplication.translate(
        "OutcomeView", "Ctrl+Shift+C copies the referral as text in the patron's language, for a chat or an e-mail."
    )
    return f"<p><i>{escape(hint)}</i></p>"


def outcome_html(
    result: TriageResult,
    pack: GuidelinePack,
    language: str,
    missing: frozenset[str] = frozenset(),
    guidance: str | None = None,
    channel: str | None = None,
) -> str:
    case = result.case_type
    parts = [
        f'<table width="100%" cellpadding="8" style="background:{OUTCOME_BACKGROUND}"><tr><td>'
        f'<span style="font-size:x-large; font-weight:bold">{escape(outcome_name(result.outcome))}</span>'
        "</td></tr></table>",
        _heading(say_heading(result.phrasing_channel)),
        f'<blockquote style="font-size:large">{_paragraphs(result.phrasing.get(language))}</blockquote>',
        copy_hint(channel),
        _next_step(result, guidance, language),
    ]
    # What staff act on comes first: whom to refer to, what to show and what to watch out for. What we do is
    # shown beside the first question already; why we don't do the rest follows for when the patron asks.
    if result.actors:
        parts.append(_heading(QCoreApplication.translate("OutcomeView", "Refer to"), level=2))
        remote = bool(copy_hint(channel))
        parts.extend(actor_html(actor, language, show_qr=not remote) for actor in result.actors)
    parts += [
        _resources(pack, case.resources, missing, language),
        _card_steps(pack, case.card, language),
        _section(QCoreApplication.translate("OutcomeView", "Take care"), case.sensitivity, language),
        _section(QCoreApplication.translate("OutcomeView", "What we don't do"), case.we_dont, language),
        _section(QCoreApplication.translate("OutcomeView", "Why"), case.reason, language),
    ]
    checklist = "".join(f"<li>{escape(item.get(language))}</li>" for item in result.closing_checklist)
    parts.append(_heading(QCoreApplication.translate("OutcomeView", "Before you close")) + f"<ul>{checklist}</ul>")
    return "".join(parts)
