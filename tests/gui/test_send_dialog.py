"""The send dialog as a clerk uses it: Thai search in the directory held offline, Enter/Down/double-click
to add, Delete to remove, recipient groups, a memo that would leave the agency asked about first; letters
really signed with the SoftHSM token, queued in the real store and delivered by the real server."""

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from eoffice_cloud.storage import stats
from eoffice_desktop.demo.letters import DemoPin
from eoffice_desktop.desk.signing import sign_letters
from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.signing.batch import BatchSigner, SignOptions
from eoffice_desktop.signing.tokens import TokenChoice, TokenService
from eoffice_desktop.store.deliveries import Deliveries
from eoffice_desktop.store.letters import LetterRecord
from eoffice_desktop.store.people import People
from eoffice_desktop.sync.client import CloudClient
from eoffice_desktop.sync.engine import SyncEngine
from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.ui.recipients import EDGE
from eoffice_desktop.ui.send_dialog import SendDialog
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.cloud import RunningCloud, running_cloud
from tests.directory import GROUP, publish_directory
from tests.gui.cases import people, station
from tests.gui.test_whole_flow import _type, write_config
from tests.helpers import example

pytest.importorskip("pytestqt")


@pytest.fixture
def cloud(tmp_path: Path, trust_root: Path) -> Iterator[RunningCloud]:
    with running_cloud(tmp_path / "cloud", trust=[trust_root]) as running:
        publish_directory(running.store, tmp_path)
        yield running


@pytest.fixture
def office(
    tmp_path: Path, hsm: Any, trust_root: Path, cloud: RunningCloud
) -> Iterator[tuple[Workspace, str]]:
    """DS's workstation after a sync: the directory is held; then the server may go."""
    token = cloud.token("ds-clerk", "DS")
    workspace = open_workspace(tmp_path / "ds", write_config(tmp_path / "config.toml", hsm, trust_root))
    assert SyncEngine(workspace.store, CloudClient(cloud.url, token), "clerk").pull_directory()
    yield workspace, token
    workspace.close()


def _signed(workspace: Workspace, hsm: Any, template: str, subject: str) -> LetterRecord:
    record = workspace.letters.create(template, example(template) | {"subject": subject})
    signer = BatchSigner(TokenService(hsm.module), TokenChoice(label=hsm.label), "signer", None)
    outcome = sign_letters(workspace, [record.id], signer, DemoPin(hsm.pin), SignOptions())
    assert outcome.signed == 1, outcome
    return workspace.letters.get(record.id)


def _window(qtbot: Any, workspace: Workspace, tmp_path: Path) -> MainWindow:
    window = MainWindow(workspace, settings_path=tmp_path / "w.ini")
    qtbot.addWidget(window)
    window.show()
    return window


def _open(qtbot: Any, window: MainWindow, letter: LetterRecord) -> SendDialog:
    dialog = window.sending.send_selected([letter])
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _codes(widget: Any) -> list[str]:
    return [widget.item(row).data(Qt.ItemDataRole.UserRole) for row in range(widget.count())]


def _outbox(workspace: Workspace) -> list[str]:
    return [entry.code for entry in workspace.agencies.recent(limit=50)]


