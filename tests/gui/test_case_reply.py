"""The kind of a reply, chosen in the case window where the reply is started, with real keys: an external
letter (หนังสือภายนอก) for a letter from another agency, a memo (บันทึกข้อความ) for one from inside the
agency (its ministry, as the directory held offline says), either chosen with the keyboard; the draft of
either kind opens with อ้างถึง, recipient and subject from the received letter."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from eoffice_desktop.desk.incoming import held
from eoffice_desktop.domain.case_model import AssignmentState
from eoffice_desktop.ui.case_task import CaseTaskDialog
from eoffice_desktop.ui.draft_editor import DraftEditor
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.workspace import Workspace
from tests.gui.cases import LETTER_ID, SUBJECT, carry, minuted
from tests.gui.test_case_window import _gone, _open_first_case, _press
from tests.gui.windows import open_window

pytest.importorskip("pytestqt")


@pytest.fixture(autouse=True)
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EOFFICE_CONFIG", str(tmp_path / "absent-config.toml"))


def _assigned(stations: Any, hsm: Any, *, same_ministry: bool) -> Workspace:
    """P001's workstation with the letter from กรมบัญชีกลาง (CGD) minuted to them; its directory places
    CGD in the workstation's ministry (``same_ministry``) or in another one."""
    head = minuted(stations, hsm, assign=("P001",))
    first = stations("first", "P001")
    carry(head, first)
    first.agencies.replace(
        {"etag": "1", "agency": "DS", "agencies": [
            {"code": "DS", "name_th": "สำนักงานปลัดกระทรวงการคลัง", "ministry": "MOF"},
            {"code": "CGD", "name_th": "กรมบัญชีกลาง", "ministry": "MOF" if same_ministry else "MOI"},
        ]}
    )  # fmt: skip
    return first


def _reply(qtbot: Any, window: MainWindow, dialog: CaseTaskDialog) -> DraftEditor:
    _press(qtbot, dialog.reply_button)
    qtbot.waitUntil(lambda: bool(window.findChildren(DraftEditor)), timeout=10_000)
    qtbot.waitUntil(lambda: _gone(dialog), timeout=10_000)
    (editor,) = window.findChildren(DraftEditor)
    return editor


def _filled_from_the_letter(editor: DraftEditor) -> None:
    data = editor.form.data()
    assert data["subject"] == SUBJECT and data["recipient"] == "กรมบัญชีกลาง"
    assert data["reference"].startswith("หนังสือกรมบัญชีกลาง ที่ กค 0402/ว 123 ลงวันที่ ")


def _case_window(
    qtbot: Any, stations: Any, hsm: Any, tmp_path: Path, *, same_ministry: bool
) -> tuple[Workspace, MainWindow, CaseTaskDialog]:
    first = _assigned(stations, hsm, same_ministry=same_ministry)
    window = open_window(qtbot, first, tmp_path / "first.ini")
    return first, window, _open_first_case(qtbot, window)


def _choose(qtbot: Any, dialog: CaseTaskDialog, key: Qt.Key) -> None:
    """Alt+A (Reply &as) to the kinds, then ``key`` on them."""
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert dialog.reply_kind.hasFocus()
    qtbot.keyClick(dialog.reply_kind, key)


def test_a_letter_from_another_ministry_is_answered_by_an_external_letter_or_a_memo_chosen_with_the_keys(
    qtbot: Any, stations: Any, hsm: Any, tmp_path: Path
) -> None:
    first, window, dialog = _case_window(qtbot, stations, hsm, tmp_path, same_ministry=False)
    kinds = dialog.reply_kind
    assert kinds.isVisible() and dialog.reply_kind_label.isVisible()
    assert [kinds.itemText(i) for i in range(kinds.count())] == ["External letter", "Internal memo"]
    assert kinds.currentText() == "External letter"
    _choose(qtbot, dialog, Qt.Key.Key_Down)
    assert kinds.currentText() == "Internal memo"
    editor = _reply(qtbot, window, dialog)
    assert editor.template.id == "memo"
    _filled_from_the_letter(editor)
    (assignment,) = held(first, LETTER_ID).case.assignments
    assert assignment.state is AssignmentState.REPLIED and assignment.reply_letter_id == editor.letter_id
    assert first.letters.get(editor.letter_id).template == "memo"


def test_a_letter_from_inside_the_ministry_is_answered_by_a_memo_unless_the_person_chooses_otherwise(
    qtbot: Any, stations: Any, hsm: Any, tmp_path: Path
) -> None:
    first, window, dialog = _case_window(qtbot, stations, hsm, tmp_path, same_ministry=True)
    assert dialog.reply_kind.currentText() == "Internal memo"
    _choose(qtbot, dialog, Qt.Key.Key_Up)
    assert dialog.reply_kind.currentText() == "External letter"
    editor = _reply(qtbot, window, dialog)
    assert editor.template.id == "external-letter"
    _filled_from_the_letter(editor)
    assert first.letters.get(editor.letter_id).template == "external-letter"
