"""Send signed letters: choose the recipient agencies from the directory (ui/recipients.py), then the letters
are queued in the outbox, one copy per agency, and go out with the next sync (at once when online).

A memo (บันทึกข้อความ) is for correspondence within the agency: when one would leave it, the dialog asks
first, and No (the default) sends nothing. A memo may also be for units (กลุ่ม/กอง) and people of the own
agency, picked as a minute's assignees are: it then goes to the own agency, addressed to them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.ui.assignee_picker import AssigneePicker
from eoffice_desktop.ui.messages import display_digits, user_message
from eoffice_desktop.ui.recipients import RecipientPicker
from eoffice_desktop.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from eoffice_desktop.desk.sending import Sending
    from eoffice_desktop.store.directory import AgencyEntry


class SendDialog(QDialog):
    chosen = Signal(list)  # the recipient agency codes, once the user sends
    addressed = Signal(list, list, list)  # a memo's agency codes (the own at most), units and people ids

    def __init__(self, sending: Sending, letters: Sequence[Any], parent: QWidget | None = None) -> None:
        """``letters``: the records being sent (their ``template`` tells a memo)."""
        super().__init__(parent)
        self.sending = sending
        self.templates = [letter.template for letter in letters]
        self.question: QMessageBox | None = None
        self.setWindowTitle(self.tr("Send letters"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        heading = QLabel(display_digits(self.tr("Send %n signed letter(s) to:", "", len(letters))))
        self.picker = RecipientPicker(sending, self)
        self.picker.changed.connect(self._recipients_changed)
        self.inside: AssigneePicker | None = None
        if self.templates and all(sending.is_memo(t) for t in self.templates):
            self.inside = AssigneePicker(
                sending.workspace,
                self.tr("Inside your agency: units and people"),
                sending.units(),
                prompt=self.tr("&Person (type a name, then Enter):"),
                unit_button=self.tr("Add the &unit"),
            )
            self.inside.picker.matches.setMaximumHeight(88)  # the agencies above keep the room
            self.inside.chosen.setMaximumHeight(66)
            self.inside.said.connect(self.error.setText)
            rows = self.inside.chosen.model()
            rows.rowsInserted.connect(lambda *_: self._recipients_changed())
            rows.rowsRemoved.connect(lambda *_: self._recipients_changed())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.send_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText(self.tr("Send"))
        # Enter belongs to the search: sending is a click or Ctrl+Enter
        self.send_button.setAutoDefault(False)
        self.send_button.setDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.send)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.picker, 1)
        if self.inside is not None:
            layout.addWidget(self.inside)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumSize(600, 400)
        fit_to_screen(self, 760, 480 if self.inside is None else 720)
        self._recipients_changed()
        self.picker.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.send_button.setDefault(False)  # the button box makes its first accept button default on show

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        """Enter alone never sends (the dialog has no default button): a letter leaves by a click on Send
        or by Ctrl+Enter; Escape still closes."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            event.accept()
            return
        super().keyPressEvent(event)

    def addressees(self) -> tuple[list[str], list[str]]:
        """The units and the people's ids a memo is for (none: the agencies chosen, as a whole)."""
        chosen = self.inside.assignees() if self.inside is not None else []
        return [a.unit for a in chosen if a.unit], [a.person for a in chosen if a.person]

    def _recipients_changed(self) -> None:
        units, people = self.addressees()
        self.send_button.setEnabled(bool(self.picker.recipients() or units or people))
        self.error.clear()

    def send(self) -> None:
        codes = self.picker.recipients()
        units, people = self.addressees()
        if not codes and not (units or people):
            self.error.setText(self.tr("Choose at least one recipient agency."))
            return
        if self.question is not None:
            return  # already asking
        if units or people:
            try:
                self.sending.check_addressees(codes, units, people)
            except EOfficeError as exc:
                self.error.setText(user_message(exc))
                return
            self.addressed.emit(codes, units, people)
            self.accept()
            return
        outside = self.sending.memo_leaves_agency(self.templates, codes)
        if outside:
            self.ask_memo_outside(outside, codes)
            return
        self._done(codes)

    def ask_memo_outside(self, outside: list[AgencyEntry], codes: list[str]) -> QMessageBox:
        """Ask before a memo leaves the agency; No is the default and sends nothing."""
        names = "\n".join(f"• {entry.name_th}" for entry in outside)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Send a memo outside the agency?"),
            self.tr(
                "A memo (บันทึกข้อความ) is for letters within one ministry, department or province. "
                "These recipients are outside your agency:\n%1\n\nSend the memo to them anyway?"
            ).replace("%1", names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Send anyway"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Do not send"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: Any) -> None:
            self.question = None
            if box.standardButton(button) is QMessageBox.StandardButton.Yes:
                self._done(codes)
            else:
                self.error.setText(
                    self.tr("Not sent: remove the recipients outside the agency, or send anyway.")
                )

        box.buttonClicked.connect(answered)
        self.question = box
        box.open()
        return box

    def _done(self, codes: list[str]) -> None:
        self.chosen.emit(codes)
        self.accept()
