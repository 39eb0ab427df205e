"""The saraban officer presents a received letter (เสนอ): a summary (สรุปเรื่อง) and the heads it goes before,
in order, found by typing a Thai name. Applied here at once on a worker; the server hears it on the next
sync."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.ui.messages import display_digits, user_message
from eoffice_desktop.ui.people_picker import PeoplePicker
from eoffice_desktop.ui.screen_fit import fit_to_screen
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.token_watch import DANGER, WARN

if TYPE_CHECKING:
    from eoffice_desktop.domain.people import Person
    from eoffice_desktop.workspace import Workspace


class PresentDialog(QDialog):
    presented = Signal(object)  # the Case

    def __init__(
        self, workspace: Workspace, case_id: str, subject: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace, self.case_id = workspace, case_id
        self.tasks = TaskRunner(self, threads=1)
        self.busy = False
        self.heads: list[Person] = []
        self.setWindowTitle(self.tr("Present the letter"))
        heading = QLabel(display_digits(subject))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(120)
        self.summary.textChanged.connect(self._update)
        summary_label = QLabel(self.tr("&Summary:"))
        summary_label.setBuddy(self.summary)
        self.picker = PeoplePicker(workspace)
        self.picker.search.setAccessibleName(self.tr("Find a head"))
        self.picker.picked.connect(self._add)
        picker_label = QLabel(self.tr("&Heads, in order (type a name, then Enter):"))
        picker_label.setBuddy(self.picker.search)
        self.chosen = QListWidget()
        self.chosen.setAccessibleName(self.tr("Heads"))
        self.chosen.setMaximumHeight(100)
        self.remove = QPushButton(self.tr("Re&move"))
        self.remove.setAutoDefault(True)
        self.remove.clicked.connect(self._remove)
        self._build_rest(heading, summary_label, picker_label)
        fit_to_screen(self, 620, 620)
        self.summary.setFocus()
        self._update()

    def _build_rest(self, heading: QLabel, summary_label: QLabel, picker_label: QLabel) -> None:
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.ok_button = QPushButton(self.tr("&Present"))
        self.ok_button.setAutoDefault(True)
        self.ok_button.clicked.connect(self.start)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(True)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(summary_label)
        layout.addWidget(self.summary)
        layout.addWidget(picker_label)
        layout.addWidget(self.picker, 1)
        chosen_label = QLabel(self.tr("Presented to, in order:"))
        chosen_label.setBuddy(self.chosen)
        layout.addWidget(chosen_label)
        layout.addWidget(self.chosen)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _add(self, person: Person) -> None:
        if any(p.person_id == person.person_id for p in self.heads):
            return
        self.heads.append(person)
        self.chosen.addItem(display_digits(person.label))
        self._update()

    def _remove(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            del self.heads[row]
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(
            not self.busy and bool(self.heads) and bool(self.summary.toPlainText().strip())
        )

    def start(self) -> None:
        from eoffice_desktop.desk.case_window import present

        if self.busy:
            return
        if not self.summary.toPlainText().strip() or not self.heads:
            self.message.setText(self.tr("Write the summary and choose at least one head."))
            self.message.setStyleSheet(WARN)
            return
        self.busy = True
        self._update()
        workspace, case_id = self.workspace, self.case_id
        summary, heads = self.summary.toPlainText().strip(), [p.person_id for p in self.heads]
        self.tasks.run(lambda: present(workspace, case_id, summary, heads), self._done, self._failed)

    def _done(self, case: Any) -> None:
        self.busy = False
        self.presented.emit(case)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.message.setText(user_message(error))
        self.message.setStyleSheet(DANGER)
        self._update()

    def done(self, result: int) -> None:
        if self.busy:
            return
        self.tasks.wait()
        super().done(result)


def present_received(window: Any, record: Any) -> PresentDialog | None:
    """The present dialog for the inbox row ``record``."""
    workspace = window.workspace
    if workspace is None or record is None:
        return None
    dialog = PresentDialog(workspace, record.server_id, record.subject, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.presented.connect(lambda _case: _presented(window))
    dialog.open()
    return dialog


def _presented(window: Any) -> None:
    from eoffice_desktop.ui.route_window import acted

    acted(window)
