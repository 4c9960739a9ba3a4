"""The PDF a team lead sends to the municipality: written from a Report built here by hand, read back with
pdftotext, and rendered page by page with pdftoppm for people to look at."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from deskhelp.core.statistics import Period, PeriodKind
from deskhelp.reports.model import ChartKind, Report, ReportKind, Section, Table

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext, pdftoppm) needed")

LIBRARY = "Stadsbiblioteket Åmål"
TITLE = "Digitala ärenden – årssammanställning"
NOTES = ("Antal under 3 visas som <3 för att ingen ska kunna pekas ut.", "Filter: filial Centrum, alla diskar.")
AREAS = [("Utskrift och skanning", 412, 388), ("Myndigheter", 265, 301), ("Bibliotekets tjänster", 97, "<3")]
CASE_TYPES = [(f"Ärendetyp {n:03d}: söka jobb på Arbetsförmedlingen", 500 - n * 3, n % 9) for n in range(120)]


def _report(kind: ReportKind = ReportKind.SUMMARY) -> Report:
    return Report(
        kind=kind,
        title=TITLE,
        library=LIBRARY,
        period=Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31), PeriodKind.YEAR),
        generated=dt.datetime(2026, 11, 22, 14, 30),
        sections=[
            Section(
                "Ärenden per område",
                [Table("Per område", ("Område", "Ärenden", "Föregående år"), AREAS, ChartKind.BAR, "Källa: DeskHelp.")],
                text="Här syns vilka områden besökarna frågar om.\n\nÖver hälften av ärendena gällde utskrift.",
            ),
            Section(
                "Över tid",
                [
                    Table(
                        "Per månad",
                        ("Månad", "Ärenden"),
                        [(dt.date(2026, m, 1), 50 + 7 * m) for m in range(1, 13)],
                        ChartKind.LINE,
                    )
                ],  # fmt: skip
            ),
            Section("Alla ärendetyper", [Table("Ärendetyper", ("Ärendetyp", "Ärenden", "Hänvisade"), CASE_TYPES)]),
        ],
        notes=NOTES,
        language="sv",
    )


def _text(pdf: Path, *pages: int) -> str:
    args = ["pdftotext", "-layout"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return subprocess.run([*args, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_a_summary_report_as_pdf(qapp, tmp_path: Path, artifacts: Path) -> None:
    from deskhelp.ui.report_pdf import write_report_pdf

    pdf = tmp_path / "rapport.pdf"
    write_report_pdf(_report(), pdf)
    assert pdf.read_bytes()[:4] == b"%PDF"
    assert not [p for p in tmp_path.iterdir() if p.name != "rapport.pdf"]  # no temporary file left behind
    (tmp_path / "plain.txt").write_text("")  # the PDF gets the permissions any new file there gets
    assert pdf.stat().st_mode == (tmp_path / "plain.txt").stat().st_mode

    text = _text(pdf)
    for expected in (LIBRARY, TITLE, "1 januari – 31 december 2026", "Utskriven 2026-11-22", "Att observera", *NOTES):
        assert expected in text, expected
    assert "Över hälften av ärendena gällde utskrift." in text
    assert "Utskrift och skanning" in text and "<3" in text and "Källa: DeskHelp." in text
    assert all(name in text for name, _count, _referred in CASE_TYPES)
    pages = _pages(pdf)
    assert pages >= 3
    assert f"Sida 1 av {pages}" in text and f"Sida {pages} av {pages}" in text
    # The long table runs over pages with its header repeated at the top of each.
    last_page = _text(pdf, pages).strip().splitlines()
    assert last_page[0].split() == ["Ärendetyp", "Ärenden", "Hänvisade"]
    # Numbers are right-aligned: in each row the count ends where its column ends.
    rows = [line for line in _text(pdf, pages).splitlines() if line.startswith("Ärendetyp 1")]
    assert len({len(line.rstrip()) for line in rows}) == 1

    for old in artifacts.glob("report-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(artifacts / "report")], check=True)
    assert len(list(artifacts.glob("report-*.png"))) == pages


def test_an_english_report_and_a_pie(qapp, tmp_path: Path) -> None:
    from deskhelp.ui.report_pdf import write_report_pdf

    outcomes = Table("Outcomes", ("Outcome", "Cases"), [("Helped", 12), ("Sent on", 5)], ChartKind.PIE)
    report = Report(
        ReportKind.DIGIDEL, "Digidel", "City Library",
        Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31), PeriodKind.MONTH), dt.datetime(2026, 4, 2, 9),
        [Section("Outcomes", [outcomes])], language="en",
    )  # fmt: skip
    pdf = tmp_path / "digidel.pdf"
    write_report_pdf(report, pdf)
    text = _text(pdf)
    assert "1–31 March 2026" in text and "Printed 2026-04-02" in text and "Page 1 of 1" in text


def test_the_cases_report_is_not_for_pdf(qapp, tmp_path: Path) -> None:
    from deskhelp.ui.report_pdf import write_report_pdf

    with pytest.raises(ValueError, match="CSV or XLSX"):
        write_report_pdf(_report(ReportKind.CASES), tmp_path / "cases.pdf")
    assert not list(tmp_path.iterdir())


def test_a_path_that_cannot_be_written_names_the_path(qapp, tmp_path: Path) -> None:
    from deskhelp.ui.report_pdf import write_report_pdf

    missing = tmp_path / "no such folder" / "rapport.pdf"
    with pytest.raises(OSError, match="no such folder"):
        write_report_pdf(_report(), missing)
    (tmp_path / "a folder.pdf").mkdir()
    with pytest.raises(OSError, match="a folder.pdf"):
        write_report_pdf(_report(), tmp_path / "a folder.pdf")


def test_a_read_only_folder_names_the_path(qapp, tmp_path: Path) -> None:
    from deskhelp.ui.report_pdf import write_report_pdf

    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if _can_write(locked):
            pytest.skip("running as root: a read-only folder can still be written")
        with pytest.raises(OSError, match="locked"):
            write_report_pdf(_report(), locked / "rapport.pdf")
    finally:
        locked.chmod(0o700)


def _can_write(folder: Path) -> bool:
    try:
        (folder / "probe").write_bytes(b"")
    except OSError:
        return False
    (folder / "probe").unlink()
    return True


def test_without_a_chart_drawer_the_printing_package_writes_the_tables_alone(qapp, tmp_path: Path) -> None:
    """deskhelp.printing has no widgets, so it draws no charts itself: without the window's drawer the report is the
    same text with no charts."""
    from deskhelp.printing.report import write_report_pdf as write_tables_only
    from deskhelp.ui.report_pdf import write_report_pdf

    with_charts, tables_only = tmp_path / "charts.pdf", tmp_path / "tables.pdf"
    write_report_pdf(_report(), with_charts)
    write_tables_only(_report(), tables_only)

    def images(pdf: Path) -> int:
        listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
        return len(listing.splitlines()) - 2  # two lines of heading

    # Charts are vector drawing and text, not images (issue 17: 15 MB of chart images in the actors report).
    assert images(with_charts) == 0 and images(tables_only) == 0
    assert with_charts.stat().st_size > tables_only.stat().st_size  # the charts are there...
    assert with_charts.stat().st_size < tables_only.stat().st_size + 60_000  # ...as a few kilobytes each
    assert _text(with_charts).count("Utskrift och skanning") > _text(tables_only).count("Utskrift och skanning")
    text = _text(tables_only)
    assert all(name in text for name, _count, _referred in CASE_TYPES) and "Att observera" in text
    assert f"Sida 1 av {_pages(tables_only)}" in text


def test_a_table_named_like_its_section_is_not_headed_twice(qapp, tmp_path: Path) -> None:
    # Was "Översikt / Översikt": the section's heading, then the table's title saying the same.
    from dataclasses import replace

    from deskhelp.ui.report_pdf import write_report_pdf

    overview = Section("Översikt", [Table("Översikt", ("Mått", "Denna period"), [("Ärenden", 20000)])])
    pdf = tmp_path / "rapport.pdf"
    write_report_pdf(replace(_report(), sections=[overview, *_report().sections]), pdf)
    lines = [line.strip() for line in _text(pdf, 1).splitlines() if line.strip()]
    assert lines.count("Översikt") == 1
    assert "Per område" in lines  # a table title that says more than its section is kept
    # The table's Swedish thousands space (pdftotext reads the no-break space as a space).
    assert any(line.split()[:1] == ["Ärenden"] and line.split()[-2:] == ["20", "000"] for line in lines)
