"""Every number in every report, checked against counts made here with plain SQL."""

from __future__ import annotations

import datetime as dt
import types
from collections import Counter

import pytest

from deskhelp.core.statistics import ChafingCase, Period, PeriodKind, Statistics, StatsFilter
from deskhelp.reports.builders import (
    CASE_FIELDS,
    CASE_REPORT_FIELDS,
    ReportOptions,
    build_summary,
    period_between,
)
from deskhelp.reports.case_columns import LABELLED
from deskhelp.reports.labels import LABELS, label
from deskhelp.reports.model import HIDDEN, ChartKind, ReportKind
from deskhelp.storage.statistics import CASE_COLUMNS
from tests.reports.conftest import END, START
from tests.reports.helpers import GENERATED, report_for, single, tables
from tests.reports.independent import CHANNELS, OUTCOMES, Log, shown

FILTERS = [(None, None), ("north", None), (None, "desk-2"), ("main", "desk-1"), ("east", None)]


def names(pack):
    case_types = {ct.id: ct.title.get("sv") for ct in pack.case_types.values()}
    areas = {ct.id: pack.areas[ct.area].title.get("sv") for ct in pack.case_types.values()}
    actors = {a.id: a.name.get("sv") for a in pack.actors.values()}
    resources = {r.id: r.title.get("sv") for r in pack.resources.values()}
    return case_types, areas, actors, resources


def ranked(counter: Counter, name=lambda key: key) -> list[tuple]:
    """By count, largest first, then by id: the order the dashboard uses."""
    return [(name(key), n) for key, n in sorted(counter.items(), key=lambda item: (-item[1], item[0]))]


# -- summary ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("branch", "desk"), FILTERS)
def test_summary_matches_independent_counts(report_db, pack, branch, desk) -> None:
    report = report_for(report_db, pack, ReportKind.SUMMARY, START, END, branch=branch, desk=desk)
    # 61 days, not a whole month or term: compared with the 61 days before.
    previous_start, previous_end = dt.date(2025, 12, 30), dt.date(2026, 2, 28)
    log = Log(report_db, START, END, branch, desk)
    before = Log(report_db, previous_start, previous_end, branch, desk)
    case_type_names, area_names, actor_names, resource_names = names(pack)
    t = tables(report)

    def change(this: int, last: int):  # whole per cent, as the dashboard's tile shows it
        return None if last == 0 else round(100 * (this - last) / last)

    total, last_total = log.total(), before.total()
    chafing, last_chafing = log.chafing(), before.chafing()
    assert total > 0 or branch == "east"
    assert t["Översikt", "Översikt"] == (
        ("Mått", "Denna period", "Föregående period", "Förändring (%)"),
        [
            ("Ärenden", total, last_total, change(total, last_total)),
            ("Ärenden som skavde", chafing, last_chafing, change(chafing, last_chafing)),
        ],
    )
    assert "2025-12-30 – 2026-02-28" in report.sections[0].text

    per_day = Counter(dict(log.rows("SELECT r.occurred_on, count(*) FROM case_record r WHERE {where} GROUP BY 1")))
    days = [START + dt.timedelta(days=i) for i in range(61)]
    assert t["Ärenden över tid", "Ärenden över tid"] == (
        ("Dag", "Ärenden"),
        [(day, per_day[day.isoformat()]) for day in days],
    )
    assert sum(n for _, n in t["Ärenden över tid", "Ärenden över tid"][1]) == total

    by_type = log.counter("case_type_id")
    by_area: Counter = Counter()
    for case_type, n in by_type.items():
        by_area[area_names.get(case_type, "(okänt område)")] += n
    assert t["Ärenden per område", "Ärenden per område"][1] == ranked(by_area)
    assert t["Ärenden per ärendetyp", "Ärenden per ärendetyp"][1] == ranked(
        by_type, lambda ct: case_type_names.get(ct, ct)
    )

    outcomes, last_outcomes = log.counter("outcome"), before.counter("outcome")
    outcome_names = [LABELS["sv"][f"outcome.{o}"] for o in OUTCOMES]
    assert t["Utfall", "Utfall"][1] == [
        (name, outcomes[o], last_outcomes[o]) for name, o in zip(outcome_names, OUTCOMES, strict=True)
    ]
    assert t["Hänvisningar per aktör", "Hänvisningar per aktör"][1] == ranked(
        log.actors(), lambda a: actor_names.get(a, a)
    )
    channels = log.counter("channel")
    assert t["Kanal", "Kanal"][1] == [(LABELS["sv"][f"channel.{c}"], channels[c]) for c in CHANNELS]

    weekday_hour = log.weekday_hour()
    hours = sorted({hour for _, hour in weekday_hour})
    columns, rows = t["Veckodag och timme", "Veckodag och timme"]
    assert columns == ("Veckodag", *(f"{h:02d}–{h + 1:02d}" for h in hours), "Totalt")
    weekdays = ["Måndag", "Tisdag", "Onsdag", "Torsdag", "Fredag", "Lördag", "Söndag"]
    assert rows == [
        (weekdays[d], *(weekday_hour[d, h] for h in hours), sum(weekday_hour[d, h] for h in hours)) for d in range(7)
    ]

    effort = log.counter("effort")
    expected_effort = [(LABELS["sv"][f"effort.{level}"], effort[level]) for level in range(1, 7)]
    if effort[None]:
        expected_effort.append(("Ej angiven", effort[None]))
    assert t["Insats enligt READ-skalan", "Insats enligt READ-skalan"][1] == expected_effort

    gaps = log.competence()
    assert t["Kompetensluckor", "Kompetensluckor"][1] == [
        (case_type_names.get(ct, ct), no, colleague)
        for ct, (no, colleague) in sorted(gaps.items(), key=lambda item: (-sum(item[1]), item[0]))
    ]
    assert t["Saknade resurser", "Saknade resurser"][1] == ranked(log.missing(), lambda r: resource_names.get(r, r))

    charts = {section.title: section.tables[0].chart for section in report.sections}
    assert charts["Ärenden över tid"] is ChartKind.LINE and charts["Kanal"] is ChartKind.PIE
    assert charts["Ärenden per ärendetyp"] is ChartKind.BAR
    log.close()
    before.close()


