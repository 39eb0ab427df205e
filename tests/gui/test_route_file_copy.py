"""The file copy (สำเนาคู่ฉบับ) from the task dialog, with real keys: the reviewer initials the letter with the
SoftHSM token, opens it again, and Alt+C makes the file copy on the worker and opens the system's print
dialog, whose "print to file" writes it."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from eoffice_desktop.ui.route_window import open_task
from eoffice_desktop.workspace import Workspace
from tests.gui.test_printing import page_sizes
from tests.gui.test_route_task_history import _initial, no_user_config, reviewer  # noqa: F401 (fixtures)
from tests.gui.windows import open_window

pytest.importorskip("pytestqt")


def test_alt_c_prints_the_file_copy(
    qtbot: Any,
    reviewer: tuple[Workspace, str],  # noqa: F811
    tmp_path: Path,
    hsm: Any,
    language: Any,
) -> None:
    language("en")  # the plural forms
    workspace, letter_id = reviewer
    window = open_window(qtbot, workspace, tmp_path / "w.ini")
    _initial(qtbot, window, hsm)

    dialog = open_task(window, letter_id)
    assert dialog is not None
    qtbot.waitUntil(dialog.file_copy.button.isEnabled, timeout=10_000)
    assert dialog.file_copy.button.text() == "File &copy…"
    dialog.activateWindow()
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QPrintDialog), timeout=30_000)
    printing = QApplication.activeModalWidget()
    assert printing.windowTitle() == "Print “File copy: ขอความเห็นชอบโครงการอบรม”"
    out = tmp_path / "copy-printout.pdf"
    target = next(e for e in printing.findChildren(QLineEdit) if e.isVisible() and e.isEnabled())
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(target, str(out))
    print_button = next(b for b in printing.findChildren(QPushButton) if b.text() == "&Print")
    with qtbot.waitSignal(dialog.file_copy.printed, timeout=30_000) as printed:
        qtbot.mouseClick(print_button, Qt.MouseButton.LeftButton)
    assert printed.args[0] >= 1 and len(page_sizes(out)) == printed.args[0]
    dialog.close()
