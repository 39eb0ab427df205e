"""The main window: navigation by state on the left, the section's paged, searchable list on the right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.ui.messages import user_message
from eoffice_desktop.ui.paged_model import PagedTableModel
from eoffice_desktop.ui.sections import Section, section_subject_title, sections
from eoffice_desktop.ui.sync_bridge import Connection, SyncBridge
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.verify_dialog import VerifyDialog

if TYPE_CHECKING:  # the store loads SQLAlchemy: the window shows first, the workspace follows
    from eoffice_desktop.sync.engine import Progress
    from eoffice_desktop.workspace import Workspace

SEARCH_DELAY_MS = 250
SETTINGS_FILE = "window.ini"


class MainWindow(QMainWindow):
    def __init__(
        self,
        workspace: Workspace | None = None,
        settings_path: Path | None = None,
        sync: SyncBridge | None = None,
    ) -> None:
        """The window; without a workspace it shows at once and fills in when :meth:`attach` gives one."""
        super().__init__()
        self.workspace: Workspace | None = None
        self.sync: SyncBridge | None = None
        self.tasks = TaskRunner(self)
        self.sections = sections()
        if settings_path is None:
            if workspace is None:
                raise ValueError("settings_path is needed before the workspace is open")
            settings_path = workspace.directory / SETTINGS_FILE
        self.settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        self.setWindowTitle(self.tr("e-Office Desktop"))
        self._build_panes()
        self._build_actions()
        self.setTabOrder(self.navigation, self.search)
        self.setTabOrder(self.search, self.table)
        self.navigation.currentRowChanged.connect(lambda _row: self._show_section())
        self.counts: dict[str, int] = {}
        self._restore_layout()
        self.navigation.setCurrentRow(0)
        if workspace is not None:
            self.attach(workspace, sync)
        else:
            self.status.setText(self.tr("Opening the letter store…"))

    def attach(self, workspace: Workspace, sync: SyncBridge | None = None) -> None:
        """Show the workspace's letters (and sync with ``sync``)."""
        self.workspace = workspace
        self.sync = sync
        self._show_section()
        self.refresh_counts()
        if sync is not None:
            self._connect_sync(sync)

    def _build_panes(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setSpacing(3)  # room for Thai marks above and below the line
        for section in self.sections:
            item = QListWidgetItem(section.label)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.navigation.addItem(item)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search (any part of a word)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._reload_list)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())

        self.model = PagedTableModel([], lambda offset, limit: [])
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Letters"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(False)

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.status = QLabel()
        self.connection = QLabel()
        self.connection.setAccessibleName(self.tr("Connection"))
        self.statusBar().addPermanentWidget(self.status)
        self.statusBar().addPermanentWidget(self.connection)

    def _build_actions(self) -> None:
        refresh = QAction(self.tr("Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        find = QAction(self.tr("Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.addActions([refresh, find])
        verify = QAction(self.tr("Verify a PDF…"), self)
        verify.setShortcut(QKeySequence("Ctrl+Shift+V"))
        verify.triggered.connect(lambda: self.open_verify())  # noqa: PLW0108 (triggered passes `checked`)
        self.addAction(verify)
        self.menuBar().addMenu(self.tr("&File")).addAction(verify)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(refresh)
        view_menu.addAction(find)

    # sections and lists

    def current_section(self) -> Section:
        return self.sections[max(self.navigation.currentRow(), 0)]

    def show_section(self, key: str) -> None:
        self.navigation.setCurrentRow([s.key for s in self.sections].index(key))

    def _show_section(self) -> None:
        section = self.current_section()
        self.model.columns = section.columns()
        self._reload_list()
        header = self.table.horizontalHeader()
        for column, (title, _cell) in enumerate(self.model.columns):
            wide = title == section_subject_title()
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch if wide else QHeaderView.ResizeMode.ResizeToContents
            )

    def _reload_list(self) -> None:
        section = self.current_section()
        text = self.search.text()
        workspace = self.workspace
        if workspace is None:  # still opening
            return
        self.model.set_fetch(lambda offset, limit: section.fetch(workspace, text, offset, limit))

    def refresh(self) -> None:
        self._reload_list()
        self.refresh_counts()

    def refresh_counts(self) -> None:
        if self.workspace is not None:
            self.tasks.run(self.workspace.counts, self._show_counts, self._counts_failed)

    def _show_counts(self, counts: dict[str, int]) -> None:
        self.counts = counts
        for row, section in enumerate(self.sections):
            item = self.navigation.item(row)
            shown = f"{section.label} ({counts.get(section.key, 0)})" if section.counted else section.label
            item.setText(shown)
        waiting = counts.get("queued", 0)
        self.status.setText(self.tr("%n letter(s) waiting to be sent", "", waiting))

    def _counts_failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(self.tr("Cannot read the letter store: %1").replace("%1", str(error)))

    def open_verify(self, path: Path | None = None) -> VerifyDialog:
        """The verification dialog, checking against the configured trust anchors; on ``path`` at once."""
        from eoffice_desktop.signing.verify import load_trust_anchors

        configured = self.workspace.services.config.trust if self.workspace is not None else ()
        try:
            trust = load_trust_anchors(list(configured))
        except EOfficeError as exc:
            self.statusBar().showMessage(user_message(exc))
            trust = []
        dialog = VerifyDialog(trust, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        if path is not None:
            dialog.verify(path)
        return dialog

    # sync

    def _connect_sync(self, sync: SyncBridge) -> None:
        action = QAction(self.tr("Sync now"), self)
        action.setShortcut(QKeySequence("F9"))
        action.triggered.connect(sync.sync_now)
        self.sync_action = action
        self.addAction(action)
        self.menuBar().addMenu(self.tr("&Sync")).addAction(action)
        sync.connection_changed.connect(self._show_connection)
        sync.progress.connect(self._show_progress)
        sync.finished.connect(self._sync_finished)
        sync.failed.connect(lambda error: self.statusBar().showMessage(user_message(error)))
        self._show_connection(sync.connection)
        sync.start()

    def _show_connection(self, connection: Connection) -> None:
        assert self.sync is not None
        text = {
            Connection.UNKNOWN: self.tr("Not synced yet"),
            Connection.ONLINE: self.tr("Online"),
            Connection.OFFLINE: self.tr("Offline"),
            Connection.SYNCING: self.tr("Syncing…"),
        }[connection]
        if self.sync.last_success is not None and connection is not Connection.SYNCING:
            when = self.sync.last_success.astimezone().strftime("%H:%M")
            text += " · " + self.tr("last sync %1").replace("%1", when)
        self.connection.setText(text)
        if connection is Connection.OFFLINE:
            self.refresh_counts()

    def _show_progress(self, progress: Progress) -> None:
        done = progress.delivered + progress.rejected
        text = self.tr("Sending %1 of %2").replace("%1", str(done + 1)).replace("%2", str(progress.total))
        if progress.current:
            text += f": {progress.current}"
        self.statusBar().showMessage(text)

    def _sync_finished(self, progress: Progress) -> None:
        self.statusBar().showMessage(
            self.tr("Sent %1, rejected %2, received %3")
            .replace("%1", str(progress.delivered))
            .replace("%2", str(progress.rejected))
            .replace("%3", str(progress.received)),
            10_000,
        )
        self._show_connection(Connection.ONLINE)
        self.refresh()

    # layout memory

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 700)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([240, 860])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()
        if self.sync is not None:
            self.sync.stop()
        self.tasks.wait()
        super().closeEvent(event)
