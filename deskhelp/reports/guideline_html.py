"""The readable guidelines as one self-contained HTML page for the intranet: no scripts, no files beside it, every
text escaped, and a print style sheet for A4 (headings stay with their table, rows are not cut)."""

from __future__ import annotations

from html import escape

from deskhelp.reports.guideline_document import GuidelineDocument, Referral, Row, word

_CSS = """
@page { size: A4; margin: 16mm 18mm 14mm 18mm; }
body { font-family: "Segoe UI", "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 10.5pt; color: #1a1a1a;
       max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; line-height: 1.4; }
header .library { color: #555; font-weight: bold; margin: 0; }
h1 { color: #1d4f7a; font-size: 1.9em; margin: .2em 0 .2em; }
.subtitle { font-size: 1.15em; margin: 0 0 .3em; }
.meta, .printed { color: #555; margin: .1em 0; }
.intro { margin: .8em 0 1.2em; }
h2 { color: #1d4f7a; font-size: 1.35em; margin: 1.4em 0 .4em; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 1.05em; margin: 1em 0 .3em; break-after: avoid; page-break-after: avoid; }
table { width: 100%; border-collapse: collapse; font-size: .92em; }
th { background: #e3ebf3; text-align: left; }
th, td { border: 1px solid #b8c2cc; padding: .35em .5em; vertical-align: top; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
td.case { width: 24%; font-weight: bold; }
td.refer { width: 30%; }
.verdict { display: block; font-weight: normal; font-size: .88em; margin-top: .3em; }
.verdict.yes { color: #22663a; } .verdict.partly { color: #8a5a00; } .verdict.no { color: #9b1c1c; }
td p { margin: 0 0 .4em; }
.label { font-weight: bold; }
.actor { margin: 0 0 .5em; }
.actor .name { font-weight: bold; }
.actor .this { background: #fff4dc; }
.contact, .fill-in, .helps { display: block; font-size: .92em; }
.fill-in { color: #8a5a00; font-style: italic; }
.card-ref { color: #555; font-size: .9em; }
section.card { border: 1px solid #8da4bd; padding: .2em .9em .5em; margin: .8em 0; break-inside: avoid;
               page-break-inside: avoid; }
.source { color: #555; font-size: .88em; }
@media print { body { margin: 0; max-width: none; padding: 0; font-size: 9.5pt; } a { color: inherit; } }
"""


def _e(text: str) -> str:
    return escape(text, quote=True)


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{_e(part.strip())}</p>" for part in text.split("\n\n") if part.strip())


def _referral(referral: Referral, this_actor: str | None) -> str:
    name_class = "name this" if referral.id == this_actor else "name"
    lines = [f'<span class="{name_class}">{_e(referral.name)}</span>']
    if referral.helps_with:
        lines.append(f'<span class="helps">{_e(referral.helps_with)}</span>')
    lines += [f'<span class="contact">{_e(line)}</span>' for line in referral.contacts]
    if referral.fill_in:
        lines.append(f'<span class="fill-in">{_e(referral.fill_in)}</span>')
    return f'<div class="actor">{"".join(lines)}</div>'


def _row(row: Row, language: str, this_actor: str | None) -> str:
    solution = []
    for key, text in (("we_do", row.we_do), ("we_dont", row.we_dont), ("why", row.why)):
        if text:
            solution.append(f'<p><span class="label">{_e(word(key, language))}:</span> {_e(text)}</p>')
    if row.card:
        solution.append(f'<p class="card-ref">{_e(word("card", language))}: {_e(row.card)}</p>')
    refer = "".join(_referral(r, this_actor) for r in row.referrals)
    refer = refer or f"<p>{_e(word(row.without_referral, language))}</p>"
    return (
        f'<tr id="{_e(row.id)}"><td class="case">{_e(row.title)}'
        f'<span class="verdict {_e(row.verdict)}">{_e(row.verdict_text)}</span></td>'
        f'<td>{"".join(solution)}</td><td class="refer">{refer}</td></tr>'
    )


def guideline_html(document: GuidelineDocument) -> str:
    """The whole page as text (UTF-8 when saved)."""
    language = document.language
    this_actor = document.actor.id if document.actor else None
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(language)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="DeskHelp">',
        f"<title>{_e(document.title)}</title><style>{_CSS}</style></head><body><header>",
    ]
    if document.library:
        parts.append(f'<p class="library">{_e(document.library)}</p>')
    parts.append(f"<h1>{_e(document.title)}</h1>")
    if document.actor is not None:
        parts.append(f'<p class="subtitle">{_e(word("actor_to", language, actor=document.actor.name))}</p>')
    if document.subtitle:
        parts.append(f'<p class="subtitle">{_e(document.subtitle)}</p>')
    parts.append(f'<p class="meta">{_e(document.meta)}</p><p class="printed">{_e(document.printed)}</p></header>')
    parts.append(f'<main><p class="intro">{_e(document.intro)}</p>')
    if document.actor is not None:
        parts.append(f"<h2>{_e(word('actor_described', language))}</h2>{_referral(document.actor, None)}")
        parts.append(f"<h2>{_e(word('actor_errands', language))}</h2>")
        if not document.sections:
            parts.append(f"<p>{_e(word('actor_none', language))}</p>")
    head = "".join(f'<th scope="col">{_e(c)}</th>' for c in document.columns)
    heading = "h3" if document.actor is not None else "h2"
    for section in document.sections:
        parts.append(f'<section id="area-{_e(section.id)}"><{heading}>{_e(section.title)}</{heading}>')
        parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>")
        parts.extend(_row(row, language, this_actor) for row in section.rows)
        parts.append("</tbody></table></section>")
    if document.cards:
        parts.append(f"<h2>{_e(word('cards', language))}</h2>")
        for card in document.cards:
            steps = "".join(f"<li>{_e(step)}</li>" for step in card.steps)
            source = f'<p class="source">{_e(word("source", language))}: {_e(card.source)}</p>' if card.source else ""
            parts.append(f'<section class="card" id="{_e(card.id)}"><h3>{_e(card.title)}</h3><ol>{steps}</ol>{source}')
            parts.append("</section>")
    parts.append("</main></body></html>\n")
    return "\n".join(parts)
