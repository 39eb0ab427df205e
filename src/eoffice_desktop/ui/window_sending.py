"""The main window's part in signing and sending: the sign dialog for the selected drafts, the send dialog
for the selected signed letters, and queueing them for the chosen agencies (the next sync sends them)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.ui.messages import display_digits, notice, user_message

if TYPE_CHECKING:
    from eoffice_desktop.domain.lifecycle import LetterState
    from eoffice_desktop.store.letters import LetterRecord
    from eoffice_desktop.ui.main_window import MainWindow
    from eoffice_desktop.ui.send_dialog import SendDialog
    from eoffice_desktop.ui.sign_dialog import SignDialog


class LetterSending(QObject):
    """Signing and sending the main window's letters (its strings are the class's: lupdate marks plurals only
    in ``self.tr``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _in_states(self, letters: list[LetterRecord] | None, *states: LetterState) -> list[LetterRecord]:
        """Those of ``letters`` (the selected records when None) in one of ``states``."""
        records = letters if letters is not None else self.window.selected_records()
        return [r for r in records if getattr(r, "state", None) in states]

    def sign_selected(self, letters: list[LetterRecord] | None = None) -> SignDialog | None:
        """The sign dialog for ``letters`` (the selected ones when None) that are drafts or wait for
        signature."""
        window = self.window
        workspace = window.workspace
        if workspace is None:
            return None
        from eoffice_desktop.domain.lifecycle import LetterState

        chosen = self._in_states(letters, LetterState.DRAFT, LetterState.READY)
        if not chosen:
            window.statusBar().showMessage(
                self.tr("Select drafts or letters waiting for signature to sign."), 8000
            )
            return None
        from eoffice_desktop.desk.signing import workspace_sign_options
        from eoffice_desktop.ui.sign_dialog import SignDialog

        config = workspace.services.config
        try:
            # trust anchors and the signature image, checked before the PIN
            options = workspace_sign_options(workspace)
        except EOfficeError as exc:
            notice(window, self.tr("Sign letters"), user_message(exc))
            return None
        dialog = SignDialog(workspace, [r.id for r in chosen], config.pkcs11_module, options, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished_signing.connect(lambda _outcome: window.refresh())
        dialog.open()
        return dialog

    def send_selected(self, letters: list[LetterRecord] | None = None) -> SendDialog | None:
        """The send dialog for the signed ones of ``letters`` (the selected ones when None): the agencies
        the user picks get them, queued for sync."""
        window = self.window
        workspace = window.workspace
        if workspace is None:
            return None
        from eoffice_desktop.desk.sending import Sending
        from eoffice_desktop.domain.lifecycle import LetterState
        from eoffice_desktop.ui.send_dialog import SendDialog

        chosen = self._in_states(letters, LetterState.SIGNED)
        if not chosen:
            window.statusBar().showMessage(self.tr("Select signed letters to send."), 8000)
            return None
        dialog = SendDialog(Sending(workspace), chosen, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ids = [r.id for r in chosen]
        dialog.chosen.connect(lambda codes: self.send_letters(ids, codes))
        dialog.addressed.connect(lambda codes, units, people: self.send_letters(ids, codes, units, people))
        dialog.open()
        return dialog

    def send_letters(
        self,
        letter_ids: list[str],
        recipients: Sequence[str] | str,
        units: Sequence[str] = (),
        people: Sequence[str] = (),
    ) -> None:
        """Queue the letters for ``recipients`` (agency codes) off the GUI thread, then sync; memos for
        ``units`` and ``people`` of the own agency go to it, addressed to them."""
        from eoffice_desktop.desk.sending import Sending

        window = self.window
        workspace = window.workspace
        assert workspace is not None
        codes = [recipients] if isinstance(recipients, str) else list(recipients)

        def done(queued: list[Any]) -> None:
            window.statusBar().showMessage(
                display_digits(
                    self.tr("%n letter(s) in the outbox; they go out with the next sync.", "", len(queued))
                ),
                10_000,
            )
            window.refresh()
            if window.sync is not None:
                window.sync.sync_now()

        def failed(error: BaseException) -> None:
            window.refresh()
            notice(window, self.tr("Cannot send"), user_message(error))

        def queue() -> list[Any]:
            if units or people:
                return Sending(workspace).queue_memo(letter_ids, units, people, codes)
            return Sending(workspace).queue(letter_ids, codes)

        window.tasks.run(queue, done, failed)
