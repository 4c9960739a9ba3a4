"""CSV as Swedish Excel opens it, with every text cell guarded against formula injection."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from pathlib import Path

import pytest

from deskhelp.core.statistics import Period
from deskhelp.reports import csv_writer
from deskhelp.reports.case_columns import STORED_AT
from deskhelp.reports.csv_writer import write_csv
from deskhelp.reports.guard import ExportError
from deskhelp.reports.model import Report, ReportKind, Section, Table, merged_tables
from tests.reports.conftest import END, START
from tests.reports.helpers import GENERATED, report_for
from tests.reports.independent import Log

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def read_back(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream, delimiter=";"))


def a_report(rows, kind=ReportKind.SUMMARY, columns=("Text", "Tal")) -> Report:
    period = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    table = Table("Tabell", columns, rows)
    return Report(kind, "Rapport", "Biblioteket", period, GENERATED, [Section("Tabell", [table])], ("En notering.",))


def test_the_cases_csv_is_utf8_with_bom_semicolons_and_crlf(report_db, pack, tmp_path: Path) -> None:
    path = tmp_path / "cases.csv"
    write_csv(report_for(report_db, pack, ReportKind.CASES, START, END), path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\xef\xbb\xbf") == 1
    text = raw[3:].decode("utf-8")
    assert text.startswith("Id;Datum;Timme;Filial;Disk;Ärendetyp;Område;Ärendetyp (id);Uppdrag;Uppdrag (id);")
    assert text.endswith("\r\n")
    rows = read_back(path)
    expected = Log(report_db, START, END).cases()
    assert len(rows) == len(expected) + 1  # the header, then one row per case
    for row, case in zip(rows[1:], expected, strict=True):
        assert row[0] == str(case[0]) and row[1] == case[1]  # ISO date
        reflection = case[15] or ""
        assert row[STORED_AT[15]] == ("'" + reflection if reflection[:1] in DANGEROUS else reflection)
        assert row[STORED_AT[14]] in ("0", "1") and row[STORED_AT[16]] in ("0", "1")
    # Line ends are CRLF everywhere outside quoted cells (a reflection may hold a line break of its own).
    unquoted = "".join(part for number, part in enumerate(text.split('"')) if number % 2 == 0)
    assert "\n" not in unquoted.replace("\r\n", "")


def test_reflections_come_out_guarded_and_whole(report_db, pack, tmp_path: Path) -> None:
    path = tmp_path / "inventory.csv"
    write_csv(report_for(report_db, pack, ReportKind.INVENTORY, START, END), path)
    cells = {cell for row in read_back(path) for cell in row}
    assert '\'=HYPERLINK("x")' in cells
    assert "'+46 saknades i formuläret" in cells
    assert "'-1 poäng för e-tjänsten" in cells
    assert "'@x svarade inte" in cells
    assert "مرحبا، البنك أغلق الحساب 😕" in cells
    assert 'Rad ett; "citat"\nrad två' in cells
    assert not any(cell[:1] in DANGEROUS for cell in cells)


def test_a_report_of_several_tables_has_a_title_row_and_a_blank_line_between(report_db, pack, tmp_path) -> None:
    report = report_for(report_db, pack, ReportKind.ACTORS, START, END)
    path = tmp_path / "actors.csv"
    write_csv(report, path)
    rows = read_back(path)
    assert rows[0] == ["Återkoppling till aktörer"]
    assert rows[1] == ["Stadsbiblioteket", "2026-03-01 – 2026-04-30"]
    assert any(row[0].startswith("Små antal visas inte (..): antal under 3,") for row in rows if row)
    merged = list(merged_tables(report))
    assert [title for _, title, _ in merged] == [
        "Alla aktörer",
        "Ärendetyper per aktör",
        "Månader per aktör",
        "Saknade resurser per aktör",
    ]
    for section, title, table in merged:
        heading = title if section == title else f"{section} – {title}"
        at = rows.index([heading])
        assert rows[at - 1] == []  # a blank line before every table
        start = rows.index(list(table.columns), at)
        assert start - at <= 3  # the title, perhaps the section's text and the table's note, then the header
        assert rows[start + 1 : start + 1 + len(table.rows)] == [[str(cell) for cell in row] for row in table.rows]
    assert [".."] in [row[-1:] for row in rows]  # hidden counts: the mark, not "<3"
    assert not any(cell.startswith("<") for row in rows for cell in row)


def test_numbers_stay_numbers_and_text_is_guarded(tmp_path: Path) -> None:
    rows = [
        ("-1", -1),
        ("=1+2", 3),
        ("+46", 12.5),
        ("@x", -0.5),
        ("\tTab", None),
        ("\rCR", dt.date(2026, 3, 1)),
        ("vanlig", dt.datetime(2026, 3, 1, 14, 5, 33)),
        ("ja", True),
    ]
    path = tmp_path / "t.csv"
    write_csv(a_report(rows), path)
    body = read_back(path)[-len(rows) :]
    assert body == [
        ["'-1", "-1"],
        ["'=1+2", "3"],
        ["'+46", "12,5"],  # decimal comma for Swedish Excel
        ["'@x", "-0,5"],
        ["'\tTab", ""],
        ["'\rCR", "2026-03-01"],
        ["vanlig", "2026-03-01 14:05"],
        ["ja", "1"],
    ]


def test_titles_and_notes_are_guarded_too(tmp_path: Path) -> None:
    period = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    table = Table("=Tabell", ("-kolumn",), [("x",)])
    report = Report(ReportKind.DIGIDEL, "Rapport", "=Bibliotek", period, GENERATED, [Section("S", [table])], ("@not",))
    path = tmp_path / "t.csv"
    write_csv(report, path)
    cells = [cell for row in read_back(path) for cell in row]
    assert {"'=Bibliotek", "'@not", "S – =Tabell", "'-kolumn"} <= set(cells)


def _reference(row: tuple) -> list:
    """The cell rules, written again without any fast path."""
    out = []
    for cell in row:
        if isinstance(cell, str):
            out.append("'" + cell if cell[:1] in DANGEROUS else cell)
        elif isinstance(cell, bool):
            out.append(int(cell))
        elif isinstance(cell, float):
            out.append(repr(cell).replace(".", ","))
        elif isinstance(cell, dt.datetime):
            out.append(cell.isoformat(sep=" ", timespec="minutes"))
        else:
            out.append(cell)
    return out


def test_the_fast_path_writes_exactly_what_the_cell_rules_say() -> None:
    rng = random.Random(5)
    alphabet = ["a", "ö", ";", '"', "\n", "\r", "\t", "=", "+", "-", "@", "'", " ", "1", ".", "😕", "ع"]

    def cell():
        kind = rng.random()
        if kind < 0.5:
            return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
        if kind < 0.7:
            return rng.randint(-50, 50)
        if kind < 0.8:
            return None
        if kind < 0.9:
            return dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 400))
        return rng.choice([1.5, -2.25, 1e20, True, False, dt.datetime(2026, 3, 1, 9, 30)])

    def plain_row(number: int):  # batches of plain, harmless cells, to take the fast path
        return (number, f"text {number}", dt.date(2026, 3, 1), None, "ö😕")

    rows = [plain_row(n) for n in range(2500)]
    rows += [tuple(cell() for _ in range(6)) for _ in range(3000)]
    rows += [plain_row(n) for n in range(1500)]
    rows.insert(1200, ("=danger", 1))  # one bad cell in a batch of plain ones
    rows.insert(4100, ("plain", 2.5))  # one float in a plain batch
    written = io.StringIO(newline="")
    csv_writer._write_rows(written, rows)
    expected = io.StringIO(newline="")
    csv.writer(expected, delimiter=";", lineterminator="\r\n").writerows(_reference(row) for row in rows)
    assert written.getvalue() == expected.getvalue()


def test_an_unwritable_path_is_named_and_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "missing-folder" / "out.csv"
    with pytest.raises(ExportError) as caught:
        write_csv(a_report([("a", 1)]), path)
    assert str(path) in str(caught.value)
    assert not path.parent.exists()


def test_a_failure_while_writing_leaves_no_file_and_keeps_an_old_one(tmp_path: Path) -> None:
    def rows():
        yield ("a", 1)
        raise RuntimeError("the database went away")

    path = tmp_path / "out.csv"
    path.write_text("the previous export", encoding="utf-8")
    with pytest.raises(RuntimeError):
        write_csv(a_report(rows(), kind=ReportKind.CASES), path)
    assert path.read_text(encoding="utf-8") == "the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_an_empty_report_is_still_a_valid_file(report_db, pack, tmp_path: Path) -> None:
    for kind in ReportKind:
        path = tmp_path / f"{kind}.csv"
        write_csv(report_for(report_db, pack, kind, dt.date(2030, 1, 1), dt.date(2030, 1, 31)), path)
        rows = read_back(path)
        assert rows and rows[0]
