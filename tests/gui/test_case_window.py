"""An incoming letter's way in the window, with real key and mouse events: the saraban officer presents a
received letter to the head from the inbox; the head opens it from My tasks, writes the minute with a quick
phrase offered while typing, assigns two people found by their Thai names, types a due date (Buddhist Era)
and signs with the SoftHSM token's PIN (a certificate that is not the head's is refused before the PIN;
Escape cancels); one assignee acknowledges it, the other marks it done with a note, and the task leaves
My tasks. The server's feed between workstations is stood in for by tests/gui/cases.carry."""

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid

from eoffice_desktop.desk.case_window import present
from eoffice_desktop.desk.incoming import held
from eoffice_desktop.domain.case_model import Assignee, AssignmentState, CaseState
from eoffice_desktop.ui.case_task import CaseTaskDialog
from eoffice_desktop.ui.letter_viewer import LetterViewer
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.ui.minute_dialog import MinuteDialog
from eoffice_desktop.ui.people_picker import PeoplePicker
from eoffice_desktop.ui.present_dialog import PresentDialog
from eoffice_desktop.workspace import Workspace
from tests.gui.cases import LETTER_ID, SUBJECT, SUMMARY, carry
from tests.gui.test_whole_flow import _activate, _type
from tests.gui.windows import cells, open_window

pytest.importorskip("pytestqt")


@pytest.fixture(autouse=True)
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EOFFICE_CONFIG", str(tmp_path / "absent-config.toml"))


def _gone(widget: Any) -> bool:
    return not isValid(widget) or not widget.isVisible()


def _nav(window: MainWindow) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def _presented(stations: Any) -> Workspace:
    """The head's workstation, holding the letter as the saraban officer presented it to them."""
    saraban = stations("saraban", "P003")
    present(saraban, LETTER_ID, SUMMARY, ["P004"])
    head = stations("head", "P004")
    carry(saraban, head)
    return head


def _open_first_case(qtbot: Any, window: MainWindow, *, double_click: bool = False) -> CaseTaskDialog:
    """The case task of My tasks' only row, opened with Enter on the clicked row (or a double-click)."""
    _activate(qtbot, window)
    window.show_section("tasks")
    table = window.table
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and table.verticalHeader().count() == 1)
    row = table.visualRect(window.model.index(0, 2)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    qtbot.waitUntil(lambda: len(window.selected_records()) == 1)
    if double_click:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    else:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(window.findChildren(CaseTaskDialog)))
    (dialog,) = window.findChildren(CaseTaskDialog)
    qtbot.waitUntil(lambda: dialog.view is not None and dialog.letter_pages.pdf is not None, timeout=10_000)
    _activate(qtbot, dialog)  # as a click on it would (a window manager activates it when it shows)
    return dialog


def _press(qtbot: Any, button: Any) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)


def _minute_dialog(qtbot: Any, dialog: CaseTaskDialog) -> MinuteDialog:
    _press(qtbot, dialog.minute_button)
    qtbot.waitUntil(lambda: bool(dialog.findChildren(MinuteDialog)))
    (minute,) = dialog.findChildren(MinuteDialog)
    _activate(qtbot, minute)
    qtbot.waitUntil(lambda: minute.cert_choice.count() > 0, timeout=10_000)
    return minute