def test_find_by_thai_add_with_the_keyboard_and_send_one_letter_to_two_agencies(
    qtbot: Any, office: tuple[Workspace, str], cloud: RunningCloud, hsm: Any, tmp_path: Path
) -> None:
    workspace, token = office
    letter = _signed(workspace, hsm, "external-letter", "ขอเชิญประชุมนายอำเภอ")
    window = _window(qtbot, workspace, tmp_path)
    dialog = _open(qtbot, window, letter)
    picker = dialog.picker
    assert not dialog.send_button.isEnabled()  # no recipient yet

    _type(qtbot, picker.search, "สันทราย")  # any part of the Thai name
    assert _codes(picker.results) == ["CM-SANSAI"]
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert _codes(picker.chosen) == ["CM-SANSAI"]
    assert picker.search.text() == "" and dialog.isVisible(), "Enter adds; it does not send"

    _type(qtbot, picker.search, "อำเภอ")
    assert _codes(picker.results) == ["CM-MUEANG"]  # สันทราย is a recipient already
    picker.search.clear()
    _type(qtbot, picker.search, "เชียงใหม่")
    assert _codes(picker.results) == ["CM-MUEANG", "CM"]  # Thai dictionary order: ที่ว่าการ before ศาลา
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.search, Qt.Key.Key_Up)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert _codes(picker.chosen) == ["CM-SANSAI", "CM-MUEANG"]

    _type(qtbot, picker.search, "ศาลากลาง")
    first = picker.results.visualItemRect(picker.results.item(0)).center()
    # a double-click as the mouse makes it: press and release, then the double-click (QTest's mouseDClick
    # alone sends only the last, which an item view takes for a press)
    qtbot.mouseClick(picker.results.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseDClick(picker.results.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert _codes(picker.chosen) == ["CM-SANSAI", "CM-MUEANG", "CM"]
    assert picker.chosen_label.text() == "&Recipients (3)"

    cm = picker.chosen.visualItemRect(picker.chosen.item(2)).center()
    qtbot.mouseClick(picker.chosen.viewport(), Qt.MouseButton.LeftButton, pos=cm)
    qtbot.keyClick(picker.chosen, Qt.Key.Key_Delete)
    assert _codes(picker.chosen) == ["CM-SANSAI", "CM-MUEANG"]
    qtbot.keyClick(picker.chosen, Qt.Key.Key_Return)  # Enter anywhere else does not send either
    assert dialog.isVisible() and not dialog.send_button.isDefault()

    with qtbot.waitSignal(dialog.accepted):  # the dialog closes
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.letters.get(letter.id).state is LetterState.QUEUED, timeout=20_000)
    assert sorted(_outbox(workspace)) == ["CM-MUEANG", "CM-SANSAI"]
    (entry,) = workspace.registers.search("ขอเชิญประชุมนายอำเภอ", kind="send")
    assert entry.to_party == "ที่ว่าการอำเภอสันทราย, ที่ว่าการอำเภอเมืองเชียงใหม่"

    progress = SyncEngine(workspace.store, CloudClient(cloud.url, token), "clerk").run_once()
    assert progress.delivered == 2 and stats(cloud.store)["documents"] == 2
    assert workspace.letters.get(letter.id).state is LetterState.DELIVERED

    # next time, with nothing typed, the agencies sent to lately are offered first
    again = _open(qtbot, window, _signed(workspace, hsm, "external-letter", "ฉบับที่สอง"))
    assert again.picker.results_label.text() == "Sent to lately"
    assert sorted(_codes(again.picker.results)) == ["CM-MUEANG", "CM-SANSAI"]
    again.reject()


def test_a_memo_leaving_the_agency_is_asked_about_and_no_sends_nothing(
    qtbot: Any, office: tuple[Workspace, str], hsm: Any, tmp_path: Path
) -> None:
    workspace, _token = office
    memo = _signed(workspace, hsm, "memo", "ขอความอนุเคราะห์ข้อมูล")
    window = _window(qtbot, workspace, tmp_path)
    dialog = _open(qtbot, window, memo)
    picker = dialog.picker
    _type(qtbot, picker.search, "สันทราย")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    box = dialog.question
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "ที่ว่าการอำเภอสันทราย" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: No
    qtbot.waitUntil(lambda: dialog.question is None)
    assert dialog.isVisible() and "Not sent" in dialog.error.text()
    assert workspace.letters.get(memo.id).state is LetterState.SIGNED and _outbox(workspace) == []

    # within the agency (a unit under it in the directory) a memo goes without a question
    qtbot.mouseClick(
        picker.chosen.viewport(),
        Qt.MouseButton.LeftButton,
        pos=picker.chosen.visualItemRect(picker.chosen.item(0)).center(),
    )
    qtbot.keyClick(picker.chosen, Qt.Key.Key_Delete)
    _type(qtbot, picker.search, "สารบรรณ")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.question is None
    qtbot.waitUntil(lambda: workspace.letters.get(memo.id).state is LetterState.QUEUED, timeout=20_000)
    assert _outbox(workspace) == ["DS-SARABAN"]


def test_recipient_groups_published_and_saved_by_the_user(
    qtbot: Any, office: tuple[Workspace, str], hsm: Any, tmp_path: Path
) -> None:
    workspace, _token = office
    letter = _signed(workspace, hsm, "external-letter", "แจ้งเวียน")
    window = _window(qtbot, workspace, tmp_path)
    dialog = _open(qtbot, window, letter)
    picker = dialog.picker
    assert picker.groups.currentIndex() == -1 and not picker.add_group_button.isEnabled()
    picker.groups.setFocus()
    qtbot.keyClick(picker.groups, Qt.Key.Key_Down)  # the published group
    assert picker.groups.currentText().startswith(GROUP)
    assert not picker.delete_group_button.isEnabled(), "a published group is the server's"
    qtbot.mouseClick(picker.add_group_button, Qt.MouseButton.LeftButton)
    assert _codes(picker.chosen) == ["CM-MUEANG", "CM-SANSAI"]

    _type(qtbot, picker.search, "ศาลากลาง")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.mouseClick(picker.save_group_button, Qt.MouseButton.LeftButton)
    ask = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible())
    _type(qtbot, ask.findChild(QLineEdit), "จังหวัดเชียงใหม่ทั้งหมด")
    qtbot.keyClick(ask.findChild(QLineEdit), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.current_group() is not None and not picker.current_group().published)
    assert [(g.name, g.members) for g in workspace.agencies.groups()][-1] == (
        "จังหวัดเชียงใหม่ทั้งหมด",
        ("CM-MUEANG", "CM-SANSAI", "CM"),
    )
    dialog.reject()

    # the saved group is there next time; adding it to a fresh list, then deleting it
    dialog = _open(qtbot, window, letter)
    picker = dialog.picker
    picker.groups.setFocus()
    qtbot.keyClick(picker.groups, Qt.Key.Key_End)
    assert picker.current_group() is not None and picker.current_group().name == "จังหวัดเชียงใหม่ทั้งหมด"
    qtbot.mouseClick(picker.add_group_button, Qt.MouseButton.LeftButton)
    assert _codes(picker.chosen) == ["CM-MUEANG", "CM-SANSAI", "CM"]
    qtbot.mouseClick(picker.delete_group_button, Qt.MouseButton.LeftButton)
    assert [g.name for g in workspace.agencies.groups()] == [GROUP]
    dialog.reject()


