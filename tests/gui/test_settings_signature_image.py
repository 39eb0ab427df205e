"""The signer's handwritten-signature image in Settings → Office profile: chosen with a click, kept as the
user's own copy, shown small, saved, removed; and refused, with the reason, where the machine forbids it.

The system's file dialog cannot be driven by key presses here: the page's documented hook
``ask_image_file`` stands in for it (it returns the path a person would pick); everything else is real clicks.
"""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from eoffice_desktop.config import load_config
from eoffice_desktop.ui.settings_dialog import SettingsDialog
from tests.helpers import handwriting

pytest.importorskip("pytestqt")


def _open(qtbot: Any, tmp_path: Path, policy: Path) -> SettingsDialog:
    dialog = SettingsDialog(tmp_path / "config.toml", policy, data_dir=tmp_path / "data")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    return dialog


def _save(qtbot: Any, dialog: SettingsDialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.profile.agency, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_the_image_is_chosen_kept_previewed_saved_and_removed(
    qtbot: Any, tmp_path: Path, qt_app: Any
) -> None:
    chosen = handwriting(tmp_path / "scan.jpg", qt_app, "JPEG")
    dialog = _open(qtbot, tmp_path, tmp_path / "no-policy.toml")
    page = dialog.profile
    assert page.image_preview.pixmap().isNull() and not page.image_remove.isEnabled()
    page.ask_image_file = lambda: str(chosen)  # the person picks scan.jpg in the file dialog
    qtbot.mouseClick(page.image_choose, Qt.MouseButton.LeftButton)
    assert not page.image_preview.pixmap().isNull() and page.image_remove.isEnabled()
    assert "Drawn above your name" in page.image_note.text()
    _save(qtbot, dialog)

    kept = load_config(tmp_path / "config.toml", tmp_path / "no-policy.toml").profile.signature_image
    assert kept is not None and kept.parent == tmp_path / "data" / "signature" and kept.suffix == ".png"
    chosen.unlink()  # the user's copy does not depend on the file they chose
    again = _open(qtbot, tmp_path, tmp_path / "no-policy.toml")
    assert not again.profile.image_preview.pixmap().isNull() and again.changes() == {}

    qtbot.mouseClick(again.profile.image_remove, Qt.MouseButton.LeftButton)
    assert again.profile.image_preview.pixmap().isNull()
    _save(qtbot, again)
    config = load_config(tmp_path / "config.toml", tmp_path / "no-policy.toml")
    assert config.profile.signature_image is None and not kept.exists()


def test_a_file_that_is_not_an_image_is_named_and_nothing_is_kept(qtbot: Any, tmp_path: Path) -> None:
    notes = tmp_path / "signature.png"
    notes.write_text("not an image", encoding="utf-8")
    dialog = _open(qtbot, tmp_path, tmp_path / "no-policy.toml")
    page = dialog.profile
    page.ask_image_file = lambda: str(notes)
    qtbot.mouseClick(page.image_choose, Qt.MouseButton.LeftButton)
    assert "signature.png is not a PNG or JPEG image" in page.image_note.text()
    assert page.image is None and dialog.changes() == {}
    assert not (tmp_path / "data" / "signature").exists() or not any(
        (tmp_path / "data" / "signature").iterdir()
    )


def test_where_the_machine_forbids_images_the_page_says_why(qtbot: Any, tmp_path: Path, qt_app: Any) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(
        '[policy]\nlocked = ["signing.signature_image"]\nnote = "ห้ามใช้ภาพลายมือชื่อ (ระเบียบกรม)"\n'
        "[signing]\nsignature_image = false\n",
        encoding="utf-8",
    )
    dialog = _open(qtbot, tmp_path, policy)
    page = dialog.profile
    assert not page.image_choose.isEnabled() and not page.image_remove.isEnabled()
    assert page.image_note.isVisible()
    assert "not allowed on this computer: ห้ามใช้ภาพลายมือชื่อ (ระเบียบกรม)" in page.image_note.text()
