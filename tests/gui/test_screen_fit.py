"""Every window opens within the screen, whole: the common government desktop is 1366×768 at 125 %, about
1093×614 device-independent pixels; Qt's offscreen screen (800×600) is smaller still, so a window that fits
here fits there. Each is opened as a person opens it: by its shortcut."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.workspace import Workspace, open_workspace

pytest.importorskip("pytestqt")


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened = open_workspace(tmp_path / "data")
    yield opened
    opened.close()


def _screen(widget: QWidget) -> QRect:
    return (widget.screen() or QApplication.primaryScreen()).availableGeometry()


def _fits(widget: QWidget) -> None:
    area = _screen(widget)
    assert area.contains(widget.frameGeometry()), (type(widget).__name__, widget.frameGeometry(), area)
    for button in widget.findChildren(QPushButton):  # every button a person may need is on the screen
        if button.isVisibleTo(widget):
            top_left = button.mapToGlobal(button.rect().topLeft())
            assert area.contains(QRect(top_left, button.size())), (type(widget).__name__, button.text())


def _active(qtbot: Any, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _opened(qtbot: Any, window: MainWindow, kind: type) -> Any:
    def shown() -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()))
    return shown()[0]


def test_the_main_window_and_its_dialogs_fit_the_screen(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    settings = tmp_path / "w.ini"
    big = MainWindow(workspace, settings_path=settings)  # a geometry saved on a 1600×1000 screen
    qtbot.addWidget(big)
    big.setGeometry(200, 150, 1500, 950)
    big.settings.setValue("window/geometry", QByteArray(big.saveGeometry()))
    big.settings.sync()
    big.close()

    window = MainWindow(workspace, settings_path=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.counts))
    qtbot.waitUntil(lambda: _screen(window).contains(window.frameGeometry()))
    _fits(window)
    _active(qtbot, window)

    from eoffice_desktop.ui.draft_editor import DraftEditor
    from eoffice_desktop.ui.template_picker import TemplatePicker

    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    picker = _opened(qtbot, window, TemplatePicker)
    _fits(picker)
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    editor = _opened(qtbot, window, DraftEditor)
    _fits(editor)
    editor.close()

    for shortcut, kind_name in (("Ctrl+Shift+V", "VerifyDialog"), ("Ctrl+,", "SettingsDialog")):
        _active(qtbot, window)
        from PySide6.QtGui import QKeySequence

        sequence = QKeySequence(shortcut)
        combo = sequence[0]
        qtbot.keyClick(window.table, combo.key(), combo.keyboardModifiers())
        dialog = _opened(qtbot, window, QDialog)
        assert type(dialog).__name__ == kind_name
        _fits(dialog)
        dialog.close()
