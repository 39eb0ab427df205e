"""Drafting in the window on a real store: what is typed survives a crash, numbers come from the leased block
or a clear Thai reason, enclosures are dropped on, and mail merge makes one draft per row or none."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.ui.draft_editor import DraftEditor
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.gui.test_whole_flow import _type
from tests.helpers import example

pytest.importorskip("pytestqt")


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened = open_workspace(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: Any, workspace: Workspace, tmp_path: Path) -> MainWindow:
    made = MainWindow(workspace, settings_path=tmp_path / "w.ini")
    qtbot.addWidget(made)
    made.show()
    return made


def _editor(window: MainWindow, template: str = "external-letter") -> DraftEditor:
    editor = window.new_letter(template)
    assert editor is not None
    return editor


def test_typing_is_saved_by_itself_and_survives_a_crash(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    editor = _editor(window)
    _type(qtbot, editor.form.fields["subject"].focus, "ขออนุมัติเดินทางไปราชการ")
    qtbot.waitUntil(lambda: editor.stored and not editor.dirty, timeout=10_000)
    # the program dies here (nothing is closed or flushed); the next start opens the same store
    again = open_workspace(tmp_path / "data")
    try:
        drafts = again.letters.page(LetterState.DRAFT)
        assert [d.subject for d in drafts] == ["ขออนุมัติเดินทางไปราชการ"]
        assert again.letters.data(drafts[0].id)["subject"] == "ขออนุมัติเดินทางไปราชการ"
    finally:
        again.close()
    qtbot.waitUntil(lambda: window.counts.get("draft") == 1, timeout=5_000)


def test_closing_the_editor_keeps_the_last_keystrokes(
    qtbot: Any, window: MainWindow, workspace: Workspace
) -> None:
    editor = _editor(window, "memo")
    _type(qtbot, editor.form.fields["subject"].focus, "รายงานผล")
    editor.close()  # before the autosave timer fired
    assert [d.subject for d in workspace.letters.page(LetterState.DRAFT)] == ["รายงานผล"]


def test_a_number_needs_a_leased_block_and_says_so_in_thai(
    qtbot: Any, window: MainWindow, language: Any
) -> None:
    editor = _editor(window)
    _type(qtbot, editor.form.fields["number"].focus, "ดศ 0201")
    language("th")
    previews = editor.previews
    qtbot.waitUntil(lambda: not previews.running and not editor.preview_timer.isActive(), timeout=15_000)
    qtbot.mouseClick(editor.form.number_buttons["number"], Qt.MouseButton.LeftButton)
    error = editor.form.errors["number"]
    qtbot.waitUntil(lambda: "ไม่มีเลขที่จองไว้" in editor.statusBar().currentMessage(), timeout=10_000)
    assert error.isVisibleTo(editor)
    assert editor.form.fields["number"].read() == "ดศ 0201"  # what was typed stays


def test_dropped_files_become_enclosures_of_the_draft(
    qtbot: Any, window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    editor = _editor(window)
    files = []
    for name, content in (("กำหนดการประชุม.pdf", b"%PDF-1.7 agenda"), ("แบบตอบรับ.docx", b"PK reply")):
        path = tmp_path / name
        path.write_bytes(content)
        files.append(path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    editor.dropEvent(drop)
    qtbot.waitUntil(lambda: editor.enclosures.count() == 2, timeout=10_000)
    stored = workspace.letters.attachments(editor.letter_id)
    assert [a.filename for a in stored] == ["กำหนดการประชุม.pdf", "แบบตอบรับ.docx"]
    assert workspace.store.blob_path(stored[0].sha256).read_bytes() == b"%PDF-1.7 agenda"
    assert editor.form.fields["enclosures"].read() == ["กำหนดการประชุม", "แบบตอบรับ"]


def _csv(path: Path, rows: list[str]) -> Path:
    path.write_text("recipient,subject\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_mail_merge_makes_one_draft_per_row_or_none(
    qtbot: Any, window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    editor = _editor(window)
    base = example("external-letter")
    for name in ("number", "agency", "address", "body", "signer", "owner_unit"):
        editor.form.set_value(name, base[name])
    editor.form.set_value("date", "2026-11-24")
    bad = _csv(tmp_path / "bad.csv", ["ผู้ว่าราชการจังหวัดเชียงใหม่,เชิญประชุม", ",เชิญประชุม"])
    editor.mail_merge(bad)
    box = qtbot.waitUntil(
        lambda: editor.findChild(QMessageBox) is not None, timeout=10_000
    ) or editor.findChild(QMessageBox)
    assert box is not None and "2" in box.text()  # the row that is wrong is named
    assert workspace.letters.counts()["draft"] <= 1  # at most the editor's own draft: no merged one
    good = _csv(
        tmp_path / "good.csv",
        [f"ผู้ว่าราชการจังหวัด{p},เชิญประชุมคณะทำงาน" for p in ("เชียงใหม่", "ลำปาง", "น่าน")],
    )
    editor.mail_merge(good)
    qtbot.waitUntil(lambda: "3" in editor.statusBar().currentMessage(), timeout=10_000)
    recipients = {r.recipient for r in workspace.letters.page(LetterState.DRAFT, limit=10)}
    assert {"ผู้ว่าราชการจังหวัดเชียงใหม่", "ผู้ว่าราชการจังหวัดลำปาง", "ผู้ว่าราชการจังหวัดน่าน"} <= recipients
