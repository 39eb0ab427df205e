"""Routes in the window as a reviewer and a drafter meet them, with real key and mouse events: "my tasks" with
its count, a task opened with Enter and returned with a typed comment, initialled with the SoftHSM token
through the PIN (a wrong PIN queues nothing), a draft submitted through the route builder's people picker,
and a workstation that does not know whom it acts for says so."""

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from eoffice_desktop.desk.route_view import pending_actions
from eoffice_desktop.desk.routing import current_pdf
from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.domain.routes import ActionKind
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.ui.route_builder import RouteBuilder
from eoffice_desktop.ui.route_sign import RouteSignDialog
from eoffice_desktop.ui.route_task import TaskDialog
from eoffice_desktop.workspace import Workspace
from tests.gui.routes import drafted, routed_to_reviewer, station
from tests.gui.test_whole_flow import _activate, _type
from tests.gui.windows import open_window

pytest.importorskip("pytestqt")


@pytest.fixture(autouse=True)
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EOFFICE_CONFIG", str(tmp_path / "absent-config.toml"))


@pytest.fixture
def reviewer(tmp_path: Path, hsm: Any, trust_root: Path) -> Iterator[tuple[Workspace, str]]:
    letter_id = routed_to_reviewer(tmp_path, hsm, trust_root)
    workspace = station(tmp_path, "reviewer", hsm, trust_root, "P002")
    yield workspace, letter_id
    workspace.close()


def _gone(widget: Any) -> bool:
    return not isValid(widget) or not widget.isVisible()


