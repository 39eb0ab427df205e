"""A clerk's and a signer's day in the real window, driven by the keys and clicks they use, with real parts:
Ctrl+N → the template picker → the form typed field by field (the office profile fills the rest) → ออกเลข
(offline, from the leased block) → Ctrl+S → Ctrl+Enter sends for signature → the signer clicks รอลงนาม, the
letter, Ctrl+Shift+S, chooses the certificate and types the PIN → ลงนามแล้ว, Ctrl+Shift+D, the recipient
found by its Thai name, Send → sync to the reference server on loopback → shown as sent. A letter from another
office arrives in the inbox and opens with a double-click; a tampered copy dropped on Verify shows as invalid.
The window is Thai, and no screen of the day shows an English word."""

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from eoffice_cloud.storage import stats
from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.sync.client import CloudClient
from eoffice_desktop.sync.engine import SyncEngine
from eoffice_desktop.ui.draft_editor import DraftEditor
from eoffice_desktop.ui.letter_viewer import LetterViewer
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.ui.send_dialog import SendDialog
from eoffice_desktop.ui.sign_dialog import SignDialog
from eoffice_desktop.ui.sync_bridge import SyncBridge
from eoffice_desktop.ui.template_picker import TemplatePicker
from eoffice_desktop.ui.verify_dialog import VerifyDialog
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.cloud import RunningCloud, running_cloud
from tests.directory import publish_directory
from tests.gui.english import ALLOWED, WORD, english_in
from tests.helpers import PIN_ENV, example, reserve_cli, run_cli, sign_cli

pytest.importorskip("pytestqt")

SUBJECT = "ขอเชิญประชุมคณะทำงานสารบรรณ"
AGENCY = "สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
PROFILE = f"""[profile]
agency = "{AGENCY}"
agency_code = "ดศ 0201"
address = ["ศูนย์ราชการฯ อาคารซี", "ถนนแจ้งวัฒนะ กรุงเทพฯ ๑๐๒๑๐"]
owner_unit = "กองกลาง"
phone = "0 2141 6747"
signers = [{{ name = "นายสมชาย ใจดี", positions = ["ผู้อำนวยการกองกลาง"] }}]
"""
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def cloud(tmp_path: Path, trust_root: Path) -> Iterator[RunningCloud]:
    with running_cloud(tmp_path / "cloud", trust=[trust_root]) as running:
        yield running


def write_config(
    path: Path, hsm: Any, trust_root: Path, server: str | None = None, profile: str = ""
) -> Path:
    sync = f'[sync]\nserver = "{server}"\n' if server else ""
    path.write_text(
        f'{sync}[signing]\nmodule = "{hsm.module}"\ntrust = ["{trust_root}"]\nlevel = "B-B"\n{profile}',
        encoding="utf-8",
    )
    return path


@pytest.fixture
def office(
    tmp_path: Path, hsm: Any, trust_root: Path, cloud: RunningCloud
) -> Iterator[tuple[Workspace, str]]:
    """Agency DS's workstation: numbers leased for ดศ 0201, the token, trust anchor and office profile
    configured; the server publishes an agency directory (DS, CM and their units, with Thai names)."""
    token = cloud.token("ds-clerk", "DS")
    publish_directory(cloud.store, tmp_path)
    data = tmp_path / "ds"
    code, _out, err = reserve_cli(data, cloud.url, token, 20)
    assert code == 0, err
    config = write_config(tmp_path / "config.toml", hsm, trust_root, profile=PROFILE)
    workspace = open_workspace(data, config)
    yield workspace, token
    workspace.close()


def _type(qtbot: Any, widget: Any, text: str) -> None:
    """Key presses carrying the text, as a Thai keyboard layout sends them (QTest maps ASCII only), sent to
    ``widget`` (given the focus; other tests use this form)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    qtbot.wait(1)


def _type_here(qtbot: Any, text: str) -> None:
    """The same into the focused widget, where the clerk's clicks and Tabs put the cursor; a new line is the
    Return key."""
    for char in text:
        focused = QApplication.focusWidget()
        assert focused is not None, "typing needs a focused field"
        if char == "\n":
            qtbot.keyClick(focused, Qt.Key.Key_Return)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focused, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    qtbot.wait(1)


def _activate(qtbot: Any, window: QWidget) -> None:
    """Bring ``window`` to the front, as a click on it would: shortcuts work in the active window only."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _tab_to(qtbot: Any, field: QWidget, limit: int = 30) -> None:
    """Tab on until ``field`` has the focus (the scrolled form follows the focus)."""
    for _press in range(limit):
        if field.hasFocus():
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert field.hasFocus(), "Tab never reached the field"


