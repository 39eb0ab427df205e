"""A window or dialog closed while its background work still runs: nothing hangs and nothing is reported.

Qt's thread pool waits in its destructor for the tasks it runs; a pool owned by a widget was destroyed with
it, inside a Python call that held the interpreter lock the task needed to finish: the process hung for good
(seen in CI). It runs in a child process so a hang fails the test instead of stopping the suite."""

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import time
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget
    from eoffice_desktop.ui.tasks import TaskRunner

    app = QApplication([])
    shown = QWidget()
    shown.show()
    owner = QWidget()
    runner = TaskRunner(owner)
    ended = []
    runner.run(lambda: [time.sleep(0.002) for _ in range(300)], ended.append)
    time.sleep(0.05)
    owner.deleteLater()
    QTest.qWaitForWindowActive(shown, 2000)  # handles the posted delete, the lock held
    time.sleep(1)
    QTest.qWait(100)
    print("closed", ended)
    """
)


def test_a_widget_deleted_while_its_task_runs_does_not_hang_the_window() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "closed []", "the task ended; its closed window was not called back"
    assert "Traceback" not in done.stderr, "a task ending after its window is not an error"