def test_the_saraban_officer_presents_a_received_letter_from_the_inbox_then_sees_its_way_from_the_viewer(
    qtbot: Any, stations: Any, tmp_path: Path
) -> None:
    workspace = stations("saraban", "P003")
    window = open_window(qtbot, workspace, tmp_path / "w.ini")
    _activate(qtbot, window)
    window.show_section("inbox")
    table = window.table
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    row = table.visualRect(window.model.index(0, 2)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    qtbot.keyClick(
        table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: bool(window.findChildren(PresentDialog)))
    (dialog,) = window.findChildren(PresentDialog)
    qtbot.waitUntil(dialog.summary.hasFocus)
    assert not dialog.ok_button.isEnabled()
    _type(qtbot, dialog.summary, SUMMARY)
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Tab)
    assert dialog.picker.search.hasFocus()
    _type(qtbot, dialog.picker.search, "สมชาย")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert [p.person_id for p in dialog.heads] == ["P004"] and not _gone(dialog), (
        "Enter picks, it does not present"
    )
    _press(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: _gone(dialog), timeout=10_000)
    case = held(workspace, LETTER_ID).case
    assert case.state is CaseState.PRESENTED and case.holder == "P004" and case.summary == SUMMARY
    assert case.letter.subject == SUBJECT and case.letter.sender_name == "กรมบัญชีกลาง"

    _activate(qtbot, window)  # the received letter's viewer: its way is Ctrl+Shift+P from there too
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(window.findChildren(LetterViewer)))
    (viewer,) = window.findChildren(LetterViewer)
    _activate(qtbot, viewer)
    qtbot.keyClick(
        viewer, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: bool(window.findChildren(CaseTaskDialog)))
    (opened,) = window.findChildren(CaseTaskDialog)
    qtbot.waitUntil(lambda: opened.view is not None)
    assert not opened.minute_button.isVisible(), "the saraban officer sees the way; the head minutes it"


