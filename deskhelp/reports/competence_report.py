"""The "Kompetensbehov" report (issue 19, seed 003): what the desk as a whole needs to learn.

The cases nobody on duty could do, or that went to a colleague, grouped by the base-level service (seed 000) and
the competence-framework area (seed 003) their case types call for, ranked by how often, with how many were
referred although the errand was the library's (``core.competence_needs``), and the training material to learn
from: the pack's cards and the course links the library added. Never who: the counts are of anonymous cases.
"""

from __future__ import annotations

from deskhelp.core.competence_needs import competence_needs, framework_label, row_label, training_text
from deskhelp.core.guidelines import GuidelinePack
from deskhelp.core.statistics import Statistics
from deskhelp.reports.model import Cell, ReportKind, Section, Table

_LABELS = {
    "sv": {
        "by_service": "Per tjänst i den digitala basnivån",
        "by_framework": "Per område i kompetensramverket",
        "by_case_type": "Per ärendetyp",
        "service": "Basnivåtjänst",
        "framework": "Kompetens i ramverket (nivå som krävs)",
        "cases": "Ärenden",
        "nobody": "Ingen här",
        "colleague": "Kollega",
        "needless": "I onödan",
        "calls_for": "Kräver",
        "case_types": "Vanligast",
        "more": "och {n} till",
        "training": "Utbildningsmaterial",
        "no_training": "Inget ännu: lägg till kurslänkar i riktlinjerna",
        "links": "Kurslänkar i riktlinjerna",
        "title": "Kurs eller sida",
        "url": "Adress",
        "text": (
            "Ärenden där ingen i tjänst hade kompetensen (svaret ”nej”, kolumnen ”Ingen här”) eller som lämnades "
            "till en kollega, grupperade efter vad ärendetypen kräver, flest först. ”I onödan” räknar de "
            "hänvisningar bland dem där uppdraget var bibliotekets (ja eller delvis) och utfallet ändå blev "
            "hänvisning: med kompetensen hade biblioteket hjälpt till. Rapporten säger vad disken som helhet "
            "behöver lära sig, aldrig vem: inget ärende har uppgifter om personalen."
        ),
    },
    "en": {
        "by_service": "By service of the digital base level",
        "by_framework": "By area of the competence framework",
        "by_case_type": "By case type",
        "service": "Base-level service",
        "framework": "Framework competence (level called for)",
        "cases": "Cases",
        "nobody": "Nobody here",
        "colleague": "Colleague",
        "needless": "Needless",
        "calls_for": "Calls for",
        "case_types": "Most common",
        "more": "and {n} more",
        "training": "Training material",
        "no_training": "None yet: add course links to the guidelines",
        "links": "Course links in the guidelines",
        "title": "Course or page",
        "url": "Address",
        "text": (
            'Cases where nobody on duty had the competence (the answer "no", the column "Nobody here") or that went '
            'to a colleague, grouped by what the case type calls for, most first. "Needless" counts the referrals '
            "among them where the errand was the library's (yes or partly) and the outcome was still a referral: "
            "with the competence the library would have helped. The report says what the desk as a whole needs to "
            "learn, never who: no case holds anything about the staff."
        ),
    },
}


def _t(key: str, language: str) -> str:
    return _LABELS.get(language, _LABELS["sv"])[key]


def build_competence(builder, pack: GuidelinePack, statistics: Statistics) -> list[Section]:
    """The report's sections; ``builder`` is the builders' shared ``_Builder`` (names, language, counts)."""
    language, n = builder.language, builder.n
    gaps, needless = statistics.competence_gaps, statistics.needless_referrals
    counts = tuple(_t(key, language) for key in ("cases", "nobody", "colleague", "needless"))

    def numbers(row) -> tuple[Cell, ...]:
        return (n(row.total), n(row.nobody), n(row.colleague), n(row.unneeded))

    def most_common(row) -> str:
        names = [builder.names.case_type(c) for c in row.case_types[:3]]
        more = len(row.case_types) - len(names)
        return ", ".join(names) + (" " + _t("more", language).format(n=more) if more else "")

    def training(row) -> str:
        return training_text(pack, row, language, urls=False) or _t("no_training", language)

    service_rows = [
        (row_label(r, "service", language), *numbers(r), most_common(r), training(r))
        for r in competence_needs(pack, gaps, needless, by="service")
    ]
    framework_rows = [
        (framework_label(r.key, language, r.level), *numbers(r), most_common(r), training(r))
        for r in competence_needs(pack, gaps, needless, by="framework")
    ]
    # One row per case type: a group of one, so that its training material is found as for the groups.
    singles = [competence_needs(pack, [gap], needless, by="pair")[0] for gap in gaps]
    singles.sort(key=lambda r: (-r.total, -r.unneeded, builder.names.case_type(r.case_types[0])))
    case_rows = [
        (builder.names.case_type(r.case_types[0]), row_label(r, "pair", language), *numbers(r), training(r))
        for r in singles
    ]
    sections = []
    for key, first, rows in (
        ("by_service", _t("service", language), service_rows),
        ("by_framework", _t("framework", language), framework_rows),
    ):
        title = _t(key, language)
        columns = (first, *counts, _t("case_types", language), _t("training", language))
        text = _t("text", language) if key == "by_service" else ""
        sections.append(Section(title, [Table(title, columns, rows)], text=text))
    title = _t("by_case_type", language)
    columns = (builder.t("col.case_type"), _t("calls_for", language), *counts, _t("training", language))
    sections.append(Section(title, [Table(title, columns, case_rows)]))
    if pack.training:  # the addresses once, here, rather than in every row that names the course
        title = _t("links", language)
        rows = [(link.title, link.url) for link in pack.training]
        sections.append(Section(title, [Table(title, (_t("title", language), _t("url", language)), rows)]))
    return sections


def build_competence_report(options, pack: GuidelinePack, statistics: Statistics):
    from deskhelp.reports.builders import _Builder

    b = _Builder(ReportKind.COMPETENCE, options, pack)
    return b.report(build_competence(b, pack, statistics), b.notes(statistics.demo_cases))
