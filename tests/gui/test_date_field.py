"""The letter's date as a clerk types or picks it: every form the field itself writes (Today, the calendar)
and every form Thai offices type (4/12/2569, 24/1/2569, Thai digits, ISO) is taken, shown as printed and
kept in the preview; nothing the field wrote is ever rejected."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from eoffice_desktop.domain.thai import thai_date
from eoffice_desktop.ui.date_field import DateField
from eoffice_desktop.ui.draft_editor import DraftEditor
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.gui.test_whole_flow import _type

pytest.importorskip("pytestqt")


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened = open_workspace(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def editor(qtbot: Any, workspace: Workspace, language: Any) -> DraftEditor:
    language("th")
    made = DraftEditor(workspace, workspace.services.templates.get("external-letter"))
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def _date_field(editor: DraftEditor) -> DateField:
    field = editor.form.fields["date"].widget
    assert isinstance(field, DateField)
    return field


def _settled(qtbot: Any, editor: DraftEditor) -> None:
    qtbot.waitUntil(
        lambda: not editor.preview_timer.isActive() and not editor.previews.running, timeout=15_000
    )


def _clear(qtbot: Any, field: DateField) -> None:
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)


@pytest.mark.parametrize(
    ("typed", "date"),
    [
        ("4/12/2569", dt.date(2026, 12, 4)),
        ("24/1/2569", dt.date(2026, 1, 24)),
        ("24/01/2569", dt.date(2026, 1, 24)),
        ("2026-12-04", dt.date(2026, 12, 4)),
    ],
)
def test_a_typed_date_is_taken_and_stays_in_the_preview(
    qtbot: Any, editor: DraftEditor, typed: str, date: dt.date
) -> None:
    field = _date_field(editor)
    _clear(qtbot, field)
    qtbot.keyClicks(field.edit, typed)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)  # leaving the field shows its problem, if it had one
    _settled(qtbot, editor)
    assert field.shown.text() == thai_date(date)
    assert editor.checked is not None
    assert "date" not in editor.checked.problems
    assert editor.checked.values["date"] == date  # the preview prints it
    assert editor.form.errors["date"].text() == ""  # no problem shown
    assert editor.form.data()["date"] == date.isoformat()


def test_thai_digits_typed_on_a_thai_keyboard(qtbot: Any, editor: DraftEditor) -> None:
    field = _date_field(editor)
    _clear(qtbot, field)
    _type(qtbot, field.edit, "๔/๑๒/๒๕๖๙")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    _settled(qtbot, editor)
    assert editor.checked is not None and "date" not in editor.checked.problems
    assert editor.form.data()["date"] == "2026-12-04"


def test_today_writes_a_date_the_form_takes(qtbot: Any, editor: DraftEditor) -> None:
    field = _date_field(editor)
    _clear(qtbot, field)
    qtbot.mouseClick(field.today, Qt.MouseButton.LeftButton)
    today = dt.date.today()
    assert field.edit.text() == f"{today.day}/{today.month}/{today.year + 543}"
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    _settled(qtbot, editor)
    assert editor.checked is not None and "date" not in editor.checked.problems
    assert editor.checked.values["date"] == today
    assert editor.form.errors["date"].text() == ""  # no problem shown


def test_the_calendar_picks_a_date_with_the_keyboard(qtbot: Any, editor: DraftEditor) -> None:
    field = _date_field(editor)
    _clear(qtbot, field)
    qtbot.keyClicks(field.edit, "4/12/2569")
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert popup.title.text() == "ธันวาคม ๒๕๖๙"  # the month in BE, Thai digits
    days = QApplication.focusWidget()  # the keyboard goes where the focus is: the calendar's day grid
    assert days is not None and popup.isAncestorOf(days)
    qtbot.keyClick(days, Qt.Key.Key_PageDown)  # next month, same day
    assert popup.title.text() == "มกราคม ๒๕๗๐"
    qtbot.keyClick(days, Qt.Key.Key_Right)
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert field.edit.text() == "5/1/2570"
    _settled(qtbot, editor)
    assert editor.checked is not None and editor.checked.values["date"] == dt.date(2027, 1, 5)


def test_the_calendar_closes_with_escape_and_by_click(qtbot: Any, editor: DraftEditor) -> None:
    field = _date_field(editor)
    _clear(qtbot, field)
    qtbot.keyClicks(field.edit, "4/12/2569")
    qtbot.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)
    popup = field.popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert field.edit.text() == "4/12/2569"  # unchanged
    qtbot.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(popup.isVisible)
    qtbot.mouseClick(popup.next, Qt.MouseButton.LeftButton)
    assert popup.title.text() == "มกราคม ๒๕๗๐"


def test_a_wrong_date_is_named_in_the_fields_own_format(qtbot: Any, editor: DraftEditor) -> None:
    field = _date_field(editor)
    _clear(qtbot, field)
    qtbot.keyClicks(field.edit, "31/2/2569")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    _settled(qtbot, editor)
    assert editor.checked is not None and "date" in editor.checked.problems
    assert "วว/ดด/ปปปป" in editor.checked.problems["date"].problem_th
    assert field.edit.text() == "31/2/2569"  # what was typed stays
