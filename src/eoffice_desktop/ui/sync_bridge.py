"""Sync in the background while the user works: a Qt adapter over the sync engine.

The engine runs on a worker thread; what it reports (progress, the outcome, going offline) arrives on the GUI
thread as signals. One run at a time; a timer starts one every few minutes, "sync now" starts one at once.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from eoffice_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the engine loads SQLAlchemy and requests: not before the window shows
    from eoffice_desktop.sync.engine import Progress, SyncEngine

log = logging.getLogger(__name__)

INTERVAL_MS = 5 * 60 * 1000


class Connection(enum.Enum):
    UNKNOWN = "unknown"  # not tried yet
    ONLINE = "online"
    OFFLINE = "offline"
    SYNCING = "syncing"


class SyncBridge(QObject):
    connection_changed = Signal(object)  # Connection
    progress = Signal(object)  # Progress, while sending
    finished = Signal(object)  # Progress of a completed run
    failed = Signal(object)  # the error that ended a run, other than being offline

    def __init__(
        self,
        make_engine: Callable[[], SyncEngine],
        parent: QObject | None = None,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._make_engine = make_engine
        self.tasks = TaskRunner(self, threads=1)
        self.connection = Connection.UNKNOWN
        self.running = False
        self.last_success: dt.datetime | None = None
        self.waiting: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sync_now)

    def start(self) -> None:
        """Sync now, then every interval, and whenever the OS says the network came back."""
        self.timer.start()
        self.watch_network()
        self.sync_now()

    def watch_network(self) -> bool:
        """Listen to the OS's reachability hints (QNetworkInformation). A hint is only a hint: "online" starts
        a sync at once, whose own request decides; "offline" changes nothing (the next run finds out)."""
        from PySide6.QtNetwork import QNetworkInformation

        if not QNetworkInformation.loadDefaultBackend():
            return False
        info = QNetworkInformation.instance()
        if info is None:
            return False
        info.reachabilityChanged.connect(self.network_hint)
        return True

    def network_hint(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability is QNetworkInformation.Reachability.Online:
            log.info("the OS reports the network is back: syncing")
            self.sync_now()

    def _set(self, connection: Connection) -> None:
        if connection is not self.connection:
            self.connection = connection
            self.connection_changed.emit(connection)

    def sync_now(self) -> bool:
        """Start a run unless one is under way; False when one is."""
        if self.running:
            return False
        self.running = True
        self._set(Connection.SYNCING)
        report = self.progress.emit  # emitted from the worker: Qt queues it to the GUI thread

        def work() -> Progress:
            return self._make_engine().run_once(report)

        self.tasks.run(work, self._done, self._failed)
        return True

    def _done(self, result: Progress) -> None:
        self.running = False
        self.last_success = dt.datetime.now(dt.UTC)
        self.waiting = result.total - result.delivered - result.rejected
        self._set(Connection.ONLINE)
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        from eoffice_desktop.sync.engine import Offline

        self.running = False
        if isinstance(error, Offline):
            self.waiting = error.waiting
            self._set(Connection.OFFLINE)
            return
        log.warning("sync failed: %s", error)
        self._set(Connection.OFFLINE)
        self.failed.emit(error)

    def stop(self) -> None:
        self.timer.stop()
        self.tasks.wait()
