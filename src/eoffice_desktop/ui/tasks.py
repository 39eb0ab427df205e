"""Run service work (token, network, rendering, anything slow) on a worker thread and hear back by signal.

The GUI thread never waits: `TaskRunner.run(work, done, failed)` returns at once; `done(result)` or
`failed(error)` is called later on the GUI thread.
"""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from shiboken6 import isValid

log = logging.getLogger(__name__)

_POOLS: set[QThreadPool] = set()
"""Every runner's pool, kept here and not owned by its runner: Qt's pool destructor waits for its running
tasks, and a runner deleted with its widget is often deleted while Python holds the interpreter lock (a
posted delete handled inside a Python call). A task that then needs the lock to finish never does: the
window hangs. A retired pool is let go only once it is idle, when its destructor has nothing to wait for."""
_RETIRED: set[QThreadPool] = set()


def _release_idle() -> None:
    for pool in [p for p in _RETIRED if not isValid(p) or p.activeThreadCount() == 0]:
        _RETIRED.discard(pool)
        _POOLS.discard(pool)
    if _RETIRED and QCoreApplication.instance() is not None:
        QTimer.singleShot(1000, _release_idle)


def _retire(pool: QThreadPool) -> None:
    if not isValid(pool):  # the application is ending: Qt has let everything go
        _POOLS.discard(pool)
        return
    pool.setExpiryTimeout(0)  # its threads end as their tasks do
    first = not _RETIRED
    _RETIRED.add(pool)
    if first and QCoreApplication.instance() is not None:
        QTimer.singleShot(0, _release_idle)


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
            self._tell(self.signals.failed, exc)
        else:
            self._tell(self.signals.finished, result)

    @staticmethod
    def _tell(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window that asked was closed meanwhile: nobody is left to tell
            log.debug("a background task ended after its window closed")


class TaskRunner(QObject):
    """Owns the worker pool of one window. `busy` counts tasks still running."""

    def __init__(self, parent: QObject | None = None, threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool()  # no Qt parent: see _POOLS
        self.pool.setMaxThreadCount(threads)
        _POOLS.add(self.pool)
        pool = self.pool
        self.destroyed.connect(lambda *_: _retire(pool))
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
