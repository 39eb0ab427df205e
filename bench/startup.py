"""Cold start to an interactive main window, as a ratio against a bare PySide6 QMainWindow started the same
way in the same run (target ≤ 4×).

Each start is a fresh Python process (offscreen Qt) that creates the window, shows it, lets the event loop
run once and exits; the time is wall-clock from spawning to exit. Medians of N runs each, interleaved.

    python bench/startup.py [--runs 7]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication([])
w = QMainWindow(); w.resize(1100, 700); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

OURS = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from eoffice_desktop.ui.gui import ensure_application, use_thai_ui_font
from eoffice_desktop.ui.i18n import install_translations
from eoffice_desktop.workspace import open_workspace
app = ensure_application()
use_thai_ui_font(app)
translators = install_translations(app, "th")
workspace = open_workspace(Path(sys.argv[1]))
from eoffice_desktop.ui.main_window import MainWindow
w = MainWindow(workspace, settings_path=Path(sys.argv[1]) / "window.ini")
w.show()
QTimer.singleShot(0, app.quit)
app.exec()
w.close()
workspace.close()
"""


def _run(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        _run(OURS, str(data))  # first start migrates the store: not what a user waits for every day
        bare, ours = [], []
        for _ in range(args.runs):
            bare.append(_run(BARE))
            ours.append(_run(OURS, str(data)))
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"bare QMainWindow: {b * 1000:.0f} ms   eoffice-desktop window: {o * 1000:.0f} ms")
    print(f"ratio: {o / b:.2f}x (target <= 4)")


if __name__ == "__main__":
    main()
