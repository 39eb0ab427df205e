"""The route builder starts from the office's default route (the setting), with the people's names."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from eoffice_desktop.ui.route_builder import RouteBuilder
from eoffice_desktop.workspace import open_workspace
from tests.gui.routes import drafted, hold_people
from tests.gui.test_whole_flow import _activate, write_config
from tests.gui.windows import open_window

pytest.importorskip("pytestqt")


def test_the_builder_starts_with_the_default_route_of_the_settings(
    qtbot: Any, tmp_path: Path, hsm: Any, trust_root: Path
) -> None:
    directory = tmp_path / "drafter"
    directory.mkdir()
    hold_people(directory)
    routing = '[identity]\nperson = "P001"\n[routing]\ndefault_route = ["P002:review", "P004:sign"]\n'
    workspace = open_workspace(directory, write_config(tmp_path / "c.toml", hsm, trust_root, profile=routing))
    try:
        drafted(workspace)
        window = open_window(qtbot, workspace, tmp_path / "w.ini")
        _activate(qtbot, window)
        window.show_section("draft")
        table = window.table
        qtbot.waitUntil(lambda: table.verticalHeader().count() == 1)
        row = table.visualRect(window.model.index(0, 2)).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row)
        modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(table, Qt.Key.Key_R, modifiers)
        qtbot.waitUntil(lambda: bool(window.findChildren(RouteBuilder)))
        (builder,) = window.findChildren(RouteBuilder)
        assert [(p.name, k.value) for p, k in builder.steps] == [
            ("นายสมศักดิ์ รักงาน", "review"),
            ("นายสมชาย ใจดี", "sign"),
        ]
        assert builder.table.item(1, 1).text() == "นายสมชาย ใจดี, ปลัดกระทรวง"
        builder.close()
    finally:
        workspace.close()
