"""The sign dialog as a signer uses it, with the real SoftHSM token and real key and mouse events: Enter after
the PIN signs, a wrong PIN is said once and signs nothing, a long batch keeps the window alive and can be
cancelled and then finished, the dialog always closes, each letter can be read page by page before the PIN,
and a letter made out for another signer says so.

SoftHSM cannot be pulled out and never reports FINAL_TRY or LOCKED (see PITFALLS): the tests of those put a
thin layer over the real token service that hides the token or reports the PIN state, and say so."""

import itertools
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.domain.thai import canonical_thai
from eoffice_desktop.signing.batch import SignOptions
from eoffice_desktop.signing.pin import PinStatus
from eoffice_desktop.signing.tokens import TokenService
from eoffice_desktop.ui.sign_dialog import SIZE, SignDialog
from eoffice_desktop.ui.sign_letters import NUMBER, RECIPIENT, RESULT, SUBJECT
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.gui.test_whole_flow import _type, write_config
from tests.helpers import example

pytest.importorskip("pytestqt")


@pytest.fixture
def workspace(tmp_path: Path, hsm: Any, trust_root: Path) -> Iterator[Workspace]:
    opened = open_workspace(tmp_path / "data", write_config(tmp_path / "config.toml", hsm, trust_root))
    yield opened
    opened.close()


THE_HOLDER = {"name": "นายสมชาย ใจดี", "positions": ["ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"]}
"""The test certificate's holder (common name นายสมชาย ใจดี, title ปลัดกระทรวง) as a letter names him."""


def _letters(workspace: Workspace, count: int, **fields: Any) -> list[tuple[str, str]]:
    made = []
    for i in range(count):
        data = example("memo") | {
            "subject": f"รายงานผลการดำเนินงาน ฉบับที่ {i + 1}",
            "number": f"ดศ 0201/{i + 1}",
            "signer": THE_HOLDER,
        }
        record = workspace.letters.create("memo", data | fields)
        made.append((record.id, record.subject))
    return made


def _dialog(
    qtbot: Any, workspace: Workspace, letters: list[tuple[str, str]], service: Any = None
) -> SignDialog:
    config = workspace.services.config
    ids = [letter_id for letter_id, _subject in letters]
    dialog = SignDialog(workspace, ids, config.pkcs11_module, SignOptions(), service=service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.cert_choice.count() > 0, timeout=10_000)
    labels = [c.label for c in dialog.certificates]
    dialog.cert_choice.setCurrentIndex(labels.index("signer"))
    return dialog


def _signed(workspace: Workspace, letters: list[tuple[str, str]]) -> list[bool]:
    return [workspace.letters.get(i).state is LetterState.SIGNED for i, _ in letters]


def _results(dialog: SignDialog) -> list[str]:
    return [dialog.table.item(row, RESULT).text() for row in range(dialog.table.rowCount())]


def _pin_warnings(dialog: SignDialog) -> list[str]:
    """Every text on screen that speaks of the PIN going wrong."""
    words = ("wrong pin", "few tries", "last try", "locked")
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and any(w in label.text().lower() for w in words)
    ]