def _shown(kind: type, owner: QWidget) -> Any:
    return next((w for w in owner.findChildren(kind) if w.isVisible()), None)


def _click_section(qtbot: Any, window: MainWindow, key: str) -> None:
    navigation = window.navigation
    item = navigation.item([s.key for s in window.sections].index(key))
    qtbot.mouseClick(navigation.viewport(), LEFT, pos=navigation.visualItemRect(item).center())
    assert window.current_section().key == key


def _row_centre(window: MainWindow, row: int = 0) -> QPoint:
    return window.table.visualRect(window.model.index(row, 1)).center()


def _click_row(qtbot: Any, window: MainWindow, row: int = 0) -> None:
    qtbot.waitUntil(lambda: window.model.rowCount() > row, timeout=10_000)
    qtbot.mouseClick(window.table.viewport(), LEFT, pos=_row_centre(window, row))
    assert window.table.selectionModel().isRowSelected(row)


def test_the_whole_day_in_the_window(
    qtbot: Any,
    office: tuple[Workspace, str],
    cloud: RunningCloud,
    hsm: Any,
    trust_root: Path,
    tmp_path: Path,
    language: Any,
) -> None:
    language("th")
    workspace, token = office
    bridge = SyncBridge(lambda: SyncEngine(workspace.store, CloudClient(cloud.url, token), "clerk"))
    window = MainWindow(workspace, settings_path=tmp_path / "w.ini", sync=bridge)
    qtbot.addWidget(window)
    window.show()
    _activate(qtbot, window)
    # the first sync (at start) brings the agency directory
    qtbot.waitUntil(lambda: bridge.last_success is not None, timeout=30_000)
    assert english_in(window) == {}

    letter_id = _draft_and_send_for_signature(qtbot, window, workspace)
    _sign_in_the_dialog(qtbot, window, hsm.pin)
    record = workspace.letters.get(letter_id)
    assert record.state is LetterState.SIGNED and record.signed

    # an office elsewhere sends us a letter meanwhile
    _incoming_from_cm(tmp_path, cloud, hsm, trust_root)

    # send it to CM; the sync the send starts (real server on loopback) delivers it and brings CM's letter
    _send_to_cm(qtbot, window)
    qtbot.waitUntil(lambda: window.counts.get("delivered") == 1, timeout=30_000)
    qtbot.waitUntil(lambda: window.counts.get("inbox") == 1, timeout=30_000)
    assert stats(cloud.store)["documents"] == 2  # ours and CM's, each once
    _click_section(qtbot, window, "delivered")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.rows[0].subject == SUBJECT
    said = [title for title, _text in window.notifier.history]
    assert said == ["ส่งหนังสือถึงแล้ว", "หนังสือเข้าใหม่"], said  # letters delivered; new letters

    _read_the_incoming_letter(qtbot, window)

    # a tampered copy of our signed letter, dropped on Verify (Ctrl+Shift+V), shows as invalid
    signed_pdf = workspace.store.blob_path(workspace.letters.get(letter_id).pdf_sha256 or "")
    tampered = tmp_path / "tampered.pdf"
    shutil.copy(signed_pdf, tampered)
    with tampered.open("ab") as handle:
        handle.write(b"\n% appended after signing\n")
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_V, CTRL_SHIFT)
    qtbot.waitUntil(lambda: _shown(VerifyDialog, window) is not None)
    verify = _shown(VerifyDialog, window)
    _drop(verify, tampered)
    qtbot.waitUntil(lambda: verify.report is not None, timeout=20_000)
    assert not verify.report.valid


