"""A new letter starts with the office's profile, set in a real settings file (or by a machine policy that
locks it): the form shows the agency, address, contacts and signer, the letter code waits in the number
field, the preview PDF prints them, and with several signers the form offers a choice."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from eoffice_desktop.desk.drafts import preview_pdf
from eoffice_desktop.ui.draft_editor import DraftEditor
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.ui.template_picker import TemplatePicker
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.helpers import pdftotext

pytest.importorskip("pytestqt")

AGENCY = "สำนักงานปลัดกระทรวงทดสอบระบบ"
PROFILE = f"""[profile]
agency = "{AGENCY}"
agency_code = "ทส 0201"
address = ["ศูนย์ราชการทดสอบ อาคารบี", "ถนนแจ้งวัฒนะ กรุงเทพฯ ๑๐๒๑๐"]
owner_unit = "กองกลาง ฝ่ายสารบรรณ"
phone = "0 2141 6747"
email = "saraban@test.go.th"
signers = [
  {{ name = "นายสมชาย ใจดี", positions = ["ผู้อำนวยการกองกลาง"] }},
  {{ name = "นางสาวสมหญิง รักงาน", positions = ["รองผู้อำนวยการกองกลาง", "ปฏิบัติราชการแทน ผู้อำนวยการ"] }},
]
"""


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "config" / "config.toml"
    path.parent.mkdir()
    path.write_text(PROFILE, encoding="utf-8")
    return path


@pytest.fixture
def workspace(tmp_path: Path, config_file: Path) -> Iterator[Workspace]:
    opened = open_workspace(tmp_path / "data", config_file)
    yield opened
    opened.close()


def _window(qtbot: Any, workspace: Workspace, tmp_path: Path) -> MainWindow:
    window = MainWindow(workspace, settings_path=tmp_path / "w.ini")
    qtbot.addWidget(window)
    window.show()
    return window


def _pick(qtbot: Any, window: MainWindow, *keys: Qt.Key) -> DraftEditor:
    """New letter, then the keys on the list of kinds (Enter chooses)."""
    before = len(window.editors)
    assert window.new_letter() is None  # the picker asks
    picker = window.findChild(TemplatePicker)
    assert picker is not None and picker.isVisible()
    for key in (*keys, Qt.Key.Key_Return):
        qtbot.keyClick(picker.list, key)
    qtbot.waitUntil(lambda: len(window.editors) > before)
    editor = window.editors[-1]
    qtbot.waitUntil(lambda: editor.checked is not None, timeout=15_000)
    return editor


def test_a_new_letter_starts_with_the_office_profile(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    window = _window(qtbot, workspace, tmp_path)
    editor = _pick(qtbot, window)  # the first kind offered: the external letter
    assert editor.template.id == "external-letter"
    form = editor.form
    assert form.fields["agency"].read() == AGENCY
    assert form.fields["address"].read() == ["ศูนย์ราชการทดสอบ อาคารบี", "ถนนแจ้งวัฒนะ กรุงเทพฯ ๑๐๒๑๐"]
    assert form.fields["owner_unit"].read() == "กองกลาง ฝ่ายสารบรรณ"
    assert form.fields["contact"].read() == {"phone": "0 2141 6747", "email": "saraban@test.go.th"}
    assert form.fields["signer"].read() == {"name": "นายสมชาย ใจดี", "positions": ["ผู้อำนวยการกองกลาง"]}
    assert form.fields["number"].read() == "ทส 0201"  # the series: a number can be taken at once
    assert form.fields["salutation"].read() == "เรียน"  # the template's own default stays

    pdf = tmp_path / "preview.pdf"
    pdf.write_bytes(preview_pdf(workspace, editor.template, form.data())[0])
    text = " ".join(pdftotext(pdf).split())
    for printed in (
        AGENCY,
        "ศูนย์ราชการทดสอบ อาคารบี",
        "กองกลาง ฝ่ายสารบรรณ",
        "saraban@test.go.th",
        "นายสมชาย ใจดี",
    ):
        assert printed in text

    # the other signer, chosen from the office's list by keyboard, fills the signer's fields
    choice = editor.signer_choice
    assert choice is not None and choice.count() == 2 and choice.currentIndex() == 0
    qtbot.keyClick(choice, Qt.Key.Key_Down)
    assert form.fields["signer"].read() == {
        "name": "นางสาวสมหญิง รักงาน",
        "positions": ["รองผู้อำนวยการกองกลาง", "ปฏิบัติราชการแทน ผู้อำนวยการ"],
    }
    assert editor.dirty  # a change like any other: saved and previewed
    editor.close()
    stored = workspace.letters.data(editor.letter_id)
    assert stored["signer"]["name"] == "นางสาวสมหญิง รักงาน" and stored["agency"] == AGENCY


def test_a_reopened_draft_keeps_what_the_clerk_changed(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    letter = workspace.letters.save_draft("draft-1", "external-letter", {"subject": "เรื่องเดิม"})
    window = _window(qtbot, workspace, tmp_path)
    editor = window.open_editor(
        workspace.services.templates.get("external-letter"), letter.id, {"subject": "เรื่องเดิม"}
    )
    assert editor.form.fields["agency"].read() is None  # the clerk's draft, not the profile
    assert editor.signer_choice is not None and editor.signer_choice.currentIndex() == -1


def test_a_locked_policy_value_wins_over_the_users_file(
    qtbot: Any, tmp_path: Path, config_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = tmp_path / "machine" / "policy.toml"
    policy.parent.mkdir()
    policy.write_text(
        '[policy]\nlocked = ["profile.agency"]\n[profile]\nagency = "กรมตามนโยบายเครื่อง"\n', encoding="utf-8"
    )
    monkeypatch.setenv("EOFFICE_POLICY", str(policy))
    workspace = open_workspace(tmp_path / "data", config_file)
    try:
        window = _window(qtbot, workspace, tmp_path)
        editor = _pick(qtbot, window, Qt.Key.Key_Down)  # the second kind: the memo
        assert editor.template.id == "memo"
        assert editor.form.fields["agency"].read() == "กรมตามนโยบายเครื่อง"
        assert editor.form.fields["contact"].read()["phone"] == "0 2141 6747"  # the user's file still counts
        editor.close()
    finally:
        workspace.close()


def test_the_number_field_says_a_number_is_still_to_be_taken(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    window = _window(qtbot, workspace, tmp_path)
    editor = window.new_letter("external-letter")
    assert editor is not None
    with qtbot.waitActive(editor):
        editor.activateWindow()
    qtbot.waitUntil(lambda: editor.checked is not None, timeout=15_000)
    number = editor.form.fields["number"].focus
    qtbot.mouseClick(number, Qt.MouseButton.LeftButton)
    qtbot.keyClick(number, Qt.Key.Key_Tab)
    assert editor.form.errors["number"].text() == "Only the series ทส 0201 so far: take a number"
