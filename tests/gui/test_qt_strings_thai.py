"""Qt's own strings in the Thai window: the file dialog a clerk opens to add an enclosure, the standard
buttons, and the context menu of a text field speak Thai (Qt ships no Thai catalogue; ours is qt_th.ts)."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMenu, QWidget

from eoffice_desktop.ui.draft_editor import DraftEditor
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.gui.english import english_in, english_words

pytest.importorskip("pytestqt")


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened = open_workspace(tmp_path / "data")
    yield opened
    opened.close()


def _when_shown(qtbot: Any, find: Any, then: Any) -> list[Any]:
    """Run ``then(widget)`` once ``find()`` gives the widget that a modal call opened (the call blocks)."""
    seen: list[Any] = []

    def look() -> None:
        widget = find()
        if widget is None or not widget.isVisible():
            QTimer.singleShot(50, look)
            return
        seen.append(then(widget))

    QTimer.singleShot(50, look)
    return seen


def test_the_enclosure_file_dialog_is_thai(
    qtbot: Any, workspace: Workspace, language: Any, tmp_path: Path
) -> None:
    language("th")
    editor = DraftEditor(workspace, workspace.services.templates.get("memo"))
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitActive(editor)

    def read_and_close(dialog: QWidget) -> dict[str, list[str]]:
        found = english_in(dialog)
        texts = {b.text() for b in dialog.findChildren(QDialogButtonBox)[0].buttons()}
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        return {"english": found, "buttons": texts}  # type: ignore[dict-item]

    seen = _when_shown(qtbot, QApplication.activeModalWidget, read_and_close)
    subject = editor.form.fields["subject"].focus
    qtbot.mouseClick(subject, Qt.MouseButton.LeftButton)  # the clerk is in the form
    qtbot.waitUntil(lambda: QApplication.focusWidget() is subject)
    qtbot.keyClick(subject, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Add enclosure…
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert isinstance(QApplication.activeModalWidget(), QFileDialog | type(None))
    assert seen[0]["english"] == {}, seen[0]["english"]
    assert {"เปิด(&O)", "ยกเลิก"} <= seen[0]["buttons"]


def test_the_context_menu_of_a_field_is_thai(qtbot: Any, workspace: Workspace, language: Any) -> None:
    language("th")
    editor = DraftEditor(workspace, workspace.services.templates.get("memo"))
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitActive(editor)
    field = editor.form.fields["subject"].focus

    def read_and_close(menu: QMenu) -> list[str]:
        texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
        menu.close()
        return texts

    def open_menu() -> QMenu | None:
        popup = QApplication.activePopupWidget()
        return popup if isinstance(popup, QMenu) else None

    seen = _when_shown(qtbot, open_menu, read_and_close)
    # a right click: the platform turns it into this event (QTest's mouse events do not)
    where = QPoint(10, 5)
    QApplication.sendEvent(
        field, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, field.mapToGlobal(where))
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "คัดลอก(&C)" in seen[0] and "วาง(&P)" in seen[0]
    assert not [t for t in seen[0] if english_words(t)], seen[0]
