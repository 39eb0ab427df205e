"""The sign dialog with the real SoftHSM token: a wrong PIN signs nothing and can be retried, a long batch
keeps the window alive and can be cancelled between letters, and the token is watched live.

SoftHSM cannot be pulled out and never reports FINAL_TRY or LOCKED (see PITFALLS): those two tests put a
thin layer over the real token service that hides the token or reports the PIN state, and say so."""

import itertools
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer

from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.signing.batch import SignOptions
from eoffice_desktop.signing.pin import PinStatus
from eoffice_desktop.signing.tokens import TokenService
from eoffice_desktop.ui.sign_dialog import SignDialog
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.gui.test_whole_flow import _type, write_config
from tests.helpers import example

pytest.importorskip("pytestqt")


@pytest.fixture
def workspace(tmp_path: Path, hsm: Any, trust_root: Path) -> Iterator[Workspace]:
    opened = open_workspace(tmp_path / "data", write_config(tmp_path / "config.toml", hsm, trust_root))
    yield opened
    opened.close()


def _letters(workspace: Workspace, count: int) -> list[tuple[str, str]]:
    made = []
    for i in range(count):
        data = example("memo") | {
            "subject": f"รายงานผลการดำเนินงาน ฉบับที่ {i + 1}",
            "number": f"ดศ 0201/{i + 1}",
        }
        record = workspace.letters.create("memo", data)
        made.append((record.id, record.subject))
    return made


def _dialog(
    qtbot: Any, workspace: Workspace, letters: list[tuple[str, str]], service: Any = None
) -> SignDialog:
    config = workspace.services.config
    dialog = SignDialog(workspace, letters, config.pkcs11_module, SignOptions(), service=service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.cert_choice.count() > 0, timeout=10_000)
    labels = [c.label for c in dialog.certificates]
    dialog.cert_choice.setCurrentIndex(labels.index("signer"))
    return dialog


def test_a_wrong_pin_signs_nothing_and_the_right_one_then_signs_all(
    qtbot: Any, workspace: Workspace, hsm: Any
) -> None:
    letters = _letters(workspace, 2)
    dialog = _dialog(qtbot, workspace, letters)
    _type(qtbot, dialog.pin, "000000")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "wrong PIN" in dialog.message.text(), timeout=20_000)
    assert hsm.pin not in dialog.message.text() and "000000" not in dialog.message.text()
    assert all(workspace.letters.get(i).state is LetterState.DRAFT for i, _ in letters)
    assert dialog.pin.isEnabled() and dialog.pin.text() == ""
    qtbot.waitUntil(lambda: "few tries" in dialog.pin_state.text(), timeout=5_000)  # COUNT_LOW, read afresh
    _type(qtbot, dialog.pin, hsm.pin)
    with qtbot.waitSignal(dialog.finished_signing, timeout=30_000) as signed:
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert signed.args[0].signed == 2
    assert all(workspace.letters.get(i).state is LetterState.SIGNED for i, _ in letters)
    assert "Signed 2 of 2" in dialog.message.text()


def test_a_long_batch_keeps_the_window_alive_and_stops_when_cancelled(
    qtbot: Any, workspace: Workspace, hsm: Any
) -> None:
    letters = _letters(workspace, 12)
    dialog = _dialog(qtbot, workspace, letters)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    _type(qtbot, dialog.pin, hsm.pin)
    done: list[Any] = []
    dialog.finished_signing.connect(done.append)
    dialog.letter_done.connect(
        lambda _o: dialog.cancel_button.click() if dialog.cancel_button.isEnabled() else None
    )
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    timer.stop()
    outcome = done[0]
    assert 1 <= outcome.signed < 12
    cancelled = [o for o in outcome.letters if o.cancelled]
    assert cancelled and len(cancelled) + outcome.signed == 12
    for item in outcome.letters:
        expected = LetterState.SIGNED if item.signed else LetterState.DRAFT
        assert workspace.letters.get(item.letter_id).state is expected
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.5, "the GUI thread waited on the token"
    assert "cancelled" in dialog.table.item(11, 1).text()


class _Pullable:
    """The real token service, with a hand on the card: ``pulled`` hides the token (SoftHSM cannot be
    unplugged), ``status`` overrides the PIN state the token reports (SoftHSM never says FINAL_TRY/LOCKED)."""

    def __init__(self, service: TokenService) -> None:
        self.service = service
        self.worker = service.worker
        self.pulled = False
        self.status: PinStatus | None = None

    def tokens(self) -> list[Any]:
        if self.pulled:
            return []
        found = self.service.tokens()
        return [replace(t, pin_status=self.status) for t in found] if self.status else found

    def certificates(self, choice: Any) -> Any:
        return self.service.certificates(choice)

    def find(self, choice: Any) -> Any:
        return self.service.find(choice)


def test_the_token_is_watched_live_and_the_pin_state_is_shown(
    qtbot: Any, workspace: Workspace, hsm: Any
) -> None:
    hand = _Pullable(TokenService(hsm.module))
    dialog = _dialog(qtbot, workspace, _letters(workspace, 1), service=hand)
    _type(qtbot, dialog.pin, hsm.pin)
    assert dialog.sign_button.isEnabled()
    hand.pulled = True
    qtbot.waitUntil(lambda: "insert your token" in dialog.token_state.text(), timeout=5_000)
    assert not dialog.sign_button.isEnabled()
    hand.pulled = False
    qtbot.waitUntil(lambda: dialog.token_state.text().startswith("Token present"), timeout=5_000)
    qtbot.waitUntil(lambda: dialog.current_certificate() is not None or dialog.cert_choice.count() > 0)
    dialog.cert_choice.setCurrentIndex([c.label for c in dialog.certificates].index("signer"))
    assert dialog.sign_button.isEnabled()

    hand.status = PinStatus.FINAL_TRY
    qtbot.waitUntil(lambda: "Last try" in dialog.pin_state.text(), timeout=5_000)
    assert not dialog.sign_button.isEnabled()  # until the signer confirms
    dialog.final_try.setChecked(True)
    assert dialog.sign_button.isEnabled()
    hand.status = PinStatus.LOCKED
    qtbot.waitUntil(lambda: "locked" in dialog.pin_state.text(), timeout=5_000)
    assert not dialog.sign_button.isEnabled() and not dialog.pin.isEnabled()


def test_enter_after_the_pin_signs_every_letter(qtbot: Any, workspace: Workspace, hsm: Any) -> None:
    """Enter in the PIN field used to start the batch and then, the PIN field being disabled, fall on the
    focused Cancel button (an auto-default button), which cancelled every letter."""
    letters = _letters(workspace, 3)
    dialog = _dialog(qtbot, workspace, letters)
    done: list[Any] = []
    dialog.finished_signing.connect(done.append)
    qtbot.keyClicks(dialog.pin, hsm.pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    qtbot.wait(200)  # a second batch or a stray cancel would show by now
    assert len(done) == 1 and done[0].signed == 3
    assert all(workspace.letters.get(i).state is LetterState.SIGNED for i, _ in letters)
