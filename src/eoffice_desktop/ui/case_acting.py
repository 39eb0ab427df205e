"""What the person does on an opened received letter (ui/case_task.py): acknowledge (ทราบ), mark it done
with a note (ปฏิบัติแล้ว), pass it to someone of the same unit (ส่งต่อ), forward a head's step, circulate it,
minute it, or reply (a new draft of the kind chosen). Each runs on a worker; the dialog closes when done.

A part of the dialog's class (its strings are the dialog's: translate("CaseTaskDialog", …))."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QVBoxLayout

from eoffice_desktop.domain.case_model import CaseActionKind
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.ui.messages import display_digits, user_message
from eoffice_desktop.ui.token_watch import DANGER, WARN

if TYPE_CHECKING:
    from eoffice_desktop.domain.people import Person
    from eoffice_desktop.ui.case_task import CaseTaskDialog

translate = QCoreApplication.translate


class CaseActing:
    """The actions of :class:`~eoffice_desktop.ui.case_task.CaseTaskDialog`, which derives from this."""

    def _act(self: CaseTaskDialog, kind: CaseActionKind, pass_to: str | None = None) -> None:
        from eoffice_desktop.desk.case_window import act

        task = self.view.assignment_task() if self.view is not None else None
        if self.busy or task is None:
            return
        workspace, case_id = self.workspace, self.case_id
        note = self.note.toPlainText().strip()
        self.busy = True
        self._update()
        self._say(translate("CaseTaskDialog", "Saving…"))
        self.tasks.run(
            lambda: act(workspace, case_id, kind, note=note, pass_to=pass_to),
            lambda _case: self._done(),
            self._failed,
        )

    def _done(self: CaseTaskDialog) -> None:
        self.busy = False
        self.acted.emit(self.case_id)
        self.accept()

    def _failed(self: CaseTaskDialog, error: BaseException) -> None:
        self.busy = False
        self._update()
        self._say(user_message(error), DANGER)

    def acknowledge(self: CaseTaskDialog) -> None:
        self._act(CaseActionKind.ACKNOWLEDGE)

    def mark_done(self: CaseTaskDialog) -> None:
        if not self.note.toPlainText().strip():
            said = translate("CaseTaskDialog", "Write in the note what was done before marking it done.")
            self._say(said, WARN)
            self.note.setFocus()
            return
        self._act(CaseActionKind.DONE)

    def pass_on(self: CaseTaskDialog) -> QDialog | None:
        """Pick someone of the same unit to take the assignment."""
        if self.view is None or not self.view.pass_to:
            return None
        dialog = QDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(translate("CaseTaskDialog", "Pass on to"))
        people = list(self.view.pass_to)
        found = QListWidget()
        found.setAccessibleName(translate("CaseTaskDialog", "People of your unit"))
        found.addItems([display_digits(p.label) for p in people])
        found.setCurrentRow(0)

        def picked() -> None:
            row = found.currentRow()
            dialog.accept()
            if 0 <= row < len(people):
                self._act(CaseActionKind.PASS, people[row].person_id)

        found.itemActivated.connect(lambda _item: picked())
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(translate("CaseTaskDialog", "Who takes it? Choose, then Enter.")))
        layout.addWidget(found)
        dialog.resize(460, 320)
        dialog.open()
        found.setFocus()
        self.pass_dialog = dialog
        return dialog

    def forward(self: CaseTaskDialog) -> QDialog | None:
        """Pick the person who takes this head's step (they minute it acting for the head)."""
        from eoffice_desktop.desk.case_window import forward
        from eoffice_desktop.ui.people_picker import picker_dialog

        if self.busy or self.view is None:
            return None
        workspace, case_id = self.workspace, self.case_id

        def chosen(person: Person) -> None:
            self.busy = True
            self._update()
            self._say(translate("CaseTaskDialog", "Saving…"))
            to = person.person_id
            self.tasks.run(lambda: forward(workspace, case_id, to), lambda _case: self._done(), self._failed)

        prompt = translate("CaseTaskDialog", "Who takes the letter for you? Type a name, then Enter.")
        title = translate("CaseTaskDialog", "Forward to")
        self.forward_dialog = picker_dialog(self, self.workspace, title, prompt, chosen)
        return self.forward_dialog

    def circulate(self: CaseTaskDialog) -> QDialog | None:
        """Circulate the letter to people or units (each acknowledges it)."""
        from eoffice_desktop.ui.circulate_dialog import CirculateDialog

        if self.busy or self.view is None:
            return None
        dialog = CirculateDialog(self.workspace, self.case_id, self.view.subject, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.circulated.connect(lambda _case: self._done())
        dialog.open()
        self.circulate_dialog = dialog
        return dialog

    def reply(self: CaseTaskDialog) -> None:
        """A reply draft of the kind chosen, recorded as the person's reply: it opens in the draft editor."""
        from eoffice_desktop.desk.case_window import reply

        template_id = self.reply_kind.currentData()
        if self.busy or self.view is None or self.view.assignment_task() is None or template_id is None:
            return
        workspace, case_id, note = self.workspace, self.case_id, self.note.toPlainText().strip()
        self.busy = True
        self._update()
        self._say(translate("CaseTaskDialog", "Saving…"))

        def made(found: Any) -> None:
            self.replied.emit(*found)
            self._done()

        self.tasks.run(lambda: reply(workspace, case_id, note, template_id), made, self._failed)

    def minute(self: CaseTaskDialog) -> QDialog | None:
        from eoffice_desktop.desk.signing import workspace_sign_options
        from eoffice_desktop.ui.minute_dialog import MinuteDialog

        if self.busy or self.view is None:
            return None
        config = self.workspace.services.config
        try:
            options = workspace_sign_options(self.workspace)
        except EOfficeError as exc:
            self._say(user_message(exc), DANGER)
            return None
        dialog = MinuteDialog(
            self.workspace, self.view, config.pkcs11_module, options, self, self.token_service
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.minuted.connect(lambda _case: self._done())
        dialog.open()
        self.minute_dialog = dialog
        return dialog