def test_summary_for_a_month_compares_with_the_month_before(report_db, pack) -> None:
    report = report_for(report_db, pack, ReportKind.SUMMARY, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert report.period.kind is PeriodKind.MONTH
    march = Log(report_db, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    february = Log(report_db, dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    rows = single(report, "Översikt")[1]
    assert rows[0][1:3] == (march.total(), february.total())
    assert february.total() > 0
    outcomes = single(report, "Utfall")[1]
    assert [row[2] for row in outcomes] == [february.counter("outcome")[o] for o in OUTCOMES]


def test_summary_by_year_buckets_by_week_and_fills_empty_weeks(report_db, pack) -> None:
    report = report_for(report_db, pack, ReportKind.SUMMARY, dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    columns, rows = single(report, "Ärenden över tid")
    assert columns[0] == "Vecka (måndag)"
    assert rows[0][0] == dt.date(2025, 12, 29) and all(day.weekday() == 0 for day, _ in rows)
    assert [b[0] - a[0] for a, b in zip(rows, rows[1:], strict=False)] == [dt.timedelta(days=7)] * (len(rows) - 1)
    assert sum(n for _, n in rows) == Log(report_db, dt.date(2026, 1, 1), dt.date(2026, 6, 30)).total()
    assert rows[-1][1] == 0  # June has no cases, and still shows


def test_summary_suppression_can_be_asked_for(report_db, pack) -> None:
    report = report_for(report_db, pack, ReportKind.SUMMARY, START, END, suppress_below=5)
    log = Log(report_db, START, END)
    assert any(note.startswith("Små antal visas inte (..): antal under 5, och i varje rad") for note in report.notes)
    missing = log.missing()
    assert single(report, "Saknade resurser")[1] == [
        (name, shown(n, 5)) for name, n in ranked(missing, lambda r: dict(names(pack)[3]).get(r, r))
    ]
    assert ("old-resource", HIDDEN) in single(report, "Saknade resurser")[1]  # one case: suppressed
    assert not any("visas inte" in note for note in report_for(report_db, pack, ReportKind.SUMMARY, START, END).notes)


def test_summary_shows_the_top_25_case_types_and_the_rest_as_others(pack) -> None:
    period = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31), PeriodKind.MONTH)
    f = StatsFilter(period)
    counts = [(f"type-{i:02d}", 100 - i) for i in range(30)]
    current = Statistics(f, 2000, 0, [], counts, {}, [], {}, {}, {}, [], [], [ChafingCase(period.start, "x", None)])
    previous = Statistics(StatsFilter(period.previous()), 0, 0, [], [], {}, [], {}, {}, {}, [], [])
    report = build_summary(ReportOptions(f, generated=GENERATED), pack, current, previous)
    rows = single(report, "Ärenden per ärendetyp")[1]
    assert rows[:25] == counts[:25]
    assert rows[25] == ("Övriga", sum(n for _, n in counts[25:]))
    assert len(rows) == 26
    assert single(report, "Översikt")[1] == [("Ärenden", 2000, 0, None), ("Ärenden som skavde", 1, 0, None)]


# -- actors -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("threshold", [None, 0, 10])
def test_actors_match_independent_counts(report_db, pack, threshold) -> None:
    report = report_for(report_db, pack, ReportKind.ACTORS, START, END, suppress_below=threshold)
    used = 3 if threshold is None else threshold or None
    log = Log(report_db, START, END)
    case_type_names, _, actor_names, resource_names = names(pack)
    referred = log.actors()
    overview = Counter({actor: 0 for actor in actor_names}) + referred
    overview.update({actor: 0 for actor in actor_names})  # Counter "+" drops zeros; the report shows every actor
    t = tables(report)
    assert t["Alla aktörer", "Alla aktörer"][1] == [
        (actor_names.get(a, a), shown(n, used))
        for a, n in sorted(overview.items(), key=lambda item: (-item[1], actor_names.get(item[0], item[0])))
    ]
    actor_sections = report.sections[1:]
    assert [s.title for s in actor_sections] == [actor_names.get(a, a) for a, _ in ranked(referred)]
    assert "old-actor" in [s.title for s in actor_sections]
    for section, (actor, total) in zip(actor_sections, ranked(referred), strict=True):
        name = actor_names.get(actor, actor)
        by_type, by_month, missing = (t[name, title][1] for title in ("Ärendetyper", "Månader", "Saknade resurser"))
        expected_types = log.actor_case_types(actor)
        assert by_type == [
            (case_type_names.get(ct, ct), shown(n, used))
            for ct, n in sorted(expected_types.items(), key=lambda i: (-i[1], case_type_names.get(i[0], i[0])))
        ]
        months = log.actor_months(actor)
        assert by_month == [("2026-03", shown(months["2026-03"], used)), ("2026-04", shown(months["2026-04"], used))]
        expected_missing = log.actor_missing(actor)
        assert (
            missing
            == [
                (resource_names.get(r, r), shown(n, used))
                for r, n in sorted(expected_missing.items(), key=lambda i: (-i[1], resource_names.get(i[0], i[0])))
            ][:10]
        )
        count_text = f"färre än {used}" if used and total < used else f"{total:,}".replace(",", "\u00a0")
        assert f"hänvisade Stadsbiblioteket {count_text} ärenden till {name}." in section.text
    if used:
        assert any(note.startswith(f"Små antal visas inte (..): antal under {used},") for note in report.notes)
    else:
        assert not any("visas inte" in note for note in report.notes)


def test_actor_report_suppresses_exactly_the_small_counts(report_db, pack) -> None:
    report = report_for(report_db, pack, ReportKind.ACTORS, START, END)
    cells = [cell for _, rows in tables(report).values() for row in rows for cell in row[1:]]
    assert HIDDEN in cells  # the retired actor's one case at least
    assert not any(isinstance(cell, str) and cell.startswith("<") for cell in cells)  # no text in count columns
    assert not any(cell in (1, 2) for cell in cells)
    assert 0 in cells  # zero is no one: shown


# -- digidel ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("branch", "desk"), FILTERS)
def test_digidel_matches_independent_counts(report_db, pack, branch, desk) -> None:
    report = report_for(report_db, pack, ReportKind.DIGIDEL, START, END, branch=branch, desk=desk)
    log = Log(report_db, START, END, branch, desk)
    case_type_names, area_names, _, _ = names(pack)
    counts = log.case_type_outcome()
    case_types = set(case_type_names) | {ct for ct, _ in counts}
    area = {ct: area_names.get(ct, "(okänt område)") for ct in case_types}
    order = sorted(case_types, key=lambda ct: (area[ct], case_type_names.get(ct, ct), ct))
    expected = [
        (
            case_type_names.get(ct, ct),
            area[ct],
            *(shown(counts[ct, o], 3) for o in OUTCOMES),
            shown(sum(counts[ct, o] for o in OUTCOMES), 3),
        )
        for ct in order
    ]
    outcomes = log.counter("outcome")
    expected.append(("Totalt", "", *(shown(outcomes[o], 3) for o in OUTCOMES), shown(log.total(), 3)))
    columns, rows = single(report, "Ärenden per ärendetyp och utfall")
    assert columns == (
        "Ärendetyp",
        "Område",
        "Hjälpt här",
        "Hjälpt delvis och hänvisat",
        "Hänvisat",
        "Bokat en längre handledning",
        "Lämnat till en kollega",
        "Totalt",
    )
    assert rows == expected
    if branch is None and desk is None:
        small = [n for n in counts.values() if n in (1, 2)]
        assert small, "the test data should hold cells of 1 or 2"
        assert ("retired-type", "(okänt område)") in [row[:2] for row in rows]
    log.close()


def test_digidel_without_suppression_shows_every_count(report_db, pack) -> None:
    report = report_for(report_db, pack, ReportKind.DIGIDEL, START, END, suppress_below=0)
    rows = single(report, "Ärenden per ärendetyp och utfall")[1]
    assert all(isinstance(cell, int) for row in rows for cell in row[2:])
    assert rows[-1][-1] == Log(report_db, START, END).total()
    assert not any("visas inte" in note for note in report.notes)


# -- inventory --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("branch", "desk"), FILTERS[:3])
def test_inventory_lists_every_chafing_case_by_date(report_db, pack, branch, desk) -> None:
    report = report_for(report_db, pack, ReportKind.INVENTORY, START, END, branch=branch, desk=desk)
    log = Log(report_db, START, END, branch, desk)
    case_type_names = names(pack)[0]
    chafing = log.chafing_cases()
    reasons = log.reasons()
    order = ["integrity", "legal", "ethical", "technical", "time", "other"]
    swedish = dict(zip(order, ["Integritet", "Juridik", "Etik", "Teknik", "Tid", "Annat"], strict=True))

    def why(case_id: int) -> str:
        return ", ".join(swedish[r] for r in order if r in reasons.get(case_id, set()))

    listed = log.inventory_cases("r.chafing = 1")
    assert [(day, ct, text) for _id, day, ct, text, _d in listed] == chafing
    assert single(report, "Ärenden som skavde") == (
        ("Datum", "Ärendetyp", "Varför det skavde", "Reflektion"),
        [
            (dt.date.fromisoformat(day), case_type_names.get(ct, ct), why(case_id), text or "")
            for case_id, day, ct, text, _description in listed
        ],
    )
    per_type = Counter(ct for _, ct, _ in chafing)
    assert single(report, "Skavande ärenden per ärendetyp")[1] == [
        (case_type_names.get(ct, ct), n)
        for ct, n in sorted(per_type.items(), key=lambda i: (-i[1], case_type_names.get(i[0], i[0])))
    ]
    per_reason = Counter(r for case_id, *_ in listed for r in (reasons.get(case_id) or {"none"}))
    shown = {**swedish, "none": "Inget skäl angivet"}
    assert single(report, "Varför ärendena skavde")[1] == [
        (shown[r], per_reason[r]) for r in [*order, "none"] if per_reason[r]
    ]
    other = log.inventory_cases("r.case_type_id = 'other'")
    assert single(report, "Ärenden som inte finns i riktlinjerna")[1] == [
        (dt.date.fromisoformat(day), description, why(case_id), text or "")
        for case_id, day, _ct, text, description in other
    ]
    assert other and all(description for *_, description in other)  # the fixture logs some; each is described
    dates = [row[0] for row in single(report, "Ärenden som skavde")[1]]
    assert dates == sorted(dates)
    assert not any("visas inte" in note for note in report.notes)


# -- cases ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("branch", "desk"), FILTERS)
def test_cases_are_streamed_one_row_per_case(report_db, pack, branch, desk) -> None:
    report = report_for(report_db, pack, ReportKind.CASES, START, END, branch=branch, desk=desk)
    (section,) = report.sections
    (table,) = section.tables
    assert isinstance(table.rows, types.GeneratorType)  # never a list: a million cases in constant memory
    assert table.text is not None  # the same rows as text, for the CSV writer: tests/reports/test_case_text.py
    case_type_names, area_names, actor_names, resource_names = names(pack)
    words = LABELS["sv"]
    keys = {"mission": "verdict", "competence": "competence", "time": "enough", "resources": "enough"}

    def name(field: str, value):  # the name before each coded value, as the report's table of words has it
        if value is None:
            return None
        if field in ("actors", "missing_resources"):
            found = actor_names if field == "actors" else resource_names
            return ", ".join(found.get(i, i) for i in value.split(","))
        return words.get(f"{keys.get(field, field)}.{value}", value)

    expected = []
    for row in Log(report_db, START, END, branch, desk).cases():
        cells: list = [row[0], dt.date.fromisoformat(row[1]), *row[2:5]]
        cells += [case_type_names.get(row[5], row[5]), area_names.get(row[5], "(okänt område)"), row[5]]
        for field, value in zip(CASE_FIELDS[6:], row[6:], strict=True):
            cells += [name(field, value), value] if field in LABELLED else [value]
        expected.append(tuple(cells))
    assert list(table.rows) == expected
    assert table.columns[:8] == ("Id", "Datum", "Timme", "Filial", "Disk", "Ärendetyp", "Område", "Ärendetyp (id)")
    assert table.columns[8:10] == ("Uppdrag", "Uppdrag (id)")
    assert len(table.columns) == len(CASE_REPORT_FIELDS) == len(expected[0] if expected else CASE_REPORT_FIELDS)


def test_the_case_fields_follow_the_storage_columns() -> None:
    assert (*CASE_COLUMNS, "actors", "missing_resources") == CASE_FIELDS


# -- notes, empty periods, language ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(ReportKind))
def test_notes_name_demo_cases_and_the_filter(report_db, pack, kind) -> None:
    log = Log(report_db, START, END, "north")
    demo = log.demo()
    assert demo > 0
    report = report_for(report_db, pack, kind, START, END, branch="north")
    assert f"Innehåller {demo} demoärenden – inte riktiga ärenden." in report.notes
    assert "Urval: filial north, alla diskar." in report.notes
    assert report.notes[0].startswith("Innehåller")
    assert report.generated == GENERATED and report.library == "Stadsbiblioteket" and report.language == "sv"
    everything = report_for(report_db, pack, kind, START, END, desk="desk-2")
    assert "Urval: alla filialer, disk desk-2." in everything.notes


@pytest.mark.parametrize("kind", list(ReportKind))
def test_an_empty_period_gives_a_report_with_zeros(report_db, pack, kind) -> None:
    start, end = dt.date(2030, 1, 1), dt.date(2030, 1, 31)
    report = report_for(report_db, pack, kind, start, end)
    found = tables(report)
    assert found
    assert not any("demoärenden" in note for note in report.notes)
    cells = [cell for _, rows in found.values() for row in rows for cell in row]
    assert all(cell in (0, None) for cell in cells if not isinstance(cell, str | dt.date))
    assert not any(isinstance(cell, str) and cell.startswith("<") for cell in cells)
    if kind is ReportKind.SUMMARY:
        assert single(report, "Översikt")[1][0] == ("Ärenden", 0, 0, None)
        assert len(single(report, "Ärenden över tid")[1]) == 31
    if kind is ReportKind.DIGIDEL:
        assert len(single(report, "Ärenden per ärendetyp och utfall")[1]) == len(pack.case_types) + 1
    if kind is ReportKind.ACTORS:
        assert len(report.sections) == 1
        assert {row[0] for row in single(report, "Alla aktörer")[1]} == {a.name.get("sv") for a in pack.actors.values()}
    if kind in (ReportKind.CASES, ReportKind.INVENTORY):
        assert next(iter(found.values()))[1] == []


def test_english_reports(report_db, pack) -> None:
    report = report_for(report_db, pack, ReportKind.DIGIDEL, START, END, language="en")
    assert report.title == "Digidel statistics" and report.language == "en"
    assert any(note.startswith("Small counts are not shown (..): counts below 3,") for note in report.notes)
    columns, rows = single(report, "Cases by case type and outcome")
    assert columns[2] == "Helped here"
    assert ("Print a document", "Printing and scanning") in [row[:2] for row in rows]
    actors = report_for(report_db, pack, ReportKind.ACTORS, START, END, language="en")
    assert actors.sections[0].title == "All actors"
    assert "Swedish Tax Agency" in [s.title for s in actors.sections]


def test_every_label_exists_in_both_languages_with_the_same_placeholders() -> None:
    import string

    assert set(LABELS["sv"]) == set(LABELS["en"])
    for key in LABELS["sv"]:
        fields = [{f for _, f, _, _ in string.Formatter().parse(LABELS[lang][key]) if f} for lang in ("sv", "en")]
        assert fields[0] == fields[1], key
    assert label("note.suppressed", "sv", n=3).startswith("Små antal visas inte (..): antal under 3,")
    assert label("report.summary", "de") == "Sammanställning"  # a language the table lacks: Swedish


@pytest.mark.parametrize(
    ("start", "end", "kind"),
    [
        (dt.date(2026, 3, 2), dt.date(2026, 3, 8), PeriodKind.WEEK),
        (dt.date(2026, 3, 1), dt.date(2026, 3, 31), PeriodKind.MONTH),
        (dt.date(2026, 1, 1), dt.date(2026, 6, 30), PeriodKind.TERM),
        (dt.date(2026, 1, 1), dt.date(2026, 12, 31), PeriodKind.YEAR),
        (dt.date(2026, 3, 1), dt.date(2026, 4, 30), PeriodKind.CUSTOM),
        (dt.date(2026, 3, 3), dt.date(2026, 3, 3), PeriodKind.CUSTOM),
    ],
)
def test_whole_periods_are_recognised(start, end, kind) -> None:
    period = period_between(start, end)
    assert (period.start, period.end, period.kind) == (start, end, kind)


def test_the_cases_report_has_nothing_to_suppress(report_db, pack) -> None:
    report = report_for(report_db, pack, ReportKind.CASES, START, END, suppress_below=3)
    assert not any("visas inte" in note for note in report.notes)
    assert any(note.startswith("Ett ärende per rad.") and "(id)" in note for note in report.notes)


def test_the_inventory_counts_can_be_suppressed(report_db, pack) -> None:
    report = report_for(report_db, pack, ReportKind.INVENTORY, START, END, suppress_below=3)
    per_type = Counter(ct for _, ct, _ in Log(report_db, START, END).chafing_cases())
    case_type_names = names(pack)[0]
    rows = dict(single(report, "Skavande ärenden per ärendetyp")[1])
    assert rows == {case_type_names.get(ct, ct): shown(n, 3) for ct, n in per_type.items()}
    assert rows["retired-type"] is HIDDEN
    assert len(single(report, "Ärenden som skavde")[1]) == sum(per_type.values())  # the list itself stays whole


def test_the_errand_not_in_the_guidelines_is_a_titled_row_of_its_own(report_db, pack) -> None:
    """Issue 13: "other" is counted like any case type, under its title and its own area, in both languages."""
    log = Log(report_db, START, END, None, None)
    count = log.one("SELECT count(*) FROM case_record r WHERE {where} AND r.case_type_id = 'other'")
    assert count > 0
    swedish = report_for(report_db, pack, ReportKind.SUMMARY, START, END)
    assert ("Annat ärende - finns inte i riktlinjerna", count) in single(swedish, "Ärenden per ärendetyp")[1]
    assert "Övrigt" in [row[0] for row in single(swedish, "Ärenden per område")[1]]
    english = report_for(report_db, pack, ReportKind.SUMMARY, START, END, language="en")
    assert ("Other errand - not in the guidelines", count) in single(english, "Cases by case type")[1]
