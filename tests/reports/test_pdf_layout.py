"""The report PDFs' layout, read from the paginator's layout data rather than pixels (issue 17): no heading is the last
thing on its page, no table row is split over two pages, hour headers stay on one line, Digidel's text columns do
not split words, and the actors report is small (vector charts)."""

from __future__ import annotations

import math
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPageSize, QPdfWriter, QTextBlock, QTextDocument, QTextTable

from deskhelp.printing.paginator import _page_rect, keep_together, top_level_table
from deskhelp.printing.report import report_document
from deskhelp.printing.style import REPORT_MARGINS_MM, page_layout
from deskhelp.reports.model import ReportKind
from tests.reports.conftest import END, START
from tests.reports.helpers import report_for

KINDS = (ReportKind.SUMMARY, ReportKind.ACTORS, ReportKind.DIGIDEL, ReportKind.INVENTORY)


def _laid_out(report, tmp_path: Path) -> tuple[QTextDocument, float]:
    from deskhelp.ui.report_pdf import draw_chart

    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setPageLayout(page_layout(REPORT_MARGINS_MM))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = report_document(report, draw_chart)
    document.documentLayout().setPaintDevice(writer)
    page = _page_rect(writer)
    document.setPageSize(QSizeF(page.width(), page.height()))
    keep_together(document, page.height(), keep_rows_whole=True)  # as the report writer lays it out
    document.writer = writer  # the layout's paint device: alive as long as the document is read
    return document, page.height()


def _line_tops(document: QTextDocument, block: QTextBlock) -> list[tuple[float, float]]:
    rect = document.documentLayout().blockBoundingRect(block)
    lines = block.layout()
    return [
        (rect.top() + lines.lineAt(i).y(), rect.top() + lines.lineAt(i).y() + lines.lineAt(i).height())
        for i in range(lines.lineCount())
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_no_heading_is_left_alone_at_the_foot_of_a_page(qapp, report_db, pack, tmp_path, kind) -> None:
    document, height = _laid_out(report_for(report_db, pack, kind, START, END), tmp_path)
    block, checked = document.firstBlock(), 0
    while block.isValid():
        if block.blockFormat().headingLevel() and top_level_table(block) is None:
            heading_page = math.floor(_line_tops(document, block)[0][0] / height)
            following = block.next()
            while following.isValid() and following.blockFormat().headingLevel():
                following = following.next()  # a heading under a heading: what follows both
            if following.isValid():
                table = top_level_table(following)
                if table is not None:
                    first = table.cellAt(min(1, table.rows() - 1), 0).firstCursorPosition().block()
                    top = _line_tops(document, first)[0][0]
                else:
                    top = _line_tops(document, following)[0][0]
                assert math.floor(top / height) == heading_page, block.text()
                checked += 1
        block = block.next()
    assert checked


@pytest.mark.parametrize("kind", KINDS)
def test_no_table_row_is_split_over_two_pages(qapp, report_db, pack, tmp_path, kind) -> None:
    document, height = _laid_out(report_for(report_db, pack, kind, START, END), tmp_path)
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        for row in range(frame.rows()):
            pages = set()
            for column in range(frame.columns()):
                cell = frame.cellAt(row, column)
                block = cell.firstCursorPosition().block()
                end = cell.lastCursorPosition().block()
                while block.isValid():
                    for top, bottom in _line_tops(document, block):
                        pages |= {math.floor(top / height), math.floor((bottom - 0.5) / height)}
                    if block == end:
                        break
                    block = block.next()
            assert len(pages) == 1, (row, [frame.cellAt(row, c).firstCursorPosition().block().text() for c in range(2)])


def _cell_lines(table: QTextTable, document: QTextDocument, row: int, column: int) -> list[str]:
    block = table.cellAt(row, column).firstCursorPosition().block()
    lines = block.layout()
    text = block.text()
    return [
        text[lines.lineAt(i).textStart() : lines.lineAt(i).textStart() + lines.lineAt(i).textLength()]
        for i in range(lines.lineCount())
    ]


def test_hour_headers_stay_on_one_line(qapp, report_db, pack, tmp_path) -> None:
    # Was "10–1 / 1": the weekday-and-hour table's headers wrapped in their narrow columns.
    document, _height = _laid_out(report_for(report_db, pack, ReportKind.SUMMARY, START, END), tmp_path)
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    hours = next(t for t in tables if t.columns() > 3 and "–" in t.cellAt(0, 1).firstCursorPosition().block().text())
    for column in range(1, hours.columns()):
        assert len(_cell_lines(hours, document, 0, column)) == 1, _cell_lines(hours, document, 0, column)
        for row in range(1, hours.rows()):
            assert len(_cell_lines(hours, document, row, column)) == 1


def test_digidel_text_columns_do_not_split_words(qapp, report_db, pack, tmp_path) -> None:
    document, _height = _laid_out(report_for(report_db, pack, ReportKind.DIGIDEL, START, END), tmp_path)
    table = next(f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable) and f.columns() > 4)
    for row in range(table.rows()):
        for column in range(table.columns()):
            text = table.cellAt(row, column).firstCursorPosition().block().text()
            words = set(text.split())
            for line in _cell_lines(table, document, row, column):
                for word in line.split():
                    assert word in words, (text, line)  # a line holds whole words only


