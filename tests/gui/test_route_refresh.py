"""An open letter on its way follows what a sync brings: another workstation's action on the route shows at
once (its state, steps, history, the letter as it stands and what the person may still do), and the comment
being typed stays with its focus. The other workstations act through the real routing service; what they
queued reaches this one as the server's feed item (tests/integration/routing/conftest.py), carried by a
stand-in sync engine started with F9 in the main window (tests/gui/test_case_refresh.py)."""

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from eoffice_desktop.desk.route_history import people_lookup
from eoffice_desktop.desk.routing import RouteSigning, act, current_pdf, submit
from eoffice_desktop.domain.routes import ActionKind
from eoffice_desktop.signing.batch import BatchSigner, SignOptions
from eoffice_desktop.signing.cli import TerminalPin
from eoffice_desktop.signing.tokens import TokenChoice, TokenService
from eoffice_desktop.ui.route_tables import VERDICT_COLUMN
from eoffice_desktop.ui.route_task import TaskDialog
from eoffice_desktop.workspace import Workspace
from tests.gui.routes import STEPS, drafted, routed_to_reviewer, station
from tests.gui.test_case_refresh import _Feed, _sync, _window
from tests.gui.test_route_window import _open_first_task
from tests.gui.test_whole_flow import _activate, _type
from tests.helpers import PIN_ENV
from tests.integration.routing.conftest import PdfShelf, feed_item, queued, receive

pytest.importorskip("pytestqt")


@pytest.fixture(autouse=True)
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EOFFICE_CONFIG", str(tmp_path / "absent-config.toml"))


def _elsewhere(
    tmp_path: Path, hsm: Any, trust_root: Path, name: str, person: str, actions: list[Any], shelf: PdfShelf
) -> Workspace:
    """Another workstation acting for ``person`` that took the route made of ``actions`` from the feed."""
    item, _route = feed_item([a.action for a in actions], actions[0].letter)
    (tmp_path / name).mkdir(exist_ok=True)
    assert receive(tmp_path / name, item, shelf, person)
    return station(tmp_path, name, hsm, trust_root, person)


def _carry(feed: _Feed, target: Path, person: str, actions: list[Any], shelf: PdfShelf) -> None:
    """On the next sync, ``target`` takes the route the server makes of ``actions``."""
    item, _route = feed_item([a.action for a in actions], actions[0].letter)
    feed.pending.append(lambda: receive(target, item, shelf, person))


def _signing(hsm: Any) -> RouteSigning:
    os.environ[PIN_ENV] = hsm.pin
    signer = BatchSigner(TokenService(hsm.module), TokenChoice(hsm.label, None), "signer", None)
    return RouteSigning(signer, TerminalPin(PIN_ENV), SignOptions())


def _history(dialog: TaskDialog) -> list[str]:
    return [dialog.history.item(row, 2).text() for row in range(dialog.history.rowCount())]


def _steps(dialog: TaskDialog) -> list[str]:
    return [dialog.steps.item(row, 3).text() for row in range(dialog.steps.rowCount())]


def test_the_reviewer_returning_it_on_another_workstation_takes_the_actions_and_the_comment_stays(
    qtbot: Any, tmp_path: Path, hsm: Any, trust_root: Path
) -> None:
    letter_id = routed_to_reviewer(tmp_path, hsm, trust_root)
    (submitted,) = queued(tmp_path / "drafter")
    shelf = PdfShelf()
    shelf.keep_from(tmp_path / "drafter")
    reviewer = station(tmp_path, "reviewer", hsm, trust_root, "P002")
    laptop = _elsewhere(tmp_path, hsm, trust_root, "laptop", "P002", [submitted], shelf)
    feed = _Feed()
    window = _window(qtbot, reviewer, tmp_path, feed)
    dialog = _open_first_task(qtbot, window)
    assert dialog.approve_button.isVisible() and dialog.forward_button.isVisible()
    assert dialog.state.text().startswith("On its way") and _history(dialog) == ["Submitted"]
    _type(qtbot, dialog.comment, "ขอแก้วันที่")

    _sync(qtbot, window, dialog)  # nothing new: nothing changes, nothing is said, the comment keeps its focus
    assert dialog.message.text() == "" and _history(dialog) == ["Submitted"]
    assert dialog.comment.hasFocus() and dialog.approve_button.isVisible()
    _type(qtbot, dialog.comment, "ในหนังสือ")
    assert dialog.comment.toPlainText() == "ขอแก้วันที่ในหนังสือ" and dialog.return_button.isEnabled()

    act(laptop, letter_id, ActionKind.RETURN, "P002", "แก้ชื่อโครงการ", people=people_lookup(laptop))
    laptop.close()
    _carry(feed, tmp_path / "reviewer", "P002", [submitted, *queued(tmp_path / "laptop")], shelf)
    _sync(qtbot, window, dialog)
    qtbot.waitUntil(lambda: _history(dialog) == ["Submitted", "Returned"], timeout=10_000)
    assert dialog.state.text().startswith("Returned for correction")
    for button in (dialog.approve_button, dialog.return_button, dialog.forward_button, dialog.sign_button):
        assert not button.isVisible()
    assert dialog.message.text() == (
        "Updated by the last sync: the letter no longer waits for you. Your comment is kept."
    )
    assert dialog.comment.isVisible() and dialog.comment.hasFocus()
    assert dialog.comment.toPlainText() == "ขอแก้วันที่ในหนังสือ"
    reviewer.close()


