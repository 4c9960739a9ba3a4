"""The team lead's dashboard on a real database: every panel's numbers checked against plain SQL written here,
the filters, the Numbers toggles by keyboard, cancelling, and screenshots at 1366x768 for people to look at."""

from __future__ import annotations

import datetime as dt
import random
import re
import sqlite3
import time
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)

from deskhelp.content.pack_file import read_pack_file
from deskhelp.core.cases import CaseDetails, CaseRecord, Channel
from deskhelp.core.guidelines import DURATION_BUCKETS, Outcome, Verdict
from deskhelp.core.inventory import ChafingReason
from deskhelp.core.triage import Answers, Competence, Enough, triage
from deskhelp.service import FILE, DeskService, apply_pack
from deskhelp.settings import Settings
from deskhelp.storage.database import Database
from tests.ui.accessibility import unnamed_widgets

TODAY = dt.date(2026, 10, 20)  # October 2026 is "this month"; September the month before
OCTOBER = ("2026-10-01", "2026-10-31")
SEPTEMBER = ("2026-09-01", "2026-09-30")
# October is under way on TODAY: compared like with like, with the same days of September (issue 17).
SEPTEMBER_SO_FAR = ("2026-09-01", "2026-09-20")
PLACES = {"Centrum": ("Informationsdisken", "Barnavdelningen"), "Norr": ("Disken",)}
REFLECTIONS = (
    "Besökaren ville att vi skulle logga in på banken åt hen.",
    "Svårt att veta var gränsen går för hjälp med ansökan.",
    "",
)


@pytest.fixture
def database(tmp_path: Path, small_pack_path: Path) -> Path:
    """About 200 cases over September and October 2026, varied by a seeded random."""
    path = tmp_path / "stats.sqlite3"
    db = Database.open(path)
    loaded = read_pack_file(small_pack_path)
    revision = apply_pack(db, loaded, FILE, str(small_pack_path))
    pack = loaded.pack
    rng = random.Random(20261020)
    case_types = [c for c in pack.case_types.values() if c.in_guidelines]  # "other" needs a description
    start = dt.datetime(2026, 9, 1)
    for number in range(210):
        case = rng.choice(case_types)
        answers = Answers(
            rng.choice([case.mission, case.mission, Verdict.NO]),
            rng.choice([Competence.YES, Competence.YES, Competence.COLLEAGUE, Competence.NO]),
            rng.choice([Enough.YES, Enough.YES, Enough.NO]),
            rng.choice([Enough.YES, Enough.NO]),
        )
        chafing = rng.random() < 0.12
        details = CaseDetails(
            channel=rng.choice(list(Channel)),
            effort=rng.randint(1, 6),
            duration=rng.choice(DURATION_BUCKETS),
            chafing=chafing,
            reflection=rng.choice(REFLECTIONS) if chafing else "",
            # Why, in turn (not from the random, so the other draws stay as they were): none, one or two reasons.
            reasons=frozenset(list(ChafingReason)[number % 6 : number % 6 + number % 3]) if chafing else frozenset(),
        )
        when = start + dt.timedelta(days=rng.randrange(61), hours=rng.randint(9, 19))
        branch = rng.choice(list(PLACES))
        missing = [r for r in case.resources if rng.random() < 0.4]
        record = CaseRecord.from_triage(
            triage(pack, case, answers), details, when, branch, rng.choice(PLACES[branch]), missing
        )
        db.log_case(record, revision.id)
    db.close()
    return path


def _settings(path: Path, pack: Path) -> Settings:
    return Settings("Stadsbiblioteket", "Centrum", "Informationsdisken", path, pack, None)


@pytest.fixture
def service(database: Path, small_pack_path: Path):
    """The application service on the test's database: the dashboard's one way to the numbers."""
    service = DeskService.open(_settings(database, small_pack_path))
    yield service
    service.close()


@pytest.fixture
def open_dashboard(qtbot, swedish, service):
    from deskhelp.ui.dashboard import Dashboard

    def open_(size: tuple[int, int] = (1366, 768)) -> Dashboard:
        dashboard = Dashboard(service, language="sv", today=TODAY)
        qtbot.addWidget(dashboard)
        dashboard.resize(*size)
        with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
            dashboard.show()  # counts the month once shown
        qtbot.waitExposed(dashboard)
        return dashboard

    return open_


# -- plain SQL, written independently of deskhelp.storage.statistics ------------------------------------------
def _sql(path: Path, query: str, period: tuple[str, str], branch: str | None = None) -> list[tuple]:
    where = "c.occurred_on BETWEEN ? AND ?"
    args: list = list(period)
    if branch is not None:
        where += " AND c.branch = ?"
        args.append(branch)
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query.replace("{where}", where), args).fetchall()
    finally:
        conn.close()