def test_a_certificate_not_the_heads_is_refused_before_the_pin_a_wrong_pin_minutes_nothing_escape_cancels(
    qtbot: Any, stations: Any, tmp_path: Path
) -> None:
    head = _presented(stations)
    window = open_window(qtbot, head, tmp_path / "w.ini")
    dialog = _open_first_case(qtbot, window)
    minute = _minute_dialog(qtbot, dialog)
    qtbot.waitUntil(minute.text.hasFocus)
    qtbot.keyClick(minute.text, Qt.Key.Key_Tab)  # to the quick phrases' buttons: Enter on one inserts it
    first = minute.phrase_buttons[0]
    assert first.hasFocus() and first.text() == "ทราบ"
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert minute.text.toPlainText() == "ทราบ" and not _gone(minute)
    certificates = minute.watch.certificates
    signer = next(c for c in certificates if c.label == "signer")
    other = next(i for i, c in enumerate(certificates) if c.der != signer.der)
    minute.cert_choice.setCurrentIndex(other)
    qtbot.keyClicks(minute.pin, "123456")
    assert not minute.ok_button.isEnabled()
    assert "not yours" in minute.message.text()
    qtbot.keyClick(minute.pin, Qt.Key.Key_Return)
    assert held(head, LETTER_ID).case.state is CaseState.PRESENTED

    minute.cert_choice.setCurrentIndex(certificates.index(signer))
    qtbot.waitUntil(lambda: minute.message.text() == "")
    minute.pin.clear()
    qtbot.keyClicks(minute.pin, "000000")
    qtbot.keyClick(minute.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong PIN" in minute.watch.pin_state.text(), timeout=20_000)
    assert held(head, LETTER_ID).case.minutes == () and not _gone(minute)

    minute.text.clear()
    _type(qtbot, minute.text, "แจ้ง")
    popup = minute.text.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(minute.text, Qt.Key.Key_Escape)  # the phrases close, the dialog stays
    assert not popup.isVisible() and not _gone(minute) and minute.text.toPlainText() == "แจ้ง"
    qtbot.keyClick(minute.text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _gone(minute))
    assert not _gone(dialog) and held(head, LETTER_ID).case.minutes == ()


def test_the_head_minutes_with_a_quick_phrase_two_assignees_and_a_due_date_then_they_act(
    qtbot: Any, stations: Any, tmp_path: Path, hsm: Any
) -> None:
    head = _presented(stations)
    window = open_window(qtbot, head, tmp_path / "head.ini")
    qtbot.waitUntil(lambda: _nav(window)[0] == "My tasks (1)")
    dialog = _open_first_case(qtbot, window)
    assert dialog.minute_button.isVisible() and not dialog.acknowledge_button.isVisible()
    assert SUMMARY in dialog.summary.text()
    minute = _minute_dialog(qtbot, dialog)
    qtbot.waitUntil(minute.text.hasFocus)

    _type(qtbot, minute.text, "มอบ")  # the quick phrase is offered while typing
    popup = minute.text.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.currentIndex().data() == "มอบ … ดำเนินการ"
    qtbot.keyClick(minute.text, Qt.Key.Key_Return)
    assert not popup.isVisible() and minute.text.toPlainText() == "มอบ … ดำเนินการ"
    _type(qtbot, minute.text, "กองกลาง")  # over the "…" the phrase left selected
    assert minute.text.toPlainText() == "มอบ กองกลาง ดำเนินการ"

    _assign_and_sign(qtbot, minute, hsm.pin)
    qtbot.waitUntil(lambda: _gone(dialog), timeout=30_000)
    case = held(head, LETTER_ID).case
    assert case.state is CaseState.ASSIGNED
    (made,) = case.minutes
    assert made.text == "มอบ กองกลาง ดำเนินการ" and made.due == dt.date(2026, 12, 15) and made.by == "P004"
    assert [a.assignee.person for a in case.assignments] == ["P001", "P002"]
    assert _signed_fields(head.store.get_blob(made.sha256)) == ["Minute1"]
    qtbot.waitUntil(lambda: _nav(window)[0] == "My tasks (0)")
    window.close()
    _the_assignees_act(qtbot, stations, head, tmp_path)


def _assign_and_sign(qtbot: Any, minute: MinuteDialog, pin: str) -> None:
    search = minute.picker.search
    _type(qtbot, search, "สมใจ")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    _type(qtbot, search, "สมศักดิ์")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert minute.chosen_assignees() == [Assignee(person="P001"), Assignee(person="P002")]
    minute.due.edit.setFocus()
    qtbot.keyClicks(minute.due.edit, "15/12/2569")
    assert minute.due.date() == dt.date(2026, 12, 15)

    labels = [c.label for c in minute.watch.certificates]
    minute.cert_choice.setCurrentIndex(labels.index("signer"))
    qtbot.keyClicks(minute.pin, pin)
    qtbot.waitUntil(minute.ok_button.isEnabled)
    qtbot.keyClick(minute.pin, Qt.Key.Key_Return)  # Enter in the PIN signs


def _the_assignees_act(qtbot: Any, stations: Any, head: Workspace, tmp_path: Path) -> None:
    """P001 acknowledges; P002 marks it done with a note; the case closes and leaves their tasks."""
    first = stations("first", "P001")
    carry(head, first)
    window = open_window(qtbot, first, tmp_path / "first.ini")
    qtbot.waitUntil(lambda: _nav(window)[0] == "My tasks (1)")
    dialog = _open_first_case(qtbot, window)
    qtbot.waitUntil(lambda: dialog.minute_pages.pdf is not None)
    assert dialog.acknowledge_button.isVisible() and not dialog.minute_button.isVisible()
    assert not dialog.done_button.isEnabled(), "done needs a note"
    _press(qtbot, dialog.acknowledge_button)
    qtbot.waitUntil(lambda: _gone(dialog), timeout=10_000)
    qtbot.waitUntil(lambda: _nav(window)[0] == "My tasks (0)")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    window.close()

    second = stations("second", "P002")
    carry(first, second)
    window = open_window(qtbot, second, tmp_path / "second.ini")
    dialog = _open_first_case(qtbot, window)
    _type(qtbot, dialog.note, "แจ้งผู้แทนเข้าร่วมประชุมแล้ว")
    _press(qtbot, dialog.done_button)
    qtbot.waitUntil(lambda: _gone(dialog), timeout=10_000)
    qtbot.waitUntil(lambda: _nav(window)[0] == "My tasks (0)")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    case = held(second, LETTER_ID).case
    assert case.state is CaseState.CLOSED
    states = {a.assignee.person: (a.state, a.note) for a in case.assignments}
    assert states == {
        "P001": (AssignmentState.ACKNOWLEDGED, None),
        "P002": (AssignmentState.DONE, "แจ้งผู้แทนเข้าร่วมประชุมแล้ว"),
    }


def _signed_fields(pdf: bytes) -> list[str]:
    from pyhanko.pdf_utils.reader import PdfFileReader

    return [s.field_name for s in PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures]


def test_the_head_forwards_the_letter_to_someone_who_minutes_it_for_them_in_the_thai_window(
    qtbot: Any, stations: Any, tmp_path: Path, language: Any
) -> None:
    language("th")
    head = _presented(stations)
    window = open_window(qtbot, head, tmp_path / "w.ini")
    qtbot.waitUntil(lambda: _nav(window)[0] == "งานของฉัน (๑)")
    dialog = _open_first_case(qtbot, window)
    assert cells(window, 0) == ["เกษียนหนังสือรับ"]
    assert (
        dialog.minute_button.text() == "เกษียน… (&M)" and dialog.forward_button.text() == "มอบให้ปฏิบัติแทน… (&F)"
    )
    assert [dialog.way.item(0, c).text() for c in range(3)] == [
        "นายสมชาย ใจดี",
        "เกษียนสั่งการ",
        "อยู่ระหว่างพิจารณา",
    ]
    assert dialog.history.item(0, 2).text() == "เสนอ"
    _press(qtbot, dialog.forward_button)
    qtbot.waitUntil(lambda: dialog.forward_dialog is not None and dialog.forward_dialog.isVisible())
    (picker,) = dialog.forward_dialog.findChildren(PeoplePicker)
    _type(qtbot, picker.search, "สมศักดิ์")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _gone(dialog), timeout=10_000)
    step = held(head, LETTER_ID).case.current
    assert step is not None and step.person == "P004" and step.holder == "P002"
    qtbot.waitUntil(lambda: _nav(window)[0] == "งานของฉัน (๐)")


