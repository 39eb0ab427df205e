"""Submit a draft on a route: the people it passes, in order, each with what they do (review and initial,
approve, sign: the last step signs), an optional note, then the draft is rendered and submitted on a worker.

Keyboard: type a name in the picker, arrows and Enter add the person as a step of the kind chosen beside it;
in the steps, Ctrl+Up / Ctrl+Down move a step and Delete removes it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.domain.routes import StepKind, StepSpec
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.ui.messages import display_digits, user_message
from eoffice_desktop.ui.people_picker import PeoplePicker
from eoffice_desktop.ui.screen_fit import fit_to_screen
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.token_watch import DANGER

if TYPE_CHECKING:
    from eoffice_desktop.domain.people import Person
    from eoffice_desktop.workspace import Workspace

KINDS = (StepKind.REVIEW, StepKind.APPROVE, StepKind.SIGN)


def step_kind_name(kind: StepKind) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        StepKind.REVIEW: QCoreApplication.translate("RouteBuilder", "Review and initial"),
        StepKind.APPROVE: QCoreApplication.translate("RouteBuilder", "Approve"),
        StepKind.SIGN: QCoreApplication.translate("RouteBuilder", "Sign"),
    }[kind]


class RouteBuilder(QDialog):
    submitted = Signal(object)  # the Route

    def __init__(
        self, workspace: Workspace, letter_id: str, subject: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.letter_id = letter_id
        self.steps: list[tuple[Person, StepKind]] = []
        self.tasks = TaskRunner(self, threads=1)
        self.busy = False
        self.setWindowTitle(self.tr("Submit on a route"))
        heading = QLabel(display_digits(self.tr("Submit “%1” through:").replace("%1", subject)))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        middle = QHBoxLayout()
        middle.addWidget(self._build_people(), 2)
        middle.addWidget(self._build_steps(), 3)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(middle, 1)
        self._build_bottom(layout)
        self.setTabOrder(self.picker.search, self.kind)
        self.setTabOrder(self.kind, self.table)
        self.setTabOrder(self.table, self.note)
        self.setTabOrder(self.note, self.submit_button)
        fit_to_screen(self, 900, 560)
        self.picker.setFocus()
        self._propose()
        self._show_steps()

    def _propose(self) -> None:
        """Start from the letter's last route (it came back) or the default route, people named as held."""
        from eoffice_desktop.desk.route_history import people_lookup
        from eoffice_desktop.desk.routing import proposed_steps
        from eoffice_desktop.domain.people import Person

        try:
            proposed = proposed_steps(self.workspace, self.letter_id)
        except EOfficeError as exc:
            self._say(user_message(exc), DANGER)  # a bad setting, or a position nobody holds: start empty
            return
        known = people_lookup(self.workspace)
        for step in proposed:
            person = known(step.person) or Person(step.person, "", step.person)
            self.steps.append((person, step.kind))

    def _build_people(self) -> QGroupBox:
        self.picker = PeoplePicker(self.workspace)
        self.picker.picked.connect(self.add_step)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Add as"))
        for kind in KINDS:
            self.kind.addItem(step_kind_name(kind))
        kind_label = QLabel(self.tr("A&dd as:"))
        kind_label.setBuddy(self.kind)
        kind_row = QHBoxLayout()
        kind_row.addWidget(kind_label)
        kind_row.addWidget(self.kind, 1)
        people_box = QGroupBox(self.tr("People"))
        people_column = QVBoxLayout(people_box)
        people_column.addWidget(self.picker, 1)
        people_column.addLayout(kind_row)
        people_column.addWidget(QLabel(self.tr("Enter adds the person as a step.")))
        return people_box

    def _build_steps(self) -> QGroupBox:
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Steps"))
        self.table.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Person"), self.tr("Does")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setAutoDefault(False)
        step_buttons = QHBoxLayout()
        step_buttons.addWidget(self.up_button)
        step_buttons.addWidget(self.down_button)
        step_buttons.addWidget(self.remove_button)
        step_buttons.addStretch(1)
        steps_box = QGroupBox(self.tr("Route (in order; the last step signs)"))
        steps_column = QVBoxLayout(steps_box)
        steps_column.addWidget(self.table, 1)
        steps_column.addLayout(step_buttons)
        steps_column.addWidget(QLabel(self.tr("Ctrl+Up / Ctrl+Down move a step; Delete removes it.")))
        return steps_box

    def _build_bottom(self, layout: QVBoxLayout) -> None:
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("A note for the people on the route (optional)"))
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note)
        note_row = QHBoxLayout()
        note_row.addWidget(note_label)
        note_row.addWidget(self.note, 1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.submit_button = QPushButton(self.tr("&Submit"))
        self.submit_button.setAutoDefault(True)
        self.submit_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(note_row)
        layout.addLayout(buttons)

    # the steps

    def add_step(self, person: Person) -> None:
        self.steps.append((person, KINDS[max(self.kind.currentIndex(), 0)]))
        self._show_steps(len(self.steps) - 1)
        self._say("")

    def move(self, by: int) -> None:
        row = self.table.currentRow()
        target = row + by
        if 0 <= row < len(self.steps) and 0 <= target < len(self.steps):
            self.steps[row], self.steps[target] = self.steps[target], self.steps[row]
            self._show_steps(target)

    def remove(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.steps):
            del self.steps[row]
            self._show_steps(min(row, len(self.steps) - 1))

    def _set_kind(self, row: int, index: int) -> None:
        if 0 <= row < len(self.steps) and 0 <= index < len(KINDS):
            self.steps[row] = (self.steps[row][0], KINDS[index])

    def _show_steps(self, current: int = -1) -> None:
        self.table.setRowCount(len(self.steps))
        for row, (person, kind) in enumerate(self.steps):
            number = QTableWidgetItem(display_digits(str(row + 1)))
            number.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, 0, number)
            self.table.setItem(row, 1, QTableWidgetItem(display_digits(person.label)))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Does"))
            for made in KINDS:
                combo.addItem(step_kind_name(made))
            combo.setCurrentIndex(KINDS.index(kind))
            combo.currentIndexChanged.connect(lambda index, r=row: self._set_kind(r, index))
            self.table.setCellWidget(row, 2, combo)
        self.table.resizeRowsToContents()
        if 0 <= current < len(self.steps):
            self.table.setCurrentCell(current, 1)
        has = bool(self.steps)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(has)

    def specs(self) -> list[StepSpec]:
        return [StepSpec(person.person_id, kind) for person, kind in self.steps]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if control and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove()
                return True
        return super().eventFilter(watched, event)

    # submitting

    def _say(self, text: str, style: str = "") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    def problem(self) -> str | None:
        """What is wrong with the steps, in the window's language (None: they can be submitted)."""
        if not self.steps:
            return self.tr("Add the people the letter passes, the signer last.")
        if self.steps[-1][1] is not StepKind.SIGN:
            return self.tr("The last step must be the signature (Sign).")
        if any(kind is StepKind.SIGN for _person, kind in self.steps[:-1]):
            return self.tr("Only the last step signs.")
        return None

    def submit(self) -> None:
        if self.busy:
            return
        problem = self.problem()
        if problem is not None:
            self._say(problem, DANGER)
            return
        from eoffice_desktop.desk.route_history import people_lookup
        from eoffice_desktop.desk.route_view import acting_person
        from eoffice_desktop.desk.routing import submit

        workspace, letter_id, steps, note = self.workspace, self.letter_id, self.specs(), self.note.text()
        try:
            person = acting_person(workspace)
        except EOfficeError as exc:
            self._say(user_message(exc), DANGER)
            return
        self.busy = True
        self.submit_button.setEnabled(False)
        self._say(self.tr("Preparing the letter and submitting it…"))

        def work() -> Any:
            return submit(workspace, letter_id, steps, person, note, people=people_lookup(workspace))

        self.tasks.run(work, self._done, self._failed)

    def _done(self, route: Any) -> None:
        self.busy = False
        self.submitted.emit(route)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.submit_button.setEnabled(True)
        self._say(user_message(error), DANGER)

    def done(self, result: int) -> None:
        if self.busy:  # the submission finishes first: it is written whole or not at all
            return
        self.tasks.wait()
        super().done(result)
