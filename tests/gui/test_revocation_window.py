"""The window says "not checked" in amber when a letter's signature is valid but the signer's certificate
could not be checked for revocation (the certificate authority unreachable, nothing kept): never the plain
green "valid". Driven as a clerk does it: Ctrl+Shift+V in the main window, the letter dropped on the
dialog."""

import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from eoffice_desktop.signing.verdict import UNCHECKED
from eoffice_desktop.ui.verify_dialog import VerifyDialog
from eoffice_desktop.workspace import Workspace, open_workspace
from tests.gui.test_letter_viewer import write_config
from tests.gui.test_whole_flow import CTRL_SHIFT, _activate, _drop, _shown
from tests.gui.windows import open_window
from tests.helpers import example, run_cli, sign_with_key
from tests.pki import make_pki

pytest.importorskip("pytestqt")


def _closed_port() -> str:
    """An address where nothing listens: the certificate authority is out of reach (as offline)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def unreachable(tmp_path: Path, write_json: Callable[..., Path]) -> tuple[Path, Path]:
    """A letter signed with a certificate whose OCSP and CRL addresses do not answer, and its root."""
    pki = make_pki(_closed_port())
    draft = tmp_path / "draft.pdf"
    code, _o, err = run_cli(
        "draft",
        "--template",
        "external-letter",
        "--data",
        write_json(example("external-letter")),
        "--out",
        draft,
    )
    assert code == 0, err
    letter = sign_with_key(draft, tmp_path / "letter.pdf", pki.signer, tmp_path)
    return letter, pki.write_root(tmp_path)


@pytest.fixture
def office(tmp_path: Path, unreachable: tuple[Path, Path]) -> Iterator[Workspace]:
    workspace = open_workspace(tmp_path / "ds", write_config(tmp_path / "config.toml", unreachable[1]))
    yield workspace
    workspace.close()


def _verify_dropped(qtbot: Any, office: Workspace, tmp_path: Path, letter: Path) -> VerifyDialog:
    window = open_window(qtbot, office, tmp_path / "settings.ini")
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_V, CTRL_SHIFT)
    qtbot.waitUntil(lambda: _shown(VerifyDialog, window) is not None)
    dialog: VerifyDialog = _shown(VerifyDialog, window)
    _drop(dialog, letter)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    return dialog


def test_an_unchecked_letter_is_amber_and_says_not_confirmed(
    qtbot: Any, office: Workspace, tmp_path: Path, unreachable: tuple[Path, Path]
) -> None:
    dialog = _verify_dropped(qtbot, office, tmp_path, unreachable[0])
    report = dialog.report
    assert report.status == "valid-unchecked" and not report.valid
    assert report.signatures[0].valid and report.signatures[0].revocation == "not-checked"
    assert dialog.summary.tone == "unchecked"
    assert dialog.verdict.text() == UNCHECKED[0]
    assert "#7a4f00" in dialog.verdict.styleSheet(), "amber, as an unknown issuer"
    details = dialog.details.toPlainText()
    assert "Revocation" in details and "not checked (offline" in details
    dialog.close()


def test_in_thai_the_window_says_it_in_thai(
    qtbot: Any, office: Workspace, tmp_path: Path, unreachable: tuple[Path, Path], language: Any
) -> None:
    language("th")
    dialog = _verify_dropped(qtbot, office, tmp_path, unreachable[0])
    assert dialog.summary.tone == "unchecked"
    assert dialog.verdict.text() == UNCHECKED[1]
    details = dialog.details.toPlainText()
    assert "การเพิกถอน" in details and "ยังไม่ได้ตรวจสอบ" in details
    dialog.close()
