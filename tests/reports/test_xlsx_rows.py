"""The cases' fast path to XLSX (reports.xlsx_rows), read back with openpyxl as a spreadsheet program reads it:
every case as the log holds it (independent SQL), cell for cell what XlsxWriter writes cell by cell, and a table
longer than a sheet going on in the next, as the first sheet says."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskhelp.core.statistics import Period
from deskhelp.reports import xlsx_writer
from deskhelp.reports.case_columns import STORED_AT
from deskhelp.reports.model import Report, ReportKind, Section, Table
from deskhelp.reports.xlsx_writer import write_xlsx
from tests.reports.conftest import END, START
from tests.reports.helpers import GENERATED, report_for
from tests.reports.independent import Log

openpyxl = pytest.importorskip("openpyxl")  # the [test] extra

PERIOD = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))


def read(path: Path) -> dict[str, list[tuple]]:
    """Every sheet's rows as openpyxl reads them, and (checked here) as many as the sheet's dimension says."""
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        found = {}
        for sheet in workbook.worksheets:
            rows = [tuple(row) for row in sheet.iter_rows(values_only=True)]
            if rows:
                assert sheet.max_row == len(rows), sheet.title  # <dimension> holds the rows written
            found[sheet.title] = rows
        return found
    finally:
        workbook.close()


def both_ways(make: Callable[[], Report], folder: Path) -> tuple[dict, dict]:
    """The report ``make`` makes (its rows may be streamed: made twice) written by the fast path and by XlsxWriter
    cell by cell (the path every report but the cases takes)."""
    fast, cells = folder / "fast.xlsx", folder / "cells.xlsx"
    write_xlsx(dataclasses.replace(make(), kind=ReportKind.CASES), fast)
    write_xlsx(dataclasses.replace(make(), kind=ReportKind.SUMMARY), cells)
    return read(fast), read(cells)


def one_table(rows: list[tuple], columns: tuple[str, ...]) -> Callable[[], Report]:
    table = Table("Ärenden", columns, rows)
    return lambda: Report(ReportKind.CASES, "Ärenden", "", PERIOD, GENERATED, [Section("Ärenden", [table])])


def test_every_case_reads_back_as_the_log_holds_it(report_db, pack, tmp_path: Path) -> None:
    path = tmp_path / "cases.xlsx"
    write_xlsx(report_for(report_db, pack, ReportKind.CASES, START, END), path)
    rows = read(path)["Ärenden"]
    expected = Log(report_db, START, END).cases()
    assert len(expected) > 400
    assert len(rows) == len(expected) + 1
    for row, case in zip(rows[1:], expected, strict=True):
        # The stored fields, in their id columns (the names are before them: tests/reports/test_case_labels.py).
        stored = tuple(row[at] for at in STORED_AT)
        assert stored[0] == case[0] and stored[1] == dt.datetime.fromisoformat(case[1])  # a real date
        for value, held in zip(stored[2:], case[2:], strict=True):
            if isinstance(held, str) and held[:1] in "=+-@":
                held = "'" + held  # guarded: text stays text
            assert value == (held if held != "" else None) or (held == "" and value == ""), (case[0], held, value)
        assert isinstance(row[5], str) and row[5] and isinstance(row[6], str)


def test_the_fast_path_writes_what_xlsxwriter_writes(report_db, pack, tmp_path: Path) -> None:
    fast, cells = both_ways(lambda: report_for(report_db, pack, ReportKind.CASES, START, END), tmp_path)
    assert len(fast["Ärenden"]) > 400
    assert fast == cells


_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("=+-@'\t\r\n &<>\"_x0041_ \x00\x01\x1f\x7f\u00a0éåäö😕"), st.characters(codec="utf-8")
    ),
    max_size=40,
)
_CELL = st.one_of(
    st.none(),
    _TEXT,
    st.integers(-(2**53), 2**53),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.booleans(),
    st.dates(dt.date(1900, 3, 1), dt.date(9999, 12, 31)),
    st.datetimes(dt.datetime(1900, 3, 1), dt.datetime(9999, 12, 31)).map(lambda d: d.replace(microsecond=0)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(_CELL, _CELL, _CELL, _CELL), min_size=1, max_size=8))
def test_any_cells_read_back_as_xlsxwriter_writes_them(rows: list[tuple], tmp_path: Path) -> None:
    fast, cells = both_ways(one_table(rows, ("a", "b", "c", "d")), tmp_path)
    assert fast == cells


def test_a_text_longer_than_a_cell_is_cut_where_xlsxwriter_cuts_it(tmp_path: Path) -> None:
    fast, cells = both_ways(one_table([("x" * 40_000,), ("=" + "y" * 40_000,)], ("a",)), tmp_path)
    assert fast == cells
    assert len(fast["Ärenden"][1][0]) == 32_767


def test_a_table_longer_than_a_sheet_goes_on_and_the_first_sheet_says_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(xlsx_writer, "MAX_ROWS", 4)  # the header and three cases a sheet
    table = Table("Ärenden", ("Nr", "Datum"), ((n, dt.date(2026, 3, 1 + n)) for n in range(7)))
    report = Report(ReportKind.CASES, "Ärenden", "", PERIOD, GENERATED, [Section("Ärenden", [table])])
    path = tmp_path / "long.xlsx"
    write_xlsx(report, path)
    found = read(path)
    assert list(found) == ["Om rapporten", "Ärenden", "Ärenden (2)", "Ärenden (3)"]
    assert [[row[0] for row in found[name]] for name in list(found)[1:]] == [
        ["Nr", 0, 1, 2],
        ["Nr", 3, 4, 5],
        ["Nr", 6],
    ]
    assert found["Ärenden (3)"][1][1] == dt.datetime(2026, 3, 7)
    said = [row[0] for row in found["Om rapporten"] if row and row[0]]
    assert "Tabellen Ärenden fortsätter på bladet Ärenden (2), Ärenden (3) – ett blad rymmer högst 3 rader." in said


def test_a_table_that_fits_says_nothing_of_further_sheets(tmp_path: Path) -> None:
    table = Table("Ärenden", ("Nr",), [(1,), (2,)])
    report = Report(ReportKind.CASES, "Ärenden", "", PERIOD, GENERATED, [Section("Ärenden", [table])])
    path = tmp_path / "short.xlsx"
    write_xlsx(report, path)
    assert not any("fortsätter" in str(row) for row in read(path)["Om rapporten"])
