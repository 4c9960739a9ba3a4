"""The dashboard's way to the data is the application service, and no module grows into several jobs again."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "deskhelp"
# The dashboard and what it uses to count and export: statistics, places and exports come from DeskService, and
# the error types they catch from deskhelp.service.
THROUGH_THE_SERVICE = (
    "ui/dashboard.py",
    "ui/dashboard_board.py",
    "ui/dashboard_model.py",
    "ui/dashboard_panels.py",
    "ui/events.py",
    "ui/stats_worker.py",
    "ui/report_export.py",
)
MOST_LINES = 600


def _imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_the_dashboard_reaches_the_data_through_the_service_only() -> None:
    offenders = {
        module: sorted(name for name in _imported_modules(PACKAGE / module) if name.startswith("deskhelp.storage"))
        for module in THROUGH_THE_SERVICE
    }
    assert {module: names for module, names in offenders.items() if names} == {}


def test_the_dashboard_is_not_handed_a_database_path() -> None:
    for module in THROUGH_THE_SERVICE:
        text = (PACKAGE / module).read_text(encoding="utf-8")
        assert "db.path" not in text and "database_path" not in text, module


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_module_holds_several_jobs() -> None:
    """About 600 lines is where a module usually holds several jobs (the dashboard was 1,107)."""
    sizes = {str(p.relative_to(PACKAGE)): len(p.read_text(encoding="utf-8").splitlines()) for p in _modules()}
    assert {name: lines for name, lines in sizes.items() if lines > MOST_LINES} == {}
