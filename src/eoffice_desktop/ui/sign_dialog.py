"""Sign a stack of letters: the token watched live, the signing certificate picked, one PIN for the batch,
a line per letter as it is signed, cancel between letters, and a summary of what was signed and what not.

Every token call runs on the PKCS#11 worker (through the task pool): the dialog never waits on the token.
The PIN goes from the field to the token login and nowhere else; the field is cleared as signing starts.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.ui.messages import display_digits, user_message
from eoffice_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from eoffice_desktop.desk.signing import LetterOutcome, SignOutcome
    from eoffice_desktop.signing.batch import SignOptions
    from eoffice_desktop.signing.certs import CertificateInfo
    from eoffice_desktop.signing.pin import PinRequest
    from eoffice_desktop.signing.tokens import TokenInfo
    from eoffice_desktop.workspace import Workspace

WATCH_MS = 1000
WARN = "color: #8a5a00;"
DANGER = "color: #b00020;"
GOOD = "color: #1b5e20;"


class _GivenPin:
    """The PIN typed into the dialog, handed to the login once (PinProvider)."""

    def __init__(self, pin: str | None, final_try_confirmed: bool) -> None:
        self._pin = pin
        self._confirmed = final_try_confirmed

    def pin(self, request: PinRequest) -> str | None:
        pin, self._pin = self._pin, None
        return pin

    def confirm_final_try(self, request: PinRequest) -> bool:
        return self._confirmed

    def warn(self, request: PinRequest, message: str) -> None:
        pass  # the dialog showed the token's PIN state before the PIN was typed


class SignDialog(QDialog):
    letter_done = Signal(object)  # LetterOutcome, from the worker thread
    finished_signing = Signal(object)  # SignOutcome

    def __init__(
        self,
        workspace: Workspace,
        letters: list[tuple[str, str]],  # (letter id, subject)
        module: Path | None,
        options: SignOptions,
        parent: QWidget | None = None,
        service: Any = None,  # a TokenService; given by tests
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.letters = letters
        self.options = options
        self.tasks = TaskRunner(self, threads=2)
        self.service = service
        self.module = module
        self.tokens: list[TokenInfo] = []
        self.certificates: list[CertificateInfo] = []
        self.signing = False
        self.cancel_event = threading.Event()
        self.outcome: SignOutcome | None = None
        self._polling = False
        self.setWindowTitle(self.tr("Sign letters"))
        self._build()
        self.letter_done.connect(self._show_letter)
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_MS)
        self.watch.timeout.connect(self.poll_tokens)
        self.watch.start()
        self._open_service()

    # layout

    def _build(self) -> None:
        heading = QLabel(display_digits(self.tr("Sign %n letter(s) with one PIN", "", len(self.letters))))
        heading.setStyleSheet("font-weight: 600;")
        self.table = QTableWidget(len(self.letters), 2)
        self.table.setAccessibleName(self.tr("Letters to sign"))
        self.table.setHorizontalHeaderLabels([self.tr("Subject"), self.tr("Result")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (_letter_id, subject) in enumerate(self.letters):
            self.table.setItem(row, 0, QTableWidgetItem(subject))
            self.table.setItem(row, 1, QTableWidgetItem(self.tr("Waiting")))
        form = self._build_form()
        self._build_bottom(heading, form)

    def _build_form(self) -> QFormLayout:
        self.token_state = QLabel()
        self.token_state.setAccessibleName(self.tr("Token state"))
        self.token_state.setWordWrap(True)
        self.token_choice = QComboBox()
        self.token_choice.setAccessibleName(self.tr("Token"))
        self.token_choice.currentIndexChanged.connect(lambda _i: self._load_certificates())
        self.cert_choice = QComboBox()
        self.cert_choice.setAccessibleName(self.tr("Signing certificate"))
        self.cert_choice.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.textChanged.connect(lambda _t: self._update_buttons())
        self.pin_state = QLabel()
        self.pin_state.setWordWrap(True)
        self.pin_state.setAccessibleName(self.tr("PIN warning"))
        self.final_try = QCheckBox(self.tr("I understand: a wrong PIN now locks the token"))
        self.final_try.hide()
        self.final_try.toggled.connect(lambda _c: self._update_buttons())

        form = QFormLayout()
        form.addRow(self.tr("Token"), self.token_choice)
        form.addRow("", self.token_state)
        form.addRow(self.tr("Certificate"), self.cert_choice)
        pin_label = QLabel(self.tr("&PIN"))
        pin_label.setBuddy(self.pin)
        form.addRow(pin_label, self.pin)
        form.addRow("", self.pin_state)
        form.addRow("", self.final_try)
        return form

    def _build_bottom(self, heading: QLabel, form: QFormLayout) -> None:
        self.progress = QProgressBar()
        self.progress.setRange(0, len(self.letters))
        self.progress.valueChanged.connect(
            lambda value: self.progress.setFormat(display_digits(f"{value} / {self.progress.maximum()}"))
        )
        self.progress.setValue(0)
        self.progress.setAccessibleName(self.tr("Signing progress"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

        # Enter goes to the default button (Sign) and nowhere else: no button takes Enter with the focus
        self.sign_button = QPushButton(self.tr("Sign"))
        self.sign_button.setDefault(True)
        self.sign_button.setAutoDefault(False)
        self.sign_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self._cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setTabOrder(self.token_choice, self.cert_choice)
        self.setTabOrder(self.cert_choice, self.pin)
        self.setTabOrder(self.pin, self.sign_button)
        self.resize(720, 560)
        self.pin.setFocus()
        self._update_buttons()

    # the token, watched

    def _open_service(self) -> None:
        if self.service is not None:
            self.poll_tokens()
            return
        if self.module is None:
            self._say(
                self.tr(
                    "No PKCS#11 module is configured: set it under Settings (ask IT for the token's driver)."
                ),
                DANGER,
            )
            self.watch.stop()
            return
        module = self.module

        def work() -> Any:
            from eoffice_desktop.signing.tokens import TokenService

            return TokenService(module)

        def done(service: Any) -> None:
            self.service = service
            self.poll_tokens()

        def failed(error: BaseException) -> None:
            self._say(user_message(error), DANGER)
            self.watch.stop()

        self.tasks.run(work, done, failed)

    def poll_tokens(self) -> None:
        """Ask the worker which tokens are present (once at a time); insertions and removals show at once."""
        if self.service is None or self._polling:
            return
        self._polling = True
        service = self.service

        def done(tokens: list[TokenInfo]) -> None:
            self._polling = False
            self._show_tokens(tokens)

        def failed(error: BaseException) -> None:
            self._polling = False
            self._show_tokens([])
            self.token_state.setText(user_message(error))

        self.tasks.run(service.tokens, done, failed)

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
        self._update_buttons()

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
            self.cert_choice.clear()
            for cert in self.certificates:
                self.cert_choice.addItem(self._cert_text(cert))
            # several: the signer chooses; never a silent pick
            self.cert_choice.setCurrentIndex(0 if len(self.certificates) == 1 else -1)
            if not self.certificates:
                self._say(self.tr("This token has no certificate that may sign letters."), DANGER)
            elif len(self.certificates) > 1:
                self._say(self.tr("Choose the certificate to sign with."), WARN)
            self._update_buttons()

        def failed(error: BaseException) -> None:
            self._say(user_message(error), DANGER)

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

    def _show_pin_state(self, token: TokenInfo | None) -> None:
        from eoffice_desktop.signing.pin import PinStatus

        status = token.pin_status if token else PinStatus.OK
        self.pin.setVisible(not (token and token.pin_pad))
        self.final_try.setVisible(status is PinStatus.FINAL_TRY)
        if token is not None and token.pin_pad:
            self.pin_state.setText(
                self.tr("This reader has a PIN pad: type the PIN on the reader when asked.")
            )
            self.pin_state.setStyleSheet(WARN)
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
        self.pin.setEnabled(status is not PinStatus.LOCKED and not self.signing)

    def _update_buttons(self) -> None:
        from eoffice_desktop.signing.pin import PinStatus

        token = self.current_token()
        ready = (
            not self.signing
            and self.outcome is None
            and token is not None
            and token.pin_status is not PinStatus.LOCKED
            and self.current_certificate() is not None
            and (token.pin_pad or bool(self.pin.text()))
            and (token.pin_status is not PinStatus.FINAL_TRY or self.final_try.isChecked())
        )
        self.sign_button.setEnabled(ready)

    def _say(self, text: str, style: str = "") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    # signing

    def start(self) -> None:
        if not self.sign_button.isEnabled():
            return
        from eoffice_desktop.desk.signing import sign_letters
        from eoffice_desktop.signing.batch import BatchSigner
        from eoffice_desktop.signing.tokens import TokenChoice

        token, cert = self.current_token(), self.current_certificate()
        assert token is not None and cert is not None
        provider = _GivenPin(None if token.pin_pad else self.pin.text(), self.final_try.isChecked())
        self.table.setFocus()  # away from the PIN field before it is disabled, and not onto a button
        self.pin.clear()
        self.signing = True
        self.cancel_event.clear()
        self._update_buttons()
        self.pin.setEnabled(False)
        self.progress.setValue(0)
        self._say(
            self.tr("Signing…") if not token.pin_pad else self.tr("Type the PIN on the reader's PIN pad…")
        )
        signer = BatchSigner(self.service, TokenChoice(token.label, token.serial), cert.label, cert.id)
        ids = [letter_id for letter_id, _subject in self.letters]
        workspace, options, cancel = self.workspace, self.options, self.cancel_event

        def work() -> SignOutcome:
            return sign_letters(workspace, ids, signer, provider, options, self.letter_done.emit, cancel)

        self.tasks.run(work, self._done, self._failed)

    def _show_letter(self, outcome: LetterOutcome) -> None:
        row = next(i for i, (letter_id, _s) in enumerate(self.letters) if letter_id == outcome.letter_id)
        if outcome.signed:
            text, style = self.tr("Signed"), GOOD
        elif outcome.cancelled:
            text, style = self.tr("Not signed (cancelled)"), WARN
        else:
            text, style = (
                self.tr("Not signed: %1").replace("%1", outcome.problem_th or outcome.problem or ""),
                DANGER,
            )
        item = self.table.item(row, 1)
        item.setText(text)
        item.setToolTip(text)
        item.setForeground(self.palette().text() if not style else _colour(style))
        self.progress.setValue(self.progress.value() + 1)

    def _done(self, outcome: SignOutcome) -> None:
        self.signing = False
        self.outcome = outcome
        failed = len(outcome.letters) - outcome.signed
        summary = (
            self.tr("Signed %1 of %2.")
            .replace("%1", display_digits(str(outcome.signed)))
            .replace("%2", display_digits(str(len(self.letters))))
        )
        if failed:
            summary += " " + self.tr("%1 not signed; the reasons are in the list.").replace(
                "%1", display_digits(str(failed))
            )
        self._say(summary, GOOD if not failed else WARN)
        self.progress.setValue(len(self.letters))
        self.cancel_button.setText(self.tr("Close"))
        self._update_buttons()
        self.finished_signing.emit(outcome)

    def _failed(self, error: BaseException) -> None:
        """The whole batch stopped before any letter (wrong PIN, locked, token gone): nothing was signed."""
        self.signing = False
        self._say(user_message(error), DANGER)
        self.pin.setEnabled(True)
        self.pin.setFocus()
        self.progress.setValue(0)
        self.poll_tokens()  # the PIN state afresh: a wrong PIN changes it
        self._update_buttons()

    def _cancel(self) -> None:
        if self.signing:
            self.cancel_event.set()
            self._say(self.tr("Stopping after the current letter…"), WARN)
            self.cancel_button.setEnabled(False)
            return
        self.reject()

    def done(self, result: int) -> None:
        if self.signing:  # closing mid-batch: stop after the current letter, then close
            self.cancel_event.set()
            self.finished_signing.connect(lambda _o: QDialog.done(self, result))
            return
        self.watch.stop()
        self.tasks.wait()
        super().done(result)


def _colour(style: str) -> Any:
    from PySide6.QtGui import QBrush, QColor

    return QBrush(QColor(style.split(":", 1)[1].strip(" ;")))
