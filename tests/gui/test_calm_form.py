"""A letter form is calm: nothing is red on a fresh (or reopened) form; a field's problem shows once the user
has left it, every problem after an attempt to send for signature; typing never moves the fields."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from eoffice_desktop.ui.draft_editor import DraftEditor
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.gui.test_whole_flow import _type

pytest.importorskip("pytestqt")


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    config = tmp_path / "config.toml"
    config.write_text("", encoding="utf-8")  # no profile: the form starts empty
    opened = open_workspace(tmp_path / "data", config)
    yield opened
    opened.close()


@pytest.fixture
def editor(qtbot: Any, workspace: Workspace, tmp_path: Path) -> DraftEditor:
    window = MainWindow(workspace, settings_path=tmp_path / "w.ini")
    qtbot.addWidget(window)
    window.show()
    made = window.new_letter("external-letter")
    assert made is not None
    with qtbot.waitActive(made):  # focus moves (and leaves fields) as for the user
        made.activateWindow()
    _settled(qtbot, made)
    return made


def _settled(qtbot: Any, editor: DraftEditor) -> None:
    """The latest preview (and its check) has arrived."""
    qtbot.waitUntil(
        lambda: (
            editor.checked is not None and not editor.preview_timer.isActive() and not editor.previews.running
        ),
        timeout=15_000,
    )
    QApplication.processEvents()


def _shown(editor: DraftEditor) -> dict[str, str]:
    """The messages beside the fields, by dotted field name."""
    form = editor.form
    labels: dict[str, QLabel] = dict(form.errors)
    for name, child in form.children_forms.items():
        labels.update({f"{name}.{sub}": label for sub, label in child.errors.items()})
    return {
        name: label.text() for name, label in labels.items() if label.text() and label.isVisibleTo(editor)
    }


def test_a_fresh_form_shows_no_problem(qtbot: Any, editor: DraftEditor) -> None:
    assert editor.checked is not None and {"subject", "recipient", "body"} <= set(editor.checked.problems)
    assert _shown(editor) == {}


def test_leaving_an_empty_required_field_shows_its_problem(qtbot: Any, editor: DraftEditor) -> None:
    subject = editor.form.fields["subject"].focus
    qtbot.mouseClick(subject, Qt.MouseButton.LeftButton)
    assert subject.hasFocus() and _shown(editor) == {}
    qtbot.keyClick(subject, Qt.Key.Key_Tab)
    assert not subject.hasFocus()
    assert _shown(editor) == {"subject": "Required field is missing or empty"}
    _type(qtbot, subject, "เชิญประชุม")  # fixed: the message goes
    assert _shown(editor) == {}
    _settled(qtbot, editor)
    assert _shown(editor) == {}


def test_an_attempt_to_send_shows_every_problem(qtbot: Any, editor: DraftEditor) -> None:
    _type(qtbot, editor.form.fields["subject"].focus, "เชิญประชุม")
    qtbot.keyClick(
        editor.form.fields["subject"].focus, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: "body" in _shown(editor), timeout=15_000)
    shown = _shown(editor)
    assert {"number", "date", "agency", "address", "recipient", "body", "signer.name", "owner_unit"} <= set(
        shown
    )
    assert "subject" not in shown
    assert editor.isVisible() and "Fill in the marked fields first" in editor.statusBar().currentMessage()


def _positions(editor: DraftEditor) -> dict[str, int]:
    QApplication.processEvents()
    form = editor.form
    return {name: field.widget.mapTo(form, QPoint(0, 0)).y() for name, field in form.fields.items()}


def test_typing_never_moves_the_fields(qtbot: Any, editor: DraftEditor) -> None:
    subject = editor.form.fields["subject"].focus
    qtbot.mouseClick(subject, Qt.MouseButton.LeftButton)
    qtbot.keyClick(subject, Qt.Key.Key_Tab)  # left empty: its problem shows
    qtbot.mouseClick(subject, Qt.MouseButton.LeftButton)
    assert "subject" in _shown(editor)
    before = _positions(editor)
    qtbot.keyClicks(subject, "a")  # fixes the problem
    _settled(qtbot, editor)
    assert "subject" not in _shown(editor) and _positions(editor) == before
    qtbot.keyClick(subject, Qt.Key.Key_Backspace)  # makes it again
    _settled(qtbot, editor)
    assert "subject" in _shown(editor) and _positions(editor) == before
    assert subject.hasFocus()


def test_a_reopened_draft_is_calm_too(qtbot: Any, editor: DraftEditor, workspace: Workspace) -> None:
    _type(qtbot, editor.form.fields["subject"].focus, "เชิญประชุม")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "body" in _shown(editor), timeout=15_000)
    letter_id = editor.letter_id
    editor.close()
    window = editor.parent()
    assert isinstance(window, MainWindow)
    again = window.open_editor(editor.template, letter_id, workspace.letters.data(letter_id))
    _settled(qtbot, again)
    assert again.checked is not None and again.checked.problems and _shown(again) == {}


@pytest.mark.parametrize(
    ("code", "title", "subject", "owner_unit", "problem"),
    [
        ("en", "Draft: External letter", "Subject", "Owner unit", "Required field is missing or empty"),
        ("th", "ร่างหนังสือภายนอก", "เรื่อง", "ส่วนราชการเจ้าของเรื่อง", "ต้องกรอกช่องนี้"),
    ],
)
def test_the_form_speaks_the_windows_language(
    qtbot: Any,
    workspace: Workspace,
    tmp_path: Path,
    language: Any,
    code: str,
    title: str,
    subject: str,
    owner_unit: str,
    problem: str,
) -> None:
    language(code)
    window = MainWindow(workspace, settings_path=tmp_path / "w.ini")
    qtbot.addWidget(window)
    window.show()
    editor = window.new_letter("external-letter")
    assert editor is not None
    with qtbot.waitActive(editor):
        editor.activateWindow()
    _settled(qtbot, editor)
    form = editor.form
    assert editor.windowTitle() == title
    assert form.labels["subject"].text().startswith(f"{subject} <span")  # with the red required mark
    assert form.labels["owner_unit"].text().startswith(owner_unit)
    assert (
        form.children_forms["signer"]
        .labels["positions"]
        .text()
        .startswith("Position" if code == "en" else "ตำแหน่ง")
    )
    field = form.fields["subject"].focus
    assert field.accessibleName() == subject
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert _shown(editor) == {"subject": problem}


def test_a_salutation_without_a_known_closing_is_marked_when_left(qtbot: Any, editor: DraftEditor) -> None:
    salutation = editor.form.fields["salutation"].focus
    qtbot.mouseClick(salutation, Qt.MouseButton.LeftButton)
    salutation.lineEdit().selectAll()
    _type(qtbot, salutation.lineEdit(), "สวัสดี")
    _settled(qtbot, editor)
    assert "closing" not in _shown(editor)
    qtbot.keyClick(salutation, Qt.Key.Key_Tab)
    assert _shown(editor)["closing"].startswith("No closing is known for salutation 'สวัสดี'")
