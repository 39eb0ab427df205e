"""The routing slip (ใบเสนอ) of a letter on its way, and its file copy (สำเนาคู่ฉบับ), from the task dialog: made
on a worker (the slip's signatures verified: slow), then the system's print dialog, as letters print
(ui/printing.py)."""

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
        self.button = QPushButton(self._label())
        self.button.setToolTip(self._tooltip())
        self.button.setAutoDefault(True)
        self.button.setEnabled(False)
        self.button.clicked.connect(lambda _checked=False: self.start())

    # what is made and its words: the routing slip here, the file copy in FileCopyPrint
    def _label(self) -> str:
        return self.tr("Routing sli&p…")

    def _tooltip(self) -> str:
        return self.tr("Print the routing slip: the letter's way with each signature's verdict")

    def _title(self, subject: str) -> str:
        return self.tr("Routing slip: %1").replace("%1", subject)

    def _making(self) -> str:
        return self.tr("Making the routing slip…")

    def _make(self, workspace: Workspace, letter_id: str) -> Any:
        from eoffice_desktop.desk.routing_slip import routing_slip

        return routing_slip(workspace, letter_id)

    def ready(self, subject: str) -> None:
        self.subject = subject
        self.button.setEnabled(not self.busy)

    def start(self) -> None:
        from eoffice_desktop.ui.printing import print_with_dialog

        if self.subject is None or self.busy:
            return
        workspace, letter_id = self.workspace, self.letter_id
        title = self._title(display_digits(self.subject))
        self.busy = True
        self.button.setEnabled(False)
        self.said(self._making(), "")

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

        self.tasks.run(lambda: self._make(workspace, letter_id), made, failed)

    def _idle(self) -> None:
        self.busy = False
        self.button.setEnabled(self.subject is not None)


class FileCopyPrint(SlipPrint):
    """The dialog's "File copy…" button: the letter marked สำเนาคู่ฉบับ with ร่าง / พิมพ์ / ทาน / ตรวจ
    (desk/file_copy.py), printed."""

    def _label(self) -> str:
        return self.tr("File &copy…")

    def _tooltip(self) -> str:
        return self.tr(
            "Print the file copy: the letter with who drafted, typed, proof-read and checked it, and when"
        )

    def _title(self, subject: str) -> str:
        return self.tr("File copy: %1").replace("%1", subject)

    def _making(self) -> str:
        return self.tr("Making the file copy…")

    def _make(self, workspace: Workspace, letter_id: str) -> Any:
        from eoffice_desktop.desk.file_copy import file_copy

        return file_copy(workspace, letter_id)
