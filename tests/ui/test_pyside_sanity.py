"""Guards against a PySide6 that breaks the interpreter: 6.12.0 on Python 3.11 took a reference away from None on
every call of a void Qt method and from True/False on every signal emit, and the desk crashed after a few thousand
clicks ("Fatal Python error: none_dealloc"). pyproject.toml pins PySide6 below 6.12; this keeps the pin honest."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    flag = Signal(bool)


def test_void_calls_and_signals_keep_none_true_and_false_alive(qapp) -> None:
    label, emitter = QLabel(), _Emitter()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setText("x")  # returns None
        emitter.flag.emit(True)
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert abs(after[0] - before[0]) < 100 and abs(after[1] - before[1]) < 100, (before, after)
