"""Whom a minute assigns or a circulation reaches: people found by typing any part of a Thai name, position
or unit (Enter picks), or a whole unit (กลุ่ม/กอง) from the units of the people held; the chosen, in order,
with Delete (or Remove) to take one off."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from eoffice_desktop.domain.case_model import Assignee
from eoffice_desktop.ui.messages import display_digits
from eoffice_desktop.ui.people_picker import PeoplePicker

if TYPE_CHECKING:
    from eoffice_desktop.domain.people import Person
    from eoffice_desktop.workspace import Workspace


class _Chosen(QListWidget):
    """The assignees chosen; Delete takes the current one off."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentRow() >= 0:
            self.takeItem(self.currentRow())
            return
        super().keyPressEvent(event)


class AssigneePicker(QGroupBox):
    said = Signal(str)  # what the owner's message line should say ("" clears it)

    def __init__(
        self,
        workspace: Workspace,
        title: str,
        units: list[str],
        prompt: str | None = None,
        unit_button: str | None = None,
    ) -> None:
        """``prompt`` and ``unit_button``: the search's label and the unit button's text, when the picker
        chooses something else than assignees (a memo's addressees)."""
        super().__init__(title)
        self.picker = PeoplePicker(workspace)
        self.picker.search.setAccessibleName(self.tr("Find an assignee"))
        self.picker.matches.setMaximumHeight(110)
        self.picker.picked.connect(self._add_person)
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit.addItems(units)
        self.add_unit = QPushButton(unit_button or self.tr("Assign the &unit"))
        self.add_unit.setAutoDefault(True)
        self.add_unit.clicked.connect(self._add_unit)
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit, 1)
        unit_row.addWidget(self.add_unit)
        self.chosen = _Chosen()
        self.chosen.setAccessibleName(self.tr("Assignees"))
        self.chosen.setMaximumHeight(110)
        self.remove = QPushButton(self.tr("Re&move"))
        self.remove.setAutoDefault(True)
        self.remove.clicked.connect(self._remove)
        picker_label = QLabel(prompt or self.tr("&Assign to (type a name, then Enter):"))
        picker_label.setBuddy(self.picker.search)
        column = QVBoxLayout(self)
        column.addWidget(picker_label)
        column.addWidget(self.picker)
        column.addLayout(unit_row)
        column.addWidget(self.chosen)
        column.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignRight)

    def _add(self, assignee: Assignee, label: str) -> None:
        if assignee in self.assignees():
            self.said.emit(self.tr("Already assigned: %1").replace("%1", label))
            return
        item = QListWidgetItem(display_digits(label))
        item.setData(Qt.ItemDataRole.UserRole, assignee)
        self.chosen.addItem(item)
        self.said.emit("")

    def _add_person(self, person: Person) -> None:
        self._add(Assignee(person=person.person_id), person.label)

    def _add_unit(self) -> None:
        unit = self.unit.currentText().strip()
        if unit:
            self._add(Assignee(unit=unit), self.tr("Unit: %1").replace("%1", unit))

    def _remove(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)

    def assignees(self) -> list[Assignee]:
        return [self.chosen.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.chosen.count())]
