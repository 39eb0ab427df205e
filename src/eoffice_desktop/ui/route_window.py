"""The main window's part in routes: opening a task or a letter on its way, submitting a draft on a route,
the count of "my tasks", and the notifications when a sync brings a new task or a returned letter."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.ui.messages import display_digits, notice, user_message

if TYPE_CHECKING:
    from eoffice_desktop.ui.main_window import MainWindow
    from eoffice_desktop.ui.route_builder import RouteBuilder
    from eoffice_desktop.ui.route_task import TaskDialog
    from eoffice_desktop.workspace import Workspace

translate = QCoreApplication.translate  # lupdate finds translate("MainWindow", "…") calls

TASKS = "tasks"  # the section's key and its count's
TASK_IDS = "_task_ids"  # held beside the counts: letter id → task kind, to tell new tasks


def read_counts(workspace: Workspace) -> dict[str, Any]:
    """What the navigation shows (on a worker): the letters per state, the inbox, and the person's tasks."""
    from eoffice_desktop.desk.case_window import case_task_ids
    from eoffice_desktop.desk.route_view import task_ids

    ids = {**task_ids(workspace), **case_task_ids(workspace)}
    return {**workspace.counts(), TASKS: len(ids), TASK_IDS: ids}


def announce_new_tasks(window: MainWindow, before: dict[str, str] | None, after: dict[str, str]) -> None:
    """A notification for the tasks that were not there before (``before`` None: the first reading, nothing
    is new): letters waiting for the person, and letters of theirs that came back returned."""
    if before is None:
        return
    new = {letter_id: kind for letter_id, kind in after.items() if before.get(letter_id) != kind}
    waiting = sum(1 for kind in new.values() if kind == "act" or kind.startswith("case-"))
    returned = sum(1 for kind in new.values() if kind == "fix")
    signed = sum(1 for kind in new.values() if kind == "send")
    if waiting:
        window.notifier.notify(
            translate("MainWindow", "New tasks"),
            translate("MainWindow", "Letters waiting for you: %n; see My tasks.", "", waiting),
        )
    if returned:
        window.notifier.notify(
            translate("MainWindow", "Letters returned"),
            translate("MainWindow", "Letters returned to you for correction: %n.", "", returned),
            warning=True,
        )
    if signed:
        window.notifier.notify(
            translate("MainWindow", "Letters signed"),
            translate("MainWindow", "Letters signed and waiting to be sent: %n.", "", signed),
        )


def open_task(window: MainWindow, letter_id: str, token_service: Any = None) -> TaskDialog | None:
    """The letter on its way, with what the person can do on it."""
    from eoffice_desktop.desk.route_view import acting_person
    from eoffice_desktop.errors import EOfficeError
    from eoffice_desktop.ui.route_task import TaskDialog

    workspace = window.workspace
    if workspace is None:
        return None
    for dialog in window.findChildren(TaskDialog):
        if dialog.letter_id == letter_id and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
    try:
        person: str | None = acting_person(workspace)
    except EOfficeError:
        person = None  # shown, without actions
    dialog = TaskDialog(workspace, letter_id, person, window, token_service or window.token_service)
    dialog.acted.connect(lambda _id, _kind: acted(window))
    dialog.edit_requested.connect(lambda made: _edit(window, made))
    dialog.send_requested.connect(lambda made: window.sending.send_selected([workspace.letters.get(made)]))
    if window.sync is not None:
        dialog.follow(window.sync)
    dialog.show()
    return dialog


def acted(window: MainWindow) -> None:
    window.refresh()
    window.statusBar().showMessage(
        translate("MainWindow", "Done here; it will be sent to the server on the next sync."), 15_000
    )


def _edit(window: MainWindow, letter_id: str) -> None:
    workspace = window.workspace
    assert workspace is not None
    try:
        record = workspace.letters.get(letter_id)
        template = workspace.services.templates.get(record.template)
    except EOfficeError as exc:
        notice(window, translate("MainWindow", "Edit the draft"), user_message(exc))
        return
    window.open_editor(template, letter_id, workspace.letters.data(letter_id))


def submit_selected(window: MainWindow) -> RouteBuilder | None:
    """The route builder for the selected draft."""
    from eoffice_desktop.domain.lifecycle import LetterState
    from eoffice_desktop.ui.route_builder import RouteBuilder

    workspace = window.workspace
    if workspace is None:
        return None
    drafts = [r for r in window.selected_records() if getattr(r, "state", None) is LetterState.DRAFT]
    if not drafts:
        window.statusBar().showMessage(translate("MainWindow", "Select a draft to submit on a route."), 8000)
        return None
    record = drafts[0]
    dialog = RouteBuilder(workspace, record.id, record.subject, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.submitted.connect(lambda _route: _submitted(window))
    dialog.open()
    return dialog


def _submitted(window: MainWindow) -> None:
    window.refresh()
    window.statusBar().showMessage(
        display_digits(
            translate(
                "MainWindow", "Submitted: the letter is on its way; it goes to the server on the next sync."
            )
        ),
        15_000,
    )
