"""Numbering after the signature from the task dialog, with real keys: the saraban desk opens the signed
memo whose number and date were left blank, Send waits, Alt+D gives it the next number of the series and the
date on the worker, the page shown is the numbered one, and the signature still validates."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from eoffice_desktop.signing.trust_anchors import load_trust_anchors
from eoffice_desktop.signing.verify import verify_data
from eoffice_desktop.ui.route_window import open_task
from eoffice_desktop.workspace import open_workspace
from tests.gui.routes import hold_people
from tests.gui.test_whole_flow import write_config
from tests.gui.windows import open_window
from tests.integration.routing.test_number_after import NUMBER, signed  # noqa: F401 (fixture)

pytest.importorskip("pytestqt")


@pytest.fixture(autouse=True)
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EOFFICE_CONFIG", str(tmp_path / "absent-config.toml"))


def test_alt_d_numbers_and_dates_the_signed_letter_before_it_is_sent(
    qtbot: Any,
    signed: tuple[Path, str],  # noqa: F811
    hsm: Any,
    trust_root: Path,
    tmp_path: Path,
    language: Any,
) -> None:
    language("en")
    desk, letter_id = signed  # signed by P004, who also sends it
    hold_people(desk)
    config = write_config(tmp_path / "saraban.toml", hsm, trust_root, profile='[identity]\nperson = "P004"\n')
    workspace = open_workspace(desk, config)
    try:
        window = open_window(qtbot, workspace, tmp_path / "w.ini")
        dialog = open_task(window, letter_id)
        assert dialog is not None
        number = dialog.numbering.button
        qtbot.waitUntil(number.isVisible, timeout=10_000)
        assert number.text() == "Number and &date"
        assert dialog.send_button.isVisible() and not dialog.send_button.isEnabled(), "numbered first"
        assert workspace.letters.data(letter_id)["number"] == "ดศ 0201", "the series only"

        dialog.activateWindow()
        qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: "Numbered" in dialog.message.text(), timeout=30_000)
        assert NUMBER in dialog.message.text()
        qtbot.waitUntil(dialog.send_button.isEnabled, timeout=10_000)
        assert not number.isVisible()
        assert workspace.letters.data(letter_id)["number"] == NUMBER, "the letter's own number follows"

        record = workspace.letters.get(letter_id)
        assert record.pdf_sha256 is not None
        pdf = workspace.store.get_blob(record.pdf_sha256)
        report = verify_data(pdf, "numbered.pdf", load_trust_anchors([trust_root]))
        assert report.status in ("valid", "valid-unchecked"), report.describe()
        assert report.filled["number"] == NUMBER
        dialog.close()
        window.close()
    finally:
        workspace.close()