def test_the_thai_dialog_shows_no_english_and_no_cut_off_hints(
    qtbot: Any, office: tuple[Workspace, str], hsm: Any, tmp_path: Path, language: Any
) -> None:
    workspace, _token = office
    language("th")
    letter = _signed(workspace, hsm, "external-letter", "ทดสอบ")
    window = _window(qtbot, workspace, tmp_path)
    dialog = _open(qtbot, window, letter)
    dialog.resize(dialog.minimumSizeHint())  # the smallest it can be made
    qtbot.wait(10)
    for field in (dialog.picker.search, dialog.picker.groups):
        hint = field.placeholderText()
        assert hint and not re.search("[A-Za-z]", hint)
        assert field.fontMetrics().horizontalAdvance(hint) + EDGE <= field.width(), hint
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)]
    texts += [dialog.windowTitle(), dialog.picker.search.accessibleName()]
    english = [t for t in texts if re.search("[A-Za-z]{2,}", t)]
    assert english == []
    assert dialog.picker.results_label.text() == "หน่วยงาน"  # nothing sent yet: the directory
    assert isinstance(dialog.picker.groups, QComboBox)
    dialog.reject()


def test_before_the_first_sync_an_agency_is_given_by_its_code(
    qtbot: Any, hsm: Any, trust_root: Path, tmp_path: Path
) -> None:
    workspace = open_workspace(tmp_path / "new", write_config(tmp_path / "config.toml", hsm, trust_root))
    try:
        letter = _signed(workspace, hsm, "external-letter", "หนังสือฉบับแรก")
        window = _window(qtbot, workspace, tmp_path)
        dialog = _open(qtbot, window, letter)
        picker = dialog.picker
        assert "No agency directory yet" in picker.results_label.text()
        _type(qtbot, picker.search, "สันทราย")  # a name: nothing to find it in
        assert picker.results.count() == 0
        picker.search.clear()
        _type(qtbot, picker.search, "CM-SANSAI")
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
        assert _codes(picker.chosen) == ["CM-SANSAI"]
        with qtbot.waitSignal(dialog.accepted):
            qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: workspace.letters.get(letter.id).state is LetterState.QUEUED, timeout=20_000)
        assert _outbox(workspace) == ["CM-SANSAI"]
        window.close()
    finally:
        workspace.close()


