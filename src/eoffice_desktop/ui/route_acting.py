"""What the person it waits for does on an opened letter on its way (ui/route_task.py): initial or sign it
with the token's PIN, return it with a comment (to the drafter or an earlier step), forward the step to
another person. Each runs on a worker; the dialog closes when done.

A part of the dialog's class (its strings are the dialog's: translate("TaskDialog", …))."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog

from eoffice_desktop.domain.routes import ActionKind
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.ui.messages import user_message
from eoffice_desktop.ui.token_watch import DANGER, WARN

if TYPE_CHECKING:
    from eoffice_desktop.domain.people import Person
    from eoffice_desktop.ui.route_task import TaskDialog

translate = QCoreApplication.translate


class RouteActing:
    """The actions of :class:`~eoffice_desktop.ui.route_task.TaskDialog`, which derives from this."""

    def acting(self: TaskDialog) -> bool:
        """An action is under way: saving, or the token signing in the PIN dialog."""
        from eoffice_desktop.ui.route_sign import RouteSignDialog

        return self.busy or any(d.signing for d in self.findChildren(RouteSignDialog))

    def _act(self: TaskDialog, kind: ActionKind, **extra: Any) -> None:
        from eoffice_desktop.desk.route_history import people_lookup
        from eoffice_desktop.desk.routing import act

        if self.busy or self.person is None:
            return
        workspace, letter_id, person = self.workspace, self.letter_id, self.person
        note = self.comment.toPlainText().strip()
        self.busy = True
        self._update()
        self._say(translate("TaskDialog", "Saving…"))

        def work() -> Any:
            return act(workspace, letter_id, kind, person, note, people=people_lookup(workspace), **extra)

        self.tasks.run(work, lambda _route: self._done(kind), self._failed)

    def _done(self: TaskDialog, kind: ActionKind) -> None:
        self.busy = False
        self.acted.emit(self.letter_id, kind)
        self.accept()

    def _failed(self: TaskDialog, error: BaseException) -> None:
        self.busy = False
        self._update()
        self._say(user_message(error), DANGER)
        self.catch_up()

    def send_back(self: TaskDialog) -> None:
        """Return the letter (to the drafter, or the earlier step chosen) with the comment."""
        if not self.comment.toPlainText().strip():
            said = translate(
                "TaskDialog", "Write a comment saying what to correct before returning the letter."
            )
            self._say(said, WARN)
            self.comment.setFocus()
            return
        self._act(ActionKind.RETURN, return_to=self.return_to.currentData())

    def forward(self: TaskDialog) -> QDialog:
        """Pick the person who takes this step (they act for its owner)."""
        from eoffice_desktop.ui.people_picker import picker_dialog

        def chosen(person: Person) -> None:
            self._act(ActionKind.FORWARD, forward_to=person.person_id)

        prompt = translate("TaskDialog", "Who takes this step? Type a name, then Enter.")
        title = translate("TaskDialog", "Forward to")
        self.forward_dialog = picker_dialog(self, self.workspace, title, prompt, chosen)
        return self.forward_dialog

    def approve(self: TaskDialog) -> QDialog | None:
        return self._sign_with_token(ActionKind.APPROVE)

    def sign(self: TaskDialog) -> QDialog | None:
        return self._sign_with_token(ActionKind.SIGN)

    def _sign_with_token(self: TaskDialog, kind: ActionKind) -> QDialog | None:
        from eoffice_desktop.desk.signing import workspace_sign_options
        from eoffice_desktop.ui.route_sign import RouteSignDialog

        if self.busy or self.person is None:
            return None
        config = self.workspace.services.config
        try:
            options = workspace_sign_options(self.workspace)
        except EOfficeError as exc:
            self._say(user_message(exc), DANGER)
            return None
        dialog = RouteSignDialog(
            self.workspace,
            self.letter_id,
            kind,
            self.person,
            self.comment.toPlainText().strip(),
            config.pkcs11_module,
            options,
            self,
            self.token_service,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.acted.connect(lambda _route: self._done(kind))
        dialog.rejected.connect(self.catch_up)  # not signed: a sync that came meanwhile shows now
        dialog.open()
        self.sign_dialog = dialog
        return dialog
