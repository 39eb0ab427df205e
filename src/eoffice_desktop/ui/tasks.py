"""Run service work (token, network, rendering, anything slow) on a worker thread and hear back by signal.

The GUI thread never waits: `TaskRunner.run(work, done, failed)` returns at once; `done(result)` or
`failed(error)` is called later on the GUI thread.
"""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:  # reported to the GUI, which decides what the user sees
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Owns the worker pool of one window. `busy` counts tasks still running."""

    def __init__(self, parent: QObject | None = None, threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._live: set[_Signals] = set()

    @property
    def busy(self) -> int:
        return len(self._live)

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        signals = _Signals(self)  # lives on the GUI thread, so its slots run there

        def release() -> None:
            # Drop the callbacks now, not when the signals object is deleted later: a callback may hold the
            # last reference to a dialog that owns this runner, and freeing it during that deletion crashes.
            self._live.discard(signals)
            signals.finished.disconnect()
            signals.failed.disconnect()
            signals.deleteLater()

        def finish(result: Any) -> None:
            release()
            if done is not None:
                done(result)

        def fail(error: BaseException) -> None:
            release()
            if failed is not None:
                failed(error)
            else:
                log.error("background task failed", exc_info=error)

        signals.finished.connect(finish)
        signals.failed.connect(fail)
        self._live.add(signals)
        self.pool.start(_Task(work, signals))

    def wait(self, msecs: int = 30_000) -> bool:
        """For shutdown: let running tasks end."""
        return self.pool.waitForDone(msecs)