def test_a_memo_goes_to_a_unit_and_a_person_of_the_own_agency(
    qtbot: Any, hsm: Any, trust_root: Path, pki: Any, tmp_path: Path
) -> None:
    workspace = station(tmp_path, "clerk", hsm, trust_root, pki, "P003")  # the agency's people held
    saraban = next(p for p in people(pki) if p.person_id == "P003")
    # whom the token stands for, as a sync keeps it from GET /v1/me
    People(workspace.store).set_me({"workstation": "clerk", "agency": "DS", "person": saraban.to_wire()})
    try:
        memo = _signed(workspace, hsm, "memo", "ขอเชิญประชุมประจำเดือน")
        window = _window(qtbot, workspace, tmp_path)
        dialog = _open(qtbot, window, memo)
        inside = dialog.inside
        assert inside is not None and not dialog.send_button.isEnabled()

        _type(qtbot, inside.picker.search, "สมใจ")  # any part of the name, then Enter
        qtbot.keyClick(inside.picker.search, Qt.Key.Key_Return)
        inside.unit.setFocus()
        assert inside.unit.currentText() == "กองกลาง"  # the first unit, in Thai order
        qtbot.keyClick(inside.unit, Qt.Key.Key_Tab)
        assert inside.add_unit.hasFocus()
        qtbot.keyClick(inside.add_unit, Qt.Key.Key_Return)
        assert [inside.chosen.item(i).text() for i in range(inside.chosen.count())] == [
            "นางสาวสมใจ ตั้งใจ, นักจัดการงานทั่วไป",
            "Unit: กองกลาง",
        ]
        assert dialog.send_button.isEnabled()

        # another agency beside them is refused in the dialog, before anything is queued
        _type(qtbot, dialog.picker.search, "CM-SANSAI")
        qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and "CM-SANSAI" in dialog.error.text()
        qtbot.mouseClick(
            dialog.picker.chosen.viewport(),
            Qt.MouseButton.LeftButton,
            pos=dialog.picker.chosen.visualItemRect(dialog.picker.chosen.item(0)).center(),
        )
        qtbot.keyClick(dialog.picker.chosen, Qt.Key.Key_Delete)

        with qtbot.waitSignal(dialog.accepted):
            qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: workspace.letters.get(memo.id).state is LetterState.QUEUED, timeout=20_000)
        (item,) = Deliveries(workspace.store).pending()
        assert (item.recipient, item.metadata["to_units"], item.metadata["to_people"]) == (
            "DS",
            ["กองกลาง"],
            ["P001"],
        )
        window.close()
    finally:
        workspace.close()


def test_an_external_letter_is_not_addressed_inside_the_agency(
    qtbot: Any, office: tuple[Workspace, str], hsm: Any, tmp_path: Path
) -> None:
    workspace, _token = office
    window = _window(qtbot, workspace, tmp_path)
    dialog = _open(qtbot, window, _signed(workspace, hsm, "external-letter", "ขอเชิญประชุม"))
    assert dialog.inside is None
    dialog.reject()
