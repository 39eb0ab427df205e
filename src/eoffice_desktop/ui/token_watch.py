"""The token, watched: which tokens are present (insertions and removals show within a second), the signing
certificate picked on the chosen one, the PIN field and what the token says about the PIN.

Every token call runs on the PKCS#11 worker through the task pool: the window never waits on the token.
Polling pauses while a batch signs (the worker is busy with it), and a state read before a login that then
succeeded is dropped: after a wrong PIN SoftHSM and real cards report "count low" until the next good login,
and the warning must go once the right PIN has signed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from eoffice_desktop.ui.messages import user_message
from eoffice_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from eoffice_desktop.signing.certs import CertificateInfo
    from eoffice_desktop.signing.pin import PinStatus
    from eoffice_desktop.signing.tokens import TokenInfo

WATCH_MS = 1000
WARN = "color: #8a5a00;"
DANGER = "color: #b00020;"
GOOD = "color: #1b5e20;"


class TokenWatch(QWidget):
    changed = Signal()  # the token, the certificate, the PIN or its state changed: readiness may differ
    problem = Signal(str, str)  # text, style: for the dialog's message line

    def __init__(self, module: Path | None, service: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.module = module
        self.service = service
        self.tasks = TaskRunner(self, threads=1)
        self.tokens: list[TokenInfo] = []
        self.certificates: list[CertificateInfo] = []
        self.busy = False  # a batch is signing, or all are signed
        self._polling = False
        self._generation = 0  # bumped by a login: token states read before it are stale
        self._wrong_pin: PinStatus | None = None  # the last login failed on the PIN; the state just after
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(WATCH_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def _build(self) -> None:
        self.token_state = QLabel()
        self.token_state.setAccessibleName(self.tr("Token state"))
        self.token_state.setWordWrap(True)
        self.token_choice = QComboBox()
        self.token_choice.setAccessibleName(self.tr("Token"))
        self.token_choice.currentIndexChanged.connect(lambda _i: self._load_certificates())
        self.cert_choice = QComboBox()
        self.cert_choice.setAccessibleName(self.tr("Signing certificate"))
        self.cert_choice.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.textChanged.connect(lambda _t: self.changed.emit())
        self.pin_state = QLabel()
        self.pin_state.setWordWrap(True)
        self.pin_state.setAccessibleName(self.tr("PIN warning"))
        self.final_try = QCheckBox(self.tr("I understand: a wrong PIN now locks the token"))
        self.final_try.hide()
        self.final_try.toggled.connect(lambda _c: self.changed.emit())

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Token"), self.token_choice)
        form.addRow("", self.token_state)
        form.addRow(self.tr("Certificate"), self.cert_choice)
        pin_label = QLabel(self.tr("&PIN"))
        pin_label.setBuddy(self.pin)
        form.addRow(pin_label, self.pin)
        form.addRow("", self.pin_state)
        form.addRow("", self.final_try)
        self.setTabOrder(self.token_choice, self.cert_choice)
        self.setTabOrder(self.cert_choice, self.pin)

    # the service and the polling

    def open(self) -> None:
        if self.service is not None:
            self.poll()
            return
        if self.module is None:
            self.problem.emit(
                self.tr(
                    "No PKCS#11 module is configured: set it under Settings (ask IT for the token's driver)."
                ),
                DANGER,
            )
            self.timer.stop()
            return
        module = self.module

        def work() -> Any:
            from eoffice_desktop.desk.signing import open_tokens

            return open_tokens(module)

        def done(service: Any) -> None:
            self.service = service
            self.poll()

        def failed(error: BaseException) -> None:
            self.problem.emit(user_message(error), DANGER)
            self.timer.stop()

        self.tasks.run(work, done, failed)

    def poll(self) -> None:
        """Ask the worker which tokens are present (once at a time); insertions and removals show at once."""
        if self.service is None or self._polling or self.busy:
            return
        self._polling = True
        service, generation = self.service, self._generation

        def done(tokens: list[TokenInfo]) -> None:
            self._polling = False
            if generation == self._generation:
                self._show_tokens(tokens)
            else:
                self.poll()

        def failed(error: BaseException) -> None:
            self._polling = False
            if generation == self._generation:
                self._show_tokens([])
                self.token_state.setText(user_message(error))

        self.tasks.run(service.tokens, done, failed)

    def stop(self) -> None:
        self.timer.stop()
        self.tasks.wait()

    def set_busy(self, busy: bool) -> None:
        """While a batch signs (or nothing is left to sign): nothing to choose or type, no polling."""
        self.busy = busy
        for widget in (self.token_choice, self.cert_choice, self.final_try):
            widget.setEnabled(not busy)
        self._show_pin_state(self.current_token())

    def logged_in(self) -> None:
        """A batch logged in with the PIN: what the token said before (wrong PIN, few tries left) is past."""
        self._wrong_pin = None
        self._generation += 1
        self.pin_state.clear()
        self.poll()

    def wrong_pin(self, status: PinStatus) -> None:
        """The token refused the PIN: say so once, with the tries left, and let the signer type it again."""
        self._wrong_pin = status
        self._generation += 1
        self.pin.clear()
        self._show_pin_state(self.current_token())
        self.pin.setFocus()
        self.poll()

    # what the tokens are

    def _show_tokens(self, tokens: list[TokenInfo]) -> None:
        current = self.current_token()
        before = [(t.label, t.serial) for t in self.tokens]
        after = [(t.label, t.serial) for t in tokens]
        self.tokens = tokens
        if before != after:
            self.token_choice.blockSignals(True)
            self.token_choice.clear()
            for token in tokens:
                self.token_choice.addItem(f"{token.label} ({token.serial})")
            keep = (
                after.index((current.label, current.serial))
                if current and (current.label, current.serial) in after
                else 0
            )
            self.token_choice.setCurrentIndex(keep if tokens else -1)
            self.token_choice.blockSignals(False)
            if not tokens:
                self.certificates = []
                self.cert_choice.clear()
            elif current is None or (current.label, current.serial) not in after:
                self._load_certificates()
        token = self.current_token()
        if token is None:
            self.token_state.setText(self.tr("No token: insert your token (smart card)."))
            self.token_state.setStyleSheet(DANGER)
        else:
            model = f" · {token.model}" if token.model else ""
            self.token_state.setText(self.tr("Token present") + model)
            self.token_state.setStyleSheet(GOOD)
        self._show_pin_state(token)
        self.changed.emit()

    def current_token(self) -> TokenInfo | None:
        index = self.token_choice.currentIndex()
        return self.tokens[index] if 0 <= index < len(self.tokens) else None

    def _load_certificates(self) -> None:
        token = self.current_token()
        if token is None or self.service is None:
            return
        from eoffice_desktop.signing.tokens import TokenChoice

        service = self.service
        choice = TokenChoice(token.label, token.serial)

        def done(found: tuple[Any, list[CertificateInfo]]) -> None:
            self.certificates = [c for c in found[1] if c.can_sign]
            self.cert_choice.blockSignals(True)
            self.cert_choice.clear()
            for cert in self.certificates:
                self.cert_choice.addItem(self._cert_text(cert))
            # several: the signer chooses; never a silent pick
            self.cert_choice.setCurrentIndex(0 if len(self.certificates) == 1 else -1)
            self.cert_choice.blockSignals(False)
            if not self.certificates:
                self.problem.emit(self.tr("This token has no certificate that may sign letters."), DANGER)
            elif len(self.certificates) > 1:
                self.problem.emit(self.tr("Choose the certificate to sign with."), WARN)
            self.changed.emit()

        def failed(error: BaseException) -> None:
            self.problem.emit(user_message(error), DANGER)

        self.tasks.run(lambda: service.certificates(choice), done, failed)

    def _cert_text(self, cert: CertificateInfo) -> str:
        from eoffice_desktop.domain.thai import thai_date

        until = thai_date(cert.not_after.date())
        return (
            self.tr("%1 (valid until %2) · %3")
            .replace("%1", cert.common_name)
            .replace("%2", until)
            .replace("%3", cert.label)
        )

    def current_certificate(self) -> CertificateInfo | None:
        index = self.cert_choice.currentIndex()
        return self.certificates[index] if 0 <= index < len(self.certificates) else None

    # the PIN

    def _show_pin_state(self, token: TokenInfo | None) -> None:
        from eoffice_desktop.signing.pin import PinStatus

        status = token.pin_status if token else PinStatus.OK
        self.pin.setVisible(not (token and token.pin_pad))
        self.final_try.setVisible(status is PinStatus.FINAL_TRY)
        self.pin.setEnabled(status is not PinStatus.LOCKED and not self.busy)
        if token is not None and token.pin_pad:
            self.pin_state.setText(
                self.tr("This reader has a PIN pad: type the PIN on the reader when asked.")
            )
            self.pin_state.setStyleSheet(WARN)
            return
        if self._wrong_pin is not None:
            worst = max(self._wrong_pin, status, key=_severity)
            self.pin_state.setText(self._wrong_pin_text(worst))
            self.pin_state.setStyleSheet(DANGER)
            return
        text = {
            PinStatus.OK: "",
            PinStatus.COUNT_LOW: self.tr("A wrong PIN was entered before: only a few tries are left."),
            PinStatus.FINAL_TRY: self.tr("Last try: one more wrong PIN locks the token."),
            PinStatus.LOCKED: self.tr(
                "The PIN is locked. Ask the certificate authority or IT to unlock the token."
            ),
        }[status]
        self.pin_state.setText(text)
        self.pin_state.setStyleSheet(DANGER if status in (PinStatus.FINAL_TRY, PinStatus.LOCKED) else WARN)

    def _wrong_pin_text(self, status: PinStatus) -> str:
        from eoffice_desktop.signing.pin import PinStatus

        return {
            PinStatus.OK: self.tr("Wrong PIN. Type it again."),
            PinStatus.COUNT_LOW: self.tr("Wrong PIN. Only a few tries are left."),
            PinStatus.FINAL_TRY: self.tr("Wrong PIN. One try is left: another wrong PIN locks the token."),
            PinStatus.LOCKED: self.tr(
                "Wrong PIN. The PIN is now locked: ask the certificate authority or IT to unlock the token."
            ),
        }[status]

    def ready(self) -> bool:
        """A token, a certificate, and the PIN typed (or a PIN pad), the last try confirmed."""
        from eoffice_desktop.signing.pin import PinStatus

        token = self.current_token()
        return (
            token is not None
            and token.pin_status is not PinStatus.LOCKED
            and self.current_certificate() is not None
            and (token.pin_pad or bool(self.pin.text()))
            and (token.pin_status is not PinStatus.FINAL_TRY or self.final_try.isChecked())
        )


def _severity(status: PinStatus) -> int:
    from eoffice_desktop.signing.pin import PinStatus

    return [PinStatus.OK, PinStatus.COUNT_LOW, PinStatus.FINAL_TRY, PinStatus.LOCKED].index(status)
