"""The Settings dialog on real files: what the user saves is what the program reads next time, the machine
policy's values stay in force and out of the user's file, and a mistake is named in Thai without touching
the file."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel

from eoffice_desktop.config import load_config
from eoffice_desktop.ui.i18n import install_translations
from eoffice_desktop.ui.settings_dialog import SettingsDialog

POLICY_NOTE = "กำหนดโดยกลุ่มงานเทคโนโลยีสารสนเทศ"


@pytest.fixture
def thai(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The window's default language, as the program starts it; English again afterwards. The catalogue
    is compiled from this checkout's .ts into a cache of its own: the user cache is shared by every
    checkout on the machine, and another one's newer catalogue would win there."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    previous = QLocale()
    installed = install_translations(qapp, "th")
    assert installed, "no Thai catalogue was installed"
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    path = tmp_path / "config" / "config.toml"
    path.parent.mkdir()
    path.write_text(
        '[render]\nfont_families = ["Sarabun"]\n[sync]\nserver = "https://old.example.go.th"\n',
        encoding="utf-8",
    )
    return path


@pytest.fixture
def policy_file(tmp_path: Path) -> Path:
    path = tmp_path / "machine" / "policy.toml"
    path.parent.mkdir()
    path.write_text(
        f'[policy]\nnote = "{POLICY_NOTE}"\nlocked = ["sync.server"]\n[sync]\nserver = "https://eoffice.go.th"\n',
        encoding="utf-8",
    )
    return path


def _open(qtbot: Any, config: Path, policy: Path) -> SettingsDialog:
    dialog = SettingsDialog(config, policy)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # shortcuts and focus work as for the user
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_edits_are_saved_and_read_back_keeping_other_keys(
    qtbot: Any, user_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "root.pem"
    root.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(root)], ""))
    dialog = _open(qtbot, user_file, tmp_path / "no-policy.toml")
    assert dialog.server.text() == "https://old.example.go.th" and not dialog.server.isReadOnly()

    dialog.server.setText("https://eoffice.example.go.th")
    dialog.tsa.setPlainText("http://tsa1.example.go.th/tsa\n\n  http://tsa2.example.go.th/tsa  \n")
    dialog.level.setCurrentIndex(dialog.level.findData("B-LT"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.mouseClick(dialog.trust_add, Qt.MouseButton.LeftButton)
    assert dialog.trust.item(0).text() == "root.pem"
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        qtbot.keyClick(dialog.tsa, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    config = load_config(user_file, tmp_path / "no-policy.toml")
    assert config.server == "https://eoffice.example.go.th"
    assert config.tsa == ("http://tsa1.example.go.th/tsa", "http://tsa2.example.go.th/tsa")
    assert config.level == "B-LT" and config.language == "en" and config.trust == (root,)
    assert config.font_families == ("Sarabun",)  # a key the dialog does not show is kept
    assert saved.args[0] == config and dialog.result() == QDialog.DialogCode.Accepted


def test_a_key_locked_by_policy_is_read_only_with_its_reason_and_never_written(
    qtbot: Any, tmp_path: Path, policy_file: Path
) -> None:
    user = tmp_path / "config.toml"
    user.write_text('[render]\nfont_families = ["Sarabun"]\n', encoding="utf-8")
    dialog = _open(qtbot, user, policy_file)

    assert dialog.server.text() == "https://eoffice.go.th" and dialog.server.isReadOnly()
    reason = dialog.findChild(QLabel, "lock:sync.server")
    assert reason is not None and reason.isVisible() and POLICY_NOTE in reason.text()
    assert POLICY_NOTE in dialog.server.toolTip() and POLICY_NOTE in dialog.server.accessibleDescription()
    assert dialog.findChild(QLabel, "lock:signing.tsa") is None and not dialog.tsa.isReadOnly()

    dialog.server.setText("https://elsewhere.example")  # a program could; the user cannot type here
    dialog.tsa.setPlainText("http://tsa.example.go.th/tsa")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    config = load_config(user, policy_file)
    assert config.server == "https://eoffice.go.th" and config.locked.keys() == {"sync.server"}
    assert config.tsa == ("http://tsa.example.go.th/tsa",)
    assert "server" not in user.read_text(encoding="utf-8")


def test_a_bad_server_is_named_in_thai_and_nothing_is_written(
    qtbot: Any, thai: None, user_file: Path, tmp_path: Path
) -> None:
    before = user_file.read_bytes()
    dialog = _open(qtbot, user_file, tmp_path / "no-policy.toml")
    assert dialog.save_button.text() == "บันทึก" and dialog.windowTitle() == "การตั้งค่า"
    saved: list[Any] = []
    dialog.saved.connect(saved.append)

    dialog.server.setText("eoffice.example.go.th")
    dialog.tsa.setPlainText("ftp://tsa.example.go.th")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.error.isVisible()
    shown = dialog.error.text()
    assert "เซิร์ฟเวอร์: กรุณาระบุที่อยู่ที่ขึ้นต้นด้วย https://" in shown
    assert "หน่วยประทับรับรองเวลา: บรรทัดที่ 1" in shown
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted and not saved
    assert user_file.read_bytes() == before


def test_a_file_broken_meanwhile_is_reported_and_left_as_it_is(
    qtbot: Any, thai: None, user_file: Path, tmp_path: Path
) -> None:
    """save_settings refuses (ConfigError); the dialog says so in Thai and stays open."""
    dialog = _open(qtbot, user_file, tmp_path / "no-policy.toml")
    user_file.write_text('[sync\nserver = "https://typo.example"\n', encoding="utf-8")  # another editor
    before = user_file.read_bytes()

    dialog.level.setCurrentIndex(dialog.level.findData("B-B"))
    dialog.server.setText("https://eoffice.example.go.th")
    qtbot.keyClick(dialog.server, Qt.Key.Key_Return)

    assert dialog.error.isVisible() and dialog.error.text().startswith("บันทึกการตั้งค่าไม่สำเร็จ: ")
    assert "cannot read configuration" in dialog.error.text()
    assert dialog.isVisible() and user_file.read_bytes() == before


def test_a_new_file_starts_from_defaults_not_from_another_file(
    qtbot: Any, user_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EOFFICE_CONFIG", str(user_file))  # the default file exists, but is not ours
    fresh = tmp_path / "fresh" / "config.toml"
    dialog = _open(qtbot, fresh, tmp_path / "no-policy.toml")
    assert dialog.server.text() == "" and dialog.level.currentData() == "B-B"

    dialog.level.setCurrentIndex(dialog.level.findData("B-T"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Signature level B-T needs at least one timestamp authority"
    assert dialog.tsa.hasFocus()
    assert not fresh.exists()

    dialog.tsa.setPlainText("https://tsa.example.go.th")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert load_config(fresh).level == "B-T" and load_config(fresh).server is None


def test_files_that_do_not_exist_are_named(qtbot: Any, user_file: Path, tmp_path: Path) -> None:
    dialog = _open(qtbot, user_file, tmp_path / "no-policy.toml")
    dialog.module.setText(str(tmp_path / "absent-pkcs11.so"))
    dialog.emblem.setText("garuda.png")  # relative: taken from the settings file's folder
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert f"PKCS#11 module: the file {tmp_path / 'absent-pkcs11.so'} does not exist" in dialog.error.text()
    assert f"Emblem: the file {user_file.parent / 'garuda.png'} does not exist" in dialog.error.text()
    assert dialog.module.hasFocus() and dialog.isVisible()


def test_the_module_test_lists_the_tokens(qtbot: Any, hsm: Any, user_file: Path, tmp_path: Path) -> None:
    dialog = _open(qtbot, user_file, tmp_path / "no-policy.toml")
    dialog.module.setText(str(hsm.module))
    qtbot.mouseClick(dialog.module_test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.module_test.isEnabled, timeout=20_000)
    assert dialog.module_result.text() == f"Found 1 token(s): {hsm.label}"


def test_a_dialog_dropped_right_after_the_answer_goes_quietly(qtbot: Any, hsm: Any, tmp_path: Path) -> None:
    """The finished task's callbacks must not hold the last reference to the dialog: its deletion would
    then run inside the deletion of the task's signals object, one of its own descendants (a segfault)."""
    dialog = SettingsDialog(tmp_path / "config.toml", tmp_path / "no-policy.toml")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.module.setText(str(hsm.module))
    qtbot.mouseClick(dialog.module_test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.module_test.isEnabled, timeout=20_000)
    gone: list[bool] = []
    dialog.destroyed.connect(lambda: gone.append(True))
    del dialog  # unclosed, and no longer referenced here
    qtbot.wait(10)
    assert gone


