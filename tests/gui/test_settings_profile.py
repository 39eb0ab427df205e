"""The office's profile in the Settings dialog, typed as a clerk types it: saved into the user's file and read
back the same, a mistake named before anything is written, and keys the machine policy locks read-only."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from eoffice_desktop.config import Signer, load_config
from eoffice_desktop.ui.settings_dialog import SettingsDialog
from tests.gui.test_whole_flow import _type

pytest.importorskip("pytestqt")


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    path = tmp_path / "config" / "config.toml"
    path.parent.mkdir()
    path.write_text('[sync]\nserver = "https://eoffice.example.go.th"\n', encoding="utf-8")
    return path


def _open(qtbot: Any, config: Path, policy: Path) -> SettingsDialog:
    dialog = SettingsDialog(config, policy)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _profile_tab(qtbot: Any, dialog: SettingsDialog) -> None:
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert dialog.tabs.currentWidget().isAncestorOf(dialog.profile)


def _lines(qtbot: Any, edit: Any, lines: list[str]) -> None:
    for number, text in enumerate(lines):
        if number:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        _type(qtbot, edit, text)


def test_the_profile_typed_in_is_saved_and_read_back(qtbot: Any, user_file: Path, tmp_path: Path) -> None:
    dialog = _open(qtbot, user_file, tmp_path / "no-policy.toml")
    _profile_tab(qtbot, dialog)
    page = dialog.profile
    _type(qtbot, page.agency, "สำนักงานปลัดกระทรวง")
    _type(qtbot, page.agency_code, "ดศ 0201")
    _lines(qtbot, page.address, ["ศูนย์ราชการฯ อาคารซี", "กรุงเทพฯ ๑๐๒๑๐"])
    _type(qtbot, page.owner_unit, "กองกลาง")
    qtbot.keyClicks(page.phone, "0 2141 6747")
    qtbot.keyClicks(page.email, "saraban@mdes.go.th")
    _lines(qtbot, page.signers, ["นายสมชาย ใจดี", "ผู้อำนวยการกองกลาง", "", "นางสาวสมหญิง รักงาน", "รองผู้อำนวยการ"])
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(page.email, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    config = load_config(user_file, tmp_path / "no-policy.toml")
    assert config.problems == () and config.server == "https://eoffice.example.go.th"
    profile = config.profile
    assert profile.agency == "สำนักงานปลัดกระทรวง" and profile.agency_code == "ดศ 0201"
    assert profile.address == ("ศูนย์ราชการฯ อาคารซี", "กรุงเทพฯ ๑๐๒๑๐") and profile.owner_unit == "กองกลาง"
    assert profile.phone == "0 2141 6747" and profile.email == "saraban@mdes.go.th" and profile.fax is None
    assert profile.signers == (
        Signer("นายสมชาย ใจดี", ("ผู้อำนวยการกองกลาง",)),
        Signer("นางสาวสมหญิง รักงาน", ("รองผู้อำนวยการ",)),
    )

    again = _open(qtbot, user_file, tmp_path / "no-policy.toml")  # shows what it saved
    assert again.profile.signers.toPlainText().splitlines()[2:4] == ["", "นางสาวสมหญิง รักงาน"]
    assert again.profile.agency_code.text() == "ดศ 0201" and again.changes() == {}


def test_mistakes_are_named_before_anything_is_written(qtbot: Any, user_file: Path, tmp_path: Path) -> None:
    before = user_file.read_bytes()
    dialog = _open(qtbot, user_file, tmp_path / "no-policy.toml")
    _profile_tab(qtbot, dialog)
    page = dialog.profile
    qtbot.keyClicks(page.agency_code, "0201")
    qtbot.keyClicks(page.email, "saraban at mdes")
    _lines(qtbot, page.signers, ["นายสมชาย ใจดี"])
    dialog.tabs.setCurrentIndex(0)  # the mistakes are on the other page: it comes forward
    qtbot.keyClick(dialog.server, Qt.Key.Key_Return)
    error = dialog.error.text()
    assert "Letter code: 0201 is not a letter code such as ดศ 0201" in error
    assert "E-mail: saraban at mdes is not an e-mail address" in error
    assert "Signers: นายสมชาย ใจดี needs a position line under the name" in error
    assert page.agency_code.hasFocus() and dialog.isVisible()
    assert user_file.read_bytes() == before


def test_profile_keys_the_policy_locks_are_read_only(qtbot: Any, user_file: Path, tmp_path: Path) -> None:
    policy = tmp_path / "machine" / "policy.toml"
    policy.parent.mkdir()
    policy.write_text(
        '[policy]\nnote = "กำหนดโดยฝ่ายไอที"\nlocked = ["profile.agency", "profile.signers"]\n'
        '[profile]\nagency = "กรมตามนโยบาย"\nsigners = [{ name = "นายหนึ่ง", positions = ["อธิบดี"] }]\n',
        encoding="utf-8",
    )
    dialog = _open(qtbot, user_file, policy)
    _profile_tab(qtbot, dialog)
    page = dialog.profile
    assert page.agency.isReadOnly() and page.agency.text() == "กรมตามนโยบาย"
    assert page.signers.isReadOnly() and page.signers.toPlainText() == "นายหนึ่ง\nอธิบดี"
    reason = dialog.findChild(QLabel, "lock:profile.agency")
    assert reason is not None and reason.isVisible() and "กำหนดโดยฝ่ายไอที" in reason.text()
    _type(qtbot, page.owner_unit, "กองกลาง")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(page.owner_unit, Qt.Key.Key_Return)
    written = user_file.read_text(encoding="utf-8")
    assert "owner_unit" in written and "agency" not in written and "signers" not in written
