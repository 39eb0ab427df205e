"""The office's way with a window in it: the drafter submits from the command line, the reviewer initials in
the window (My tasks, Enter, the PIN), the signer signs from the command line on a third workstation, all
through the real server on loopback; at the end both signatures are valid."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid

from eoffice_desktop.desk.route_view import pending_actions
from eoffice_desktop.signing.trust_anchors import load_trust_anchors
from eoffice_desktop.signing.verify import verify_file
from eoffice_desktop.ui.route_sign import RouteSignDialog
from eoffice_desktop.ui.route_task import TaskDialog
from eoffice_desktop.workspace import open_workspace
from tests.cloud import RunningCloud
from tests.gui.test_whole_flow import _activate, _type, write_config
from tests.gui.windows import open_window
from tests.helpers import PIN_ENV, example
from tests.integration.routing.test_office_way import PEOPLE, Desk
from tests.integration.sync.conftest import cloud  # noqa: F401  (the real server, SQLite and PostgreSQL)

pytest.importorskip("pytestqt")

SUBJECT = "ขอเชิญประชุมคณะทำงานพัฒนาระบบ"


def _initial_in_the_window(
    qtbot: Any, reviewer: Desk, letter_id: str, hsm: Any, trust_root: Path, tmp_path: Path
) -> None:
    """My tasks (1), click the row, Enter, a comment, Enter on the approve button, the PIN, Enter."""
    config = write_config(tmp_path / "reviewer.toml", hsm, trust_root)
    workspace = open_workspace(reviewer.directory, config)
    try:
        window = open_window(qtbot, workspace, tmp_path / "w.ini")
        qtbot.waitUntil(lambda: window.navigation.item(0).text() == "My tasks (1)")
        _activate(qtbot, window)
        window.show_section("tasks")
        table = window.table
        qtbot.waitUntil(lambda: table.verticalHeader().count() == 1)
        qtbot.mouseClick(
            table.viewport(),
            Qt.MouseButton.LeftButton,
            pos=table.visualRect(window.model.index(0, 2)).center(),
        )
        qtbot.keyClick(table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(window.findChildren(TaskDialog)))
        (dialog,) = window.findChildren(TaskDialog)
        _type(qtbot, dialog.comment, "ตรวจแล้ว ถูกต้อง")
        dialog.approve_button.setFocus()
        qtbot.keyClick(dialog.approve_button, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(dialog.findChildren(RouteSignDialog)))
        (pin_dialog,) = dialog.findChildren(RouteSignDialog)
        qtbot.waitUntil(lambda: pin_dialog.cert_choice.count() > 0, timeout=10_000)
        labels = [c.label for c in pin_dialog.watch.certificates]
        pin_dialog.cert_choice.setCurrentIndex(labels.index("signer"))
        qtbot.keyClicks(pin_dialog.pin, hsm.pin)
        qtbot.keyClick(pin_dialog.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=30_000)
        assert [a.kind.value for a in pending_actions(workspace, letter_id)] == ["approve"]
        window.close()
    finally:
        workspace.close()


def test_a_reviewer_initials_in_the_window_between_two_command_line_workstations(
    qtbot: Any,
    cloud: RunningCloud,  # noqa: F811
    hsm: Any,
    trust_root: Path,
    tmp_path: Path,
    write_json: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(PIN_ENV, hsm.pin)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    cloud.import_people(PEOPLE)
    drafter = Desk(tmp_path / "drafter", cloud, cloud.person_token("D001", "drafter-desk"), hsm)
    reviewer = Desk(tmp_path / "reviewer", cloud, cloud.person_token("R001", "reviewer-desk"), hsm)
    signer = Desk(tmp_path / "signer", cloud, cloud.person_token("S001", "signer-desk"), hsm)
    for desk in (drafter, reviewer, signer):
        desk.sync()
    memo = example("memo") | {"subject": SUBJECT, "speed": "ด่วนที่สุด"}
    letter_id = drafter.ok("letters", "new", "--template", "memo", "--data", write_json(memo)).strip()
    drafter.ok("route", letter_id, "--step", "R001:review", "--step", "S001:sign")
    drafter.sync()
    reviewer.sync()

    _initial_in_the_window(qtbot, reviewer, letter_id, hsm, trust_root, tmp_path)
    assert "delivered 0" in reviewer.sync()  # the initials go to the server
    signer.sync()
    assert [t["field"] for t in signer.tasks()] == ["Signature1"]
    signer.ok("act", letter_id, "sign", *signer.signing())
    signer.sync()
    drafter.sync()
    assert drafter.show(letter_id)["state"] == "signed"
    final = tmp_path / "final.pdf"
    drafter.ok("letters", "export", letter_id, "--out", final)
    report = verify_file(final, load_trust_anchors([trust_root]))
    assert {s.field: s.valid and s.trusted for s in report.signatures} == {
        "Initials1": True,
        "Signature1": True,
    }
    history = drafter.show(letter_id)["history"]
    assert [(e["action"]["kind"], e["action"]["comment"]) for e in history] == [
        ("submit", ""),
        ("approve", "ตรวจแล้ว ถูกต้อง"),
        ("sign", ""),
    ]