def test_enter_after_the_pin_signs_every_letter_and_sign_becomes_close(
    qtbot: Any, workspace: Workspace, hsm: Any
) -> None:
    letters = _letters(workspace, 3)
    dialog = _dialog(qtbot, workspace, letters)
    done: list[Any] = []
    dialog.finished_signing.connect(done.append)
    qtbot.keyClicks(dialog.pin, hsm.pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    qtbot.wait(200)  # a second batch or a stray cancel would show by now
    assert len(done) == 1 and done[0].signed == 3
    assert all(_signed(workspace, letters))
    assert _results(dialog) == ["Signed"] * 3
    assert dialog.sign_button.text() == "Close" and dialog.sign_button.isEnabled()
    assert not dialog.cancel_button.isVisible()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter now closes
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_wrong_pin_is_said_once_and_the_right_one_then_signs_with_no_warning_left(
    qtbot: Any, workspace: Workspace, hsm: Any
) -> None:
    letters = _letters(workspace, 2)
    dialog = _dialog(qtbot, workspace, letters)
    qtbot.keyClicks(dialog.pin, "000000")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(_pin_warnings(dialog)), timeout=20_000)
    qtbot.wait(1500)  # the token is read again meanwhile (it now says "count low"): still one message
    assert _pin_warnings(dialog) == ["Wrong PIN. Only a few tries are left."]
    assert hsm.pin not in dialog.message.text() and "000000" not in dialog.message.text()
    assert not any(_signed(workspace, letters))
    assert dialog.pin.isEnabled() and dialog.pin.text() == "" and dialog.pin.hasFocus()
    assert not dialog.sign_button.isEnabled()  # no PIN in the field

    done: list[Any] = []
    dialog.finished_signing.connect(done.append)
    qtbot.keyClicks(dialog.pin, hsm.pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    assert done[0].signed == 2 and all(_signed(workspace, letters))
    assert "Signed 2 of 2" in dialog.message.text()
    qtbot.waitUntil(lambda: not _pin_warnings(dialog), timeout=5_000)
    qtbot.wait(1500)  # and the token, read again, does not bring the warning back
    assert _pin_warnings(dialog) == []


def _stop_at_the_first_letter(dialog: SignDialog, act: Any) -> None:
    acted: list[bool] = []

    def first(_outcome: Any) -> None:
        if not acted:
            acted.append(True)
            act()

    dialog.letter_done.connect(first)


@pytest.mark.parametrize("how", ["escape", "window close button"])
def test_closing_while_signing_stops_after_the_current_letter_and_closes(
    qtbot: Any, workspace: Workspace, hsm: Any, how: str
) -> None:
    letters = _letters(workspace, 12)
    dialog = _dialog(qtbot, workspace, letters)
    done: list[Any] = []
    dialog.finished_signing.connect(done.append)
    if how == "escape":
        _stop_at_the_first_letter(dialog, lambda: qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape))
    else:  # what the window manager sends when the title bar's close button is clicked
        _stop_at_the_first_letter(dialog, lambda: QApplication.sendEvent(dialog, QCloseEvent()))
    qtbot.keyClicks(dialog.pin, hsm.pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
    assert len(done) == 1 and 1 <= done[0].signed < 12
    assert dialog.result() == QDialog.DialogCode.Rejected
    for item in done[0].letters:
        expected = LetterState.SIGNED if item.signed else LetterState.DRAFT
        assert workspace.letters.get(item.letter_id).state is expected


def test_a_long_batch_keeps_the_window_alive_is_cancelled_with_the_mouse_and_then_finished(
    qtbot: Any, workspace: Workspace, hsm: Any
) -> None:
    letters = _letters(workspace, 12)
    dialog = _dialog(qtbot, workspace, letters)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    done: list[Any] = []
    dialog.finished_signing.connect(done.append)
    _stop_at_the_first_letter(
        dialog, lambda: qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    )
    qtbot.keyClicks(dialog.pin, hsm.pin)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    timer.stop()
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.5, "the GUI thread waited on the token"
    first = done[0].signed
    assert 1 <= first < 12 and _signed(workspace, letters).count(True) == first
    assert "Not signed (cancelled)" in _results(dialog)
    assert dialog.isVisible() and dialog.sign_button.text() == "Sign"
    assert dialog.cancel_button.isEnabled() and dialog.cancel_button.text() == "Close"
    assert dialog.pin.isEnabled() and dialog.pin.hasFocus()

    qtbot.keyClicks(dialog.pin, hsm.pin)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=60_000)
    assert len(done[1].letters) == 12 - first and done[1].signed == 12 - first  # the signed ones skipped
    assert all(_signed(workspace, letters)) and _results(dialog) == ["Signed"] * 12
    assert dialog.sign_button.text() == "Close"
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_rows_show_number_recipient_and_subject_in_thai(
    qtbot: Any, workspace: Workspace, language: Any
) -> None:
    language("th")
    letters = _letters(workspace, 2, recipient="ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)")
    dialog = _dialog(qtbot, workspace, letters)
    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in (NUMBER, RECIPIENT, SUBJECT)]
    assert headers == ["ที่", "เรียน", "เรื่อง"]
    assert [table.item(r, NUMBER).text() for r in range(2)] == ["ดศ ๐๒๐๑/๑", "ดศ ๐๒๐๑/๒"]
    recipient = table.item(0, RECIPIENT)
    assert recipient.text() == recipient.toolTip() == "ผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)"
    assert table.item(1, SUBJECT).toolTip() == "รายงานผลการดำเนินงาน ฉบับที่ 2"
    assert table.item(0, RESULT).text() == "รอลงนาม"


