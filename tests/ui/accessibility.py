"""What the accessibility tests share: every interactive widget needs an objectName and an accessible name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractItemView, QTextEdit, QPlainTextEdit, QComboBox)


def unnamed_widgets(root: QWidget) -> list[str]:
    """The visible interactive widgets under ``root`` that lack an objectName or an accessible name."""
    return [
        f"{type(w).__name__}:{w.objectName()}"
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and w.isVisibleTo(root) and not (w.accessibleName() and w.objectName())
    ]
