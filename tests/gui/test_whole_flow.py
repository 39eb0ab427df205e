"""A clerk's and a signer's day in the real window, with the real parts: draft from a template → live preview
→ take a number (offline, from the leased block) → save → send for signature → sign with the SoftHSM token by
typing the PIN into the sign dialog → send → sync to the reference server on loopback → shown as sent. A
letter from another office arrives in the inbox; a tampered copy shows as invalid in Verify."""

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from eoffice_cloud.storage import stats
from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.sync.client import CloudClient
from eoffice_desktop.sync.engine import SyncEngine
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.ui.sign_letters import RESULT
from eoffice_desktop.ui.sync_bridge import SyncBridge
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.cloud import RunningCloud, running_cloud
from tests.helpers import PIN_ENV, example, reserve_cli, run_cli, sign_cli

pytest.importorskip("pytestqt")


@pytest.fixture
def cloud(tmp_path: Path) -> Iterator[RunningCloud]:
    with running_cloud(tmp_path / "cloud") as running:
        yield running


def write_config(path: Path, hsm: Any, trust_root: Path, server: str | None = None) -> Path:
    sync = f'[sync]\nserver = "{server}"\n' if server else ""
    path.write_text(
        f'{sync}[signing]\nmodule = "{hsm.module}"\ntrust = ["{trust_root}"]\nlevel = "B-B"\n',
        encoding="utf-8",
    )
    return path


@pytest.fixture
def office(
    tmp_path: Path, hsm: Any, trust_root: Path, cloud: RunningCloud
) -> Iterator[tuple[Workspace, str]]:
    """Agency DS's workstation: numbers leased for ดศ 0201, the token and trust anchor configured."""
    token = cloud.token("ds-clerk", "DS")
    data = tmp_path / "ds"
    code, _out, err = reserve_cli(data, cloud.url, token, 20)
    assert code == 0, err
    config = write_config(tmp_path / "config.toml", hsm, trust_root)
    workspace = open_workspace(data, config)
    yield workspace, token
    workspace.close()


