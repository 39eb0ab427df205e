"""Ctrl+C at the terminal (SIGINT, and SIGTERM from `kill`) closes the window the way its close button does.

Python runs signal handlers only when the interpreter gets control, and Qt's event loop is C++: a Ctrl+C
waits, unseen, until some Python slot happens to run. So the signal also writes a byte to a socket
(signal.set_wakeup_fd) that a QSocketNotifier watches: the event loop wakes at once and runs the handler.
The handler closes the windows from the event loop (drafts are saved, sync stops, work in flight finishes),
and the program then ends with 128 + the signal number (130 for Ctrl+C). A window that does not close (a
draft that cannot be saved says why) stays; a second Ctrl+C ends the program anyway.
"""

import contextlib
import logging
import signal
import socket
import sys
import threading
from collections.abc import Iterator
from types import FrameType

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interruption:
    """What the signals did: the signal that came first (None: none came)."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.signal: int | None = None

    @property
    def exit_code(self) -> int:
        return 128 + self.signal if self.signal is not None else 0

    def handle(self, signum: int, _frame: FrameType | None) -> None:
        if self.signal is not None:  # again: the window did not close (or is still closing): end now
            log.info("signal %d again: leaving without closing the window", signum)
            self.app.exit(self.exit_code)
            return
        self.signal = signum
        log.info("signal %d: closing the window", signum)
        QTimer.singleShot(0, self.close)  # Qt work from the event loop, not from inside the signal handler

    def close(self) -> None:
        self.app.closeAllWindows()
        if any(w.isVisible() for w in self.app.topLevelWidgets()):
            if sys.stderr is not None:
                print(
                    "eoffice-desktop: the window stays open (see its message); press Ctrl+C again to quit "
                    "without it",
                    file=sys.stderr,
                )
            return
        self.app.exit(self.exit_code)


@contextlib.contextmanager
def closing_on_signals(app: QApplication) -> Iterator[Interruption]:
    """While the window runs, SIGINT and SIGTERM close it; afterwards the previous handlers are back."""
    interruption = Interruption(app)
    if threading.current_thread() is not threading.main_thread():  # signals go to the main thread only
        yield interruption
        return
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_: _drain(reader))  # a Python slot: pending handlers run with it
    previous_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    previous = {signum: signal.signal(signum, interruption.handle) for signum in SIGNALS}
    try:
        yield interruption
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        reader.close()
        writer.close()


def _drain(reader: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while reader.recv(512):
            pass