def test_a_selected_letter_is_read_page_by_page_before_the_pin(
    qtbot: Any, workspace: Workspace, hsm: Any
) -> None:
    one_page = _letters(workspace, 1)
    long_body = [f"ข้อ {n} ด้วยกองบริหารงานกลางจะทดสอบการใช้งานระบบสารบรรณอิเล็กทรอนิกส์" * 3 for n in range(7)]
    two_pages = _letters(workspace, 1, subject="รายงานฉบับยาว", body=long_body)
    dialog = _dialog(qtbot, workspace, one_page + two_pages)
    pages = dialog.pages
    qtbot.waitUntil(lambda: pages.counter.text() == "Page 1 of 1", timeout=20_000)  # the first letter

    table = dialog.table
    cell = table.visualRect(table.model().index(1, SUBJECT)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: pages.counter.text() == "Page 1 of 2", timeout=20_000)
    assert pages.title.text().endswith("รายงานฉบับยาว")
    first = pages.page.pixmap().toImage()
    qtbot.keyClick(table, Qt.Key.Key_PageDown)
    assert pages.counter.text() == "Page 2 of 2" and pages.shown_page() == 1
    assert pages.page.pixmap().toImage() != first
    assert table.currentRow() == 1  # the list stays on the letter
    assert not pages.next_button.isEnabled() and pages.previous_button.isEnabled()
    qtbot.keyClick(dialog.pin, Qt.Key.Key_PageUp)  # from the PIN field too
    assert pages.counter.text() == "Page 1 of 2"
    qtbot.mouseClick(pages.next_button, Qt.MouseButton.LeftButton)
    assert pages.counter.text() == "Page 2 of 2"


def test_a_letter_for_another_signer_warns_before_signing_and_the_stamp_takes_its_position(
    qtbot: Any, workspace: Workspace, hsm: Any
) -> None:
    own = _letters(workspace, 1)
    other = _letters(
        workspace, 1, signer={"name": "นางสาวฝ้าย น้ำใจงาม", "positions": ["ผู้อำนวยการกองบริหารงานกลาง"]}
    )
    dialog = _dialog(qtbot, workspace, own + other)
    assert dialog.differ.isVisible()
    on_letter = "Signer on the letter: นางสาวฝ้าย น้ำใจงาม ผู้อำนวยการกองบริหารงานกลาง"
    assert f"{on_letter} / Certificate: นายสมชาย ใจดี ปลัดกระทรวง" in dialog.differ.text()
    assert _results(dialog) == ["Waiting", "Other signer"]
    assert "นางสาวฝ้าย" in dialog.table.item(1, RESULT).toolTip()
    done: list[Any] = []
    dialog.finished_signing.connect(done.append)
    qtbot.keyClicks(dialog.pin, hsm.pin)
    assert dialog.sign_button.isEnabled()  # a warning, not a refusal: acting signers sign for others
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    assert done[0].signed == 2 and not dialog.differ.isVisible()
    # the stamp: the certificate's holder signed, in the position the letter gives
    assert canonical_thai("ลงนามโดย นายสมชาย ใจดี ผู้อำนวยการกองบริหารงานกลาง") in _stamp_text(
        workspace, other[0][0]
    )
    assert canonical_thai("ใจดี ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม") in _stamp_text(workspace, own[0][0])


