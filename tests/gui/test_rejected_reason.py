"""The Thai window shows why the server refused a letter: the Rejected section, reached with a mouse click,
has a Reason column with the server's Thai reason. The letter is sent to the real server over HTTP, which
trusts another root than the one that signed it."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from eoffice_desktop.sync.client import CloudClient
from eoffice_desktop.sync.engine import SyncEngine
from eoffice_desktop.ui.sections import sections
from eoffice_desktop.workspace import open_workspace
from tests.cloud import running_cloud
from tests.gui.windows import cells, open_window
from tests.helpers import run_cli


def test_the_rejected_list_shows_the_servers_thai_reason(
    qtbot: Any, language: Any, tmp_path: Path, signed_letters: list[Path], trust_root: Path, pki: Any
) -> None:
    data = tmp_path / "workstation"
    code, _, err = run_cli(
        "--data-dir", data, "queue", "add", signed_letters[0], "--to", "CM", "--trust", trust_root
    )
    assert code == 0, err
    workspace = open_workspace(data)
    try:
        with running_cloud(tmp_path / "cloud", trust=[pki.write_root(tmp_path, "other_root")]) as cloud:
            cloud.token("cm-desk", "CM")
            client = CloudClient(cloud.url, cloud.token("ds-desk", "DS"))
            assert SyncEngine(workspace.store, client, "clerk").run_once().rejected == 1
        language("th")
        window = open_window(qtbot, workspace, tmp_path / "w.ini")
        row = [s.key for s in sections()].index("rejected")
        item = window.navigation.item(row)
        QTest.mouseClick(
            window.navigation.viewport(),
            Qt.MouseButton.LeftButton,
            pos=window.navigation.visualItemRect(item).center(),
        )
        qtbot.waitUntil(lambda: window.model.rowCount() == 1)
        model = window.model
        titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert "เหตุผล" in titles, titles
        (reason,) = cells(window, titles.index("เหตุผล"))
        assert "ใบรับรองของผู้ลงนามไม่ได้ออกโดยหน่วยงานที่เชื่อถือ" in reason
    finally:
        workspace.close()
