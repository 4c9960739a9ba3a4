"""The PDF report with its charts: the report writer of ``deskhelp.printing`` given the charts of the window.

Charts need Qt Charts, and Qt Charts needs a QApplication (widgets), which the printing package may not use; this
module supplies both. ``deskhelp.ui`` registers it with the exports as the `pdf` format, so that the dashboard and the
command line's `export --format pdf` find it without the exports importing the window's code.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QPicture
from PySide6.QtWidgets import QApplication

from deskhelp.printing import report as printing_report
from deskhelp.printing.report import ChartRequest
from deskhelp.reports.model import ChartKind, Report

__all__ = ["draw_chart", "write_report_pdf"]

_app: QApplication | None = None  # kept alive when this module had to create it (the command line)


def _ensure_application() -> bool:
    """A Qt application for fonts and the printer; True when it can also draw charts (widgets)."""
    global _app
    existing = QGuiApplication.instance()
    if existing is None:
        _app = QApplication([])
        existing = _app
    return isinstance(existing, QApplication)


def draw_chart(request: ChartRequest) -> tuple[QPicture, QSize]:
    """``request`` drawn by ``deskhelp.ui.charts`` as vector drawing, and the size it is shown at on paper."""
    from deskhelp.ui import charts  # Qt Charts only when a report has a chart

    if request.kind is ChartKind.LINE:
        view = charts.line_chart("", request.points, date_format=request.date_format, locale=request.locale)
        size = QSize(request.width, request.height)
    elif request.kind is ChartKind.COLUMN:
        view = charts.bar_chart("", request.labels, request.series, horizontal=False)
        size = QSize(request.width, request.height)
    elif request.kind is ChartKind.PIE:
        view = charts.pie_chart("", request.labels, next(iter(request.series.values())), request.locale)
        size = QSize(request.width, request.height)
    else:
        height = charts.bar_chart_height(len(request.labels), len(request.series), request.max_height)
        view = charts.bar_chart("", request.labels, request.series)
        size = QSize(request.width, height)
    # The report's language, not the machine's: "3 378" in a Swedish report written by a scheduled job too.
    view.chart().setLocale(request.locale)
    return charts.chart_picture(view, size), size


def write_report_pdf(report: Report, path: Path) -> None:
    """Write ``report`` as an A4 PDF at ``path``, with charts where the application can draw them. Raises ValueError
    for the cases report, OSError naming ``path`` when it cannot be written."""
    can_draw_charts = _ensure_application()
    printing_report.write_report_pdf(report, path, draw_chart if can_draw_charts else None)
