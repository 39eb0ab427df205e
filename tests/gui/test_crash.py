"""A bug in a slot shows the crash dialog with a copyable report, saves the report, and the program keeps
running (the window and what it holds stay)."""

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from eoffice_desktop.ui.crash import install_crash_handler


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_is_reported_and_work_goes_on(qtbot: Any, tmp_path: Path) -> None:
    editor = QLineEdit()
    qtbot.addWidget(editor)
    editor.setText("ร่างที่ยังไม่ได้บันทึก")
    previous = install_crash_handler(tmp_path, lambda: editor)
    try:

        def bug() -> None:
            raise ZeroDivisionError("a bug in a slot")

        QTimer.singleShot(0, bug)
        qtbot.waitUntil(lambda: _crash_box() is not None)
        box = _crash_box()
        assert box is not None
        assert "ZeroDivisionError: a bug in a slot" in box.detailedText()
        (saved,) = (tmp_path / "crash-reports").glob("crash-*.txt")
        assert "a bug in a slot" in saved.read_text(encoding="utf-8") and str(saved) in box.text()
        assert editor.text() == "ร่างที่ยังไม่ได้บันทึก", "the user's work is untouched"
        ticks: list[int] = []
        QTimer.singleShot(0, lambda: ticks.append(1))
        qtbot.waitUntil(lambda: bool(ticks))  # the event loop still runs
        box.close()
    finally:
        sys.excepthook = previous


def _crash_box() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == "crash-dialog" and widget.isVisible():
            return widget
    return None
