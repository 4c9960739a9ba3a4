"""The desk window: the only package that imports Qt widgets.

Importing it registers the PDF report writer with the exports: a report's charts need widgets, which the printing
package and the exports may not use. The command line registers it the same way before `export --format pdf`.
"""

from __future__ import annotations

from pathlib import Path


def _write_report_pdf(report, path: Path) -> None:
    from deskhelp.ui.report_pdf import write_report_pdf  # Qt only when a PDF is written

    write_report_pdf(report, path)


def register_pdf_writer() -> None:
    from deskhelp.exports import register_writer

    register_writer("pdf", _write_report_pdf)


register_pdf_writer()
