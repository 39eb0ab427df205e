"""Sign a stack of letters: each letter listed (number, recipient, subject) and readable page by page, the
token watched live, the signing certificate picked, one PIN for the batch, a line per letter as it is
signed, and a summary of what was signed and what not.

Enter in the PIN field signs (Sign is the dialog's default button and nothing else takes Enter). The dialog
can always be closed: while a batch signs, closing stops it after the current letter and then closes; Cancel
stops it and keeps the dialog open, and Sign then signs the letters not yet signed. After every letter is
signed the default button is Close.

Every token call runs on the PKCS#11 worker (through the task pool): the dialog never waits on the token.
The PIN goes from the field to the token login and nowhere else; the field is cleared as signing starts.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.ui.messages import display_digits, user_message
from eoffice_desktop.ui.sign_letters import SignLetterTable, signer_difference
from eoffice_desktop.ui.sign_preview import PAGE_KEYS, LetterPages
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.token_watch import DANGER, GOOD, WARN, TokenWatch

if TYPE_CHECKING:
    from eoffice_desktop.desk.signing import LetterOutcome, LetterToSign, SignOutcome
    from eoffice_desktop.signing.batch import SignOptions
    from eoffice_desktop.signing.certs import CertificateInfo
    from eoffice_desktop.signing.pin import PinRequest
    from eoffice_desktop.workspace import Workspace

SIZE = (1060, 600)
"""Fits a 1366×768 screen at 125 % scaling (about 1090×610 logical pixels left for a dialog)."""
TITLE_BAR = 32  # left for the window manager's title bar when the screen is smaller
NOTICE = "color: #8a5a00; background: #fff4e0; border: 1px solid #8a5a00; border-radius: 3px; padding: 4px;"


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
        letter_ids: list[str],
        module: Path | None,
        options: SignOptions,
        parent: QWidget | None = None,
        service: Any = None,  # a TokenService; given by tests
    ) -> None:
        super().__init__(parent)
        from eoffice_desktop.desk.signing import letters_to_sign

        self.workspace = workspace
        self.letters: list[LetterToSign] = letters_to_sign(workspace, letter_ids)
        self.options = options
        self.tasks = TaskRunner(self, threads=1)
        self.signing = False
        self.stopping = False
        self.signed: set[str] = set()  # letters signed in this dialog: a later run skips them
        self.cancel_event = threading.Event()
        self.outcome: SignOutcome | None = None  # of the last run
        self._close_with: int | None = None  # closing was asked while signing
        self.setWindowTitle(self.tr("Sign letters"))
        self.watch = TokenWatch(module, service)
        w = self.watch  # its parts, as callers reach them
        self.pin, self.cert_choice, self.final_try = w.pin, w.cert_choice, w.final_try
        self.token_state, self.pin_state = w.token_state, w.pin_state
        self._build()
        self.letter_done.connect(self._show_letter)
        self.watch.changed.connect(self._update)
        self.watch.problem.connect(self._say)
        self.watch.open()

    @property
    def certificates(self) -> list[CertificateInfo]:
        return self.watch.certificates

    def current_certificate(self) -> CertificateInfo | None:
        return self.watch.current_certificate()

    # layout

    def _build(self) -> None:
        heading = QLabel(display_digits(self.tr("Sign %n letter(s) with one PIN", "", len(self.letters))))
        heading.setStyleSheet("font-weight: 600;")
        self.table = SignLetterTable(self.letters)
        self.table.currentCellChanged.connect(lambda row, _c, _r, _pc: self._show_pages(row))
        self.table.installEventFilter(self)
        self.pages = LetterPages(self.workspace)
        self.differ = QLabel()
        self.differ.setWordWrap(True)
        self.differ.setStyleSheet(NOTICE)
        self.differ.setAccessibleName(self.tr("Signer warning"))
        self.differ.hide()
        self.progress = QProgressBar()
        self.progress.valueChanged.connect(
            lambda value: self.progress.setFormat(display_digits(f"{value} / {self.progress.maximum()}"))
        )
        self.progress.setAccessibleName(self.tr("Signing progress"))
        self.progress.hide()  # until a batch starts
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.differ)
        column.addWidget(self.watch)
        column.addWidget(self.progress)
        column.addWidget(self.message)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(left)
        self.split.addWidget(self.pages)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(True)
        self.split.setCollapsible(0, False)

        buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.split, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.watch.pin, self.sign_button)
        self.setTabOrder(self.sign_button, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.table)
        self._size()
        self.progress.setRange(0, len(self.letters))
        self.progress.setValue(0)
        if self.letters:
            self.table.setCurrentCell(0, 0)
        self.watch.pin.setFocus()
        self._update()

    def _build_buttons(self) -> QHBoxLayout:
        self.sign_button = QPushButton(self.tr("Sign"))
        self.sign_button.setDefault(True)
        self.sign_button.setAutoDefault(False)
        self.sign_button.clicked.connect(self._primary)
        self.cancel_button = QPushButton(self.tr("Close"))
        # a focused button must not take Enter: Enter is for the default button only
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self._secondary)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.cancel_button)
        return buttons

    def _size(self) -> None:
        width, height = SIZE
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width()), min(height, room.height() - TITLE_BAR)
        self.resize(width, height)
        self.split.setSizes([width * 3 // 5, width * 2 // 5])

    def _show_pages(self, row: int) -> None:
        if 0 <= row < len(self.letters):
            self.pages.show_letter(self.letters[row])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Page Down / Page Up in the letter list turn the selected letter's pages (not the list's rows)."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = PAGE_KEYS.get(Qt.Key(event.key()))
            if step is not None:
                self.pages.turn(step)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        step = PAGE_KEYS.get(Qt.Key(event.key()))
        if step is not None:  # from the PIN field, the buttons: the pages turn wherever the focus is
            self.pages.turn(step)
            return
        super().keyPressEvent(event)

    # state

    def remaining(self) -> list[LetterToSign]:
        return [letter for letter in self.letters if letter.id not in self.signed]

    def all_signed(self) -> bool:
        return not self.remaining()

    def _update(self) -> None:
        if self.all_signed():
            self.sign_button.setText(self.tr("Close"))
            self.sign_button.setEnabled(True)
            self.cancel_button.hide()
            self.differ.hide()
            self.watch.set_busy(True)  # nothing left to sign: no PIN to type, no token to watch
            return
        self.sign_button.setText(self.tr("Sign"))
        self.sign_button.setEnabled(not self.signing and self.watch.ready())
        if not self.signing:
            self._show_differences(self.watch.current_certificate())

    def _show_differences(self, cert: CertificateInfo | None) -> None:
        differ = self.table.show_waiting(cert, self.signed)
        if not differ or cert is None:
            self.differ.hide()
            return
        pairs = list(dict.fromkeys(signer_difference(letter, cert) for letter in differ))
        lines = [
            self.tr(
                "⚠ In %n letter(s) the signer is not the certificate's holder. Check before signing; "
                "an acting signer may sign for another.",
                "",
                len(differ),
            ),
            *pairs[:3],
        ]
        if len(pairs) > 3:
            lines.append("…")
        self.differ.setText(display_digits("\n".join(lines)))
        self.differ.show()

    def _say(self, text: str, style: str = "") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    # signing

    def _primary(self) -> None:
        if self.all_signed():
            self.accept()
        else:
            self.start()

    def _secondary(self) -> None:
        if self.signing and not self.stopping:
            self.stop()
        else:
            self.reject()

    def start(self) -> None:
        """Sign the letters not signed yet, with the PIN in the field."""
        if self.signing or not self.sign_button.isEnabled() or self.all_signed():
            return
        from eoffice_desktop.desk.signing import batch_signer, sign_letters

        token, cert = self.watch.current_token(), self.watch.current_certificate()
        assert token is not None and cert is not None
        provider = _GivenPin(
            None if token.pin_pad else self.watch.pin.text(), self.watch.final_try.isChecked()
        )
        ids = [letter.id for letter in self.remaining()]
        # the focus leaves the PIN field before it is disabled, for the list: it must not fall on a button
        # that a second Enter would press
        self.table.setFocus()
        self.watch.pin.clear()
        self.signing, self.stopping = True, False
        self.cancel_event = threading.Event()
        self.watch.set_busy(True)
        self.table.show_signing(ids)
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.setText(self.tr("Cancel"))
        self._update()
        self._say(
            self.tr("Signing…") if not token.pin_pad else self.tr("Type the PIN on the reader's PIN pad…")
        )
        signer = batch_signer(self.watch.service, token.label, token.serial, cert)
        workspace, options, cancel = self.workspace, self.options, self.cancel_event

        def work() -> SignOutcome:
            return sign_letters(workspace, ids, signer, provider, options, self.letter_done.emit, cancel)

        self.tasks.run(work, self._done, self._failed)

    def stop(self) -> None:
        """Stop after the current letter; the dialog stays, and Sign then signs the rest."""
        self.cancel_event.set()
        self.stopping = True
        self.cancel_button.setText(self.tr("Close"))
        self._say(self.tr("Stopping after the current letter…"), WARN)

    def _show_letter(self, outcome: LetterOutcome) -> None:
        if outcome.signed:
            self.signed.add(outcome.letter_id)
            self.pages.forget(outcome.letter_id)
        self.table.show_outcome(outcome)
        self.progress.setValue(self.progress.value() + 1)

    def _done(self, outcome: SignOutcome) -> None:
        self.signing = False
        self.outcome = outcome
        self.watch.set_busy(False)
        if outcome.certificate is not None:  # the batch logged in: the PIN was right
            self.watch.logged_in()
        else:
            self.watch.poll()
        left = len(self.remaining())
        summary = (
            self.tr("Signed %1 of %2.")
            .replace("%1", display_digits(str(len(self.letters) - left)))
            .replace("%2", display_digits(str(len(self.letters))))
        )
        if left:
            summary += " " + self.tr(
                "%n letter(s) not signed (the reasons are in the list): type the PIN and press Sign to sign "
                "them.",
                "",
                left,
            )
            summary = display_digits(summary)
        self._say(summary, GOOD if not left else WARN)
        self.progress.setValue(self.progress.maximum())
        self.cancel_button.setText(self.tr("Close"))
        self._update()
        if left:
            self.watch.pin.setFocus()
        else:
            self.sign_button.setFocus()
        self.finished_signing.emit(outcome)
        self._close_if_asked()

    def _failed(self, error: BaseException) -> None:
        """The whole batch stopped before any letter (wrong PIN, locked, token gone): nothing was signed."""
        from eoffice_desktop.signing.errors import WrongPin
        from eoffice_desktop.signing.pin import PinStatus

        self.signing = False
        self.watch.set_busy(False)
        self.table.show_waiting(self.watch.current_certificate(), self.signed)
        self.progress.setValue(0)
        self.cancel_button.setText(self.tr("Close"))
        if isinstance(error, WrongPin):
            self._say("")  # said once, beside the PIN field
            self.watch.wrong_pin(error.status or PinStatus.OK)
        else:
            self._say(user_message(error), DANGER)
            self.watch.poll()  # the token's state afresh
            self.watch.pin.setFocus()
        self._update()
        self._close_if_asked()

    def _close_if_asked(self) -> None:
        if self._close_with is not None:
            self.done(self._close_with)

    def done(self, result: int) -> None:
        if self.signing:  # closing mid-batch (Escape, Close, the window's close button): stop, then close
            self._close_with = result
            self.cancel_event.set()
            self.stopping = True
            self.sign_button.setEnabled(False)
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Stopping after the current letter, then closing…"), WARN)
            return
        self.watch.stop()
        self.pages.stop()
        self.tasks.wait()
        super().done(result)