def _type(qtbot: Any, widget: Any, text: str) -> None:
    """Key presses carrying the text, as a Thai keyboard layout sends them (QTest maps ASCII only)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    qtbot.wait(1)


def test_the_whole_day_in_the_window(
    qtbot: Any,
    office: tuple[Workspace, str],
    cloud: RunningCloud,
    hsm: Any,
    trust_root: Path,
    tmp_path: Path,
) -> None:
    workspace, token = office
    bridge = SyncBridge(lambda: SyncEngine(workspace.store, CloudClient(cloud.url, token), "clerk"))
    window = MainWindow(workspace, settings_path=tmp_path / "w.ini", sync=bridge)
    qtbot.addWidget(window)
    window.show()
    letter_id = _draft_and_send_for_signature(qtbot, window, workspace)
    _sign_in_the_dialog(qtbot, window, hsm)
    record = workspace.letters.get(letter_id)
    assert record.state is LetterState.SIGNED and record.signed

    # an office elsewhere sends us a letter meanwhile
    _incoming_from_cm(tmp_path, cloud, hsm, trust_root)

    # send it to CM; the sync (real server on loopback) delivers it and brings the incoming letter
    window.send_letters([letter_id], "CM")
    qtbot.waitUntil(lambda: window.counts.get("delivered") == 1, timeout=30_000)
    qtbot.waitUntil(lambda: window.counts.get("inbox") == 1, timeout=30_000)
    window.show_section("delivered")
    assert window.model.rows[0].subject == "ขอเชิญประชุมคณะทำงานสารบรรณ"
    assert stats(cloud.store)["documents"] == 2  # ours and CM's, each once
    said = [title for title, _text in window.notifier.history]
    assert "Letters delivered" in said and "New letters" in said
    window.show_section("inbox")
    assert window.model.rows[0].subject == "แจ้งผลการประชุม"

    # a tampered copy of our signed letter shows as invalid
    signed_pdf = workspace.store.blob_path(workspace.letters.get(letter_id).pdf_sha256 or "")
    tampered = tmp_path / "tampered.pdf"
    shutil.copy(signed_pdf, tampered)
    with tampered.open("ab") as handle:
        handle.write(b"\n% appended after signing\n")
    verify = window.open_verify(tampered)
    qtbot.waitUntil(lambda: verify.report is not None, timeout=20_000)
    assert not verify.report.valid


def _draft_and_send_for_signature(qtbot: Any, window: MainWindow, workspace: Workspace) -> str:
    editor = window.new_letter("external-letter")
    assert editor is not None
    form = editor.form
    letter = example("external-letter")
    for name in ("agency", "address", "recipient", "body", "signer", "owner_unit"):
        form.set_value(name, letter[name])
    _type(qtbot, form.fields["subject"].focus, "ขอเชิญประชุมคณะทำงานสารบรรณ")
    _type(qtbot, form.fields["date"].focus, "24/11/2569")
    assert form.data()["date"] == "2026-11-24"
    assert form.fields["salutation"].read() == "เรียน"  # the template's default
    assert form.fields["closing"].focus.placeholderText() == "ขอแสดงความนับถือ"  # follows the salutation

    # the live preview (rendered off the GUI thread) shows the letter; the missing number is known, but not
    # marked before the clerk has been in its field (a calm form)
    qtbot.waitUntil(
        lambda: editor.checked is not None and set(editor.checked.problems) == {"number"}, timeout=15_000
    )
    assert editor.preview.images and editor.form.errors["number"].text() == ""

    # take a number from the leased block (offline: no request is made)
    _type(qtbot, form.fields["number"].focus, "ดศ 0201")
    qtbot.mouseClick(form.number_buttons["number"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.fields["number"].read() == "ดศ ๐๒๐๑/๑", timeout=10_000)
    qtbot.waitUntil(lambda: editor.checked is not None and not editor.checked.problems, timeout=15_000)

    # save (Ctrl+S), then send for signature (Ctrl+Return): the editor closes, the letter waits for signature
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.stored and not editor.dirty, timeout=10_000)
    letter_id = editor.letter_id
    with qtbot.waitSignal(editor.sent_for_signature, timeout=20_000):
        editor.submit_action.trigger()
    assert workspace.letters.get(letter_id).state is LetterState.READY
    return letter_id


def _sign_in_the_dialog(qtbot: Any, window: MainWindow, hsm: Any) -> None:
    # sign: select it under รอลงนาม, open the sign dialog, choose the certificate, type the PIN
    window.show_section("ready")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.table.selectRow(0)
    dialog = window.sign_selected()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.cert_choice.count() > 0, timeout=10_000)
    assert dialog.token_state.text().startswith("Token present")
    labels = [c.label for c in dialog.certificates]
    assert "no-nr" not in labels and "expired" not in labels  # signing certificates only
    dialog.cert_choice.setCurrentIndex(labels.index("signer"))
    assert not dialog.sign_button.isEnabled()  # no PIN yet
    _type(qtbot, dialog.pin, hsm.pin)
    with qtbot.waitSignal(dialog.finished_signing, timeout=30_000) as signed:
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert signed.args[0].signed == 1 and dialog.pin.text() == ""
    assert dialog.table.item(0, RESULT).text() == "Signed"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Close is now the default button
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _incoming_from_cm(tmp_path: Path, cloud: RunningCloud, hsm: Any, trust_root: Path) -> None:
    """CM's workstation drafts, signs, queues and syncs a letter to DS through the command line."""
    cm = tmp_path / "cm"
    draft = tmp_path / "cm-letter.pdf"
    data = tmp_path / "cm.json"
    import json

    data.write_text(
        json.dumps(example("external-letter") | {"subject": "แจ้งผลการประชุม", "number": "ชม 0017/5"}),
        encoding="utf-8",
    )
    assert run_cli("draft", "--template", "external-letter", "--data", data, "--out", draft)[0] == 0
    os.environ[PIN_ENV] = hsm.pin
    out = tmp_path / "cm-signed"
    out.mkdir()
    code, _o, err = sign_cli(hsm, [draft], "--out-dir", out)
    assert code == 0, err
    code, _o, err = run_cli(
        "--data-dir", cm, "queue", "add", out / draft.name, "--to", "DS", "--trust", trust_root
    )
    assert code == 0, err
    code, _o, err = run_cli(
        "--data-dir", cm, "sync", "--once", "--server", cloud.url, "--token", cloud.token("cm-clerk", "CM")
    )
    assert code == 0, err
