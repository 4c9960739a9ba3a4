"""The cases CSV's fast path: SQLite renders the lines (``storage.statistics.iter_case_text``), and they must be the
very bytes of writing the rows cell by cell, the reference path (``Table.text`` left out), whatever the values."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import shutil
import sqlite3
import threading
import types
from dataclasses import replace
from pathlib import Path

import pytest

from deskhelp.core.guidelines import Text
from deskhelp.core.statistics import Period, StatsFilter
from deskhelp.reports.builders import ReportOptions, build_report, period_between
from deskhelp.reports.case_columns import CASE_REPORT_COLUMNS
from deskhelp.reports.csv_writer import CSV_TEXT, write_csv
from deskhelp.reports.model import Report, ReportKind, TextRules
from deskhelp.storage.statistics import CASE_COLUMNS, Cancelled, ReportQueries, iter_case_text, iter_cases
from tests.reports.conftest import END, START
from tests.reports.helpers import GENERATED

# Text a spreadsheet could take for a formula, text the CSV must quote, text printf() could take for a format, and
# text in other scripts.
ODD = (
    "=1+2",
    "+46 70",
    "-5",
    "@SUM(A1)",
    "\tTab",
    "\rCR",
    "x;y",
    'say "hi"',
    '"',
    ";",
    "line\nbreak",
    "cr\rinside",
    "crlf\r\ninside",
    "\r\nfirst",
    "مرحبا، البنك أغلق الحساب",
    "😕",
    "'already quoted",
    " spaced ",
    "",
    "%s %d %% %n",
    "a,b",
    '=HYPERLINK("http://x";"y")',
)
ODD_IDS = ("=retired;type", "-minus", 'q"uote', "tab\tid", "new\nline", "@at")  # no longer (or never) in the pack


@pytest.fixture(scope="module")
def odd_db(report_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report database and cases whose free text holds everything in ODD, with ids out of date order."""
    path = tmp_path_factory.mktemp("odd-db") / "deskhelp.sqlite3"
    shutil.copy(report_db, path)
    rng = random.Random(11)
    with sqlite3.connect(path) as conn:
        (last_id,) = conn.execute("SELECT max(id) FROM case_record").fetchone()
        case_types = [ct for (ct,) in conn.execute("SELECT DISTINCT case_type_id FROM case_record")]
        (revision,) = conn.execute("SELECT max(pack_revision_id) FROM case_record").fetchone()
        ids = list(range(last_id + 1, last_id + 1 + 3 * len(ODD)))
        rng.shuffle(ids)  # logged in no order of date
        for number, case_id in enumerate(ids):
            odd = ODD[number % len(ODD)]
            day = START + dt.timedelta(days=rng.randrange((END - START).days + 1))
            conn.execute(
                "INSERT INTO case_record (id, pack_revision_id, case_type_id, mission, competence, time, resources, "
                "outcome, channel, occurred_on, occurred_hour, branch, desk, effort, duration, chafing, reflection, "
                "demo) VALUES (?, ?, ?, 'partly', 'colleague', 'no', 'yes', 'referred', 'phone', ?, ?, ?, ?, ?, ?, "
                "?, ?, ?)",
                (
                    case_id,
                    revision,
                    rng.choice([*case_types, *ODD_IDS]),
                    day.isoformat(),
                    rng.randrange(24),
                    odd if number % 3 else "main",
                    ODD[-1 - number % len(ODD)] if number % 2 else "desk-1",
                    rng.choice([None, 1, 6]),
                    rng.choice([None, "under-5", "over-60"]),
                    number % 2,
                    rng.choice([None, odd, ODD[(number * 7) % len(ODD)]]),
                    number % 5 == 0,
                ),
            )
            for table, column in (("case_actor", "actor_id"), ("case_missing_resource", "resource_id")):
                chosen = rng.sample([*ODD_IDS, "bank", "old-actor", "e-identification"], rng.randrange(4))
                conn.executemany(
                    f"INSERT INTO {table} (case_id, {column}) VALUES (?, ?)", [(case_id, c) for c in chosen]
                )
    conn.close()
    return path


