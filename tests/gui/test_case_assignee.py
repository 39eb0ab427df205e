"""An assignee of a minuted letter in the window, with real key and mouse events: passing it to a colleague
of the same unit (chosen from a list, Enter), replying (a draft opens in the editor with อ้างถึง, recipient
and subject from the received letter), an overdue task marked in My tasks, and the letter printed with its
signed minute (two pages, the minute's blue signature appearance drawn), case tasks beside route tasks, and a
letter circulated to a unit, acknowledged by one of its people."""

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QListWidget

from eoffice_desktop.desk.case_window import present
from eoffice_desktop.desk.incoming import held
from eoffice_desktop.domain.case_model import AssignmentState
from eoffice_desktop.domain.thai import thai_short_date
from eoffice_desktop.ui.case_task import CaseTaskDialog
from eoffice_desktop.ui.circulate_dialog import CirculateDialog
from eoffice_desktop.ui.draft_editor import DraftEditor
from eoffice_desktop.ui.printing import print_pdf
from tests.gui.cases import LETTER_ID, SUBJECT, carry, minuted
from tests.gui.routes import routed_to_reviewer
from tests.gui.test_case_window import _gone, _nav, _open_first_case, _press
from tests.gui.test_list_columns import _choose_section
from tests.gui.test_printing import blue_pixels, file_printer
from tests.gui.test_whole_flow import _activate, _type
from tests.gui.windows import cells, open_window

pytest.importorskip("pytestqt")


@pytest.fixture(autouse=True)
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EOFFICE_CONFIG", str(tmp_path / "absent-config.toml"))


def test_an_assignee_passes_it_on_and_the_colleague_replies_with_a_draft(
    qtbot: Any, stations: Any, hsm: Any, tmp_path: Path
) -> None:
    head = minuted(stations, hsm, assign=("P001",))
    first = stations("first", "P001")
    carry(head, first)
    window = open_window(qtbot, first, tmp_path / "first.ini")
    dialog = _open_first_case(qtbot, window)
    _press(qtbot, dialog.pass_button)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    chooser = QApplication.activeModalWidget()
    (found,) = chooser.findChildren(QListWidget)
    assert [found.item(i).text() for i in range(found.count())] == ["นายสมศักดิ์ รักงาน, ผู้อำนวยการกองกลาง"]
    qtbot.keyClick(found, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _gone(dialog), timeout=10_000)
    qtbot.waitUntil(lambda: _nav(window)[0] == "My tasks (0)")
    (assignment,) = held(first, LETTER_ID).case.assignments
    assert assignment.holder.person == "P002" and assignment.passed_by == "P001"
    window.close()

    second = stations("second", "P002")
    carry(first, second)
    window = open_window(qtbot, second, tmp_path / "second.ini")
    dialog = _open_first_case(qtbot, window)
    _press(qtbot, dialog.reply_button)
    qtbot.waitUntil(lambda: bool(window.findChildren(DraftEditor)), timeout=10_000)
    (editor,) = window.findChildren(DraftEditor)
    data = editor.form.data()
    assert data["subject"] == SUBJECT and data["recipient"] == "กรมบัญชีกลาง"
    assert data["reference"].startswith("หนังสือกรมบัญชีกลาง ที่ กค 0402/ว 123 ลงวันที่ ")
    (assignment,) = held(second, LETTER_ID).case.assignments
    assert assignment.state is AssignmentState.REPLIED and assignment.reply_letter_id == editor.letter_id
    qtbot.waitUntil(lambda: _nav(window)[0] == "My tasks (0)")


def test_an_overdue_task_is_marked_and_the_letter_prints_with_its_signed_minute(
    qtbot: Any, stations: Any, hsm: Any, tmp_path: Path
) -> None:
    head = minuted(stations, hsm, due=dt.date.today() - dt.timedelta(days=2))
    first = stations("first", "P001")
    carry(head, first)
    window = open_window(qtbot, first, tmp_path / "first.ini")
    window.show_section("tasks")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert cells(window, 0) == ["Act on the received letter (overdue)"]
    dialog = _open_first_case(qtbot, window, double_click=True)
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled() and dialog.minutes_box.isVisible())
    assert "overdue" in dialog.way.item(1, 2).text()
    assert dialog.printable is not None
    printed = tmp_path / "printed.pdf"
    assert print_pdf(dialog.printable, file_printer(printed)) == 2
    assert blue_pixels(printed, page=1) > 200, "the minute's signature appearance is printed"
    _press(qtbot, dialog.print_button)  # the system's print dialog, for both (Escape leaves it)
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QPrintDialog)), timeout=10_000)
    (chooser,) = dialog.findChildren(QPrintDialog)
    assert chooser.maxPage() == 2
    qtbot.keyClick(chooser, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not chooser.isVisible())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _gone(dialog))

    _activate(qtbot, window)  # Ctrl+P on the task in My tasks prints the same two pages
    qtbot.keyClick(window.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.findChildren(QPrintDialog)), timeout=10_000)
    (chooser,) = window.findChildren(QPrintDialog)
    assert chooser.maxPage() == 2
    qtbot.keyClick(chooser, Qt.Key.Key_Escape)


