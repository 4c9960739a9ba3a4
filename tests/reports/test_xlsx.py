"""XLSX checked inside the zip: sheet names, header, guarded text, real dates."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from deskhelp.core.statistics import Period
from deskhelp.reports import xlsx_writer
from deskhelp.reports.case_columns import STORED_AT
from deskhelp.reports.guard import ExportError
from deskhelp.reports.model import HIDDEN, Report, ReportKind, Section, Table
from deskhelp.reports.xlsx_writer import sheet_name, write_xlsx
from tests.reports.conftest import END, START
from tests.reports.helpers import GENERATED, report_for
from tests.reports.independent import Log

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
R_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
EXCEL_EPOCH = dt.date(1899, 12, 30)


def sheets(path: Path) -> dict[str, list[dict[int, object]]]:
    """Every sheet by name: rows of {column: value}; text as text, numbers as floats."""
    with zipfile.ZipFile(path) as archive:
        workbook = ET.fromstring(archive.read("xl/workbook.xml"))
        rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        targets = {rel.get("Id"): rel.get("Target") for rel in rels}
        found = {}
        for sheet in workbook.iterfind("m:sheets/m:sheet", NS):
            root = ET.fromstring(archive.read("xl/" + targets[sheet.get(R_NS)]))
            rows = []
            for row in root.iterfind("m:sheetData/m:row", NS):
                cells = {}
                for c in row.iterfind("m:c", NS):
                    column = _column(c.get("r"))
                    if c.get("t") == "inlineStr":
                        cells[column] = "".join(t.text or "" for t in c.iterfind(".//m:t", NS))
                    elif (v := c.find("m:v", NS)) is not None:
                        cells[column] = float(v.text)
                rows.append(cells)
            found[sheet.get("name")] = rows
        return found


def number_formats(path: Path, sheet: str, row_number: int) -> dict[int, str]:
    """The custom number format of each cell in a row, by column."""
    with zipfile.ZipFile(path) as archive:
        styles = ET.fromstring(archive.read("xl/styles.xml"))
        codes = {f.get("numFmtId"): f.get("formatCode") for f in styles.iterfind("m:numFmts/m:numFmt", NS)}
        xfs = [xf.get("numFmtId") for xf in styles.iterfind("m:cellXfs/m:xf", NS)]
        workbook = ET.fromstring(archive.read("xl/workbook.xml"))
        index = [s.get("name") for s in workbook.iterfind("m:sheets/m:sheet", NS)].index(sheet) + 1
        root = ET.fromstring(archive.read(f"xl/worksheets/sheet{index}.xml"))
        row = root.findall("m:sheetData/m:row", NS)[row_number]
        return {
            _column(c.get("r")): codes[xfs[int(c.get("s"))]]
            for c in row.iterfind("m:c", NS)
            if c.get("s") and xfs[int(c.get("s"))] in codes
        }


def _column(reference: str) -> int:
    letters = re.match(r"[A-Z]+", reference).group()
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number - 1


def test_one_sheet_per_kind_of_table_with_an_actor_column(report_db, pack, tmp_path: Path) -> None:
    # Was one sheet per actor and table: 106 sheets named "Bankkontor i – Saknade resurser" (issue 17).
    report = report_for(report_db, pack, ReportKind.ACTORS, START, END)
    path = tmp_path / "actors.xlsx"
    write_xlsx(report, path)
    found = sheets(path)
    names = list(found)
    assert names == [
        "Om rapporten",
        "Alla aktörer",
        "Ärendetyper per aktör",
        "Månader per aktör",
        "Saknade resurser per aktör",
    ]
    assert all(len(name) <= 31 and not re.search(r"[\[\]:*?/\\]", name) for name in names)
    actors = [section.title for section in report.sections[1:]]
    for index, sheet in enumerate(names[2:]):
        rows = found[sheet]
        assert rows[0][0] == "Aktör"
        expected = [(section.title, *row) for section in report.sections[1:] for row in section.tables[index].rows]
        body = rows[1 : 1 + len(expected)]
        assert [row.get(0) for row in body] == [row[0] for row in expected]
        assert {row.get(0) for row in body} <= set(actors)
        for row, want in zip(body, expected, strict=True):
            count = want[-1]
            # A count shown is a number; a hidden one the mark "..", never "<3".
            assert row[len(want) - 1] == (".." if count is HIDDEN else float(count))
        if any(row[-1] is HIDDEN for row in expected):
            assert rows[-1][0].startswith(".. = dolt antal: under 3")  # the note under the table
    assert "Skatteverket" in actors and "old-actor" in actors


def test_a_long_sheet_name_is_cut_to_31_and_kept_unique() -> None:
    taken: set[str] = set()
    long = "Statens servicecenter (servicekontor) – Saknade resurser"
    first, second = sheet_name(long, taken), sheet_name(long, taken)
    assert len(first) <= 31 and len(second) <= 31 and first.casefold() != second.casefold()


def test_about_sheet_holds_title_period_and_notes(report_db, pack, tmp_path: Path) -> None:
    path = tmp_path / "digidel.xlsx"
    write_xlsx(report_for(report_db, pack, ReportKind.DIGIDEL, START, END), path)
    about = [value for row in sheets(path)["Om rapporten"] for value in row.values()]
    assert "Digidel-statistik" in about and "Stadsbiblioteket" in about and "2026-03-01 – 2026-04-30" in about
    assert any(str(value).startswith("Små antal visas inte (..): antal under 3,") for value in about)
    assert any(str(value).startswith("Innehåller ") for value in about)


def test_the_cases_sheet_has_every_case_with_dates_and_guarded_text(report_db, pack, tmp_path: Path) -> None:
    path = tmp_path / "cases.xlsx"
    write_xlsx(report_for(report_db, pack, ReportKind.CASES, START, END), path)
    rows = sheets(path)["Ärenden"]
    expected = Log(report_db, START, END).cases()
    assert rows[0][0] == "Id" and rows[0][1] == "Datum"
    assert len(rows) == len(expected) + 1
    for row, case in zip(rows[1:], expected, strict=True):
        assert row[0] == case[0]
        assert row[1] == (dt.date.fromisoformat(case[1]) - EXCEL_EPOCH).days  # a real Excel date
        reflection = case[15]
        if reflection:
            assert row[STORED_AT[15]] == ("'" + reflection if reflection[0] in "=+-@" else reflection)
        else:
            assert STORED_AT[15] not in row
    texts = {value for row in rows for value in row.values() if isinstance(value, str)}
    assert {'\'=HYPERLINK("x")', "'+46 saknades i formuläret", "'-1 poäng för e-tjänsten", "'@x svarade inte"} <= texts
    assert "مرحبا، البنك أغلق الحساب 😕" in texts


def test_header_is_bold_and_frozen_and_no_formula_anywhere(report_db, pack, tmp_path: Path) -> None:
    path = tmp_path / "inventory.xlsx"
    write_xlsx(report_for(report_db, pack, ReportKind.INVENTORY, START, END), path)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode("utf-8")
                assert "<f>" not in xml  # nothing became a formula
                if name != "xl/worksheets/sheet1.xml":
                    assert 'state="frozen"' in xml and 'ySplit="1"' in xml
        assert "<b/>" in archive.read("xl/styles.xml").decode("utf-8")


def test_sheet_names_follow_excels_rules() -> None:
    taken: set[str] = set()
    assert sheet_name("a/b:c*d?e[f]g\\h", taken) == "a-b-c-d-e-f-g-h"
    long = "Försäkringskassan och Skatteverket tillsammans"
    first, second = sheet_name(long, taken), sheet_name(long, taken)
    assert len(first) == 31 and len(second) <= 31 and first != second and second.endswith(" (2)")
    assert sheet_name("ALLA", taken) == "ALLA" and sheet_name("alla", taken) == "alla (2)"  # Excel ignores case
    assert sheet_name("'citat'", taken) == "citat"
    assert sheet_name("History", taken) != "History"
    assert sheet_name("", taken) == "Blad"


def test_a_table_longer_than_a_sheet_goes_on_in_the_next(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(xlsx_writer, "MAX_ROWS", 4)  # header and three rows per sheet
    period = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    table = Table("Ärenden", ("Nr",), ((n,) for n in range(7)))
    report = Report(ReportKind.CASES, "Ärenden", "", period, GENERATED, [Section("Ärenden", [table])])
    path = tmp_path / "long.xlsx"
    write_xlsx(report, path)
    found = sheets(path)
    assert list(found) == ["Om rapporten", "Ärenden", "Ärenden (2)", "Ärenden (3)"]
    assert [[row[0] for row in found[name]] for name in list(found)[1:]] == [
        ["Nr", 0, 1, 2],
        ["Nr", 3, 4, 5],
        ["Nr", 6],
    ]


def test_cell_types(tmp_path: Path) -> None:
    period = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    rows = [("-1", -1, 2.5, dt.date(2026, 3, 2), dt.datetime(2026, 3, 2, 12, 0), None, True, "=A1")]
    table = Table("T", tuple("abcdefgh"), rows)
    report = Report(ReportKind.SUMMARY, "R", "", period, GENERATED, [Section("T", [table])])
    path = tmp_path / "types.xlsx"
    write_xlsx(report, path)
    row = sheets(path)["T"][1]
    day = (dt.date(2026, 3, 2) - EXCEL_EPOCH).days
    assert row == {0: "'-1", 1: -1.0, 2: 2.5, 3: day, 4: day + 0.5, 6: 1.0, 7: "'=A1"}
    assert number_formats(path, "T", 1) == {3: "yyyy-mm-dd", 4: "yyyy-mm-dd hh:mm"}


def test_an_unwritable_path_is_named_and_leaves_nothing(tmp_path: Path) -> None:
    period = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    report = Report(ReportKind.SUMMARY, "R", "", period, GENERATED, [])
    path = tmp_path / "nowhere" / "out.xlsx"
    with pytest.raises(ExportError, match=re.escape(str(path))):
        write_xlsx(report, path)
    assert not path.parent.exists()


def test_a_failure_while_writing_leaves_nothing_behind(tmp_path: Path) -> None:
    def rows():
        yield (1,)
        raise RuntimeError("cancelled")

    period = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    report = Report(ReportKind.CASES, "R", "", period, GENERATED, [Section("T", [Table("T", ("a",), rows())])])
    with pytest.raises(RuntimeError):
        write_xlsx(report, tmp_path / "out.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_an_empty_period_gives_valid_workbooks(report_db, pack, tmp_path: Path) -> None:
    for kind in ReportKind:
        path = tmp_path / f"{kind}.xlsx"
        write_xlsx(report_for(report_db, pack, kind, dt.date(2030, 1, 1), dt.date(2030, 1, 31)), path)
        assert len(sheets(path)) >= 2
