"""What the window says about itself: that it is the demo, and that some settings were ignored."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.workspace import open_workspace

pytest.importorskip("pytestqt")


def test_the_demo_says_it_is_the_demo(qtbot: Any, tmp_path: Path) -> None:
    workspace = open_workspace(tmp_path / "data")
    try:
        window = MainWindow(workspace, settings_path=tmp_path / "window.ini")
        qtbot.addWidget(window)
        window.show()
        window.mark_demo()
        badge = window.findChild(QLabel, "demo-badge")
        assert "DEMO" in window.windowTitle() and badge is not None and badge.isVisible()
        assert "DEMO" in badge.text()
    finally:
        workspace.close()


def test_ignored_settings_are_announced_and_the_window_works(qtbot: Any, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[sync]\nsever = "https://typo.example"\n[signing]\nlevel = "B-T"\n', encoding="utf-8")
    workspace = open_workspace(tmp_path / "data", config)
    try:
        assert workspace.services.config.level == "B-T"
        window = MainWindow(workspace, settings_path=tmp_path / "window.ini")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: bool(window.counts))
        assert window.notifier.history == [
            ("Some settings were ignored", "1 setting(s) are wrong and were ignored; see File → Settings.")
        ]
    finally:
        workspace.close()
