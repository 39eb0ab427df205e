"""Cold start to an interactive main window, as a ratio against a bare PySide6 QMainWindow started the same
way in the same run (target ≤ 4×).

Each start is a fresh Python process (offscreen Qt). Measured: wall-clock from spawning it to the first turn
of the event loop with the window shown (the user can act), and, for ours, also until the letters are
listed (the store opens on a worker thread meanwhile). Medians of N runs each, interleaved.

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
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication([])
w = QMainWindow(); w.resize(1100, 700); w.show()
def answered():
    print(time.time() - float(sys.argv[1]))
    app.quit()
QTimer.singleShot(0, answered)
app.exec()
"""

OURS = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from eoffice_desktop.ui.gui import ensure_application, start_window, use_thai_ui_font
from eoffice_desktop.ui.i18n import install_translations
app = ensure_application()
use_thai_ui_font(app)
translators = install_translations(app, "th")
window, opened = start_window(Path(sys.argv[2]))
def answered():  # the event loop runs with the window shown: the user can act
    if sys.argv[3] == "shown":
        print(time.time() - float(sys.argv[1]))
        app.quit()
def check():  # until the letters are listed
    if window.counts:
        print(time.time() - float(sys.argv[1]))
        app.quit()
    else:
        QTimer.singleShot(5, check)
QTimer.singleShot(0, answered if sys.argv[3] == "shown" else check)
app.exec()
window.tasks.wait()
for workspace in opened:
    workspace.close()
"""


def _run(code: str, *args: str) -> float:
    """Seconds from spawning the process to the moment it reports (wall clock, same machine)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code, repr(time.time()), *args],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        _run(OURS, str(data), "filled")  # the first start migrates the store: not a daily wait
        bare, ours, filled = [], [], []
        for _ in range(args.runs):
            bare.append(_run(BARE))
            ours.append(_run(OURS, str(data), "shown"))
            filled.append(_run(OURS, str(data), "filled"))
    b, o, f = statistics.median(bare), statistics.median(ours), statistics.median(filled)
    print(f"bare QMainWindow: {b * 1000:.0f} ms   eoffice-desktop window: {o * 1000:.0f} ms")
    print(f"ratio: {o / b:.2f}x (target <= 4)")
    print(f"until the letters are listed: {f * 1000:.0f} ms ({f / b:.2f}x)")


if __name__ == "__main__":
    main()
