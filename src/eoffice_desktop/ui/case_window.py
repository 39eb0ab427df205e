"""The main window's part in received letters' ways: opening a case task, presenting the selected received
letter, and the reply draft an assignee asks for."""

from __future__ import annotations

from collections.abc import Sequence
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
    dialog.replied.connect(lambda letter, data: _edit_reply(window, letter, data))
    if window.sync is not None:
        dialog.follow(window.sync)
    dialog.show()
    return dialog


def present_selected(window: MainWindow) -> PresentDialog | None:
    """Present the selected received letter to the heads (the saraban officer)."""
    from eoffice_desktop.desk.viewing import is_received, received_letter

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
    return present_letter(window, letter)


def present_letter(window: MainWindow, letter: Any) -> PresentDialog | None:
    """The present dialog for the received letter ``letter`` (store.inbox.Received); its case when it is on
    its way already."""
    from eoffice_desktop.desk.case_window import has_case
    from eoffice_desktop.ui.present_dialog import present_received

    workspace = window.workspace
    if workspace is None:
        return None
    if has_case(workspace, letter.server_id):
        open_case(window, letter.server_id)
        return None
    return present_received(window, letter)


def _edit_reply(window: MainWindow, letter: Any, data: dict[str, Any]) -> None:
    """The reply draft in the editor; it goes on its way (a route) from there as any draft."""
    workspace = window.workspace
    if workspace is None:
        return
    try:
        template = workspace.services.templates.get(letter.template)
    except EOfficeError as exc:
        notice(window, translate("MainWindow", "Reply"), user_message(exc))
        return
    window.open_editor(template, letter.id, data)
    window.statusBar().showMessage(
        translate("MainWindow", "The draft is recorded as your reply; submit it on a route when ready."),
        15_000,
    )


def print_case(window: MainWindow, records: Sequence[Any]) -> bool:
    """The print dialog for the letter and minutes of the first of ``records`` when it is a case task;
    False when it is not one (the letter lists print their own way)."""
    from eoffice_desktop.desk.case_window import CaseTaskRow, printable
    from eoffice_desktop.ui.pdf_pages import page_sizes
    from eoffice_desktop.ui.printing import print_with_dialog

    workspace = window.workspace
    if workspace is None or not records or not isinstance(records[0], CaseTaskRow):
        return False
    row = records[0]

    def work() -> tuple[bytes, int]:
        pdf = printable(workspace, row.case_id)
        return pdf, len(page_sizes(pdf))

    def said(text: str) -> None:
        window.statusBar().showMessage(text, 10_000)

    window.tasks.run(
        work,
        lambda found: print_with_dialog(window, window.tasks, row.subject, found[0], said, found[1]),
        lambda error: notice(window, translate("MainWindow", "Cannot print"), user_message(error)),
    )
    return True