@pytest.fixture(scope="module")
def odd_pack(pack):
    """The small pack with odd titles, an area it lacks and a case type without an area."""
    case_types = dict(pack.case_types)
    for number, case_type in enumerate(list(case_types.values())):
        title = Text({"sv": ODD[number % len(ODD)], "en": ODD[(number + 5) % len(ODD)]})
        area = {0: "", 1: "no-such-area"}.get(number, case_type.area)
        case_types[case_type.id] = replace(case_type, title=title, area=area)
    areas = {
        key: replace(area, title=Text({"sv": '=Område; "x"', "en": "-Area\n"})) for key, area in pack.areas.items()
    }
    return replace(pack, case_types=case_types, areas=areas)


class Chunked(ReportQueries):
    """ReportQueries rendering the text in small chunks, to cross many chunk boundaries on a small database."""

    def __init__(self, path: Path, chunk_cases: int, threads: int) -> None:
        super().__init__(path)
        self.chunk_cases, self.threads = chunk_cases, threads
        self.text_calls = 0

    def case_text(self, f, rules, case_type_cells, labels=None):
        self.text_calls += 1
        return iter_case_text(self.path, f, rules, case_type_cells, None, self.chunk_cases, self.threads, labels)


def cases_report(data: ReportQueries, pack, branch: str | None, desk: str | None, language: str) -> Report:
    options = ReportOptions(
        StatsFilter(period_between(START, END), branch, desk), "Stadsbiblioteket", language, generated=GENERATED
    )
    return build_report(ReportKind.CASES, options, pack, data)


def rows_only(report: Report) -> Report:
    """``report`` without its text: writers take the rows, cell by cell."""
    sections = [replace(s, tables=[replace(t, text=None) for t in s.tables]) for s in report.sections]
    return replace(report, sections=sections)


FILTERS = [(None, None), ("north", None), (None, "desk-2"), ("main", "desk-1"), ("x;y", None), (None, "=1+2")]
CHUNKING = [(5000, 2), (3, 2), (3, 1), (1, 3)]


@pytest.mark.parametrize(("branch", "desk"), FILTERS)
@pytest.mark.parametrize(("chunk_cases", "threads"), CHUNKING)
def test_the_text_is_the_bytes_of_the_rows(odd_db, odd_pack, tmp_path, branch, desk, chunk_cases, threads) -> None:
    fast, reference = tmp_path / "fast.csv", tmp_path / "reference.csv"
    data = Chunked(odd_db, chunk_cases, threads)
    write_csv(cases_report(data, odd_pack, branch, desk, "sv"), fast)
    write_csv(rows_only(cases_report(data, odd_pack, branch, desk, "sv")), reference)
    assert data.text_calls == 1  # the fast path was taken once, the reference did without
    assert fast.read_bytes() == reference.read_bytes()


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("db", ["report_db", "odd_db"])
def test_the_text_is_the_bytes_of_the_rows_in_either_language(request, odd_pack, pack, tmp_path, db, language):
    path = request.getfixturevalue(db)
    for number, chosen in enumerate((pack, odd_pack)):
        fast, reference = tmp_path / f"fast{number}.csv", tmp_path / f"reference{number}.csv"
        write_csv(cases_report(ReportQueries(path), chosen, None, None, language), fast)
        write_csv(rows_only(cases_report(ReportQueries(path), chosen, None, None, language)), reference)
        assert fast.read_bytes() == reference.read_bytes()


