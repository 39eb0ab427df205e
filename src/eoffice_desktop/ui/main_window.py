"""The main window: navigation by state on the left, the section's paged, searchable list on the right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.ui.list_order import ListOrder
from eoffice_desktop.ui.list_widths import ColumnWidths, SectionList
from eoffice_desktop.ui.messages import notice, user_message
from eoffice_desktop.ui.notifier import Notifier
from eoffice_desktop.ui.paged_model import PagedTableModel
from eoffice_desktop.ui.screen_fit import fit_to_screen, keep_on_screen_when_shown
from eoffice_desktop.ui.sections import Section, section_subject_title, sections
from eoffice_desktop.ui.sync_bridge import SyncBridge
from eoffice_desktop.ui.sync_status import SyncStatus
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.verify_dialog import VerifyDialog
from eoffice_desktop.ui.window_counts import SectionCounts
from eoffice_desktop.ui.window_menus import build_menus
from eoffice_desktop.ui.window_sending import LetterSending

if TYPE_CHECKING:  # the store loads SQLAlchemy: the window shows first, the workspace follows
    from eoffice_desktop.templates import Template
    from eoffice_desktop.ui.draft_editor import DraftEditor
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
        self.editors: list[DraftEditor] = []
        self.token_service: Any = None  # a TokenService for the route dialogs; given by tests
        if settings_path is None:
            if workspace is None:
                raise ValueError("settings_path is needed before the workspace is open")
            settings_path = workspace.directory / SETTINGS_FILE
        self.settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        self.setWindowTitle(self.tr("e-Office Desktop"))
        self._build_panes()
        self.sending = LetterSending(self)
        self.letter_actions = build_menus(self)
        self.notifier = Notifier(self)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(300)
        self._refresh_timer.timeout.connect(self.refresh)
        self.setTabOrder(self.navigation, self.search)
        self.setTabOrder(self.search, self.table)
        self.navigation.currentRowChanged.connect(lambda _row: self._show_section())
        self.counts: dict[str, int] = {}
        self.section_counts = SectionCounts(self)
        self._restore_layout()
        self.navigation.setCurrentRow(1)  # Drafts; My tasks when the first count finds some
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
        problems = workspace.services.config.problems
        if problems:  # the program runs on the valid settings; say which were not
            self.notifier.notify(
                self.tr("Some settings were ignored"),
                self.tr("%n setting(s) are wrong and were ignored; see File → Settings.", "", len(problems)),
                warning=True,
            )

    def mark_demo(self) -> None:
        """Say everywhere that this is the demo: its token, certificate and server are not real ones."""
        self.setWindowTitle(self.tr("e-Office Desktop — DEMO"))
        badge = QLabel(self.tr("DEMO: test token and local server; letters here are not real"))
        badge.setObjectName("demo-badge")
        badge.setAccessibleName(self.tr("Demo"))
        badge.setStyleSheet("background: #ffb300; color: #000000; padding: 1px 8px; font-weight: 600;")
        self.statusBar().insertPermanentWidget(0, badge)

    def _build_panes(self) -> None:
        self.navigation = SectionList()
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

        self.model = PagedTableModel([], lambda offset, limit, order: [])
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Letters"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.list_order = ListOrder(self.table, self.model, self.settings)
        self.widths = ColumnWidths(self.table)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())

        self.section_notice = QLabel()
        self.section_notice.setWordWrap(True)
        self.section_notice.setAccessibleName(self.tr("Notice"))
        self.section_notice.setStyleSheet(
            "color: #8a5a00; background: #fff4e0; border: 1px solid #8a5a00; border-radius: 3px; "
            "padding: 6px;"
        )
        self.section_notice.hide()

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.section_notice)
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

    # drafting

    def new_letter(self, template_id: str | None = None) -> DraftEditor | None:
        """A new draft from a template (asked for when not given)."""
        if self.workspace is None:
            return None
        if template_id is not None:
            return self.open_editor(self.workspace.services.templates.get(template_id))
        from eoffice_desktop.ui.template_picker import TemplatePicker

        picker = TemplatePicker(list(self.workspace.services.templates), self)
        picker.chosen.connect(lambda template: self.open_editor(template))  # noqa: PLW0108
        picker.open()
        return None

    def open_editor(
        self, template: Template, letter_id: str | None = None, data: dict[str, Any] | None = None
    ) -> DraftEditor:
        from eoffice_desktop.ui.draft_editor import DraftEditor

        assert self.workspace is not None
        editor = DraftEditor(self.workspace, template, letter_id, data, self)
        editor.saved.connect(lambda _id: self._refresh_timer.start())
        editor.sent_for_signature.connect(
            lambda _id: self.statusBar().showMessage(self.tr("Sent for signature"), 8000)
        )
        editor.destroyed.connect(
            lambda _obj=None, e=editor: self.editors.remove(e) if e in self.editors else None
        )
        self.editors.append(editor)
        editor.show()
        return editor

    def selected_records(self) -> list[Any]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.rows[row] for row in rows if row < len(self.model.rows)]

    def open_selected(self) -> None:
        """Drafts (and letters waiting for signature or rejected) open in the editor; signed and sent ones
        open in the verification view, which shows the signed revision; received ones in the letter viewer."""
        if self.workspace is None:
            return
        from eoffice_desktop.desk.case_window import CaseTaskRow
        from eoffice_desktop.desk.route_view import TaskRow
        from eoffice_desktop.desk.viewing import is_received
        from eoffice_desktop.domain.lifecycle import LetterState
        from eoffice_desktop.ui.case_window import open_case
        from eoffice_desktop.ui.letter_viewer import open_received
        from eoffice_desktop.ui.route_window import open_task

        for record in self.selected_records()[:10]:
            state = getattr(record, "state", None)
            if isinstance(record, CaseTaskRow):
                open_case(self, record.case_id)
            elif isinstance(record, TaskRow) or state is LetterState.ROUTING:
                open_task(self, record.letter_id if isinstance(record, TaskRow) else record.id)
            elif is_received(record):
                viewer = open_received(self, self.workspace, record, self.trust_anchors())
                if not hasattr(viewer, "way_action"):
                    viewer.offer_way(lambda r=record: self._present_record(r))
            elif state in (LetterState.DRAFT, LetterState.READY, LetterState.REJECTED):
                template = self.workspace.services.templates.get(record.template)
                self.open_editor(template, record.id, self.workspace.letters.data(record.id))
            elif state is not None and record.pdf_sha256:
                self.open_verify(self.workspace.store.blob_path(record.pdf_sha256), record.subject)

    def print_selected(self) -> None:
        """The print dialog for the first selected letter (a draft prints its preview; a received letter on
        its way, with its minutes)."""
        if self.workspace is not None:
            from eoffice_desktop.ui.case_window import print_case
            from eoffice_desktop.ui.printing import print_record

            records = self.selected_records()
            if not print_case(self, records):
                print_record(self, self.workspace, records, self.tasks)

    def _present_record(self, record: Any) -> None:
        from eoffice_desktop.desk.viewing import received_letter
        from eoffice_desktop.ui.case_window import present_letter

        if self.workspace is not None:
            try:
                present_letter(self, received_letter(self.workspace, record).received)
            except EOfficeError as exc:
                notice(self, self.tr("Present the letter"), user_message(exc))

    # sections and lists

    def current_section(self) -> Section:
        return self.sections[max(self.navigation.currentRow(), 0)]

    def show_section(self, key: str) -> None:
        self.navigation.setCurrentRow([s.key for s in self.sections].index(key))

    def _show_section(self) -> None:
        section = self.current_section()
        self.model.columns = section.columns(self.workspace)
        self.list_order.restore(section.key, section.default_order)
        self._reload_list()
        self.list_order.show()
        said = section.notice(self.workspace) if section.notice is not None else None
        self.section_notice.setText(said or "")
        self.section_notice.setVisible(bool(said))
        self.widths.set_wide([c.wide or c.title == section_subject_title() for c in self.model.columns])

    def _reload_list(self) -> None:
        section = self.current_section()
        text = self.search.text()
        workspace = self.workspace
        if workspace is None:  # still opening
            return
        self.model.set_fetch(
            lambda offset, limit, order: section.fetch(workspace, text, order, offset, limit)
        )

    def refresh(self) -> None:
        self._reload_list()
        self.refresh_counts()

    def refresh_counts(self) -> None:
        self.section_counts.refresh()

    def open_verify(self, path: Path | None = None, title: str | None = None) -> VerifyDialog:
        """The verification dialog, checking against the configured trust anchors; on ``path`` at once
        (headed ``title``, e.g. the letter's subject, rather than the file's name)."""
        from eoffice_desktop.desk.viewing import revocation_checker

        dialog = VerifyDialog(self.trust_anchors(), self, revocation_checker(self.workspace))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        if path is not None:
            dialog.verify(path, title)
        return dialog

    def trust_anchors(self) -> list[Any]:
        """The configured trust anchors (none, and the status bar says why, when they cannot be read)."""
        from eoffice_desktop.signing.trust_anchors import load_trust_anchors

        configured = self.workspace.services.config.trust if self.workspace is not None else ()
        try:
            return list(load_trust_anchors(list(configured)))
        except EOfficeError as exc:
            self.statusBar().showMessage(user_message(exc))
            return []

    def open_settings(self) -> QDialog | None:
        """The settings dialog on the configuration file in use; saved settings apply to new work at once
        (the server and the language at the next start)."""
        from eoffice_desktop.config import default_config_path
        from eoffice_desktop.ui.settings_dialog import SettingsDialog

        path = self.workspace.services.config.source if self.workspace is not None else None
        data_dir = self.workspace.directory if self.workspace is not None else None
        dialog = SettingsDialog(path or default_config_path(), parent=self, data_dir=data_dir)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _config: self._settings_saved(path or default_config_path()))
        dialog.open()
        return dialog

    def _settings_saved(self, path: Path) -> None:
        from eoffice_desktop.app import build_services

        if self.workspace is not None:
            try:
                self.workspace.services = build_services(path, self.workspace.directory)
            except EOfficeError as exc:
                notice(self, self.tr("Settings"), user_message(exc))
                return
        self.statusBar().showMessage(
            self.tr("Settings saved. A new server or language applies from the next start."), 10_000
        )

    # sync

    def _connect_sync(self, sync: SyncBridge) -> None:
        self.sync_status = SyncStatus(self, sync)

    # layout memory

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            keep_on_screen_when_shown(self)
        else:
            fit_to_screen(self, 1100, 700)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([self.navigation.sizeHint().width(), 4000])  # the list takes the rest

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()
        for editor in list(self.editors):
            if not editor.close():  # an editor that cannot save keeps the window open
                event.ignore()
                return
        from eoffice_desktop.ui.letter_viewer import close_viewers

        close_viewers(self)
        if self.sync is not None:
            self.sync.stop()
        self.tasks.wait()
        super().closeEvent(event)