def test_the_window_opens_settings_and_new_work_uses_them(qtbot: Any, tmp_path: Path) -> None:
    from eoffice_desktop.ui.main_window import MainWindow
    from eoffice_desktop.workspace import open_workspace

    config = tmp_path / "config.toml"
    config.write_text('[signing]\nlevel = "B-B"\n', encoding="utf-8")
    workspace = open_workspace(tmp_path / "data", config)
    try:
        window = MainWindow(workspace, settings_path=tmp_path / "w.ini")
        qtbot.addWidget(window)
        dialog = window.open_settings()
        assert isinstance(dialog, SettingsDialog)
        dialog.tsa.setPlainText("http://tsa.example.go.th/ts")
        with qtbot.waitSignal(dialog.saved):
            dialog.save()
        assert workspace.services.config.tsa == ("http://tsa.example.go.th/ts",)
    finally:
        workspace.close()


def test_settings_that_were_ignored_are_shown_with_file_and_key(
    qtbot: Any, user_file: Path, tmp_path: Path
) -> None:
    user_file.write_text(
        '[sync]\nsever = "https://typo.example"\n[signing]\nlevel = "B-T"\n', encoding="utf-8"
    )
    dialog = _open(qtbot, user_file, tmp_path / "no-policy.toml")
    shown = [
        label
        for label in dialog.findChildren(QLabel)
        if label.accessibleName() == "Settings that were ignored"
    ]
    assert len(shown) == 1 and shown[0].isVisible()
    assert f"{user_file}: unknown key sync.sever (ignored)" in shown[0].text()
    assert dialog.level.currentData() == "B-T"  # the valid setting beside it applies