def test_the_odd_values_do_reach_the_file(odd_db, odd_pack, tmp_path) -> None:
    """The comparison above is only worth something if the odd values are in the output, guarded and quoted."""
    path = tmp_path / "cases.csv"
    write_csv(cases_report(ReportQueries(odd_db), odd_pack, None, None, "sv"), path)
    text = path.read_bytes().decode("utf-8-sig")
    for needle in (";'=1+2;", ";'+46 70;", ";'-5;", ";'@SUM(A1);", '"x;y"', '"say ""hi"""', '"\'\rCR"', ";😕;"):
        assert needle in text
    assert '"line\nbreak"' in text and '"crlf\r\ninside"' in text and ";'-minus;" in text
    with open(path, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert {len(row) for row in rows} == {len(CASE_REPORT_COLUMNS)}  # names beside the ids


def test_an_empty_period_and_an_unknown_branch_give_no_text(report_db) -> None:
    empty = StatsFilter(Period(dt.date(2030, 1, 1), dt.date(2030, 12, 31)))
    assert list(iter_case_text(report_db, empty, CSV_TEXT, lambda case_type: ())) == []
    nobody = StatsFilter(period_between(START, END), branch="nowhere")
    assert list(iter_case_text(report_db, nobody, CSV_TEXT, lambda case_type: (), chunk_cases=10)) == []


def test_the_text_streams_in_chunks(report_db) -> None:
    f = StatsFilter(period_between(START, END))
    chunks = iter_case_text(report_db, f, CSV_TEXT, lambda case_type: (case_type,), chunk_cases=20)
    assert isinstance(chunks, types.GeneratorType)
    texts = list(chunks)
    cases = sum(1 for _ in iter_cases(report_db, f))
    assert len(texts) > cases / 60  # about 20 cases a chunk (a chunk holds whole days)
    assert sum(text.count("\r\n") for text in texts) >= cases


def test_stopping_early_stops_the_threads_and_closes_the_connections(report_db) -> None:
    f = StatsFilter(period_between(START, END))
    chunks = iter_case_text(report_db, f, CSV_TEXT, lambda case_type: (), chunk_cases=5, threads=3)
    assert next(chunks)
    chunks.close()
    assert not [t for t in threading.enumerate() if t.name.startswith("case-text")]


def test_the_text_can_be_cancelled(report_db) -> None:
    f = StatsFilter(period_between(START, END))
    with pytest.raises(Cancelled):
        list(iter_case_text(report_db, f, CSV_TEXT, lambda case_type: (), lambda: True))


@pytest.mark.parametrize(
    ("rules", "dialect"),
    [
        (CSV_TEXT, {"delimiter": ";", "lineterminator": "\r\n"}),
        # printf() reads "%" in its format; Python 3.11's csv module quotes for the line end's own characters only.
        (
            TextRules("%", "%\n", "'", "%'\n", "`", "=+-@\t\r"),
            {"delimiter": "%", "lineterminator": "%\n", "quotechar": "'"},
        ),
    ],
)
def test_the_text_follows_the_rules_it_is_given(odd_db, rules, dialect) -> None:
    """Against the csv module with the same dialect, the cells guarded by the rules first."""
    f = StatsFilter(period_between(START, END))
    cells = {ct: (f"{ct} {ODD[n % len(ODD)]}", "") for n, ct in enumerate([*ODD_IDS, "print-document", "retired-type"])}
    text = "".join(iter_case_text(odd_db, f, rules, lambda case_type: cells.get(case_type, ("?", "!")), chunk_cases=7))
    expected = io.StringIO(newline="")
    writer = csv.writer(expected, **dialect)
    at = CASE_COLUMNS.index("case_type_id") + 1
    guard_when = frozenset(rules.guard_when)
    for row in iter_cases(odd_db, f):
        row = (*row[: at - 1], *cells.get(row[at - 1], ("?", "!")), *row[at - 1 :])  # the cells, then the id
        writer.writerow([rules.guard + c if isinstance(c, str) and c[:1] in guard_when else c for c in row])
    assert text == expected.getvalue()


def test_rules_the_text_cannot_follow_are_refused(report_db) -> None:
    f = StatsFilter(period_between(START, END))
    for rules in (replace(CSV_TEXT, guard='"'), replace(CSV_TEXT, quote_when="]"), replace(CSV_TEXT, guard_when="")):
        with pytest.raises(ValueError):
            list(iter_case_text(report_db, f, rules, lambda case_type: ()))
