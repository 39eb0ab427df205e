"""Pick a person of the agency by typing any part of a Thai name, position or unit: the matches list under the
field, the arrow keys move in it without leaving the field, Enter (or a double-click) picks."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from eoffice_desktop.ui.messages import display_digits

if TYPE_CHECKING:
    from eoffice_desktop.domain.people import Person
    from eoffice_desktop.workspace import Workspace

MOVES = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}


class PeoplePicker(QWidget):
    picked = Signal(object)  # Person

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.people: list[Person] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type part of a name, position or unit"))
        self.search.setAccessibleName(self.tr("Find a person"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.search.textChanged.connect(self.find)
        self.matches = QListWidget()
        self.matches.setAccessibleName(self.tr("People found"))
        self.matches.setSpacing(1)
        self.matches.itemActivated.connect(lambda _item: self.pick())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.matches, 1)
        self.setFocusProxy(self.search)
        self.find("")

    def find(self, text: str) -> None:
        """The people held here who match ``text`` (a quick local search: the list is the agency's)."""
        from eoffice_desktop.desk.route_view import find_people

        self.people = find_people(self.workspace, text)
        self.matches.clear()
        for person in self.people:
            item = QListWidgetItem(display_digits(person.label))
            item.setToolTip(display_digits(" · ".join(p for p in (person.unit, person.person_id) if p)))
            self.matches.addItem(item)
        if self.people:
            self.matches.setCurrentRow(0)

    def current(self) -> Person | None:
        row = self.matches.currentRow()
        return self.people[row] if 0 <= row < len(self.people) else None

    def pick(self) -> None:
        person = self.current()
        if person is not None:
            self.picked.emit(person)
            self.search.selectAll()  # the next name is typed over this one
            self.search.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            if key in MOVES and self.people:
                row = min(max(self.matches.currentRow() + MOVES[key], 0), len(self.people) - 1)
                self.matches.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.pick()
                return True  # Enter picks; it never reaches the dialog's buttons
        return super().eventFilter(watched, event)


def picker_dialog(
    parent: QWidget, workspace: Workspace, title: str, prompt: str, chosen: Callable[[Person], None]
) -> QDialog:
    """A window-modal dialog of ``prompt`` over a picker; the person picked closes it, then ``chosen``."""
    dialog = QDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(title)
    picker = PeoplePicker(workspace)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(prompt))
    layout.addWidget(picker)
    dialog.resize(520, 420)

    def picked(person: Person) -> None:
        dialog.accept()
        chosen(person)

    picker.picked.connect(picked)
    dialog.open()
    picker.setFocus()
    return dialog
