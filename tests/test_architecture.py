"""The layers stay visible: Qt only in deskhelp/ui and deskhelp/printing (widgets only in ui), no SQLAlchemy in the
domain, no arrow back from the exports to the window or the printing, nothing heavy before paint."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "deskhelp"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _full_imports(path: Path) -> set[str]:
    """Every module ``path`` imports, by its full name, wherever in the file (functions included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _modules(under: Path = PACKAGE) -> list[Path]:
    return sorted(under.rglob("*.py"))


def test_qt_is_imported_only_under_ui_and_printing() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in _modules()
        if "PySide6" in _imports(p) and p.relative_to(PACKAGE).parts[0] not in ("ui", "printing")
    ]
    assert offenders == []


def test_printing_uses_no_widgets_and_nothing_of_the_window() -> None:
    """Slips and reports are paper: Qt GUI and print support only, so the command line writes a PDF with no window;
    the charts (widgets) are handed in by the window's package."""
    offenders = {
        str(p.relative_to(PACKAGE)): {
            name
            for name in _full_imports(p)
            if name.startswith(("PySide6.QtWidgets", "PySide6.QtCharts", "deskhelp.ui")) or name == "deskhelp.ui"
        }
        for p in _modules(PACKAGE / "printing")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_exports_import_neither_the_window_nor_the_printing() -> None:
    """The PDF writer is registered with the exports (by deskhelp.ui), not imported by them: no arrow back up."""
    exports = PACKAGE / "exports.py"
    back = {n for n in _full_imports(exports) if n.split(".")[:2] in (["deskhelp", "ui"], ["deskhelp", "printing"])}
    assert back == set()
    assert "import_module" not in exports.read_text(encoding="utf-8")  # nor by a path in a string
    assert "PySide6" not in _imports(exports)


def test_importing_the_printing_loads_no_widgets() -> None:
    """Not even through Qt's print support, which loads widgets: a PDF is written with QPdfWriter (Qt GUI)."""
    loaded = "sorted(m for m in sys.modules if m.startswith(('PySide6.QtWidgets', 'PySide6.QtCharts', 'deskhelp.ui')))"
    code = f"import sys, deskhelp.printing.slip, deskhelp.printing.report, deskhelp.exports; print({loaded})"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_domain_imports_neither_qt_nor_sqlalchemy_nor_yaml() -> None:
    offenders = {
        str(p.relative_to(PACKAGE)): _imports(p) & {"PySide6", "sqlalchemy", "alembic", "yaml"}
        for p in _modules(PACKAGE / "core")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_content_knows_neither_qt_nor_the_database() -> None:
    offenders = {
        str(p.relative_to(PACKAGE)): _imports(p) & {"PySide6", "sqlalchemy", "alembic"}
        for p in _modules(PACKAGE / "content")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_reports_know_neither_qt_nor_sqlalchemy() -> None:
    offenders = {
        str(p.relative_to(PACKAGE)): _imports(p) & {"PySide6", "sqlalchemy", "alembic", "yaml"}
        for p in _modules(PACKAGE / "reports")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_qt_charts_is_imported_in_one_module_only() -> None:
    """Qt Charts stays behind deskhelp/ui/charts.py, so the charts can move to Qt Graphs in one place."""
    users = [
        str(p.relative_to(PACKAGE))
        for p in _modules()
        if "QtCharts" in p.read_text(encoding="utf-8") and p.name != "charts.py"
    ]
    assert users == []


def test_the_architecture_check_itself_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy.orm\n")
    assert _imports(bad) == {"PySide6", "sqlalchemy"}


def test_the_window_module_does_not_pull_in_sqlalchemy_before_first_paint() -> None:
    code = "import sys, deskhelp.ui.main_window, deskhelp.ui.app; print('sqlalchemy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
