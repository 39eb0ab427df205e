"""The routing slip (ใบเสนอ) of a letter on its way, from the task dialog: made on a worker (its signatures
verified: slow), then the system's print dialog, as letters print (ui/printing.py)."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QPushButton, QWidget

from eoffice_desktop.ui.messages import display_digits, user_message
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.token_watch import DANGER
from eoffice_desktop.workspace import Workspace


class SlipPrint(QObject):
    """The dialog's "Routing slip…" button and what it does; ``said(text, style)`` shows progress."""

    printed = Signal(int)  # pages sent to the printer

    def __init__(
        self,
        parent: QWidget,
        workspace: Workspace,
        letter_id: str,
        tasks: TaskRunner,
        said: Callable[[str, str], None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget, self.workspace, self.letter_id = parent, workspace, letter_id
        self.tasks, self.said = tasks, said
        self.subject: str | None = None  # known once the route is shown
        self.busy = False
        self.dialog: QPrintDialog | None = None
        self.button = QPushButton(self.tr("Routing sli&p…"))
        self.button.setToolTip(
            self.tr("Print the routing slip: the letter's way with each signature's verdict")
        )
        self.button.setAutoDefault(True)
        self.button.setEnabled(False)
        self.button.clicked.connect(lambda _checked=False: self.start())

    def ready(self, subject: str) -> None:
        self.subject = subject
        self.button.setEnabled(not self.busy)

    def start(self) -> None:
        from eoffice_desktop.desk.routing_slip import routing_slip
        from eoffice_desktop.ui.printing import print_with_dialog

        if self.subject is None or self.busy:
            return
        workspace, letter_id = self.workspace, self.letter_id
        title = self.tr("Routing slip: %1").replace("%1", display_digits(self.subject))
        self.busy = True
        self.button.setEnabled(False)
        self.said(self.tr("Making the routing slip…"), "")

        def made(slip: Any) -> None:
            self._idle()
            self.said("", "")
            self.dialog = print_with_dialog(
                self.parent_widget,
                self.tasks,
                title,
                slip.pdf,
                lambda text: self.said(text, ""),
                slip.pages,
                self.printed.emit,
            )

        def failed(error: BaseException) -> None:
            self._idle()
            self.said(user_message(error), DANGER)

        self.tasks.run(lambda: routing_slip(workspace, letter_id), made, failed)

    def _idle(self) -> None:
        self.busy = False
        self.button.setEnabled(self.subject is not None)
