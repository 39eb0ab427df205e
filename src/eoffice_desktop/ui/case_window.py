"""The main window's part in received letters' ways: opening a case task, presenting the selected received
letter, and the reply draft an assignee asks for."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.ui.messages import notice, user_message

if TYPE_CHECKING:
    from eoffice_desktop.ui.case_task import CaseTaskDialog
    from eoffice_desktop.ui.main_window import MainWindow
    from eoffice_desktop.ui.present_dialog import PresentDialog

translate = QCoreApplication.translate  # lupdate finds translate("MainWindow", "…") calls


def open_case(window: MainWindow, case_id: str, token_service: Any = None) -> CaseTaskDialog | None:
    """The received letter on its way, with what the person can do on it."""
    from eoffice_desktop.ui.case_task import CaseTaskDialog
    from eoffice_desktop.ui.route_window import acted

    workspace = window.workspace
    if workspace is None:
        return None
    for dialog in window.findChildren(CaseTaskDialog):
        if dialog.case_id == case_id and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
    dialog = CaseTaskDialog(workspace, case_id, window, token_service or window.token_service)
    dialog.acted.connect(lambda _id: acted(window))
    dialog.reply_requested.connect(lambda made, assignment: reply_draft(window, made, assignment))
    dialog.show()
    return dialog


def present_selected(window: MainWindow) -> PresentDialog | None:
    """Present the selected received letter to the heads (the saraban officer)."""
    from eoffice_desktop.desk.case_window import held_cases
    from eoffice_desktop.desk.viewing import is_received, received_letter
    from eoffice_desktop.ui.present_dialog import present_received

    workspace = window.workspace
    if workspace is None:
        return None
    received = [r for r in window.selected_records() if is_received(r)]
    if not received:
        window.statusBar().showMessage(translate("MainWindow", "Select a received letter to present."), 8000)
        return None
    try:
        letter = received_letter(workspace, received[0]).received
    except EOfficeError as exc:
        notice(window, translate("MainWindow", "Present the letter"), user_message(exc))
        return None
    if letter.server_id in held_cases(workspace).cases:
        open_case(window, letter.server_id)
        return None
    return present_received(window, letter)


def reply_draft(window: MainWindow, case_id: str, assignment_id: str) -> None:
    """A reply draft for the assignment, opened in the draft editor; saved, it is the assignment's reply."""
    from eoffice_desktop.desk.case_reply import reply_template, reply_values

    workspace = window.workspace
    if workspace is None:
        return
    try:
        template = reply_template(workspace)
        data = reply_values(workspace, case_id)
    except EOfficeError as exc:
        notice(window, translate("MainWindow", "Reply"), user_message(exc))
        return
    editor = window.open_editor(template, None, data)
    recorded: list[str] = []

    def saved(letter_id: str) -> None:
        from eoffice_desktop.desk.case_window import act
        from eoffice_desktop.domain.case_model import CaseActionKind

        if recorded:
            return
        recorded.append(letter_id)
        try:
            act(workspace, case_id, CaseActionKind.REPLY, assignment_id, reply_letter_id=letter_id)
        except EOfficeError as exc:
            notice(window, translate("MainWindow", "Reply"), user_message(exc))
            return
        window.refresh()
        window.statusBar().showMessage(
            translate("MainWindow", "The draft is recorded as your reply; submit it on a route when ready."),
            15_000,
        )

    editor.saved.connect(saved)