def _drop(target: QWidget, path: Path) -> None:
    """A file dragged from the file manager onto ``target``: the drag enters, then the drop (QTest has no
    drag and drop, so the two events are sent as the window system would deliver them)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(20, 20), Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)


def _draft_and_send_for_signature(qtbot: Any, window: MainWindow, workspace: Workspace) -> str:
    # Ctrl+N: the picker offers the kinds, the external letter first; Down and Up, then Enter
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: _shown(TemplatePicker, window) is not None)
    picker = _shown(TemplatePicker, window)
    assert QApplication.activeModalWidget() is picker
    assert english_in(picker) == {}
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Return):
        qtbot.keyClick(picker.list, key)
    qtbot.waitUntil(lambda: _shown(DraftEditor, window) is not None)
    editor = _shown(DraftEditor, window)
    assert editor.template.id == "external-letter"
    _activate(qtbot, editor)
    form = editor.form
    # the office profile filled the agency, its address, the owner unit, the signer and the number's series
    assert form.fields["agency"].read() == AGENCY
    assert form.fields["owner_unit"].read() == "กองกลาง"
    assert form.fields["signer"].read() == {"name": "นายสมชาย ใจดี", "positions": ["ผู้อำนวยการกองกลาง"]}
    assert form.fields["number"].read() == "ดศ 0201"
    assert form.fields["salutation"].read() == "เรียน"  # the template's default

    # ออกเลข: the next number of the block leased for the office (offline: no request is made)
    qtbot.mouseClick(form.number_buttons["number"], LEFT)
    qtbot.waitUntil(lambda: form.fields["number"].read() == "ดศ ๐๒๐๑/๑", timeout=10_000)

    # the date, then Tab on to the subject, the recipient and the body (lines with Return between)
    date = form.fields["date"].focus
    qtbot.mouseClick(date, LEFT)
    assert date.hasFocus()
    qtbot.keyClick(date, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(date, "4/12/2569")
    assert form.data()["date"] == "2026-12-04"
    _tab_to(qtbot, form.fields["subject"].focus)
    _type_here(qtbot, SUBJECT)
    _tab_to(qtbot, form.fields["recipient"].focus)
    _type_here(qtbot, "ผู้ว่าราชการจังหวัดเชียงใหม่")
    _tab_to(qtbot, form.fields["body"].focus)
    _type_here(qtbot, "ด้วยสำนักงานจะจัดประชุมคณะทำงานสารบรรณ\nจึงเรียนมาเพื่อโปรดพิจารณา")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # leaving the body, as a clerk moves on
    assert form.fields["body"].read() == ["ด้วยสำนักงานจะจัดประชุมคณะทำงานสารบรรณ", "จึงเรียนมาเพื่อโปรดพิจารณา"]
    assert form.fields["subject"].read() == SUBJECT
    assert form.fields["closing"].focus.placeholderText() == "ขอแสดงความนับถือ"  # follows the salutation

    # the live preview (rendered off the GUI thread) shows the letter with nothing missing
    qtbot.waitUntil(lambda: editor.checked is not None and not editor.checked.problems, timeout=15_000)
    assert editor.preview.images
    assert english_in(editor) == {}

    # save (Ctrl+S), then send for signature (Ctrl+Enter): the editor closes, the letter waits for signature
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: editor.stored and not editor.dirty, timeout=10_000)
    letter_id = editor.letter_id
    with qtbot.waitSignal(editor.sent_for_signature, timeout=20_000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert workspace.letters.get(letter_id).state is LetterState.READY
    return letter_id


def _sign_in_the_dialog(qtbot: Any, window: MainWindow, pin: str) -> None:
    # the signer clicks รอลงนาม, the letter, then Ctrl+Shift+S
    _activate(qtbot, window)
    _click_section(qtbot, window, "ready")
    _click_row(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(lambda: _shown(SignDialog, window) is not None)
    dialog = _shown(SignDialog, window)
    qtbot.waitUntil(lambda: dialog.cert_choice.count() > 0, timeout=10_000)
    labels = [c.label for c in dialog.certificates]
    assert "no-nr" not in labels and "expired" not in labels  # signing certificates only
    assert dialog.cert_choice.currentIndex() == -1  # several: the signer chooses, never a silent pick

    # the certificate: a click opens the list, Down/Up to "signer", Enter
    combo = dialog.cert_choice
    qtbot.mouseClick(combo, LEFT)
    qtbot.waitUntil(lambda: combo.view().isVisible())
    target = labels.index("signer")
    for _step in range(combo.count()):  # the signer watches the highlight move
        row = combo.view().currentIndex().row()
        if row == target:
            break
        qtbot.keyClick(combo.view(), Qt.Key.Key_Down if row < target else Qt.Key.Key_Up)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not combo.view().isVisible())
    assert dialog.certificates[combo.currentIndex()].label == "signer"
    assert not dialog.sign_button.isEnabled()  # no PIN yet
    # the token's and certificates' own labels and the token's make are what they are (the test token's
    # are English); the rest of the dialog is Thai
    token = dialog.watch.token_choice
    names = [combo.itemText(i) for i in range(combo.count())] + [
        token.itemText(i) for i in range(token.count())
    ]
    names.append(dialog.token_state.text().rpartition(" · ")[2])
    assert english_in(dialog, ALLOWED | {w.lower() for n in names for w in WORD.findall(n)}) == {}

    # the PIN, then Enter signs
    qtbot.mouseClick(dialog.pin, LEFT)
    qtbot.keyClicks(dialog.pin, pin)
    with qtbot.waitSignal(dialog.finished_signing, timeout=30_000) as signed:
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert signed.args[0].signed == 1 and dialog.pin.text() == ""
    # Enter again: Close is now the main button
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _send_to_cm(qtbot: Any, window: MainWindow) -> None:
    # the clerk clicks ลงนามแล้ว, the letter, Ctrl+Shift+D; finds ศาลากลางจังหวัดเชียงใหม่ by name, Enter adds it
    _activate(qtbot, window)
    _click_section(qtbot, window, "signed")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    _click_row(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_D, CTRL_SHIFT)
    qtbot.waitUntil(lambda: _shown(SendDialog, window) is not None)
    dialog = _shown(SendDialog, window)
    qtbot.waitUntil(dialog.picker.search.hasFocus)
    _type_here(qtbot, "ศาลากลางจังหวัดเชียง")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert dialog.picker.recipients() == ["CM"] and dialog.isVisible()  # Enter adds; it never sends
    assert english_in(dialog) == {}
    qtbot.mouseClick(dialog.send_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _read_the_incoming_letter(qtbot: Any, window: MainWindow) -> None:
    # the inbox: CM's letter; a double-click opens it in the letter viewer
    _click_section(qtbot, window, "inbox")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.rows[0].subject == "แจ้งผลการประชุม"
    # press and release, then the double-click (QTest's mouseDClick alone is taken for a first press)
    qtbot.mouseClick(window.table.viewport(), LEFT, pos=_row_centre(window))
    qtbot.mouseDClick(window.table.viewport(), LEFT, pos=_row_centre(window))
    qtbot.waitUntil(lambda: _shown(LetterViewer, window) is not None, timeout=10_000)
    viewer = _shown(LetterViewer, window)
    qtbot.waitUntil(lambda: viewer.summary.report is not None and bool(viewer.pages.images), timeout=30_000)
    assert viewer.summary.verdict.text() == "ลงนามถูกต้อง ยังไม่มีการประทับเวลา"
    assert viewer.entry["reg_no"].text().startswith("๑/")
    assert viewer.entry["number"].text() == "ชม ๐๐๑๗/๕"
    assert english_in(viewer) == {}
    # Ctrl+W closes it (the second of the platform's Close keys, after Ctrl+F4)
    _activate(qtbot, viewer)
    qtbot.keyClick(viewer, Qt.Key.Key_W, CTRL)
    qtbot.waitUntil(lambda: _shown(LetterViewer, window) is None)


def _incoming_from_cm(tmp_path: Path, cloud: RunningCloud, hsm: Any, trust_root: Path) -> None:
    """CM's workstation drafts, signs, queues and syncs a letter to DS through the command line."""
    cm = tmp_path / "cm"
    draft = tmp_path / "cm-letter.pdf"
    data = tmp_path / "cm.json"
    data.write_text(
        json.dumps(
            example("external-letter") | {"subject": "แจ้งผลการประชุม", "number": "ชม 0017/5", "secrecy": ""}
        ),  # not classed ลับ: a secret letter reaches only the saraban officers' person tokens
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
