"""A head or the saraban officer circulates a received letter (แจ้งเวียน): to people found by typing their
Thai name, or whole units, with an optional note; each of them is asked to acknowledge it. Applied here at
once on a worker; the server hears it on the next sync."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from eoffice_desktop.ui.assignee_picker import AssigneePicker
from eoffice_desktop.ui.messages import display_digits, user_message
from eoffice_desktop.ui.screen_fit import fit_to_screen
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.token_watch import DANGER, WARN

if TYPE_CHECKING:
    from eoffice_desktop.workspace import Workspace


class CirculateDialog(QDialog):
    circulated = Signal(object)  # the Case

    def __init__(
        self, workspace: Workspace, case_id: str, subject: str, parent: QWidget | None = None
    ) -> None:
        from eoffice_desktop.desk.case_window import units

        super().__init__(parent)
        self.workspace, self.case_id = workspace, case_id
        self.tasks = TaskRunner(self, threads=1)
        self.busy = False
        self.setWindowTitle(self.tr("Circulate the letter"))
        heading = QLabel(display_digits(subject))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        self.to = AssigneePicker(workspace, self.tr("Circulate to"), units(workspace))
        self.to.said.connect(lambda text: self._say(text, WARN if text else ""))
        self.to.chosen.model().rowsInserted.connect(lambda *_: self._update())
        self.to.chosen.model().rowsRemoved.connect(lambda *_: self._update())
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.ok_button = QPushButton(self.tr("&Circulate"))
        self.ok_button.setAutoDefault(True)
        self.ok_button.clicked.connect(self.start)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(True)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.to, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        fit_to_screen(self, 560, 560)
        self.to.picker.setFocus()
        self._update()

    def _say(self, text: str, style: str = "") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    def _update(self) -> None:
        self.ok_button.setEnabled(not self.busy and bool(self.to.assignees()))

    def start(self) -> None:
        from eoffice_desktop.desk.case_window import circulate

        if self.busy or not self.to.assignees():
            return
        self.busy = True
        self._update()
        workspace, case_id = self.workspace, self.case_id
        to, note = self.to.assignees(), self.note.toPlainText().strip()
        self.tasks.run(lambda: circulate(workspace, case_id, to, note), self._done, self._failed)

    def _done(self, case: Any) -> None:
        self.busy = False
        self.circulated.emit(case)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self._say(user_message(error), DANGER)
        self._update()

    def done(self, result: int) -> None:
        if self.busy:
            return
        self.tasks.wait()
        super().done(result)
