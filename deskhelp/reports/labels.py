"""The words of the reports, in Swedish and English, as a plain table.

Reports are written headless (scheduled jobs, the command line), where the window's Qt translations are not
loaded, so they keep their own small table. The Swedish names of outcomes, channels and the READ scale follow
the window's translations (resources/i18n/deskhelp_sv.ts), so staff see the same words on screen and on paper.
A test keeps both languages complete.
"""

from __future__ import annotations

from deskhelp.core.cases import Channel
from deskhelp.core.guidelines import Outcome

LANGUAGES = ("sv", "en")
# In the core enums' order, which is the reports' order; a test checks every value has a label in both languages.
OUTCOMES = tuple(outcome.value for outcome in Outcome)
CHANNELS = tuple(channel.value for channel in Channel)

LABELS: dict[str, dict[str, str]] = {
    "sv": {
        # report titles
        "report.summary": "Sammanställning",
        "report.cases": "Ärenden",
        "report.actors": "Återkoppling till aktörer",
        "report.inventory": "Frågeinventering",
        "report.digidel": "Digidel-statistik",
        "report.competence": "Kompetensbehov",
        # notes
        "note.suppressed": (
            "Små antal visas inte (..): antal under {n}, och i varje rad, kolumn och summa med ett sådant antal även "
            "det näst minsta, så att inget dolt antal kan räknas fram ur summan och de andra talen."
        ),
        "note.exact_totals": "Alla tal som visas, summor också, är exakta och räknade på alla ärenden.",
        "note.hidden_table": ".. = dolt antal: under {n}, eller dolt så att ett litet antal inte kan räknas fram.",
        "note.demo": "Innehåller {n} demoärenden – inte riktiga ärenden.",
        "note.filter": "Urval: {branch}, {desk}.",
        "note.branch": "filial {name}",
        "note.all_branches": "alla filialer",
        "note.desk": "disk {name}",
        "note.all_desks": "alla diskar",
        "note.cases_columns": (
            "Ett ärende per rad. Kolumnerna märkta (id) har de fasta koderna, för pivottabeller. "
            "Skavde och Demo: 1 = ja, 0 = nej."
        ),
        "note.continued": "Tabellen {sheet} fortsätter på bladet {more} – ett blad rymmer högst {rows} rader.",
        # summary
        "section.overview": "Översikt",
        "section.overview.text_period": (
            "Perioden {start} – {end} jämförs med föregående period {prev_start} – {prev_end}."
        ),
        "section.overview.text_same_days": (
            "Perioden {start} – {end} pågår ännu. Den jämförs med samma dagar av föregående period: "
            "{prev_start} – {prev_end}."
        ),
        "section.over_time": "Ärenden över tid",
        "section.by_area": "Ärenden per område",
        "section.by_case_type": "Ärenden per ärendetyp",
        "section.by_outcome": "Utfall",
        "section.by_actor": "Hänvisningar per aktör",
        "section.by_channel": "Kanal",
        "section.weekday_hour": "Veckodag och timme",
        "section.effort": "Insats enligt READ-skalan",
        "section.competence_gaps": "Kompetensluckor",
        "section.missing_resources": "Saknade resurser",
        "section.cases": "Ärenden",
        "section.chafing": "Ärenden som skavde",
        "section.chafing_by_case_type": "Skavande ärenden per ärendetyp",
        "section.all_actors": "Alla aktörer",
        "section.digidel": "Ärenden per ärendetyp och utfall",
        "actor.intro": (
            "Under perioden {start} – {end} hänvisade {library} {count} ärenden till {actor}. Tabellerna visar "
            "vilka ärenden det gällde, hur de fördelade sig över månaderna och vad besökarna saknade för att "
            "kunna göra ärendet själva. Ärendena loggas anonymt: ingenting om besökaren eller personalen sparas. "
            "Vi vill gärna prata om hur vi tillsammans kan hjälpa besökarna bättre."
        ),
        "actor.fewer_than": "färre än {n}",
        "actor.some": "ett antal",
        "sheet.actor_case_types": "Ärendetyper per aktör",
        "sheet.actor_months": "Månader per aktör",
        "sheet.actor_missing_resources": "Saknade resurser per aktör",
        "actor.the_library": "biblioteket",
        "actor.by_case_type": "Ärendetyper",
        "actor.by_month": "Månader",
        "actor.missing_resources": "Saknade resurser",
        "inventory.text": (
            "Ärenden som skavde – etiskt, juridiskt eller tekniskt – med personalens reflektion, i datumordning. "
            "Reflektionerna kontrollerades för personuppgifter när de loggades."
        ),
        "digidel.text": "Antal ärenden per ärendetyp och utfall, för Digidels nationella insamling.",
        # columns
        "col.measure": "Mått",
        "col.this_period": "Denna period",
        "col.previous_period": "Föregående period",
        "col.previous_same_days": "Samma dagar föregående period",
        "col.change_percent": "Förändring (%)",
        "col.cases": "Ärenden",
        "col.count": "Antal",
        "col.day": "Dag",
        "col.week": "Vecka (måndag)",
        "col.month": "Månad",
        "col.date": "Datum",
        "col.area": "Område",
        "col.case_type": "Ärendetyp",
        "col.outcome": "Utfall",
        "col.actor": "Aktör",
        "col.channel": "Kanal",
        "col.weekday": "Veckodag",
        "col.effort": "Insats (READ)",
        "col.nobody_here": "Ingen här kunde",
        "col.to_colleague": "Till kollega",
        "col.resource": "Resurs",
        "col.reflection": "Reflektion",
        "col.total": "Totalt",
        "col.referred_cases": "Hänvisade ärenden",
        "row.cases": "Ärenden",
        "row.chafing": "Ärenden som skavde",
        "row.demo": "Varav demoärenden",
        "row.total": "Totalt",
        "row.other": "Övriga",
        "row.unknown_area": "(okänt område)",
        "row.effort_missing": "Ej angiven",
        # the cases table: one column per stored field
        "case.id": "Id",
        "case.occurred_on": "Datum",
        "case.occurred_hour": "Timme",
        "case.branch": "Filial",
        "case.desk": "Disk",
        "case.case_type_id": "Ärendetyp (id)",
        "case.case_type": "Ärendetyp",
        "case.area": "Område",
        "case.mission": "Uppdrag",
        "case.competence": "Kompetens",
        "case.time": "Tid",
        "case.resources": "Resurser",
        "case.outcome": "Utfall",
        "case.channel": "Kanal",
        "case.effort": "Insats (READ)",
        "case.duration": "Tidsåtgång",
        "case.chafing": "Skavde",
        "case.reflection": "Reflektion",
        "case.description": "Beskrivning av ärendet",
        "section.not_in_guidelines": "Ärenden som inte finns i riktlinjerna",
        "section.chafing_reasons": "Varför ärendena skavde",
        "col.reasons": "Varför det skavde",
        "col.description": "Beskrivning",
        "col.reason": "Skäl",
        "reason.integrity": "Integritet",
        "reason.legal": "Juridik",
        "reason.ethical": "Etik",
        "reason.technical": "Teknik",
        "reason.time": "Tid",
        "reason.other": "Annat",
        "reason.none": "Inget skäl angivet",
        "not_in_guidelines.text": (
            "Ärenden som riktlinjerna inte tar upp, med personalens korta beskrivning: underlag för nästa "
            "revidering. Beskrivningarna kontrollerades för personuppgifter när de loggades."
        ),
        "case.demo": "Demo",
        "case.pack_revision_id": "Paketrevision",
        "case.actors": "Hänvisad till",
        "case.missing_resources": "Saknade resurser",
        # the cases report's id columns, beside the names (deskhelp.reports.case_columns)
        "case.mission_id": "Uppdrag (id)",
        "case.competence_id": "Kompetens (id)",
        "case.time_id": "Tid (id)",
        "case.resources_id": "Resurser (id)",
        "case.outcome_id": "Utfall (id)",
        "case.channel_id": "Kanal (id)",
        "case.effort_id": "Insats (READ-nivå)",
        "case.duration_id": "Tidsåtgång (id)",
        "case.actors_id": "Hänvisad till (id)",
        "case.missing_resources_id": "Saknade resurser (id)",
        "verdict.yes": "Inom vårt uppdrag",
        "verdict.partly": "Delvis inom vårt uppdrag",
        "verdict.no": "Utanför vårt uppdrag",
        "competence.yes": "Jag kan",
        "competence.colleague": "En kollega kan",
        "competence.no": "Ingen här",
        "enough.yes": "Ja",
        "enough.no": "Nej",
        "duration.under-5": "Under 5 min",
        "duration.5-15": "5–15 min",
        "duration.15-30": "15–30 min",
        "duration.30-60": "30–60 min",
        "duration.over-60": "Över 60 min",
        # outcomes, channels, weekdays, READ scale
        "outcome.helped_here": "Hjälpt här",
        "outcome.partly_referred": "Hjälpt delvis och hänvisat",
        "outcome.referred": "Hänvisat",
        "outcome.booked": "Bokat en längre handledning",
        "outcome.colleague": "Lämnat till en kollega",
        "channel.desk": "I disken",
        "channel.public_computer": "Vid en publik dator",
        "channel.phone": "Telefon",
        "channel.email": "E-post",
        "channel.chat_video": "Chatt eller video",
        "channel.booked_guidance": "Bokad handledning",
        "weekday.0": "Måndag",
        "weekday.1": "Tisdag",
        "weekday.2": "Onsdag",
        "weekday.3": "Torsdag",
        "weekday.4": "Fredag",
        "weekday.5": "Lördag",
        "weekday.6": "Söndag",
        "effort.1": "1 · vägvisning, under 5 min",
        "effort.2": "2 · snabb koll eller enklare hjälp",
        "effort.3": "3 · en stund och lite handledning",
        "effort.4": "4 · flera källor, grundlig handledning",
        "effort.5": "5 · lång tid, fram och tillbaka",
        "effort.6": "6 · kan inte lösas på plats",
        "sheet.about": "Om rapporten",
        "about.library": "Bibliotek",
        "about.period": "Period",
        "about.generated": "Skapad",
        # words the PDF writer adds itself
        "pdf.printed": "Utskriven {date}",
        "pdf.page": "Sida {page} av {pages}",
        "pdf.notes": "Att observera",
        "pdf.first_rows": "Diagrammet visar de första {n} raderna; tabellen visar alla.",
    },
    "en": {
        "report.summary": "Summary",
        "report.cases": "Cases",
        "report.actors": "Feedback to actors",
        "report.inventory": "Question inventory",
        "report.digidel": "Digidel statistics",
        "report.competence": "Competence needs",
        "note.suppressed": (
            "Small counts are not shown (..): counts below {n}, and in every row, column and total holding one, the "
            "next smallest too, so that no hidden count can be worked out from the total and the other counts."
        ),
        "note.exact_totals": "Every number shown, totals included, is exact and counted over all cases.",
        "note.hidden_table": ".. = hidden count: below {n}, or hidden so that a small count cannot be worked out.",
        "note.demo": "Contains {n} demo cases – not real cases.",
        "note.filter": "Selection: {branch}, {desk}.",
        "note.branch": "branch {name}",
        "note.all_branches": "all branches",
        "note.desk": "desk {name}",
        "note.all_desks": "all desks",
        "note.cases_columns": (
            "One case per row. The columns marked (id) hold the stable codes, for pivot tables. "
            "Chafed and Demo: 1 = yes, 0 = no."
        ),
        "note.continued": "The table {sheet} goes on in the sheet {more} – a sheet holds at most {rows} rows.",
        "section.overview": "Overview",
        "section.overview.text_period": (
            "The period {start} – {end} compared with the previous period {prev_start} – {prev_end}."
        ),
        "section.overview.text_same_days": (
            "The period {start} – {end} is still under way. It is compared with the same days of the previous "
            "period: {prev_start} – {prev_end}."
        ),
        "section.over_time": "Cases over time",
        "section.by_area": "Cases by area",
        "section.by_case_type": "Cases by case type",
        "section.by_outcome": "Outcome",
        "section.by_actor": "Referrals by actor",
        "section.by_channel": "Channel",
        "section.weekday_hour": "Weekday and hour",
        "section.effort": "Effort on the READ scale",
        "section.competence_gaps": "Competence gaps",
        "section.missing_resources": "Missing resources",
        "section.cases": "Cases",
        "section.chafing": "Cases that chafed",
        "section.chafing_by_case_type": "Chafing cases by case type",
        "section.all_actors": "All actors",
        "section.digidel": "Cases by case type and outcome",
        "actor.intro": (
            "In the period {start} – {end}, {library} referred {count} cases to {actor}. The tables show which "
            "errands they were, how they spread over the months and what the patrons lacked to do the errand "
            "themselves. Cases are logged anonymously: nothing about the patron or the staff is kept. We would "
            "like to talk about how we can help the patrons better together."
        ),
        "actor.fewer_than": "fewer than {n}",
        "actor.some": "some",
        "sheet.actor_case_types": "Case types by actor",
        "sheet.actor_months": "Months by actor",
        "sheet.actor_missing_resources": "Missing resources by actor",
        "actor.the_library": "the library",
        "actor.by_case_type": "Case types",
        "actor.by_month": "Months",
        "actor.missing_resources": "Missing resources",
        "inventory.text": (
            "Cases that chafed – ethically, legally or technically – with the staff's reflection, by date. The "
            "reflections were checked for personal data when they were logged."
        ),
        "digidel.text": "Cases by case type and outcome, for Digidel's national collection.",
        "col.measure": "Measure",
        "col.this_period": "This period",
        "col.previous_period": "Previous period",
        "col.previous_same_days": "Same days, previous period",
        "col.change_percent": "Change (%)",
        "col.cases": "Cases",
        "col.count": "Count",
        "col.day": "Day",
        "col.week": "Week (Monday)",
        "col.month": "Month",
        "col.date": "Date",
        "col.area": "Area",
        "col.case_type": "Case type",
        "col.outcome": "Outcome",
        "col.actor": "Actor",
        "col.channel": "Channel",
        "col.weekday": "Weekday",
        "col.effort": "Effort (READ)",
        "col.nobody_here": "Nobody here could",
        "col.to_colleague": "To a colleague",
        "col.resource": "Resource",
        "col.reflection": "Reflection",
        "col.total": "Total",
        "col.referred_cases": "Referred cases",
        "row.cases": "Cases",
        "row.chafing": "Cases that chafed",
        "row.demo": "Of which demo cases",
        "row.total": "Total",
        "row.other": "Other",
        "row.unknown_area": "(unknown area)",
        "row.effort_missing": "Not given",
        "case.id": "Id",
        "case.occurred_on": "Date",
        "case.occurred_hour": "Hour",
        "case.branch": "Branch",
        "case.desk": "Desk",
        "case.case_type_id": "Case type (id)",
        "case.case_type": "Case type",
        "case.area": "Area",
        "case.mission": "Mission",
        "case.competence": "Competence",
        "case.time": "Time",
        "case.resources": "Resources",
        "case.outcome": "Outcome",
        "case.channel": "Channel",
        "case.effort": "Effort (READ)",
        "case.duration": "Duration",
        "case.chafing": "Chafed",
        "case.reflection": "Reflection",
        "case.description": "Description of the errand",
        "section.not_in_guidelines": "Errands not in the guidelines",
        "section.chafing_reasons": "Why cases chafed",
        "col.reasons": "Why it chafed",
        "col.description": "Description",
        "col.reason": "Reason",
        "reason.integrity": "Integrity",
        "reason.legal": "Legal",
        "reason.ethical": "Ethical",
        "reason.technical": "Technical",
        "reason.time": "Time",
        "reason.other": "Other",
        "reason.none": "No reason given",
        "not_in_guidelines.text": (
            "Errands the guidelines do not cover, with the staff's short description: material for the next "
            "review. The descriptions were checked for personal data when they were logged."
        ),
        "case.demo": "Demo",
        "case.pack_revision_id": "Pack revision",
        "case.actors": "Referred to",
        "case.missing_resources": "Missing resources",
        "case.mission_id": "Mission (id)",
        "case.competence_id": "Competence (id)",
        "case.time_id": "Time (id)",
        "case.resources_id": "Resources (id)",
        "case.outcome_id": "Outcome (id)",
        "case.channel_id": "Channel (id)",
        "case.effort_id": "Effort (READ level)",
        "case.duration_id": "Duration (id)",
        "case.actors_id": "Referred to (id)",
        "case.missing_resources_id": "Missing resources (id)",
        "verdict.yes": "Within our mission",
        "verdict.partly": "Partly within our mission",
        "verdict.no": "Outside our mission",
        "competence.yes": "I can",
        "competence.colleague": "A colleague can",
        "competence.no": "Nobody here",
        "enough.yes": "Yes",
        "enough.no": "No",
        "duration.under-5": "Under 5 min",
        "duration.5-15": "5–15 min",
        "duration.15-30": "15–30 min",
        "duration.30-60": "30–60 min",
        "duration.over-60": "Over 60 min",
        "outcome.helped_here": "Helped here",
        "outcome.partly_referred": "Helped partly and referred",
        "outcome.referred": "Referred",
        "outcome.booked": "Booked a longer guidance session",
        "outcome.colleague": "Handed to a colleague",
        "channel.desk": "At the desk",
        "channel.public_computer": "At a public computer",
        "channel.phone": "Phone",
        "channel.email": "E-mail",
        "channel.chat_video": "Chat or video",
        "channel.booked_guidance": "Booked guidance",
        "weekday.0": "Monday",
        "weekday.1": "Tuesday",
        "weekday.2": "Wednesday",
        "weekday.3": "Thursday",
        "weekday.4": "Friday",
        "weekday.5": "Saturday",
        "weekday.6": "Sunday",
        "effort.1": "1 · directions, under 5 min",
        "effort.2": "2 · quick look-up or minor help",
        "effort.3": "3 · some time and a little teaching",
        "effort.4": "4 · several resources, thorough teaching",
        "effort.5": "5 · substantial time, back and forth",
        "effort.6": "6 · cannot be answered on the spot",
        "sheet.about": "About the report",
        "about.library": "Library",
        "about.period": "Period",
        "about.generated": "Generated",
        # words the PDF writer adds itself
        "pdf.printed": "Printed {date}",
        "pdf.page": "Page {page} of {pages}",
        "pdf.notes": "Please note",
        "pdf.first_rows": "The chart shows the first {n} rows; the table shows them all.",
    },
}


def label(key: str, language: str = "sv", **values: object) -> str:
    """The text for ``key`` in ``language`` (Swedish for a language the table lacks), with ``values`` filled in.

    An unknown key is a programming error and raises KeyError.
    """
    text = LABELS.get(language, LABELS["sv"])[key]
    numbers = {name: number_text(value, language) for name, value in values.items() if type(value) is int}
    return text.format(**{**values, **numbers}) if values else text


def number_text(value: int, language: str = "sv") -> str:
    """A whole number as the language writes it in running text: 20 000 in Swedish (a no-break space between the
    thousands, as in the report tables, where Qt's Swedish locale writes it), 20,000 in English."""
    grouped = f"{value:,}"
    return grouped if language == "en" else grouped.replace(",", "\u00a0")


def outcome_label(outcome: str, language: str = "sv") -> str:
    return LABELS.get(language, LABELS["sv"]).get(f"outcome.{outcome}", outcome)


def channel_label(channel: str, language: str = "sv") -> str:
    return LABELS.get(language, LABELS["sv"]).get(f"channel.{channel}", channel)


def reason_label(reason: str, language: str = "sv") -> str:
    return LABELS.get(language, LABELS["sv"]).get(f"reason.{reason}", reason)
