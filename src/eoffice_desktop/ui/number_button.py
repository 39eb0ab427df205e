"""The task dialog's "Number and date" button: a letter signed with its number and date left blank (numbering
after the signature) is given the next number of its series and today's date by the saraban desk, offline,
on a worker (desk/numbering.py); every signature stays valid."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from eoffice_desktop.ui.messages import display_digits, user_message
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.token_watch import DANGER
from eoffice_desktop.workspace import Workspace


class NumberAndDate(QObject):
    """Shown only while the letter waits for its number; ``said(text, style)`` shows progress."""

    awaiting = Signal(bool)  # whether the letter waits for its number (known once checked on the worker)
    numbered = Signal(str)  # the number as printed

    def __init__(
        self,
        parent: QWidget,
        workspace: Workspace,
        letter_id: str,
        tasks: TaskRunner,
        said: Callable[[str, str], None],
    ) -> None:
        super().__init__(parent)
        self.workspace, self.letter_id, self.tasks, self.said = workspace, letter_id, tasks, said
        self.busy = False
        self.waiting = False
        self.button = QPushButton(self.tr("Number and &date"))
        self.button.setToolTip(
            self.tr("Give the signed letter the next number of its series and today's date (offline)")
        )
        self.button.setAutoDefault(True)
        self.button.hide()
        self.button.clicked.connect(lambda _checked=False: self.start())

    def check(self) -> None:
        """Find out on the worker whether the letter waits for its number; the button shows if so."""
        from eoffice_desktop.desk.numbering import awaiting_number

        workspace, letter_id = self.workspace, self.letter_id

        def known(waiting: Any) -> None:
            self.waiting = bool(waiting)
            self.button.setVisible(self.waiting)
            self.button.setEnabled(not self.busy)
            self.awaiting.emit(self.waiting)

        def failed(error: BaseException) -> None:
            self.said(user_message(error), DANGER)

        self.tasks.run(lambda: awaiting_number(workspace, letter_id), known, failed)

    def start(self) -> None:
        from eoffice_desktop.desk.numbering import number_letter

        if self.busy or not self.waiting:
            return
        workspace, letter_id = self.workspace, self.letter_id
        self.busy = True
        self.button.setEnabled(False)
        self.said(self.tr("Numbering…"), "")

        def done(result: Any) -> None:
            self.busy, self.waiting = False, False
            self.button.hide()
            self.said(
                display_digits(
                    self.tr("Numbered %1, dated %2.").replace("%1", result.number).replace("%2", result.date)
                ),
                "",
            )
            self.awaiting.emit(False)
            self.numbered.emit(result.number)

        def failed(error: BaseException) -> None:
            self.busy = False
            self.button.setEnabled(True)
            self.said(user_message(error), DANGER)

        self.tasks.run(lambda: number_letter(workspace, letter_id), done, failed)
