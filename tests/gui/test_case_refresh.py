"""An open received letter (its case window) follows what a sync brings: another workstation's action on the
case shows at once (its minutes, state, history and what the person may still do), and what the person is
typing stays. The sync engine is stood in for by a feed that carries the other workstation's case, as the
server's feed would (tests/gui/cases.carry); the sync is started with F9 in the main window."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from eoffice_desktop.desk.case_window import act, present
from eoffice_desktop.domain.case_model import CaseActionKind
from eoffice_desktop.sync.engine import Progress
from eoffice_desktop.ui.case_task import CaseTaskDialog
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.ui.sync_bridge import SyncBridge
from eoffice_desktop.workspace import Workspace
from tests.gui.cases import LETTER_ID, SUMMARY, carry, minute_as_head, minuted
from tests.gui.test_case_window import _open_first_case
from tests.gui.test_whole_flow import _activate, _type

pytest.importorskip("pytestqt")


@pytest.fixture(autouse=True)
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EOFFICE_CONFIG", str(tmp_path / "absent-config.toml"))


class _Feed:
    """The sync engine's stand-in: each run carries what came in from other workstations meanwhile."""

    def __init__(self) -> None:
        self.pending: list[Callable[[], None]] = []

    def run_once(self, _report: Any) -> Progress:
        while self.pending:
            self.pending.pop(0)()
        return Progress(total=0)


def _window(qtbot: Any, workspace: Workspace, tmp_path: Path, feed: _Feed) -> MainWindow:
    bridge = SyncBridge(lambda: feed)  # type: ignore[arg-type, return-value]
    window = MainWindow(workspace, settings_path=tmp_path / "w.ini", sync=bridge)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.counts) and bridge.last_success is not None)  # the first sync ran
    return window


def _sync(qtbot: Any, window: MainWindow, dialog: CaseTaskDialog) -> None:
    """F9 in the main window, then back to the case window once the sync is done."""
    assert window.sync is not None
    runs = window.sync.last_success
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.sync is not None and window.sync.last_success != runs, timeout=10_000)
    qtbot.wait(200)  # the case window reads the case again on its workers
    _activate(qtbot, dialog)


def _history(dialog: CaseTaskDialog) -> list[str]:
    return [dialog.history.item(row, 2).text() for row in range(dialog.history.rowCount())]


def test_the_heads_minute_shows_in_the_open_case_window_of_the_officer_who_presented_it(
    qtbot: Any, stations: Any, hsm: Any, tmp_path: Path
) -> None:
    saraban = stations("saraban", "P003")
    present(saraban, LETTER_ID, SUMMARY, ["P004"])
    head = stations("head", "P004")
    carry(saraban, head)
    feed = _Feed()
    window = _window(qtbot, saraban, tmp_path, feed)
    _activate(qtbot, window)
    window.show_section("inbox")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    row = window.table.visualRect(window.model.index(0, 2)).center()
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    qtbot.keyClick(
        window.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: bool(window.findChildren(CaseTaskDialog)))
    (dialog,) = window.findChildren(CaseTaskDialog)
    qtbot.waitUntil(lambda: dialog.view is not None and dialog.printable is not None, timeout=10_000)
    assert dialog.state.text().startswith("Before a head")
    assert _history(dialog) == ["Presented"] and not dialog.minutes_box.isVisible()

    _sync(qtbot, window, dialog)  # nothing new: nothing changes, nothing is said
    assert _history(dialog) == ["Presented"] and dialog.message.text() == ""

    minute_as_head(head, hsm, assign=("P001",))
    feed.pending.append(lambda: carry(head, saraban))
    _sync(qtbot, window, dialog)
    qtbot.waitUntil(lambda: _history(dialog) == ["Presented", "Minuted"], timeout=10_000)
    assert dialog.state.text().startswith("Assigned")
    assert dialog.message.text() == "Updated by the last sync."
    qtbot.waitUntil(lambda: dialog.minutes_box.isVisible() and dialog.minute_pages.pdf is not None)
    assert dialog.way.item(1, 0).text() == "นางสาวสมใจ ตั้งใจ"  # the assignee the minute named


def test_a_colleague_who_does_it_first_takes_the_actions_away_and_the_note_being_typed_stays(
    qtbot: Any, stations: Any, hsm: Any, tmp_path: Path
) -> None:
    head = minuted(stations, hsm, assign=("กองกลาง",))  # the unit: either of its people does it
    first, second = stations("first", "P001"), stations("second", "P002")
    carry(head, first)
    carry(head, second)
    feed = _Feed()
    window = _window(qtbot, first, tmp_path, feed)
    dialog = _open_first_case(qtbot, window)
    assert dialog.done_button.isVisible() and dialog.acknowledge_button.isVisible()
    _type(qtbot, dialog.note, "ร่างหนังสือตอบแล้ว")

    _sync(qtbot, window, dialog)  # nothing new: the note keeps the focus and its text
    assert dialog.note.hasFocus() and dialog.note.toPlainText() == "ร่างหนังสือตอบแล้ว"
    _type(qtbot, dialog.note, " รอเสนอ")
    assert dialog.note.toPlainText() == "ร่างหนังสือตอบแล้ว รอเสนอ" and dialog.done_button.isEnabled()

    act(second, LETTER_ID, CaseActionKind.DONE, note="แจ้งผู้แทนเข้าร่วมประชุมแล้ว")
    feed.pending.append(lambda: carry(second, first))
    _sync(qtbot, window, dialog)
    qtbot.waitUntil(lambda: not dialog.done_button.isVisible(), timeout=10_000)
    assert not dialog.acknowledge_button.isVisible() and not dialog.reply_button.isVisible()
    assert dialog.state.text().startswith("Closed")
    assert _history(dialog)[-1] == "Done"
    assert dialog.message.text() == (
        "Updated by the last sync: the letter no longer waits for you. Your note is kept."
    )
    assert dialog.note.toPlainText() == "ร่างหนังสือตอบแล้ว รอเสนอ"
