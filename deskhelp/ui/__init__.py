"""The desk window: the only package that imports Qt widgets.

``register_pdf_writer`` gives the exports the PDF report writer: a report's charts need widgets, which the printing
package and the exports may not use. The dashboard's exporter and the command line's `export --format pdf` call it;
nothing does at import, so the window's first paint does not wait for the exports and the reports.
"""

from __future__ import annotations

from pathlib import Path


def _write_report_pdf(report, path: Path) -> None:
    from deskhelp.ui.report_pdf import write_report_pdf  # Qt only when a PDF is written

    write_report_pdf(report, path)


def register_pdf_writer() -> None:
    from deskhelp.exports import register_writer

    register_writer("pdf", _write_report_pdf)
