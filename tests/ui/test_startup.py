"""What the desk window does before its first paint (issue 6: first paint within 1.5x a bare PySide6 window).

Timing belongs in tests/benchmarks/; these tests guard the causes instead, which do not depend on the machine.
PySide6 builds a class's Python enums when the class is first looked up, and the ``Qt`` namespace holds about
ninety of them (a third of the start-up budget). Some calls make PySide6 materialise dozens of widget classes
at once (``QAbstractScrollArea.viewport()`` made 68). Either would put back what the start-up work took out.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtCore import Qt

from deskhelp.ui import search_panel

# Runs the real start-up (run_gui, as `deskhelp` does) in a fresh interpreter and notes, the moment the window
# has painted, which PySide6 classes exist.
AT_FIRST_PAINT = r"""
import json, sys
from PySide6 import QtCore, QtWidgets
import deskhelp.ui.app as app

seen = {}

class Watched(app._FirstPaint):
    def __init__(self, callback):
        def painted():
            seen["qt_namespace_built"] = "Qt" in vars(QtCore)
            seen["widget_classes"] = sorted(k for k, v in vars(QtWidgets).items() if isinstance(v, type))
            seen["modules"] = sorted(sys.modules)
            callback()
        super().__init__(painted)

app._FirstPaint = Watched
app.run_gui(benchmark=True)
print(json.dumps(seen))
"""

NOT_BEFORE_FIRST_PAINT = {
    "sqlalchemy", "alembic", "yaml", "xlsxwriter", "segno", "secrets",
    "deskhelp.exports", "deskhelp.reports", "deskhelp.printing", "deskhelp.content",
    "deskhelp.core.search", "deskhelp.core.triage", "deskhelp.core.cases", "deskhelp.core.guidelines",
    "tomllib",  # read only where there is a deskhelp.toml, and the tests' home has none
}  # fmt: skip
# Issue 18: the desk answers before the database engine and the pack file reader are loaded. SQLAlchemy is made
# ready in the background right after (DeskService.warm_up), YAML only when a new pack file is read.
NOT_BEFORE_READY = {
    "sqlalchemy", "alembic", "yaml",
    "deskhelp.storage.database", "deskhelp.storage.models", "deskhelp.storage.engine", "deskhelp.content.pack_yaml",
}  # fmt: skip
WIDGET_CLASSES_AT_MOST = 40  # 33 today (a bare QLabel window: 15); a call that materialises a module adds 60+


def _run(args: list[str]) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().splitlines()


def test_first_paint_leaves_the_qt_namespace_and_most_widget_classes_unbuilt(use_small_pack) -> None:
    _run(["-c", AT_FIRST_PAINT])  # the first start creates the database; every later morning starts warm
    seen = json.loads(_run(["-c", AT_FIRST_PAINT])[-1])
    assert not seen["qt_namespace_built"], "something before first paint looked up QtCore.Qt (see main_window)"
    assert len(seen["widget_classes"]) <= WIDGET_CLASSES_AT_MOST, seen["widget_classes"]
    # What is for later stays unloaded: the exports, the reports, the printing, the database engine, the pack reader.
    early = [m for m in seen["modules"] if m.split(".")[0] in NOT_BEFORE_FIRST_PAINT or m in NOT_BEFORE_FIRST_PAINT]
    assert early == []


# The real start-up again, noting the modules loaded once the desk answers (the benchmark quits right then, before
# the warm-up would start), and whether ``Qt`` was looked up: the keys, the case panel and the first painted row
# build it one turn later, when it no longer holds up the first search.
AT_READY = r"""
import json, sys
from PySide6 import QtCore
import deskhelp.ui.app as app
from deskhelp.ui.main_window import MainWindow

seen = {}
original = MainWindow.set_service

def set_service(self, service):
    original(self, service)
    seen["qt_namespace_built"] = "Qt" in vars(QtCore)
    seen["modules"] = sorted(sys.modules)
    seen["searched"] = [hit.case_type.id for hit in service.search("bank")][:1]

MainWindow.set_service = set_service
app.run_gui(benchmark=True)
print(json.dumps(seen))
"""


def test_the_desk_answers_before_the_database_engine_and_the_yaml_reader_are_loaded(use_small_pack) -> None:
    _run(["-c", AT_READY])  # the first start applies the pack: a write, through SQLAlchemy; later mornings do not
    seen = json.loads(_run(["-c", AT_READY])[-1])
    assert seen["searched"]
    assert not seen["qt_namespace_built"], "something in set_service looked up QtCore.Qt (see main_window)"
    early = [m for m in seen["modules"] if m.split(".")[0] in NOT_BEFORE_READY or m in NOT_BEFORE_READY]
    assert early == []


def test_the_benchmark_reports_each_stage_in_order(use_small_pack) -> None:
    timings = json.loads(_run(["-m", "deskhelp", "--benchmark-startup"])[-1])
    stages = ["python_ready", "qt_imported", "settings", "application", "icon", "translations", "database",
              "window_imported", "window_built", "shown", "first_paint_ms", "ready_ms"]  # fmt: skip
    assert list(timings) == stages
    values = [timings[stage] for stage in stages]
    assert values == sorted(values) and values[0] >= 0 < values[-1]


def test_the_item_roles_written_as_numbers_are_qts() -> None:
    assert Qt.ItemDataRole.DisplayRole == search_panel.DISPLAY_ROLE
    assert Qt.ItemDataRole.UserRole == search_panel.USER_ROLE


# The window as a saved text size of 2x leaves it: the panel built after first paint gets the larger boxes.
SCALED_START = r"""
import json
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle
import deskhelp.ui.app as app
from deskhelp.ui.main_window import MainWindow

seen = {}
original = MainWindow.set_service

def set_service(self, service):
    original(self, service)
    box = self.triage.findChildren(QCheckBox)[0]
    metric = QStyle.PixelMetric.PM_IndicatorWidth
    seen["ratio"] = box.style().pixelMetric(metric, None, box) / QApplication.style().pixelMetric(metric, None, box)

MainWindow.set_service = set_service
app.run_gui(benchmark=True)
print(json.dumps(seen))
"""


def test_a_saved_larger_text_size_starts_with_larger_boxes_and_exits_cleanly(use_small_pack) -> None:
    from deskhelp.ui.preferences import Preferences, save_preferences

    save_preferences(Preferences(text_scale=2.0))
    seen = json.loads(_run(["-c", SCALED_START])[-1])  # _run asserts the exit code: no crash on the way out
    assert seen["ratio"] >= 1.8
