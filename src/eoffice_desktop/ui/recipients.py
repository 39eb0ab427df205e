"""Choose the agencies a letter goes to: search the directory held offline by any part of a Thai name or
code, add with Enter or a double-click, remove with Delete; add a whole recipient group (กลุ่มส่ง) or save
the chosen agencies as one's own group. With nothing typed, the agencies sent to lately are offered."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.store.directory import AgencyEntry
from eoffice_desktop.ui.messages import display_digits, user_message

if TYPE_CHECKING:
    from eoffice_desktop.desk.sending import Sending
    from eoffice_desktop.store.directory import GroupRecord

CODE = Qt.ItemDataRole.UserRole
CODE_FORM = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")  # an agency code as the server takes it
SHOWN = 50  # agencies listed at once: type more to narrow
EDGE = 40  # room beside a field's text: frame, margins, the clear button


def fit_placeholder(field: QLineEdit | QComboBox) -> None:
    """Make ``field`` at least as wide as its placeholder, so the hint is never cut off."""
    text = field.placeholderText()
    field.setMinimumWidth(max(field.minimumWidth(), field.fontMetrics().horizontalAdvance(text) + EDGE))


def _item(entry: AgencyEntry) -> QListWidgetItem:
    """The agency's Thai name, and under it its code and place (a long code would break the name's line)."""
    named = entry.listed and entry.name_th != entry.code
    second = " · ".join(p for p in (entry.code, entry.place) if p) if named else entry.place
    first = entry.name_th if named else entry.code
    item = QListWidgetItem(f"{first}\n{second}" if second else first)
    item.setData(CODE, entry.code)
    item.setToolTip(" · ".join(p for p in (entry.name_th, entry.name_en, entry.place) if p))
    return item


class RecipientPicker(QWidget):
    changed = Signal()  # the chosen recipients changed

    def __init__(self, sending: Sending, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sending = sending
        self.directory = sending.directory
        self.group_records: list[GroupRecord] = []
        self._build_search()
        self._build_chosen()
        self._build_groups()
        self._lay_out()
        self._load_groups()
        self._find()
        self._chosen_changed()

    def _build_search(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Agency name or code"))
        self.search.setAccessibleName(self.tr("Find an agency"))
        self.search.setClearButtonEnabled(True)
        fit_placeholder(self.search)
        self.search.installEventFilter(self)
        self.search.textChanged.connect(lambda _text: self._find())
        self.find_label = QLabel(self.tr("&Find"))
        self.find_label.setBuddy(self.search)
        self.results_label = QLabel()
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Agencies found"))
        self.results.setSpacing(2)  # room for Thai marks above and below the line
        self.results.setWordWrap(True)
        self.results.installEventFilter(self)
        self.results.itemDoubleClicked.connect(lambda _item: self.add_current())
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.add_current)

    def _build_chosen(self) -> None:
        self.chosen_label = QLabel()
        self.chosen = QListWidget()
        self.chosen.setAccessibleName(self.tr("Recipients"))
        self.chosen.setSpacing(2)
        self.chosen.setWordWrap(True)
        self.chosen.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.chosen.installEventFilter(self)
        self.chosen_label.setBuddy(self.chosen)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)

    def _build_groups(self) -> None:
        self.groups = QComboBox()
        self.groups.setAccessibleName(self.tr("Recipient groups"))
        self.groups.setPlaceholderText(self.tr("Choose a group"))
        fit_placeholder(self.groups)
        self.groups.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.groups.currentIndexChanged.connect(lambda _index: self._group_chosen())
        self.groups_label = QLabel(self.tr("&Group"))
        self.groups_label.setBuddy(self.groups)
        self.add_group_button = QPushButton(self.tr("Add its agencies"))
        self.add_group_button.clicked.connect(self.add_group)
        self.save_group_button = QPushButton(self.tr("Save as a group…"))
        self.save_group_button.clicked.connect(self.ask_group_name)
        self.delete_group_button = QPushButton(self.tr("Delete group"))
        self.delete_group_button.clicked.connect(self.delete_group)
        self.note = QLabel()
        self.note.setWordWrap(True)

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.find_label)
        search_row.addWidget(self.search, 1)
        grid.addLayout(search_row, 0, 0)
        grid.addWidget(self.chosen_label, 0, 1)
        grid.addWidget(self.results_label, 1, 0)
        grid.addWidget(self.results, 2, 0)
        grid.addWidget(self.chosen, 1, 1, 2, 1)
        grid.addWidget(self.add_button, 3, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.remove_button, 3, 1, Qt.AlignmentFlag.AlignRight)
        group_row = QHBoxLayout()
        group_row.addWidget(self.groups_label)
        group_row.addWidget(self.groups, 1)
        for button in (self.add_group_button, self.save_group_button, self.delete_group_button):
            group_row.addWidget(button)
        grid.addLayout(group_row, 4, 0, 1, 2)
        grid.addWidget(self.note, 5, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for button in (
            self.add_button,
            self.remove_button,
            self.add_group_button,
            self.save_group_button,
            self.delete_group_button,
        ):
            button.setAutoDefault(False)  # Enter adds a recipient; it never presses a button by surprise

    # the codes chosen

    def recipients(self) -> list[str]:
        return [self.chosen.item(row).data(CODE) for row in range(self.chosen.count())]

    def add(self, entries: list[AgencyEntry]) -> int:
        """Add ``entries`` not chosen yet; returns how many were added."""
        have = set(self.recipients())
        added = 0
        for entry in entries:
            if entry.code in have:
                continue
            self.chosen.addItem(_item(entry))
            have.add(entry.code)
            added += 1
        if added:
            self._chosen_changed()
            self._find()
        return added

    def add_current(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.add(self.directory.entries([item.data(CODE)]))
        self.note.clear()
        self.search.clear()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_selected(self) -> None:
        rows = sorted((self.chosen.row(i) for i in self.chosen.selectedItems()), reverse=True)
        if not rows and self.chosen.currentItem() is not None:
            rows = [self.chosen.currentRow()]
        for row in rows:
            self.chosen.takeItem(row)
        if rows:
            self._chosen_changed()
            self._find()  # what was removed can be found again

    def _chosen_changed(self) -> None:
        count = self.chosen.count()
        self.chosen_label.setText(display_digits(self.tr("&Recipients (%n)", "", count)))
        self.remove_button.setEnabled(count > 0)
        self.save_group_button.setEnabled(count > 0)
        self.changed.emit()

    # finding agencies

    def _find(self) -> None:
        text = self.search.text().strip()
        self.results.clear()
        held = self.directory.count() > 0
        chosen = set(self.recipients())
        if text:
            found = self.directory.search(text, limit=SHOWN + len(chosen))
            label = self.tr("Agencies found") if found else self.tr("No agency has this name or code.")
            if found and all(e.code in chosen for e in found):
                label = self.tr("Every agency found is a recipient already.")
            if not held and CODE_FORM.fullmatch(text):  # before the first sync: the code as typed
                found = [AgencyEntry(text, text, listed=False)]
                label = self.tr("No agency directory yet: add the agency by its code.")
        else:
            found = self.directory.recent()
            label = self.tr("Sent to lately") if found else self.tr("Agencies")
            if not found:
                found = self.directory.search("", limit=SHOWN + len(chosen))
            if not held:
                label = self.tr(
                    "No agency directory yet: it comes with the next sync; until then, type an agency's code."
                )
        self.results_label.setText(label)
        found = [entry for entry in found if entry.code not in chosen][:SHOWN]  # the rest is chosen already
        for entry in found:
            self.results.addItem(_item(entry))
        if text and found:
            self.results.setCurrentRow(0)  # Enter takes the best match
        self.add_button.setEnabled(bool(found))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers()
        if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return True
        if watched in (self.search, self.results) and enter:
            self.add_current()
            return True  # not the dialog's: Enter here never sends
        if watched is self.chosen and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    # recipient groups

    def _load_groups(self, select: str | None = None) -> None:
        self.group_records = self.directory.groups()
        self.groups.blockSignals(True)
        self.groups.clear()
        for group in self.group_records:
            label = group.name if group.published else self.tr("%1 (mine)").replace("%1", group.name)
            self.groups.addItem(display_digits(f"{label} · {len(group.members)}"))
        names = [g.name for g in self.group_records]
        self.groups.setCurrentIndex(names.index(select) if select in names else -1)
        self.groups.blockSignals(False)
        self._group_chosen()

    def current_group(self) -> GroupRecord | None:
        index = self.groups.currentIndex()
        return self.group_records[index] if 0 <= index < len(self.group_records) else None

    def _group_chosen(self) -> None:
        group = self.current_group()
        self.groups.setEnabled(bool(self.group_records))
        self.add_group_button.setEnabled(group is not None)
        self.delete_group_button.setEnabled(group is not None and not group.published)

    def add_group(self) -> None:
        group = self.current_group()
        if group is None:
            return
        entries = self.directory.entries(list(group.members))
        listed = [e for e in entries if e.listed]
        added = self.add(listed)
        missing = len(entries) - len(listed)
        note = self.tr("%n agency(s) added.", "", added)
        if missing:
            note += " " + self.tr("%n of the group's agencies are no longer in the directory.", "", missing)
        self.note.setText(display_digits(note))

    def ask_group_name(self) -> QInputDialog:
        """Ask for the new group's name (not blocking); saving follows when it is given."""
        ask = QInputDialog(self)
        ask.setWindowTitle(self.tr("Save as a group"))
        ask.setLabelText(self.tr("Name of the group, e.g. every district office of the province:"))
        ask.setOkButtonText(self.tr("Save"))
        ask.setCancelButtonText(self.tr("Cancel"))
        ask.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ask.textValueSelected.connect(self.save_group)
        ask.open()
        return ask

    def save_group(self, name: str) -> None:
        try:
            saved = self.directory.save_group(name, self.recipients())
        except EOfficeError as exc:
            self.note.setText(user_message(exc))
            return
        self._load_groups(select=saved.name)
        self.note.setText(self.tr("Saved the group %1.").replace("%1", saved.name))

    def delete_group(self) -> None:
        group = self.current_group()
        if group is None or group.published:
            return
        self.directory.delete_group(group.name)
        self._load_groups()
        self.note.setText(self.tr("Deleted the group %1.").replace("%1", group.name))