def test_my_tasks_list_case_tasks_beside_route_tasks(
    qtbot: Any, stations: Any, hsm: Any, trust_root: Path, tmp_path: Path
) -> None:
    routed_to_reviewer(tmp_path, hsm, trust_root, "ขอความเห็นชอบโครงการอบรม")  # P002's route task
    head = minuted(stations, hsm, assign=("P002",))
    reviewer = stations("reviewer", "P002")  # the route's workstation, with the received letter too
    carry(head, reviewer)
    window = open_window(qtbot, reviewer, tmp_path / "reviewer.ini")
    qtbot.waitUntil(lambda: _nav(window)[0] == "My tasks (2)")
    window.show_section("tasks")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    rows = set(zip(cells(window, 0), cells(window, 2), cells(window, 3), strict=True))
    assert rows == {
        ("Act on the received letter", SUBJECT, "กรมบัญชีกลาง"),
        ("Review and initial", "ขอความเห็นชอบโครงการอบรม", "นางสาวสมใจ ตั้งใจ"),
    }


def test_the_saraban_officer_circulates_to_a_unit_whose_member_acknowledges_it(
    qtbot: Any, stations: Any, tmp_path: Path
) -> None:
    saraban = stations("saraban", "P003")
    present(saraban, LETTER_ID, "แจ้งเพื่อทราบ", ["P004"])
    window = open_window(qtbot, saraban, tmp_path / "saraban.ini")
    _activate(qtbot, window)
    window.show_section("inbox")
    table = window.table
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(window.model.index(0, 2)).center()
    )
    qtbot.keyClick(
        table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: bool(window.findChildren(CaseTaskDialog)))
    (dialog,) = window.findChildren(CaseTaskDialog)
    qtbot.waitUntil(lambda: dialog.view is not None)
    _activate(qtbot, dialog)
    _press(qtbot, dialog.circulate_button)
    qtbot.waitUntil(lambda: bool(dialog.findChildren(CirculateDialog)))
    (circulate,) = dialog.findChildren(CirculateDialog)
    assert not circulate.ok_button.isEnabled()
    circulate.to.unit.setFocus()
    qtbot.keyClick(circulate.to.unit, Qt.Key.Key_Tab)
    qtbot.keyClick(circulate.to.add_unit, Qt.Key.Key_Return)  # กองกลาง, the first unit
    _type(qtbot, circulate.note, "เพื่อทราบและถือปฏิบัติ")
    _press(qtbot, circulate.ok_button)
    qtbot.waitUntil(lambda: _gone(dialog), timeout=10_000)
    (assignment,) = held(saraban, LETTER_ID).case.assignments
    assert assignment.assignee.unit == "กองกลาง" and assignment.kind.value == "circulate"
    window.close()

    first = stations("first", "P001")
    carry(saraban, first)
    window = open_window(qtbot, first, tmp_path / "first.ini")
    dialog = _open_first_case(qtbot, window)
    assert dialog.acknowledge_button.isVisible() and not dialog.done_button.isVisible()
    assert not dialog.pass_button.isVisible() and not dialog.reply_button.isVisible()
    _press(qtbot, dialog.acknowledge_button)
    qtbot.waitUntil(lambda: _gone(dialog), timeout=10_000)
    qtbot.waitUntil(lambda: _nav(window)[0] == "My tasks (0)")
    (assignment,) = held(first, LETTER_ID).case.assignments
    assert assignment.state is AssignmentState.ACKNOWLEDGED and assignment.acted_by == "P001"


def test_the_receive_register_shows_who_holds_each_letter_and_what_is_overdue(
    qtbot: Any, stations: Any, hsm: Any, tmp_path: Path, language: Any
) -> None:
    language("th")
    yesterday = dt.date.today() - dt.timedelta(days=1)
    head = minuted(stations, hsm, due=yesterday)
    window = open_window(qtbot, head, tmp_path / "head.ini")
    _choose_section(qtbot, window, "receive-register")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    titles = [
        window.model.headerData(c, Qt.Orientation.Horizontal) for c in range(window.model.columnCount())
    ]
    held_by, due = titles.index("อยู่ที่"), titles.index("กำหนดเสร็จ")
    assert cells(window, held_by) == ["นางสาวสมใจ ตั้งใจ, นายสมศักดิ์ รักงาน"]
    assert cells(window, due) == [f"{thai_short_date(yesterday)} (เกินกำหนด)"]

    first = stations("first", "P001")
    carry(head, first)
    first_window = open_window(qtbot, first, tmp_path / "first.ini")
    dialog = _open_first_case(qtbot, first_window)
    _type(qtbot, dialog.note, "จัดส่งผู้แทนแล้ว")
    _press(qtbot, dialog.done_button)
    qtbot.waitUntil(lambda: _gone(dialog), timeout=10_000)
    _choose_section(qtbot, first_window, "receive-register")
    qtbot.waitUntil(lambda: first_window.model.rowCount() == 1)
    assert cells(first_window, held_by) == ["นายสมศักดิ์ รักงาน"], "the one who has not acted holds it still"
    assert "ปฏิบัติแล้ว (นางสาวสมใจ ตั้งใจ): จัดส่งผู้แทนแล้ว" in cells(first_window, titles.index("การปฏิบัติ"))[0]