def _stamp_text(workspace: Workspace, letter_id: str) -> str:
    """The text of the signature's visible stamp (its appearance baked into the page to read it)."""
    import pymupdf

    blob = workspace.store.blob_path(workspace.letters.get(letter_id).pdf_sha256 or "")
    with pymupdf.open(blob) as doc:
        (page, widget), *_ = [(p, w) for p in doc for w in p.widgets()]
        rect = widget.rect
        doc.bake(annots=False, widgets=True)
        return canonical_thai(doc[page.number].get_text(clip=rect))


def test_the_dialog_fits_a_small_laptop_screen(qtbot: Any, workspace: Workspace) -> None:
    dialog = SignDialog(workspace, [i for i, _ in _letters(workspace, 5)], None, SignOptions())
    qtbot.addWidget(dialog)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1090 and hint.height() <= 610  # 1366×768 at 125 %, less the taskbar
    assert SIZE[0] <= 1090 and SIZE[1] <= 610
    dialog.resize(*SIZE)
    dialog.show()
    assert dialog.size() == QSize(*SIZE)
    for widget in (dialog.pin, dialog.sign_button, dialog.table, dialog.pages.page):
        assert widget.isVisible() and widget.height() >= 20


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

    def login(self, choice: Any, provider: Any) -> None:
        self.service.login(choice, provider)

    def logged_in(self, choice: Any) -> bool:
        return self.service.logged_in(choice)

    def logout(self, choice: Any) -> None:
        self.service.logout(choice)

    def sign_raw(self, *args: Any) -> bytes:
        return self.service.sign_raw(*args)


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
    qtbot.mouseClick(dialog.final_try, Qt.MouseButton.LeftButton)
    assert dialog.sign_button.isEnabled()
    hand.status = PinStatus.LOCKED
    qtbot.waitUntil(lambda: "locked" in dialog.pin_state.text(), timeout=5_000)
    assert not dialog.sign_button.isEnabled() and not dialog.pin.isEnabled()


def test_after_a_wrong_pin_the_one_message_follows_the_tries_left(
    qtbot: Any, workspace: Workspace, hsm: Any
) -> None:
    """FAKE layer over the real token (SoftHSM never reports FINAL_TRY): the wrong PIN is real, the state the
    token reports afterwards is set by the test."""
    hand = _Pullable(TokenService(hsm.module))
    letters = _letters(workspace, 1)
    dialog = _dialog(qtbot, workspace, letters, service=hand)
    qtbot.keyClicks(dialog.pin, "000000")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(_pin_warnings(dialog)), timeout=20_000)
    assert _pin_warnings(dialog) == ["Wrong PIN. Only a few tries are left."]
    hand.status = PinStatus.FINAL_TRY
    qtbot.waitUntil(lambda: "One try is left" in dialog.pin_state.text(), timeout=5_000)
    assert _pin_warnings(dialog) == ["Wrong PIN. One try is left: another wrong PIN locks the token."]
    qtbot.keyClicks(dialog.pin, hsm.pin)
    assert not dialog.sign_button.isEnabled()  # the last try is confirmed first
    qtbot.mouseClick(dialog.final_try, Qt.MouseButton.LeftButton)
    hand.status = None  # the real token again: a good login clears its "count low"
    done: list[Any] = []
    dialog.finished_signing.connect(done.append)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    assert all(_signed(workspace, letters))
    qtbot.waitUntil(lambda: not _pin_warnings(dialog), timeout=5_000)