def test_the_drafter_watching_the_letter_sees_the_initials_then_the_signer_returning_it(
    qtbot: Any, tmp_path: Path, hsm: Any, trust_root: Path
) -> None:
    drafter = station(tmp_path, "drafter", hsm, trust_root, "P001")
    letter_id = drafted(drafter)
    submit(drafter, letter_id, STEPS, "P001")
    (submitted,) = queued(tmp_path / "drafter")
    shelf = PdfShelf()
    shelf.keep_from(tmp_path / "drafter")
    reviewer = _elsewhere(tmp_path, hsm, trust_root, "reviewer", "P002", [submitted], shelf)
    feed = _Feed()
    window = _window(qtbot, drafter, tmp_path, feed)
    _activate(qtbot, window)
    window.show_section("routing")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    row = window.table.visualRect(window.model.index(0, 2)).center()
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=row)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(window.findChildren(TaskDialog)))
    (dialog,) = window.findChildren(TaskDialog)
    qtbot.waitUntil(lambda: dialog.view is not None and dialog.pages.pdf is not None, timeout=10_000)
    first_pdf = dialog.pages.pdf
    assert _history(dialog) == ["Submitted (goes with the next sync)"]
    assert not dialog.edit_button.isVisible() and not dialog.act_box.isVisible()

    act(reviewer, letter_id, ActionKind.APPROVE, "P002", "เห็นควรลงนาม", signing=_signing(hsm))
    reviewer.close()
    initialled = [submitted, *queued(tmp_path / "reviewer")]
    shelf.keep_from(tmp_path / "reviewer")
    _carry(feed, tmp_path / "drafter", "P001", initialled, shelf)
    with qtbot.waitSignal(dialog.verdicts_checked, timeout=30_000):
        _sync(qtbot, window, dialog)
    assert _history(dialog)[-1] == "Approved / initialled"
    assert _steps(dialog)[0].startswith("Done") and _steps(dialog)[1] == "With them now"
    verdict = dialog.history.item(len(_history(dialog)) - 1, VERDICT_COLUMN)
    assert verdict.text().startswith("Signed and"), "the initials are checked again"
    assert dialog.message.text() == "Updated by the last sync."
    qtbot.waitUntil(lambda: dialog.pages.pdf != first_pdf)
    assert dialog.pages.pdf == current_pdf(drafter, letter_id), "the initialled letter shows"

    signer = _elsewhere(tmp_path, hsm, trust_root, "signer", "P004", initialled, shelf)
    act(signer, letter_id, ActionKind.RETURN, "P004", "ขอเพิ่มงบประมาณ")
    signer.close()
    _carry(feed, tmp_path / "drafter", "P001", [*initialled, *queued(tmp_path / "signer")], shelf)
    _sync(qtbot, window, dialog)
    qtbot.waitUntil(dialog.edit_button.isVisible, timeout=10_000)
    assert dialog.state.text().startswith("Returned for correction")
    assert _history(dialog)[-1] == "Returned" and "ขอเพิ่มงบประมาณ" in dialog.history.item(2, 3).text()
    assert dialog.message.text() == "Updated by the last sync."
    drafter.close()


def _forget(workspace: Workspace, letter_id: str) -> None:
    """The letter's route gone from the workstation's store (no service removes one: the rows are deleted)."""
    from sqlalchemy import delete

    from eoffice_desktop.store.models import RouteActionRow, RouteEntryRow, RouteRow

    with workspace.store.sessions.begin() as session:
        for row in (RouteActionRow, RouteEntryRow, RouteRow):
            session.execute(delete(row).where(row.letter_id == letter_id))


def test_a_letter_gone_from_the_store_says_so_and_takes_the_actions_away(
    qtbot: Any, tmp_path: Path, hsm: Any, trust_root: Path
) -> None:
    letter_id = routed_to_reviewer(tmp_path, hsm, trust_root)
    reviewer = station(tmp_path, "reviewer", hsm, trust_root, "P002")
    feed = _Feed()
    window = _window(qtbot, reviewer, tmp_path, feed)
    dialog = _open_first_task(qtbot, window)
    qtbot.waitUntil(dialog.slip_button.isEnabled)
    _type(qtbot, dialog.comment, "ขอแก้วันที่")

    feed.pending.append(lambda: _forget(reviewer, letter_id))
    _sync(qtbot, window, dialog)
    qtbot.waitUntil(lambda: not dialog.approve_button.isVisible(), timeout=10_000)
    assert dialog.message.text() == "This letter is no longer held here: nothing more can be done on it."
    for button in (dialog.return_button, dialog.forward_button, dialog.sign_button):
        assert not button.isVisible()
    assert not dialog.slip_button.isEnabled() and not dialog.file_copy.button.isEnabled()
    assert dialog.comment.toPlainText() == "ขอแก้วันที่" and _history(dialog) == ["Submitted"]
    reviewer.close()
