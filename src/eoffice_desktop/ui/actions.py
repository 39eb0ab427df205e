"""Window actions: text, shortcut, what they do."""

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Shortcut = str | QKeySequence | QKeySequence.StandardKey


def add_action(widget: QWidget, text: str, shortcut: Shortcut, slot: Callable[[], Any]) -> QAction:
    """An action of ``widget`` (its shortcut works wherever the widget has focus); ``slot`` takes no argument
    (``triggered`` passes ``checked``). A standard key takes all of the platform's keys for it (Close is
    Ctrl+W and Ctrl+F4 on Linux): ``QKeySequence(standard_key)`` would keep only the first."""
    made = QAction(text, widget)
    if isinstance(shortcut, QKeySequence.StandardKey):
        made.setShortcuts(shortcut)
    else:
        made.setShortcut(QKeySequence(shortcut))
    made.triggered.connect(lambda _checked=False: slot())
    widget.addAction(made)
    return made
