"""The window on a real X server (Xvfb) through Qt's xcb plugin, as on a user's desktop.

Every other window test runs offscreen, which needs none of the X libraries: this one fails when the
system packages lack one the xcb plugin loads (libxcb-cursor0 was missing once, and the window did not open).
"""

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.xvfb import xvfb

SCRIPT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from eoffice_desktop.ui.gui import ensure_application, start_window

app = ensure_application()
window, opened = start_window(Path(sys.argv[1]))
def check():
    if not opened:
        QTimer.singleShot(100, check)
        return
    shot = window.screen().grabWindow(0).toImage()
    colours = {shot.pixel(x, y) for x in range(0, shot.width(), 37) for y in range(0, shot.height(), 29)}
    print(app.platformName(), window.isVisible(), len(colours), flush=True)
    window.close()
    opened[0].close()
    app.quit()
QTimer.singleShot(100, check)
app.exec()
"""


@pytest.fixture
def display() -> Iterator[str]:
    with xvfb("1280x800") as number:
        if number is None:
            pytest.skip("Xvfb is not installed (scripts/test-packages installs it)")
        yield number


def test_the_window_opens_on_an_x_server(display: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "EOFFICE_CONFIG": str(tmp_path / "config.toml"),
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    platform, visible, colours = result.stdout.split()
    assert (platform, visible) == ("xcb", "True")
    assert int(colours) > 3  # something was drawn: menus, lists, the status bar
