"""The history panel of a letter on its way and its routing slip, as the reviewer meets them with real keys:
initialled with the SoftHSM token through the PIN dialog, the letter opened again shows the verdict on those
initials (checked on the worker after the dialog shows), and Alt+P makes the routing slip and opens the
system's print dialog, whose "print to file" writes it."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from shiboken6 import isValid

from eoffice_desktop.ui.main_window import MainWindow
from eoffice_desktop.ui.route_sign import RouteSignDialog
from eoffice_desktop.ui.route_tables import VERDICT_COLUMN
from eoffice_desktop.ui.route_window import open_task
from eoffice_desktop.workspace import Workspace
from tests.gui.routes import routed_to_reviewer, station
from tests.gui.test_printing import page_sizes
from tests.gui.test_route_window import _open_first_task
from tests.gui.test_whole_flow import _type
from tests.gui.windows import open_window

pytest.importorskip("pytestqt")


@pytest.fixture(autouse=True)
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EOFFICE_CONFIG", str(tmp_path / "absent-config.toml"))


@pytest.fixture
def reviewer(tmp_path: Path, hsm: Any, trust_root: Path) -> Iterator[tuple[Workspace, str]]:
    letter_id = routed_to_reviewer(tmp_path, hsm, trust_root)
    workspace = station(tmp_path, "reviewer", hsm, trust_root, "P002")
    yield workspace, letter_id
    workspace.close()


def _initial(qtbot: Any, window: MainWindow, hsm: Any) -> None:
    """The reviewer's task opened with Enter and initialled with the token's PIN."""
    dialog = _open_first_task(qtbot, window)
    qtbot.waitUntil(dialog.approve_button.isVisible, timeout=10_000)
    _type(qtbot, dialog.comment, "เห็นควรลงนาม")
    dialog.approve_button.setFocus()
    qtbot.keyClick(dialog.approve_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.findChildren(RouteSignDialog)))
    (pin_dialog,) = dialog.findChildren(RouteSignDialog)
    qtbot.waitUntil(lambda: pin_dialog.cert_choice.count() > 0, timeout=10_000)
    labels = [c.label for c in pin_dialog.watch.certificates]
    pin_dialog.cert_choice.setCurrentIndex(labels.index("signer"))
    qtbot.keyClicks(pin_dialog.pin, hsm.pin)
    qtbot.keyClick(pin_dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=30_000)


def test_the_history_shows_the_verdict_on_the_initials_and_the_slip_prints(
    qtbot: Any, reviewer: tuple[Workspace, str], tmp_path: Path, hsm: Any, language: Any
) -> None:
    language("en")  # the plural forms
    workspace, letter_id = reviewer
    window = open_window(qtbot, workspace, tmp_path / "w.ini")
    _initial(qtbot, window, hsm)

    dialog = open_task(window, letter_id)
    assert dialog is not None
    with qtbot.waitSignal(dialog.verdicts_checked, timeout=30_000):
        qtbot.waitUntil(lambda: dialog.view is not None, timeout=10_000)
        history = dialog.history
        assert history.rowCount() == 2 and "Approved / initialled" in history.item(1, 2).text()
        assert "เห็นควรลงนาม" in history.item(1, 3).text()
    assert history.item(0, VERDICT_COLUMN).text() == "", "a submission signs nothing"
    verdict = history.item(1, VERDICT_COLUMN)
    assert verdict.data(Qt.ItemDataRole.UserRole) in ("valid", "unchecked"), verdict.text()
    assert verdict.text().startswith("Signed and"), "the verify dialog's plain sentence on the initials"

    # Alt+P: the slip is made on the worker, then the system's print dialog
    dialog.activateWindow()
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QPrintDialog), timeout=30_000)
    printing = QApplication.activeModalWidget()
    assert printing.windowTitle() == "Print “Routing slip: ขอความเห็นชอบโครงการอบรม”"
    out = tmp_path / "slip-printout.pdf"
    target = next(e for e in printing.findChildren(QLineEdit) if e.isVisible() and e.isEnabled())
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(target, str(out))
    print_button = next(b for b in printing.findChildren(QPushButton) if b.text() == "&Print")
    with qtbot.waitSignal(dialog.slip.printed, timeout=30_000) as printed:
        qtbot.mouseClick(print_button, Qt.MouseButton.LeftButton)
    assert printed.args[0] >= 1 and len(page_sizes(out)) == printed.args[0]
    assert dialog.message.text() == "1 page sent to the printer."
    dialog.close()