@pytest.mark.skipif(not shutil.which("pdfimages"), reason="poppler-utils needed")
def test_the_actors_report_is_small_and_has_no_images(qapp, report_db, pack, tmp_path) -> None:
    from deskhelp.ui.report_pdf import write_report_pdf

    pdf = tmp_path / "actors.pdf"
    write_report_pdf(report_for(report_db, pack, ReportKind.ACTORS, START, END), pdf)
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert len(listing.splitlines()) == 2  # the heading only: charts are vector drawing
    assert pdf.stat().st_size < 150_000


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils needed")
def test_chart_numbers_follow_the_reports_language_whatever_the_machines(qapp, tmp_path) -> None:
    # A scheduled job runs with the machine's locale; the chart's bar labels said "20000" beside a table's "20 000".
    import datetime as dt

    from PySide6.QtCore import QLocale

    from deskhelp.core.statistics import Period
    from deskhelp.reports.model import ChartKind, Report, Section, Table
    from deskhelp.ui.report_pdf import write_report_pdf

    table = Table("Ärenden", ("Område", "Ärenden"), [("Utskrift", 20000), ("Myndigheter", 3088)], ChartKind.BAR)
    report = Report(
        ReportKind.SUMMARY, "Test", "Bibliotek", Period(dt.date(2026, 1, 1), dt.date(2026, 1, 31)),
        dt.datetime(2026, 2, 1, 9), [Section("Områden", [table])], language="sv",
    )  # fmt: skip
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        write_report_pdf(report, tmp_path / "r.pdf")
    finally:
        QLocale.setDefault(before)
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True).stdout
    assert text.count("20 000") == 2 and text.count("3 088") == 2  # the chart's label and the table's cell
    assert "20,000" not in text and "20000" not in text


def test_a_pie_has_a_legend_instead_of_labels_at_its_slices(qapp) -> None:
    # Labels at thin slices lay over one another (issue 17); the legend lists every slice with its count.
    from PySide6.QtCore import QLocale

    from deskhelp.ui import charts

    view = charts.pie_chart("", ["I disken", "Telefon", "E-post"], [13092, 9, 4], QLocale(QLocale.Language.Swedish))
    chart = view.chart()
    pie = chart.series()[0]
    assert chart.legend().isVisible()
    assert not any(piece.isLabelVisible() for piece in pie.slices())
    assert [piece.label() for piece in pie.slices()] == ["I disken (13\u00a0092)", "Telefon (9)", "E-post (4)"]
