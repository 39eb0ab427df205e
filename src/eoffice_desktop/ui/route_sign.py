"""Initial (approve) or sign the step that waits, with the person's token: the same token choice, certificate
and PIN as the sign dialog; the signing and the action run on the PKCS#11 worker, never on the GUI thread.
A wrong PIN is said beside the field and nothing is queued."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from eoffice_desktop.domain.routes import ActionKind
from eoffice_desktop.ui.messages import user_message
from eoffice_desktop.ui.sign_dialog import _GivenPin
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.token_watch import DANGER, TokenWatch

if TYPE_CHECKING:
    from eoffice_desktop.signing.batch import SignOptions
    from eoffice_desktop.workspace import Workspace


class RouteSignDialog(QDialog):
    acted = Signal(object)  # the Route after the action

    def __init__(
        self,
        workspace: Workspace,
        letter_id: str,
        kind: ActionKind,
        person: str,
        note: str,
        module: Path | None,
        options: SignOptions,
        parent: QWidget | None = None,
        service: Any = None,  # a TokenService; given by tests
    ) -> None:
        super().__init__(parent)
        assert kind in (ActionKind.APPROVE, ActionKind.SIGN)
        self.workspace, self.letter_id, self.kind = workspace, letter_id, kind
        self.person, self.note, self.options = person, note, options
        self.tasks = TaskRunner(self, threads=1)
        self.signing = False
        signs = kind is ActionKind.SIGN
        self.setWindowTitle(self.tr("Sign the letter") if signs else self.tr("Initial the letter"))
        heading = QLabel(
            self.tr("Your signature goes into the letter's signature field.")
            if signs
            else self.tr("Your initials go into the letter's initials field for this step.")
        )
        heading.setWordWrap(True)
        self.watch = TokenWatch(module, service)
        self.pin, self.cert_choice = self.watch.pin, self.watch.cert_choice
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.ok_button = QPushButton(self.tr("Sign") if signs else self.tr("Initial"))
        self.ok_button.setDefault(True)
        self.ok_button.setAutoDefault(False)
        self.ok_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.watch)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.watch.changed.connect(self._update)
        self.watch.problem.connect(self._say)
        self.watch.open()
        self.watch.pin.setFocus()
        self._update()

    def _say(self, text: str, style: str = "") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    def _update(self) -> None:
        self.ok_button.setEnabled(not self.signing and self.watch.ready())

    def start(self) -> None:
        if self.signing or not self.ok_button.isEnabled():
            return
        from eoffice_desktop.desk.route_history import people_lookup
        from eoffice_desktop.desk.routing import RouteSigning, act
        from eoffice_desktop.desk.signing import batch_signer

        token, cert = self.watch.current_token(), self.watch.current_certificate()
        assert token is not None and cert is not None
        provider = _GivenPin(
            None if token.pin_pad else self.watch.pin.text(), self.watch.final_try.isChecked()
        )
        signing = RouteSigning(
            batch_signer(self.watch.service, token.label, token.serial, cert), provider, self.options
        )
        self.watch.pin.clear()
        self.signing = True
        self.watch.set_busy(True)
        self._update()
        self._say(
            self.tr("Signing…") if not token.pin_pad else self.tr("Type the PIN on the reader's PIN pad…")
        )
        workspace, letter_id, kind, person, note = (
            self.workspace,
            self.letter_id,
            self.kind,
            self.person,
            self.note,
        )

        def work() -> Any:
            return act(
                workspace, letter_id, kind, person, note, signing=signing, people=people_lookup(workspace)
            )

        self.tasks.run(work, self._done, self._failed)

    def _done(self, route: Any) -> None:
        self.signing = False
        self.watch.set_busy(False)
        self.watch.logged_in()
        self.acted.emit(route)
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
            self.watch.pin.setFocus()
        self._update()

    def done(self, result: int) -> None:
        if self.signing:  # the token finishes first: a signature is never left half-made
            return
        self.watch.stop()
        self.tasks.wait()
        super().done(result)
