"""The main window as the list tests open and read it."""

from pathlib import Path
from typing import Any

from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.workspace import Workspace


def open_window(qtbot: Any, workspace: Workspace, settings: Path) -> MainWindow:
    """The window on ``workspace``, shown, with its counts read."""
    window = MainWindow(workspace, settings_path=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.counts))
    return window


def cells(window: MainWindow, column: int) -> list[str]:
    """The loaded rows' texts in ``column``."""
    model = window.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]