def _counts(path: Path, column: str, period=OCTOBER, branch=None) -> dict:
    return dict(_sql(path, f"SELECT {column}, count(*) FROM case_record c WHERE {{where}} GROUP BY 1", period, branch))


def _number(text: str) -> int:
    return int(re.sub(r"\D", "", text) or 0)


def _table(dashboard, key: str) -> list[list[str]]:
    from deskhelp.ui.dashboard_panels import table_text

    return table_text(dashboard.panels[key].table)


def _as_counts(rows: list[list[str]], column: int = 1) -> dict[str, int]:
    return {row[0]: _number(row[column]) for row in rows if _number(row[column])}


def _expected_names(dashboard, counts: dict, name) -> dict[str, int]:
    return {name(key): count for key, count in counts.items() if count}


def test_every_panel_matches_plain_sql(open_dashboard, database, small_pack) -> None:
    from deskhelp.ui.labels import channel_name, effort_name, outcome_name

    dashboard = open_dashboard()
    total = _sql(database, "SELECT count(*) FROM case_record c WHERE {where}", OCTOBER)[0][0]
    before = _sql(database, "SELECT count(*) FROM case_record c WHERE {where}", SEPTEMBER_SO_FAR)[0][0]
    assert total > 50 and before > 30
    assert _number(dashboard.tiles["cases"].value.text()) == total
    assert _number(dashboard.tiles["previous"].value.text()) == before
    assert dashboard.tiles["change"].value.text() == f"{round(100 * (total - before) / before):+d} %"
    # ... and the tiles say which days: not all of September, only its first 20 days, as October has had.
    assert dashboard.tiles["change"].caption.text() == "jämfört med 1–20\u00a0sep"  # day and month on one line
    assert dashboard.tiles["previous"].caption.text() == "ärenden 1–20\u00a0sep"
    outcomes = _counts(database, "outcome")
    helped = outcomes.get("helped_here", 0) + outcomes.get("partly_referred", 0)
    assert dashboard.tiles["helped"].value.text() == f"{round(100 * helped / total)} %"
    referred = outcomes.get("referred", 0) + outcomes.get("partly_referred", 0)
    assert _number(dashboard.tiles["referrals"].value.text()) == referred
    chafing = _sql(
        database,
        "SELECT occurred_on, case_type_id, coalesce(reflection, '–') FROM case_record c WHERE {where} "
        "AND chafing = 1 ORDER BY occurred_on, id",
        OCTOBER,
    )
    assert _number(dashboard.tiles["chafing"].value.text()) == len(chafing)
    assert not dashboard.demo_warning.isVisible()

    # Over time: every day of October, with September's days beside them (comparing is on by default).
    per_day = _counts(database, "occurred_on")
    rows = _table(dashboard, "over_time")
    assert [row[0] for row in rows][:31] == [f"2026-10-{d:02d}" for d in range(1, 32)]
    october = {f"2026-10-{d:02d}": per_day.get(f"2026-10-{d:02d}", 0) for d in range(1, 32)}
    assert {row[0]: _number(row[1]) for row in rows if row[1]} == october
    per_day_before = _counts(database, "occurred_on", SEPTEMBER_SO_FAR)
    assert {row[2]: _number(row[3]) for row in rows if row[2]} == {
        f"2026-09-{d:02d}": per_day_before.get(f"2026-09-{d:02d}", 0) for d in range(1, 21)
    }

    case_types = _counts(database, "case_type_id")
    title = {c.id: c.title.get("sv") for c in small_pack.case_types.values()}
    assert _as_counts(_table(dashboard, "case_type")) == _expected_names(dashboard, case_types, title.get)
    areas = Counter()
    for case_id, count in case_types.items():
        areas[small_pack.areas[small_pack.case_types[case_id].area].title.get("sv")] += count
    assert _as_counts(_table(dashboard, "area")) == dict(areas)

    outcome_rows = _table(dashboard, "outcome")
    assert {row[0]: _number(row[1]) for row in outcome_rows} == {
        outcome_name(o): outcomes.get(o.value, 0) for o in Outcome
    }
    outcomes_before = _counts(database, "outcome", SEPTEMBER_SO_FAR)
    assert {row[0]: _number(row[2]) for row in outcome_rows} == {
        outcome_name(o): outcomes_before.get(o.value, 0) for o in Outcome
    }

    actors = dict(
        _sql(
            database,
            "SELECT a.actor_id, count(*) FROM case_actor a JOIN case_record c ON c.id = a.case_id WHERE {where} "
            "GROUP BY 1",
            OCTOBER,
        )
    )
    actor_name = {a.id: a.name.get("sv") for a in small_pack.actors.values()}
    assert actors and _as_counts(_table(dashboard, "actor")) == _expected_names(dashboard, actors, actor_name.get)

    channels = _counts(database, "channel")
    assert {row[0]: _number(row[1]) for row in _table(dashboard, "channel")} == {
        channel_name(c): channels.get(c.value, 0) for c in Channel
    }
    efforts = _counts(database, "effort")
    assert {row[0]: _number(row[1]) for row in _table(dashboard, "effort")} == {
        effort_name(level): efforts.get(level, 0) for level in range(1, 7)
    }

    missing = dict(
        _sql(
            database,
            "SELECT m.resource_id, count(*) FROM case_missing_resource m JOIN case_record c ON c.id = m.case_id "
            "WHERE {where} GROUP BY 1",
            OCTOBER,
        )
    )
    resource = {r.id: r.title.get("sv") for r in small_pack.resources.values()}
    assert missing and _as_counts(_table(dashboard, "missing")) == _expected_names(dashboard, missing, resource.get)

    gaps = _sql(
        database,
        "SELECT case_type_id, sum(competence = 'no'), sum(competence = 'colleague') FROM case_record c "
        "WHERE {where} GROUP BY 1 HAVING sum(competence != 'yes') > 0",
        OCTOBER,
    )
    # Grouped by what the case types call for (the small pack tags none: one group), never by who.
    competence = _table(dashboard, "competence")
    assert sum(_number(r[1]) for r in competence) == sum(nobody for _c, nobody, _col in gaps)
    assert sum(_number(r[2]) for r in competence) == sum(colleague for _c, _n, colleague in gaps)
    needless = _sql(
        database,
        "SELECT count(*) FROM case_record c WHERE {where} AND competence != 'yes' "
        "AND mission IN ('yes', 'partly') AND outcome = 'referred'",
        OCTOBER,
    )[0][0]
    assert sum(_number(r[3]) for r in competence) == needless
    most = min(gaps, key=lambda g: (-(g[1] + g[2]), g[0]))
    assert title[most[0]] in competence[0][4]

    heat = _sql(
        database,
        "SELECT (CAST(strftime('%w', occurred_on) AS INTEGER) + 6) % 7, occurred_hour, count(*) "
        "FROM case_record c WHERE {where} GROUP BY 1, 2",
        OCTOBER,
    )
    model = dashboard.panels["weekday_hour"].table.model()
    hours = [int(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    shown = {
        (row, hours[column]): _number(model.index(row, column).data())
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if model.index(row, column).data()
    }
    assert shown == {(day, hour): count for day, hour, count in heat}
    assert model.rowCount() == 7 and model.headerData(0, Qt.Orientation.Vertical) == "Måndag"

    reasons = dict(
        _sql(
            database,
            "SELECT c.id, group_concat(x.reason) FROM case_record c JOIN case_chafing_reason x ON x.case_id = c.id "
            "WHERE {where} GROUP BY c.id",
            OCTOBER,
        )
    )
    words = dict(zip(ChafingReason, ["Integritet", "Juridik", "Etik", "Teknik", "Tid", "Annat"], strict=True))

    def why(case_id: int) -> str:
        given = set((reasons.get(case_id) or "").split(","))
        return ", ".join(words[r] for r in ChafingReason if r.value in given) or "–"

    with_ids = _sql(
        database,
        "SELECT id, occurred_on, case_type_id, coalesce(reflection, '–') FROM case_record c WHERE {where} "
        "AND chafing = 1 ORDER BY occurred_on, id",
        OCTOBER,
    )
    expected = [[day, title[case], why(case_id), text] for case_id, day, case, text in with_ids]
    assert any(row[2] != "–" for row in expected) and any(row[2] == "–" for row in expected)
    assert _table(dashboard, "chafing") == expected


def test_the_branch_and_desk_filters_change_the_numbers(qtbot, open_dashboard, database, small_pack) -> None:
    dashboard = open_dashboard()
    assert [dashboard.branch.itemData(i) for i in range(dashboard.branch.count())] == [None, "Centrum", "Norr"]
    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
        dashboard.branch.setCurrentIndex(dashboard.branch.findData("Norr"))
    norr = _sql(database, "SELECT count(*) FROM case_record c WHERE {where}", OCTOBER, "Norr")[0][0]
    assert 0 < norr < _sql(database, "SELECT count(*) FROM case_record c WHERE {where}", OCTOBER)[0][0]
    assert _number(dashboard.tiles["cases"].value.text()) == norr
    title = {c.id: c.title.get("sv") for c in small_pack.case_types.values()}
    expected = {title[k]: v for k, v in _counts(database, "case_type_id", branch="Norr").items()}
    assert _as_counts(_table(dashboard, "case_type")) == expected
    assert [dashboard.desk.itemData(i) for i in range(dashboard.desk.count())] == [None, "Disken"]

    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
        dashboard.branch.setCurrentIndex(0)  # every branch again: every desk in the list
    assert dashboard.desk.count() == 4
    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
        dashboard.desk.setCurrentIndex(dashboard.desk.findData("Barnavdelningen"))
    barn = _sql(database, "SELECT count(*) FROM case_record c WHERE {where} AND desk = 'Barnavdelningen'", OCTOBER)
    assert _number(dashboard.tiles["cases"].value.text()) == barn[0][0]


def test_periods_step_back_and_forth(qtbot, open_dashboard, database) -> None:
    dashboard = open_dashboard()
    assert not dashboard.next_button.isEnabled()  # November has not happened yet
    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
        qtbot.mouseClick(dashboard.previous_button, Qt.MouseButton.LeftButton)
    assert (dashboard.period.start, dashboard.period.end) == (dt.date(2026, 9, 1), dt.date(2026, 9, 30))
    september = _sql(database, "SELECT count(*) FROM case_record c WHERE {where}", SEPTEMBER)[0][0]
    assert _number(dashboard.tiles["cases"].value.text()) == september
    assert _number(dashboard.tiles["previous"].value.text()) == 0  # nothing logged in August
    assert dashboard.tiles["change"].value.text() == "–"

    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
        dashboard.period_kind.setCurrentIndex(dashboard.period_kind.findData("term"))
    assert (dashboard.period.start, dashboard.period.end) == (dt.date(2026, 7, 1), dt.date(2026, 12, 31))
    everything = _sql(database, "SELECT count(*) FROM case_record c WHERE {where}", ("2026-01-01", "2026-12-31"))
    assert _number(dashboard.tiles["cases"].value.text()) == everything[0][0]
    weeks = _table(dashboard, "over_time")  # a term is counted by week: Mondays
    assert all(dt.date.fromisoformat(row[0]).weekday() == 0 for row in weeks if row[0])
    assert sum(_number(row[1]) for row in weeks if row[1]) == everything[0][0]

    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
        dashboard.period_kind.setCurrentIndex(dashboard.period_kind.findData("custom"))
        dashboard.from_date.setDate(dt.date(2026, 9, 28))
        dashboard.to_date.setDate(dt.date(2026, 10, 4))
    assert dashboard.custom_dates.isVisible()
    week = _sql(database, "SELECT count(*) FROM case_record c WHERE {where}", ("2026-09-28", "2026-10-04"))
    assert _number(dashboard.tiles["cases"].value.text()) == week[0][0]


def test_the_year_so_far_is_compared_with_the_same_days_of_last_year(qtbot, open_dashboard, database) -> None:
    """Issue 17: the year view said "+1246 %", 20 October's year against all of the year before."""
    dashboard = open_dashboard()
    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
        dashboard.period_kind.setCurrentIndex(dashboard.period_kind.findData("year"))
    before = _sql(database, "SELECT count(*) FROM case_record c WHERE {where}", ("2025-01-01", "2025-10-20"))[0][0]
    assert _number(dashboard.tiles["previous"].value.text()) == before
    assert dashboard.tiles["change"].caption.text() == "jämfört med 1\u00a0jan – 20\u00a0okt 2025"


def test_numbers_are_one_keypress_away(qtbot, open_dashboard) -> None:
    dashboard = open_dashboard()
    panel = dashboard.panels["area"]
    assert panel.chart is not None and not panel.showing_numbers()
    dashboard.period_kind.setFocus()
    for _ in range(80):  # Tab through the window until the panel's Numbers button has focus
        if QApplication.focusWidget() is panel.numbers_button:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.numbers_button
    qtbot.keyClick(panel.numbers_button, Qt.Key.Key_Space)
    assert panel.showing_numbers() and panel.numbers_button.isChecked()
    qtbot.keyClick(panel.numbers_button, Qt.Key.Key_Space)
    assert not panel.showing_numbers()

    qtbot.keyClick(dashboard, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # every panel as numbers
    assert all(p.showing_numbers() for p in dashboard.panels.values())
    qtbot.keyClick(dashboard, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not dashboard.panels["over_time"].showing_numbers()


def test_every_interactive_widget_has_a_name(qtbot, open_dashboard) -> None:
    dashboard = open_dashboard()
    assert unnamed_widgets(dashboard) == []
    dashboard.show_all_numbers(True)
    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
        dashboard.period_kind.setCurrentIndex(dashboard.period_kind.findData("custom"))
    assert unnamed_widgets(dashboard) == []
    narrow = open_dashboard((800, 600))  # the toolbar's overflow button appears
    assert unnamed_widgets(narrow) == []


def test_export_buttons_ask_for_the_chosen_report(qtbot, open_dashboard) -> None:
    dashboard = open_dashboard()
    with qtbot.waitSignal(dashboard.export_requested) as asked:
        dashboard.export_actions["xlsx"].trigger()
    assert asked.args == ["summary", "xlsx"]
    dashboard.report_kind.setCurrentIndex(dashboard.report_kind.findData("cases"))
    assert not dashboard.export_actions["pdf"].isEnabled()  # a million rows are not for a PDF
    with qtbot.waitSignal(dashboard.export_requested) as asked:
        dashboard.export_actions["csv"].trigger()
    assert asked.args == ["cases", "csv"]


def test_the_report_list_is_the_report_registry(qtbot, open_dashboard) -> None:
    """Every report the registry knows is offered, under its Swedish title, with the formats it allows."""
    from deskhelp.reports.registry import REPORTS

    dashboard = open_dashboard()
    offered = [dashboard.report_kind.itemData(i) for i in range(dashboard.report_kind.count())]
    assert offered == [kind.value for kind in REPORTS]
    texts = [dashboard.report_kind.itemText(i) for i in range(dashboard.report_kind.count())]
    assert texts == [
        "Sammanställning",
        "Ärenden",
        "Återkoppling till aktörer",
        "Frågeinventering",
        "Digidel-statistik",
        "Kompetensbehov",
    ]
    for index, report in enumerate(REPORTS.values()):
        dashboard.report_kind.setCurrentIndex(index)
        enabled = {f for f, action in dashboard.export_actions.items() if action.isEnabled()}
        assert enabled == set(report.formats)


def test_demo_cases_are_flagged(qtbot, open_dashboard, database) -> None:
    conn = sqlite3.connect(database)
    with conn:
        conn.execute("UPDATE case_record SET demo = 1 WHERE id IN (SELECT id FROM case_record "
                     "WHERE occurred_on >= '2026-10-01' ORDER BY id LIMIT 3)")  # fmt: skip
    conn.close()
    dashboard = open_dashboard()
    assert dashboard.demo_warning.isVisible() and "3" in dashboard.demo_warning.text()


def test_cancelling_stops_the_count_and_keeps_the_window_alive(qtbot, open_dashboard) -> None:
    dashboard = open_dashboard()
    shown = dashboard.tiles["cases"].value.text()
    with qtbot.waitSignal(dashboard.refresher.cancelled, timeout=2000):
        dashboard.refresh()
        assert dashboard.cancel_button.isVisibleTo(dashboard)
        qtbot.keyClick(dashboard, Qt.Key.Key_Escape)
    with qtbot.assertNotEmitted(dashboard.refreshed, wait=300):
        pass
    assert not dashboard.cancel_button.isVisibleTo(dashboard) and not dashboard.progress.isVisibleTo(dashboard)
    assert dashboard.message.isVisibleTo(dashboard) and dashboard.tiles["cases"].value.text() == shown
    qtbot.waitUntil(lambda: not dashboard.refresher._threads, timeout=3000)
    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):  # and it counts again when asked
        qtbot.keyClick(dashboard, Qt.Key.Key_F5)


def _grow(path: Path, copies: int) -> None:
    """Many more October cases, fast: each logged one copied ``copies`` times by SQLite itself."""
    columns = (
        "pack_revision_id, case_type_id, mission, competence, time, resources, outcome, channel, occurred_on, "
        "occurred_hour, branch, desk, effort, duration, chafing, reflection, demo"
    )
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            f"INSERT INTO case_record ({columns}) SELECT {columns} FROM case_record, "
            "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) SELECT i FROM n) "
            "WHERE occurred_on >= '2026-10-01'",
            (copies,),
        )
    conn.close()


def test_a_long_count_is_cancelled_inside_sqlite(qtbot, open_dashboard, database) -> None:
    dashboard = open_dashboard()
    _grow(database, 3000)  # some 300,000 cases: a count of seconds, not milliseconds
    ticks: list[float] = []
    timer = QTimer(dashboard)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    progress: list[int] = []
    dashboard.refresher.progress.connect(progress.append)
    dashboard.refresh()
    qtbot.waitUntil(lambda: any(0 < p < 100 for p in progress), timeout=10000)
    cancelled_at = time.monotonic()
    with qtbot.waitSignal(dashboard.refresher.cancelled, timeout=1000):
        qtbot.mouseClick(dashboard.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dashboard.refresher._threads, timeout=2000)  # the thread has stopped too
    stopped_after = time.monotonic() - cancelled_at
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert stopped_after < 1.0
    assert gaps and max(gaps) < 0.5, "the window froze while counting"
    with qtbot.waitSignal(dashboard.refreshed, timeout=60000):  # uncancelled, the same count takes longer
        started = time.monotonic()
        dashboard.refresh()
    assert time.monotonic() - started > 2 * stopped_after
    assert _number(dashboard.tiles["cases"].value.text()) > 300_000
    assert dashboard.panels["chafing"].table.model().rowCount() == 200 and dashboard.panels["chafing"].note.isVisible()


def test_a_database_that_cannot_be_read_says_so(qtbot, swedish, small_pack_path, tmp_path) -> None:
    from deskhelp.ui.dashboard import Dashboard

    path = tmp_path / "missing.sqlite3"
    service = DeskService.open(_settings(path, small_pack_path))
    try:
        for file in tmp_path.glob("missing.sqlite3*"):  # gone from under the open service (a lost network drive)
            file.unlink()
        dashboard = Dashboard(service, today=TODAY)
        qtbot.addWidget(dashboard)
        with qtbot.waitSignal(dashboard.refresh_failed, timeout=5000):
            dashboard.show()
        assert dashboard.message.isVisibleTo(dashboard) and "missing.sqlite3" in dashboard.message.text()
        assert not dashboard.progress.isVisibleTo(dashboard)
        dashboard.close()
    finally:
        service.close()


def test_names_not_in_the_pack_are_shown_by_id(qtbot, open_dashboard, database) -> None:
    conn = sqlite3.connect(database)
    with conn:
        conn.execute("UPDATE case_record SET case_type_id = 'old-errand' WHERE id IN (SELECT id FROM case_record "
                     "WHERE occurred_on >= '2026-10-01' ORDER BY id LIMIT 2)")  # fmt: skip
    conn.close()
    dashboard = open_dashboard()
    rows = {row[0]: row[1] for row in _table(dashboard, "case_type")}
    assert rows["old-errand"] == "2"
    assert "Finns inte i gällande riktlinjer" in dict(_table(dashboard, "area"))  # the window runs in Swedish


@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_screenshots(qtbot, open_dashboard, artifacts, size) -> None:
    dashboard = open_dashboard(size)
    tag = f"{size[0]}x{size[1]}"
    qtbot.wait(50)
    dashboard.grab().save(str(artifacts / f"dashboard-{tag}-charts.png"))
    dashboard.grid.grab().save(str(artifacts / f"dashboard-{tag}-all-panels-charts.png"))
    dashboard.show_all_numbers(True)
    qtbot.wait(50)
    dashboard.grab().save(str(artifacts / f"dashboard-{tag}-numbers.png"))
    dashboard.grid.grab().save(str(artifacts / f"dashboard-{tag}-all-panels-numbers.png"))
    assert dashboard.grid.columns == (2 if size[0] >= 1366 else 1)
    assert not dashboard.scroll.horizontalScrollBar().isVisible()
    # Nothing in the top bar is cut off: every label is as wide as its text needs.
    for label in (dashboard.period_label, dashboard.branch_label, dashboard.desk_label, dashboard.period_kind_label):
        assert label.width() >= label.sizeHint().width()
    QCoreApplication.processEvents()


def test_open_dashboard_from_the_desk_service(qtbot, swedish, use_small_pack) -> None:
    from deskhelp.service import DeskService
    from deskhelp.settings import load_settings
    from deskhelp.ui.dashboard import open_dashboard

    service = DeskService.open(load_settings())
    try:
        parent = QWidget()
        qtbot.addWidget(parent)
        dashboard = open_dashboard(parent, service)
        with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
            pass
        assert dashboard.isWindow() and dashboard.service is service
        assert dashboard.tiles["cases"].value.text() == "0" and not dashboard.demo_warning.isVisible()
        assert all(not panel.showing_numbers() or not panel.has_chart for panel in dashboard.panels.values())
        dashboard.close()
    finally:
        service.close()


def test_switching_language_renames_everything(qtbot, open_dashboard, swedish) -> None:
    dashboard = open_dashboard()
    assert "Hänvisat" in [row[0] for row in _table(dashboard, "outcome")]
    swedish.install("en")
    dashboard.set_language("en")
    assert "Referred" in [row[0] for row in _table(dashboard, "outcome")]
    assert "File a tax return" in [row[0] for row in _table(dashboard, "case_type")]
    assert dashboard.period_label.text() == "October 2026"


@pytest.mark.parametrize("kind", ["month", "term", "custom"])
def test_the_summary_report_says_what_the_dashboard_shows(qtbot, open_dashboard, service, kind) -> None:
    """The same figures on screen and in the exported summary: totals, the change in per cent (whole per cent, as
    the tile shows it), cases over time bucket by bucket, outcomes and case types (all from core's arithmetic)."""
    from deskhelp.reports.builders import ReportOptions, build_report
    from deskhelp.reports.model import ReportKind
    from deskhelp.storage.statistics import ReportQueries
    from tests.reports.helpers import tables

    dashboard = open_dashboard()
    if kind == "custom":  # 19 days: compared with the 19 days before, by day
        with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
            dashboard.period_kind.setCurrentIndex(dashboard.period_kind.findData("custom"))
            dashboard.from_date.setDate(dt.date(2026, 9, 20))
            dashboard.to_date.setDate(dt.date(2026, 10, 8))
    elif kind != "month":
        with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
            dashboard.period_kind.setCurrentIndex(dashboard.period_kind.findData(kind))
    # The report as of the dashboard's day: a period under way is compared with the same days, on both.
    generated = dt.datetime.combine(TODAY, dt.time(12))
    options = ReportOptions(dashboard.stats_filter(), library="Stadsbiblioteket", language="sv", generated=generated)
    report = tables(build_report(ReportKind.SUMMARY, options, service.pack, ReportQueries(service.db.path)))

    (cases_row, _chafing_row) = report["Översikt", "Översikt"][1]
    _label, total, before, change = cases_row
    assert _number(dashboard.tiles["cases"].value.text()) == total
    assert _number(dashboard.tiles["previous"].value.text()) == before
    tile = dashboard.tiles["change"].value.text()
    assert tile == ("–" if change is None else f"{change:+d} %")

    over_time = report["Ärenden över tid", "Ärenden över tid"][1]
    shown = [(row[0], _number(row[1])) for row in _table(dashboard, "over_time") if row[0]]
    assert shown == [(day.isoformat(), count) for day, count in over_time]

    outcomes = report["Utfall", "Utfall"][1]  # the report names outcomes in words of its own: compare the counts
    assert [(_number(row[1]), _number(row[2])) for row in _table(dashboard, "outcome")] == [o[1:] for o in outcomes]
    case_types = report["Ärenden per ärendetyp", "Ärenden per ärendetyp"][1]
    assert [(row[0], _number(row[1])) for row in _table(dashboard, "case_type")] == case_types


def _keys(qtbot, window: QWidget, *presses) -> None:
    """Press keys on whatever has focus in ``window`` (the dashboard beside it may be the active window)."""
    for key in presses:
        qtbot.keyClick(window.focusWidget(), key)


def _log_a_case(qtbot, window) -> int:
    """Search, pick the errand and log it with the guidelines' answers (Enter, Enter), as at the desk."""
    window.activateWindow()  # back to the desk window, from the dashboard if it is open
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.search.field.setFocus()
    qtbot.keyClicks(window.search.field, "deklarera")
    with qtbot.waitSignal(window.case_logged, timeout=5000) as logged:
        _keys(qtbot, window, Qt.Key.Key_Return, Qt.Key.Key_Return)
    return logged.args[0]


def _open_from_the_desk(qtbot, window):
    """Ctrl+Shift+S in the desk window, as a team lead opens the statistics."""
    window.search.field.setFocus()
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.search.field, Qt.Key.Key_S, shift_ctrl)
    dashboard = window.dashboard
    assert dashboard is not None
    qtbot.addWidget(dashboard)
    qtbot.waitUntil(lambda: dashboard.result is not None, timeout=10000)
    return dashboard


def _choose_language(window, code: str) -> None:
    """View > Language > the language, in the desk window's menu."""
    next(action for action in window.language_actions.actions() if action.data() == code).trigger()


def test_switching_the_language_in_the_desk_window_reaches_an_open_dashboard(qtbot, window, swedish) -> None:
    """The bug: the desk window's language menu never reached an open dashboard, so its names (and its exports)
    stayed Swedish. The menu is wired as run_gui wires it: install the translation, then tell the desk window."""
    from deskhelp.ui.report_export import ReportExporter

    window.language_chosen.connect(lambda code: (swedish.install(code), window.set_language(code)))
    _log_a_case(qtbot, window)
    dashboard = _open_from_the_desk(qtbot, window)
    pack = window._service.pack
    assert _table(dashboard, "case_type")[0][0] == pack.case_types["tax-return"].title.get("sv")
    assert _table(dashboard, "outcome")[0][0] == "Hjälpt här"

    _choose_language(window, "en")
    assert dashboard.language == "en"
    assert _table(dashboard, "case_type")[0][0] == pack.case_types["tax-return"].title.get("en")
    qtbot.waitUntil(lambda: dashboard.panels["over_time"].title.text() == "Cases over time")  # LanguageChange: posted
    assert _table(dashboard, "outcome")[0][0] == "Helped here"
    assert dashboard.period_label.text() == dashboard.period_name(dashboard.period)
    asked: list[str] = []
    exporter = dashboard.findChild(ReportExporter)
    exporter.export = lambda kind, file_format, stats_filter, language: asked.append(language)
    dashboard.export_actions["csv"].trigger()
    assert asked == ["en"]  # the report is written in English too

    _choose_language(window, "sv")
    assert _table(dashboard, "case_type")[0][0] == pack.case_types["tax-return"].title.get("sv")
    qtbot.waitUntil(lambda: dashboard.panels["over_time"].title.text() == "Ärenden över tid")


def test_an_open_dashboard_counts_again_when_a_case_is_logged_or_undone(qtbot, window) -> None:
    _log_a_case(qtbot, window)
    dashboard = _open_from_the_desk(qtbot, window)
    assert dashboard.tiles["cases"].value.text() == "1"
    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
        _log_a_case(qtbot, window)
    assert dashboard.tiles["cases"].value.text() == "2"
    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
        qtbot.keyClick(window.search.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
    assert dashboard.tiles["cases"].value.text() == "1"


def test_a_new_pack_renames_what_an_open_dashboard_shows(qtbot, swedish, service, small_pack_path) -> None:
    """The hub's pack_changed: the dashboard reads the service's active pack again (no copy of its own to go stale)."""
    from deskhelp.content.pack_file import parse_pack_bytes
    from deskhelp.ui.dashboard import Dashboard
    from deskhelp.ui.events import DeskEvents

    events = DeskEvents()
    dashboard = Dashboard(service, today=TODAY, events=events)
    qtbot.addWidget(dashboard)
    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
        dashboard.show()
    assert "Deklarera" in dict(_table(dashboard, "case_type"))
    raw = small_pack_path.read_text(encoding="utf-8").replace("{sv: Deklarera,", "{sv: Deklarera och skatt,")
    service.pack = parse_pack_bytes(raw.encode("utf-8"), "renamed").pack
    events.pack_changed.emit()
    assert "Deklarera och skatt" in dict(_table(dashboard, "case_type"))
    assert "Deklarera" not in dict(_table(dashboard, "case_type"))


def test_a_dashboard_left_open_overnight_moves_on_to_the_new_month(qtbot, swedish, service, database) -> None:
    """The team lead leaves the dashboard open on 31 October and presses F5 on 2 November: "this month" is now
    November (counted afresh), not October; a month they chose themselves stays chosen."""
    from deskhelp.ui.dashboard import Dashboard

    days = [dt.date(2026, 10, 31)]
    dashboard = Dashboard(service, language="sv", clock=lambda: days[0])
    qtbot.addWidget(dashboard)
    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
        dashboard.show()
    assert dashboard.period_label.text() == "Oktober 2026"
    october = _sql(database, "SELECT count(*) FROM case_record c WHERE {where}", OCTOBER)[0][0]
    assert october > 0 and _number(dashboard.tiles["cases"].value.text()) == october

    days[0] = dt.date(2026, 11, 2)
    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
        qtbot.keyClick(dashboard, Qt.Key.Key_F5)
    assert (dashboard.period.start, dashboard.period.end) == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert dashboard.period_label.text() == "November 2026"
    november = _sql(database, "SELECT count(*) FROM case_record c WHERE {where}", ("2026-11-01", "2026-11-30"))
    assert _number(dashboard.tiles["cases"].value.text()) == november[0][0]
    assert not dashboard.next_button.isEnabled()

    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
        qtbot.mouseClick(dashboard.previous_button, Qt.MouseButton.LeftButton)
    days[0] = dt.date(2026, 11, 3)
    with qtbot.waitSignal(dashboard.refreshed, timeout=10000):
        qtbot.keyClick(dashboard, Qt.Key.Key_F5)
    assert dashboard.period_label.text() == "Oktober 2026"  # chosen, not "now": it stays
    assert _number(dashboard.tiles["cases"].value.text()) == october
