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


# -- The direction of imports between DeskHelp's own packages ------------------------------------------------------
#
# A package may import only packages of a lower rank (function-level imports and TYPE_CHECKING imports count too):
#   core < content < storage < reports < exports, printing < service < ui < cli
# (content reads and writes file formats: the pack, the shared-cases file that storage fills and reads.)
# exports and printing share a rank and import neither each other (the PDF writer is registered with the exports, not
# imported by them) nor the service, which hands both out. The base modules (the package itself, paths, settings,
# diagnostics) may be imported by anyone; they import only core and each other.
RANKS = {
    "core": 0,
    "content": 1,
    "storage": 2,
    "reports": 3,
    "exports": 4,
    "printing": 4,
    "service": 5,
    "ui": 6,
    "cli": 7,
    "__main__": 8,
}
BASE = {"deskhelp", "paths", "settings", "diagnostics", "files"}
# Imports the rule refuses that are still in the tree (none: keep it empty; a new entry needs a reason and an issue).
PENDING: set[tuple[str, str]] = set()


def _unit(path: Path) -> str:
    """The package (core, ui ...) or top-level module (cli, paths ...) a file of deskhelp/ belongs to."""
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    if parts == ("__init__",):
        return "deskhelp"
    return "cli" if parts[0].startswith("cli_") else parts[0]  # cli_sharing.py: the command line's, split off


def _own_imports(path: Path) -> set[str]:
    """The units of deskhelp that ``path`` imports, anywhere in it."""
    units = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module] if node.module != "deskhelp" else [f"deskhelp.{a.name}" for a in node.names]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "deskhelp":
                unit = parts[1] if len(parts) > 1 and parts[1] != "__version__" else "deskhelp"
                units.add("cli" if unit.startswith("cli_") else unit)
    return units


def _wrong_way(path: Path) -> set[str]:
    source = _unit(path)
    wrong = set()
    for target in _own_imports(path) - {source}:
        if target in BASE:
            continue
        if target not in RANKS:
            wrong.add(f"{target} (an unknown package: give it a rank)")
        elif source in BASE:
            if RANKS[target] > RANKS["core"]:
                wrong.add(target)
        elif source not in RANKS or RANKS[target] >= RANKS[source]:
            wrong.add(target)
    return wrong


def _refused(path: Path) -> set[str]:
    """What ``path`` must not import: the wrong way round, or (the window and the command line) storage, whose
    doors are the service's."""
    refused = _wrong_way(path)
    if (_unit(path) in ("ui", "cli")) and "storage" in _own_imports(path):
        refused.add("storage")
    return refused


def test_imports_between_deskhelps_packages_run_one_way_and_storage_only_through_the_service() -> None:
    offenders = {}
    for path in _modules():
        name = path.relative_to(PACKAGE).as_posix()
        refused = {target for target in _refused(path) if (name, target) not in PENDING}
        if refused:
            offenders[name] = sorted(refused)
    assert offenders == {}


def test_the_pending_list_names_only_what_is_still_there() -> None:
    """A converted file must leave the list, so the list cannot quietly keep a door open."""
    stale = [(name, target) for name, target in PENDING if target not in _refused(PACKAGE / name)]
    assert stale == []


def test_the_direction_check_itself_catches_a_back_arrow(tmp_path: Path, monkeypatch) -> None:
    fake = tmp_path / "deskhelp"
    for name, text in {
        "core/bad.py": "def f():\n    from deskhelp.reports import model\n",
        "reports/ok.py": "from deskhelp.core import cases\nfrom deskhelp import paths\n",
        "ui/door.py": "import deskhelp.storage.database\n",
        "exports.py": "from deskhelp.printing import pdf\n",
        "settings.py": "from deskhelp.service import DeskService\n",
    }.items():
        (fake / name).parent.mkdir(parents=True, exist_ok=True)
        (fake / name).write_text(text)
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert _wrong_way(fake / "core/bad.py") == {"reports"}
    assert _wrong_way(fake / "reports/ok.py") == set()
    assert _wrong_way(fake / "ui/door.py") == set()  # the direction allows it; the service's door does not
    assert _refused(fake / "ui/door.py") == {"storage"}
    assert _wrong_way(fake / "exports.py") == {"printing"}  # same rank: registered, not imported
    assert _wrong_way(fake / "settings.py") == {"service"}


# The window's files that still reach past the service to its database (none since the dashboard branch).
PENDING_DB: set[str] = set()


def _reaches_the_database(path: Path) -> bool:
    """True when ``path`` uses ``<...>service.db`` (the storage object behind the service)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr == "db":
            owner = node.value
            name = owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) else ""
            if name.lstrip("_") == "service":
                return True
    return False


def test_the_window_and_the_command_line_ask_the_service_not_its_database() -> None:
    users = {
        path.relative_to(PACKAGE).as_posix()
        for path in [*_modules(PACKAGE / "ui"), PACKAGE / "cli.py"]
        if _reaches_the_database(path)
    }
    assert users - PENDING_DB == set()
    assert PENDING_DB - users == set(), "a converted file must leave PENDING_DB"


def test_the_database_check_itself_catches_a_side_door(tmp_path: Path) -> None:
    door = tmp_path / "door.py"
    door.write_text("def f(self, service):\n    return self._service.db.path, service.pack\n")
    assert _reaches_the_database(door)
    door.write_text("def f(service):\n    return service.database_location(), service.pack_status\n")
    assert not _reaches_the_database(door)
