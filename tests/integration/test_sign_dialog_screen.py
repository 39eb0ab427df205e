"""The sign dialog on a real X server the size of a common office laptop: 1366×768 at 125 % scaling (Qt sees
about 1093×614 logical pixels). The whole dialog, its title bar aside, must be on the screen, the PIN field,
the Sign button and the letter's page among it. Offscreen Qt's 800×600 screen cannot show this."""

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import ROOT
from tests.xvfb import xvfb

SCRIPT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from eoffice_desktop.signing.batch import SignOptions
from eoffice_desktop.ui.gui import ensure_application
from eoffice_desktop.ui.sign_dialog import SignDialog
from eoffice_desktop.workspace import open_workspace
from tests.helpers import example

app = ensure_application()
workspace = open_workspace(Path(sys.argv[1]))
ids = [workspace.letters.create("memo", example("memo") | {"number": f"ดศ 0201/{n}"}).id for n in range(8)]
dialog = SignDialog(workspace, ids, None, SignOptions())
dialog.show()

def check():
    if dialog.pages.shown_page() is None:
        QTimer.singleShot(100, check)
        return
    room = dialog.screen().availableGeometry()
    inside = [room.contains(w.mapToGlobal(w.rect().bottomRight())) and w.isVisible()
              for w in (dialog.pin, dialog.sign_button, dialog.cancel_button, dialog.pages.page)]
    sizes = (room.width(), room.height(), dialog.width(), dialog.height())
    print(*sizes, all(inside), dialog.pages.page.height())
    dialog.grab().save(sys.argv[2])
    dialog.done(0)
    workspace.close()
    app.quit()

QTimer.singleShot(100, check)
app.exec()
"""


@pytest.fixture
def laptop_display() -> Iterator[str]:
    with xvfb("1366x768") as number:
        if number is None:
            pytest.skip("Xvfb is not installed (scripts/test-packages installs it)")
        yield number


def test_the_sign_dialog_fits_a_1366_by_768_screen_at_125_percent(
    laptop_display: str, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "DISPLAY": laptop_display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_SCALE_FACTOR": "1.25",
        "EOFFICE_CONFIG": str(tmp_path / "config.toml"),
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "data"), str(tmp_path / "dialog.png")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    room_w, room_h, width, height, inside, page = result.stdout.split()
    assert int(room_w) <= 1093 and int(room_h) <= 615  # the scaling took
    assert int(width) <= int(room_w) and int(height) <= int(room_h)
    assert inside == "True", "part of the dialog is off the screen"
    assert int(page) >= 300, "the letter's page is too small to read"