def _nav(window: MainWindow) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def _open_first_task(qtbot: Any, window: MainWindow) -> TaskDialog:
    _activate(qtbot, window)  # Enter is the window's shortcut: it acts in the active window
    window.show_section("tasks")
    table = window.table
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and table.verticalHeader().count() == 1)
    row = table.visualRect(window.model.index(0, 2)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    qtbot.waitUntil(lambda: len(window.selected_records()) == 1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(window.findChildren(TaskDialog)))
    (dialog,) = window.findChildren(TaskDialog)
    qtbot.waitUntil(lambda: dialog.view is not None and dialog.pages.pdf is not None, timeout=10_000)
    return dialog


def test_my_tasks_come_first_with_their_count_in_thai(
    qtbot: Any, reviewer: tuple[Workspace, str], tmp_path: Path, language: Any
) -> None:
    language("th")
    workspace, _letter_id = reviewer
    window = open_window(qtbot, workspace, tmp_path / "w.ini")
    qtbot.waitUntil(lambda: _nav(window)[0] == "งานของฉัน (๑)")
    assert "อยู่ระหว่างเสนอ (๐)" in _nav(window)
    window.show_section("tasks")
    model = window.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["งาน", "ชั้นความเร็ว", "เรื่อง", "จาก", "ตั้งแต่"]
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[0] == "ตรวจ/ลงนามย่อ" and row[2] == "ขอความเห็นชอบโครงการอบรม" and row[3] == "นางสาวสมใจ ตั้งใจ"


def test_a_task_opened_with_enter_is_returned_with_a_typed_comment_and_leaves_the_list(
    qtbot: Any, reviewer: tuple[Workspace, str], tmp_path: Path
) -> None:
    workspace, letter_id = reviewer
    window = open_window(qtbot, workspace, tmp_path / "w.ini")
    assert _nav(window)[0] == "My tasks (1)"
    dialog = _open_first_task(qtbot, window)
    history = dialog.history
    assert history.rowCount() == 1 and "Submitted" in history.item(0, 2).text()
    assert "นางสาวสมใจ ตั้งใจ" in history.item(0, 1).text()
    steps = [dialog.steps.item(r, 1).text() for r in range(dialog.steps.rowCount())]
    assert steps == ["นายสมศักดิ์ รักงาน", "นายสมชาย ใจดี"]
    assert dialog.approve_button.isVisible() and not dialog.sign_button.isVisible()
    assert not dialog.return_button.isEnabled(), "no return without a comment"

    _type(qtbot, dialog.comment, "แก้ชื่อเรื่องให้ตรงกับโครงการ")
    assert dialog.return_button.isEnabled()
    dialog.return_button.setFocus()
    qtbot.keyClick(dialog.return_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _gone(dialog), timeout=10_000)
    qtbot.waitUntil(lambda: _nav(window)[0] == "My tasks (0)")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    (action,) = pending_actions(workspace, letter_id)
    assert action.kind is ActionKind.RETURN and action.comment == "แก้ชื่อเรื่องให้ตรงกับโครงการ"
    assert action.person == "P002" and action.return_to is None
    assert "next sync" in window.statusBar().currentMessage()


def _signed_fields(pdf: bytes) -> list[str]:
    from pyhanko.pdf_utils.reader import PdfFileReader

    return [s.field_name for s in PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures]


def test_approve_asks_the_pin_a_wrong_one_queues_nothing_and_the_right_one_initials_the_letter(
    qtbot: Any, reviewer: tuple[Workspace, str], tmp_path: Path, hsm: Any
) -> None:
    workspace, letter_id = reviewer
    window = open_window(qtbot, workspace, tmp_path / "w.ini")
    dialog = _open_first_task(qtbot, window)
    _type(qtbot, dialog.comment, "เห็นควรลงนาม")
    dialog.approve_button.setFocus()
    qtbot.keyClick(dialog.approve_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.findChildren(RouteSignDialog)))
    (pin_dialog,) = dialog.findChildren(RouteSignDialog)
    qtbot.waitUntil(lambda: pin_dialog.cert_choice.count() > 0, timeout=10_000)
    labels = [c.label for c in pin_dialog.watch.certificates]
    pin_dialog.cert_choice.setCurrentIndex(labels.index("signer"))

    qtbot.keyClicks(pin_dialog.pin, "000000")
    qtbot.keyClick(pin_dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong PIN" in pin_dialog.watch.pin_state.text(), timeout=20_000)
    assert pending_actions(workspace, letter_id) == [] and not _gone(pin_dialog)

    qtbot.keyClicks(pin_dialog.pin, hsm.pin)
    qtbot.keyClick(pin_dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _gone(dialog), timeout=30_000)
    (action,) = pending_actions(workspace, letter_id)
    assert action.kind is ActionKind.APPROVE and action.comment == "เห็นควรลงนาม"
    assert _signed_fields(current_pdf(workspace, letter_id)) == ["Initials1"]
    qtbot.waitUntil(lambda: _nav(window)[0] == "My tasks (0)")
    assert "next sync" in window.statusBar().currentMessage()


def test_the_route_builder_picks_people_by_typing_refuses_a_route_without_a_signer_and_submits(
    qtbot: Any, tmp_path: Path, hsm: Any, trust_root: Path, language: Any
) -> None:
    language("th")
    workspace = station(tmp_path, "drafter", hsm, trust_root, "P001")
    try:
        letter_id = drafted(workspace)
        window = open_window(qtbot, workspace, tmp_path / "w.ini")
        window.activateWindow()
        window.show_section("draft")
        qtbot.waitUntil(lambda: window.model.rowCount() == 1)
        window.table.setFocus()
        window.table.selectRow(0)
        qtbot.keyClick(
            window.table,
            Qt.Key.Key_R,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        qtbot.waitUntil(lambda: bool(window.findChildren(RouteBuilder)))
        (builder,) = window.findChildren(RouteBuilder)
        picker = builder.picker

        _type(qtbot, picker.search, "สม")
        names = [p.name for p in picker.people]
        assert set(names) == {"นางสาวสมใจ ตั้งใจ", "นายสมศักดิ์ รักงาน", "นายสมชาย ใจดี"}
        target = names.index("นายสมศักดิ์ รักงาน")
        for _ in range(target):
            qtbot.keyClick(picker.search, Qt.Key.Key_Down)
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
        assert [p.person_id for p, _k in builder.steps] == ["P002"]

        builder.submit_button.setFocus()
        qtbot.keyClick(builder.submit_button, Qt.Key.Key_Return)
        assert builder.message.text() == "ขั้นสุดท้ายต้องเป็นการลงนาม"
        assert builder.isVisible() and workspace.letters.get(letter_id).state is LetterState.DRAFT

        builder.kind.setFocus()
        qtbot.keyClick(builder.kind, Qt.Key.Key_End)  # ลงนาม, the last kind
        picker.search.setFocus()
        picker.search.selectAll()
        _type(qtbot, picker.search, "สมชาย")
        assert [p.person_id for p in picker.people] == ["P004"]
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
        assert [(p.person_id, k.value) for p, k in builder.steps] == [("P002", "review"), ("P004", "sign")]

        qtbot.mouseClick(builder.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: _gone(builder), timeout=30_000)
        assert workspace.letters.get(letter_id).state is LetterState.ROUTING
        qtbot.waitUntil(lambda: "อยู่ระหว่างเสนอ (๑)" in _nav(window))
        (action,) = pending_actions(workspace, letter_id)
        assert action.kind is ActionKind.SUBMIT and [s.person for s in action.steps] == ["P002", "P004"]
    finally:
        QApplication.processEvents()
        workspace.close()


def test_a_workstation_that_does_not_know_whom_it_acts_for_says_so(
    qtbot: Any, tmp_path: Path, hsm: Any, trust_root: Path, language: Any
) -> None:
    language("th")
    workspace = station(tmp_path, "nobody", hsm, trust_root, None)
    try:
        window = open_window(qtbot, workspace, tmp_path / "w.ini")
        window.show_section("tasks")
        assert window.section_notice.isVisible()
        assert "ยังไม่ทราบว่าดำเนินการในนามผู้ใด" in window.section_notice.text()
        assert _nav(window)[0] == "งานของฉัน (๐)" and window.model.rowCount() == 0
    finally:
        workspace.close()


def test_a_new_task_after_a_sync_is_notified(qtbot: Any, tmp_path: Path, hsm: Any, trust_root: Path) -> None:
    workspace = station(tmp_path, "reviewer", hsm, trust_root, "P002")
    try:
        window = open_window(qtbot, workspace, tmp_path / "w.ini")
        assert window.notifier.history == []
        routed_to_reviewer(tmp_path, hsm, trust_root)  # what the sync's feed brought
        window.refresh()  # as a finished sync does
        qtbot.waitUntil(lambda: _nav(window)[0] == "My tasks (1)")
        assert [title for title, _text in window.notifier.history] == ["New tasks"]
    finally:
        workspace.close()
