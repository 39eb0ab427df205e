"""Send signed letters: choose the recipient agencies from the directory (ui/recipients.py), then the letters
are queued in the outbox, one copy per agency, and go out with the next sync (at once when online).

A memo (บันทึกข้อความ) is for correspondence within the agency: when one would leave it, the dialog asks
first, and No (the default) sends nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from eoffice_desktop.ui.messages import display_digits
from eoffice_desktop.ui.recipients import RecipientPicker
from eoffice_desktop.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from eoffice_desktop.desk.sending import Sending
    from eoffice_desktop.store.directory import AgencyEntry


class SendDialog(QDialog):
    chosen = Signal(list)  # the recipient agency codes, once the user sends

    def __init__(self, sending: Sending, letters: Sequence[Any], parent: QWidget | None = None) -> None:
        """``letters``: the records being sent (their ``template`` tells a memo)."""
        super().__init__(parent)
        self.sending = sending
        self.templates = [letter.template for letter in letters]
        self.question: QMessageBox | None = None
        self.setWindowTitle(self.tr("Send letters"))
        heading = QLabel(display_digits(self.tr("Send %n signed letter(s) to:", "", len(letters))))
        self.picker = RecipientPicker(sending, self)
        self.picker.changed.connect(self._recipients_changed)
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
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumSize(600, 400)
        fit_to_screen(self, 760, 480)
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

    def _recipients_changed(self) -> None:
        self.send_button.setEnabled(bool(self.picker.recipients()))
        self.error.clear()

    def send(self) -> None:
        codes = self.picker.recipients()
        if not codes:
            self.error.setText(self.tr("Choose at least one recipient agency."))
            return
        if self.question is not None:
            return  # already asking
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