def test_a_unit_is_assigned_from_the_keyboard_and_delete_takes_an_assignee_off(
    qtbot: Any, stations: Any, tmp_path: Path
) -> None:
    head = _presented(stations)
    window = open_window(qtbot, head, tmp_path / "w.ini")
    dialog = _open_first_case(qtbot, window)
    minute = _minute_dialog(qtbot, dialog)
    _type(qtbot, minute.picker.search, "วิภา")
    qtbot.keyClick(minute.picker.search, Qt.Key.Key_Return)
    minute.unit.setFocus()
    units = [minute.unit.itemText(i) for i in range(minute.unit.count())]
    assert units == ["กองกลาง", "สำนักงานปลัด"]
    qtbot.keyClick(minute.unit, Qt.Key.Key_Down)  # สำนักงานปลัด
    qtbot.keyClick(minute.unit, Qt.Key.Key_Tab)
    assert minute.add_unit.hasFocus()
    qtbot.keyClick(minute.add_unit, Qt.Key.Key_Return)
    assert minute.chosen_assignees() == [Assignee(person="P003"), Assignee(unit="สำนักงานปลัด")]
    qtbot.keyClick(minute.add_unit, Qt.Key.Key_Return)
    assert "Already assigned" in minute.message.text() and len(minute.chosen_assignees()) == 2
    minute.chosen.setFocus()
    qtbot.keyClick(minute.chosen, Qt.Key.Key_Home)
    qtbot.keyClick(minute.chosen, Qt.Key.Key_Delete)
    assert minute.chosen_assignees() == [Assignee(unit="สำนักงานปลัด")]
    minute.picker.search.setFocus()
    qtbot.keyClick(minute.picker.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, minute.picker.search, "วิภา")  # taken off, it can be chosen again
    qtbot.keyClick(minute.picker.search, Qt.Key.Key_Return)
    assert minute.chosen_assignees() == [Assignee(unit="สำนักงานปลัด"), Assignee(person="P003")]
    assert not _gone(minute)
