"""The head's minute (เกษียน) on a presented letter: the order as free text with the agency's quick phrases
(offered while typing, and as buttons), whom it assigns (people found by typing a Thai name, or whole units),
an optional due date (Buddhist Era), then the head's token and PIN. The minute is made, signed and applied on
the PKCS#11 worker; a token whose certificate is not the head's is refused before the PIN is asked."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.domain.case_model import Assignee
from eoffice_desktop.ui.assignee_picker import AssigneePicker
from eoffice_desktop.ui.date_field import DateField
from eoffice_desktop.ui.messages import display_digits, user_message
from eoffice_desktop.ui.phrase_edit import PhraseEdit
from eoffice_desktop.ui.screen_fit import fit_to_screen
from eoffice_desktop.ui.sign_dialog import _GivenPin
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.token_watch import DANGER, WARN, TokenWatch

if TYPE_CHECKING:
    from pathlib import Path

    from eoffice_desktop.desk.case_window import CaseView
    from eoffice_desktop.signing.batch import SignOptions
    from eoffice_desktop.workspace import Workspace


class MinuteDialog(QDialog):
    minuted = Signal(object)  # the Case after the minute

    def __init__(
        self,
        workspace: Workspace,
        view: CaseView,
        module: Path | None,
        options: SignOptions,
        parent: QWidget | None = None,
        service: Any = None,  # a TokenService; given by tests
    ) -> None:
        from eoffice_desktop.desk.case_window import people_by_id, units
        from eoffice_desktop.desk.minutes import quick_phrases

        super().__init__(parent)
        self.workspace, self.view, self.options = workspace, view, options
        self.case_id = view.case.case_id
        self.tasks = TaskRunner(self, threads=1)
        self.signing = False
        head = people_by_id(workspace).get(view.person or "")
        self.head_certificates = {c.lower() for c in head.certificates} if head else set()
        self.setWindowTitle(self.tr("Minute the letter"))
        left = self._build_text(quick_phrases(workspace))
        assign_box = self._build_assignees(units(workspace))
        sign_box = self._build_sign(module, service)
        top = QHBoxLayout()
        top.addLayout(left, 3)
        top.addWidget(assign_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(self.due_row)
        layout.addWidget(sign_box)
        layout.addWidget(self.message)
        layout.addLayout(self.buttons)
        self.setTabOrder(self.text, self.phrase_buttons[0] if self.phrase_buttons else self.due.edit)
        fit_to_screen(self, 980, 720)
        self.watch.changed.connect(self._update)
        self.watch.problem.connect(self._say)
        self.watch.open()
        self.text.setFocus()
        self._update()

    def _build_text(self, phrases: list[str]) -> QVBoxLayout:
        view = self.view
        subject = QLabel(display_digits(view.subject))
        subject.setWordWrap(True)
        subject.setStyleSheet("font-weight: 600;")
        summary = QLabel(display_digits(view.case.summary))
        summary.setWordWrap(True)
        self.text = PhraseEdit(phrases)
        self.text.setAccessibleName(self.tr("Minute"))
        self.text.setPlaceholderText(self.tr("The order, e.g. มอบ กองกลาง ดำเนินการ (quick phrases offered)"))
        self.text.textChanged.connect(self._update)
        text_label = QLabel(self.tr("&Minute:"))
        text_label.setBuddy(self.text)
        phrase_row = QHBoxLayout()
        self.phrase_buttons = []
        for phrase in self.text.phrases[:8]:
            button = QPushButton(phrase)
            button.setAutoDefault(True)
            button.setToolTip(self.tr("Insert this phrase"))
            button.clicked.connect(lambda _c=False, p=phrase: self.text.insert_phrase(p))
            phrase_row.addWidget(button)
            self.phrase_buttons.append(button)
        phrase_row.addStretch(1)
        self.due = DateField()
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.edit.setMaximumWidth(280)
        row = self.due.layout()
        if row is not None:  # the date as printed beside, then space (Today keeps its own width)
            row.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding))
        self.due.today.setAutoDefault(True)
        due_label = QLabel(self.tr("&Due by:"))
        due_label.setBuddy(self.due.edit)
        self.due.edited.connect(lambda _t: self._update())
        left = QVBoxLayout()
        left.addWidget(subject)
        left.addWidget(summary)
        left.addWidget(text_label)
        left.addWidget(self.text, 1)
        left.addLayout(phrase_row)
        self.due_row = QFormLayout()
        self.due_row.addRow(due_label, self.due)
        return left

    def _build_assignees(self, units: list[str]) -> QGroupBox:
        box = AssigneePicker(
            self.workspace, self.tr("Assignees (none: noted, or on to the next head)"), units
        )
        box.said.connect(lambda text: self._say(text, WARN if text else ""))
        self.assignee_box = box
        self.picker, self.unit, self.add_unit = box.picker, box.unit, box.add_unit
        self.chosen, self.remove = box.chosen, box.remove
        return box

    def _build_sign(self, module: Path | None, service: Any) -> QGroupBox:
        self.watch = TokenWatch(module, service)
        self.pin, self.cert_choice = self.watch.pin, self.watch.cert_choice
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.ok_button = QPushButton(self.tr("&Sign the minute"))
        self.ok_button.setDefault(True)
        self.ok_button.setAutoDefault(False)
        self.ok_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.ok_button)
        self.buttons.addWidget(self.cancel_button)
        sign_box = QGroupBox(self.tr("Your token"))
        QVBoxLayout(sign_box).addWidget(self.watch)
        return sign_box

    def chosen_assignees(self) -> list[Assignee]:
        return self.assignee_box.assignees()

    # signing

    def _say(self, text: str, style: str = "") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    def _not_theirs(self) -> bool:
        """The token's certificate is known not to be the head's (the agency lists theirs)."""
        cert = self.watch.current_certificate()
        if cert is None or not self.head_certificates:
            return False
        return hashlib.sha256(cert.der).hexdigest() not in self.head_certificates

    def _update(self) -> None:
        not_theirs = self._not_theirs()
        if not_theirs:
            self._say(
                self.tr("This certificate is not yours: a minute is signed with your own token."), DANGER
            )
        elif self.message.text() == self.tr(
            "This certificate is not yours: a minute is signed with your own token."
        ):
            self._say("")
        due_ok = not self.due.edit.text().strip() or self.due.date() is not None
        self.ok_button.setEnabled(
            not self.signing
            and self.watch.ready()
            and not not_theirs
            and bool(self.text.toPlainText().strip())
            and due_ok
        )

    def start(self) -> None:
        from eoffice_desktop.desk.case_window import minute
        from eoffice_desktop.desk.routing import RouteSigning
        from eoffice_desktop.desk.signing import batch_signer

        if self.signing:
            return
        if not self.text.toPlainText().strip():
            self._say(self.tr("Write the minute first."), WARN)
            self.text.setFocus()
            return
        if self.due.edit.text().strip() and self.due.date() is None:
            self._say(self.tr("The due date is not a date: type it as 15/12/2569."), WARN)
            self.due.setFocus()
            return
        if not self.ok_button.isEnabled():
            return
        token, cert = self.watch.current_token(), self.watch.current_certificate()
        assert token is not None and cert is not None
        provider = _GivenPin(None if token.pin_pad else self.pin.text(), self.watch.final_try.isChecked())
        signing = RouteSigning(
            batch_signer(self.watch.service, token.label, token.serial, cert), provider, self.options
        )
        self.pin.clear()
        self.signing = True
        self.watch.set_busy(True)
        self._update()
        self._say(
            self.tr("Signing…") if not token.pin_pad else self.tr("Type the PIN on the reader's PIN pad…")
        )
        workspace, case_id = self.workspace, self.case_id
        text, assign, due = self.text.toPlainText().strip(), self.chosen_assignees(), self.due.date()
        self.tasks.run(
            lambda: minute(workspace, case_id, signing, text=text, assign=assign, due=due),
            self._done,
            self._failed,
        )

    def _done(self, case: Any) -> None:
        self.signing = False
        self.watch.set_busy(False)
        self.watch.logged_in()
        self.minuted.emit(case)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        from eoffice_desktop.signing.errors import WrongPin
        from eoffice_desktop.signing.pin import PinStatus

        self.signing = False
        self.watch.set_busy(False)
        if isinstance(error, WrongPin):
            self._say("")
            self.watch.wrong_pin(error.status or PinStatus.OK)
        else:
            self._say(user_message(error), DANGER)
            self.watch.poll()
            self.pin.setFocus()
        self._update()

    def done(self, result: int) -> None:
        if self.signing:  # the token finishes first: a minute is never left half-signed
            return
        self.watch.stop()
        self.tasks.wait()
        super().done(result)
