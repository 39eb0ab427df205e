"""The window's view of background sync: the connection in the status bar (online, offline, syncing, last
sync), "Sync now" (F9), sending progress, and notifications for delivered, rejected and incoming letters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from eoffice_desktop.ui.messages import display_digits, user_message
from eoffice_desktop.ui.sync_bridge import Connection, SyncBridge

if TYPE_CHECKING:
    from eoffice_desktop.sync.engine import Progress
    from eoffice_desktop.ui.main_window import MainWindow

# lupdate finds translate("MainWindow", "…") calls: these are the window's strings
translate = QCoreApplication.translate


class SyncStatus(QObject):
    def __init__(self, window: MainWindow, sync: SyncBridge) -> None:
        super().__init__(window)
        self.window = window
        self.sync = sync
        self._start(sync)

    def _start(self, sync: SyncBridge) -> None:
        action = QAction(translate("MainWindow", "Sync now"), self.window)
        action.setShortcut(QKeySequence("F9"))
        action.triggered.connect(sync.sync_now)
        self.window.addAction(action)
        self.window.menuBar().addMenu(translate("MainWindow", "&Sync")).addAction(action)
        sync.connection_changed.connect(self._show_connection)
        sync.progress.connect(self._show_progress)
        sync.finished.connect(self._sync_finished)
        sync.failed.connect(lambda error: self.window.statusBar().showMessage(user_message(error)))
        self._show_connection(sync.connection)
        sync.start()

    def _show_connection(self, connection: Connection) -> None:
        text = {
            Connection.UNKNOWN: translate("MainWindow", "Not synced yet"),
            Connection.ONLINE: translate("MainWindow", "Online"),
            Connection.OFFLINE: translate("MainWindow", "Offline"),
            Connection.SYNCING: translate("MainWindow", "Syncing…"),
        }[connection]
        if self.sync.last_success is not None and connection is not Connection.SYNCING:
            when = self.sync.last_success.astimezone().strftime("%H:%M")
            text += " · " + translate("MainWindow", "last sync %1").replace("%1", display_digits(when))
        self.window.connection.setText(text)
        if connection is Connection.OFFLINE:
            self.window.refresh_counts()

    def _show_progress(self, progress: Progress) -> None:
        done = progress.delivered + progress.rejected
        if done >= progress.total:  # nothing (more) to send: the sync is receiving
            self.window.statusBar().showMessage(translate("MainWindow", "Syncing…"))
            return
        text = (
            translate("MainWindow", "Sending %1 of %2")
            .replace("%1", display_digits(str(done + 1)))
            .replace("%2", display_digits(str(progress.total)))
        )
        if progress.current:
            text += f": {progress.current}"
        self.window.statusBar().showMessage(text)

    def _sync_finished(self, progress: Progress) -> None:
        self._announce(progress)
        self.window.statusBar().showMessage(
            translate("MainWindow", "Sent %1, rejected %2, received %3")
            .replace("%1", display_digits(str(progress.delivered)))
            .replace("%2", display_digits(str(progress.rejected)))
            .replace("%3", display_digits(str(progress.received))),
            10_000,
        )
        self._show_connection(Connection.ONLINE)
        self.window.refresh()

    def _announce(self, progress: Progress) -> None:
        """Desktop notifications for what a sync delivered, had refused and brought in (in ``self.tr``:
        lupdate marks plurals only there)."""
        notify = self.window.notifier.notify
        if progress.delivered:
            notify(
                self.tr("Letters delivered"),
                self.tr("%n letter(s) reached the central e-Office.", "", progress.delivered),
            )
        if progress.rejected:
            notify(
                self.tr("Letters rejected"),
                self.tr("%n letter(s) were refused; see Rejected for the reason.", "", progress.rejected),
                warning=True,
            )
        if progress.received:
            notify(
                self.tr("New letters"),
                self.tr("%n new letter(s) in the Inbox.", "", progress.received),
            )
