"""A letter being drafted: the form on the left, the live A4 preview on the right.

The preview is the PDF itself, rendered and rasterised on a worker thread a moment after the clerk stops
typing; the draft saves itself to the store the same way (and when the editor closes), so a crash loses at
most the last second of typing. Enclosure files are dropped onto the editor.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.desk.profile import profile_data
from eoffice_desktop.ui.actions import add_action
from eoffice_desktop.ui.letter_form import LetterForm
from eoffice_desktop.ui.messages import display_time, notice, user_message
from eoffice_desktop.ui.page_preview import PagePreview
from eoffice_desktop.ui.screen_fit import fit_to_screen
from eoffice_desktop.ui.signer_choice import add_signer_choice
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.template_text import template_title

if TYPE_CHECKING:
    from eoffice_desktop.desk.drafts import Checked
    from eoffice_desktop.templates import Template
    from eoffice_desktop.workspace import Workspace

PREVIEW_DELAY_MS = 400
AUTOSAVE_DELAY_MS = 1000
PREVIEW_DPI = 110


class _Coalescer:
    """Run one job at a time; a request while one runs is remembered and run after it (once)."""

    def __init__(self, tasks: TaskRunner, work: Any, done: Any, failed: Any) -> None:
        self.tasks, self.work, self.done, self.failed = tasks, work, done, failed
        self.running = False
        self.again = False

    def request(self) -> None:
        if self.running:
            self.again = True
            return
        self.running = True
        self.again = False
        self.tasks.run(self.work(), self._finish(self.done), self._finish(self.failed))

    def _finish(self, then: Any) -> Any:
        def finish(result: Any) -> None:
            self.running = False
            then(result)
            if self.again:
                self.request()

        return finish


class DraftEditor(QMainWindow):
    saved = Signal(str)  # letter id: the lists should show it
    sent_for_signature = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        template: Template,
        letter_id: str | None = None,
        data: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workspace = workspace
        self.template = template
        self.letter_id = letter_id or str(uuid.uuid4())
        self.stored = letter_id is not None
        self.dirty = False
        self.tasks = TaskRunner(self, threads=2)
        self.setWindowTitle(self.tr("Draft: %1").replace("%1", template_title(template)))
        self.setAcceptDrops(True)

        self.form = self._make_form(data if letter_id is not None or data is not None else None)

        self.enclosures = QListWidget()
        self.enclosures.setAccessibleName(self.tr("Enclosure files"))
        self.enclosures.setMaximumHeight(90)
        drop_hint = QLabel(self.tr("Enclosure files: drop them here, or use Add enclosure (Ctrl+E)"))
        drop_hint.setWordWrap(True)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(self.form)
        column.addWidget(drop_hint)
        column.addWidget(self.enclosures)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)

        self.preview = PagePreview()
        self.preview.setAccessibleName(self.tr("Preview"))
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setSizes([560, 520])
        self.setCentralWidget(splitter)
        self.state_label = QLabel()
        self.statusBar().addPermanentWidget(self.state_label)
        self._build_actions()
        fit_to_screen(self, 1150, 760)

        self.previews = _Coalescer(self.tasks, self._preview_work, self._show_preview, self._preview_failed)
        self.saves = _Coalescer(self.tasks, self._save_work, self._saved, self._save_failed)
        self.preview_timer = self._timer(PREVIEW_DELAY_MS, self.previews.request)
        self.save_timer = self._timer(AUTOSAVE_DELAY_MS, self.saves.request)
        self.checked: Checked | None = None
        self.previews.request()
        if self.stored:
            self._load_enclosures()
            self.state_label.setText(self.tr("Saved"))

    def _make_form(self, data: dict[str, Any] | None) -> LetterForm:
        """The form with the letter's data; a new letter (``None``) starts with the office's profile."""
        profile = self.workspace.services.config.profile
        if data is None:
            data = profile_data(self.template, profile)
        form = LetterForm(self.template.fields, self.workspace.services.templates.salutations)
        form.set_data(data, defaults=True)  # an empty field shows the default it will take
        self.signer_choice = add_signer_choice(form, profile.signers)
        form.changed.connect(self._edited)
        form.take_number.connect(self.take_number)
        return form

    def _timer(self, msecs: int, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msecs)
        timer.timeout.connect(slot)
        return timer

    def _build_actions(self) -> None:
        self.save_action = add_action(self, self.tr("Save"), QKeySequence.StandardKey.Save, self.save_now)
        self.submit_action = add_action(
            self, self.tr("Send for signature"), "Ctrl+Return", self.send_for_signature
        )
        self.attach_action = add_action(self, self.tr("Add enclosure…"), "Ctrl+E", self._choose_enclosures)
        self.merge_action = add_action(
            self, self.tr("Mail merge from CSV…"), "Ctrl+M", self._choose_merge_file
        )
        close = add_action(self, self.tr("Close"), QKeySequence.StandardKey.Close, self.close)
        menu = self.menuBar().addMenu(self.tr("&Letter"))
        for made in (self.save_action, self.submit_action, self.attach_action, self.merge_action, close):
            menu.addAction(made)
        bar = self.addToolBar(self.tr("Letter"))
        bar.setObjectName("letter-toolbar")
        for made in (self.save_action, self.submit_action, self.attach_action, self.merge_action):
            bar.addAction(made)

    # editing, preview, autosave

    def _edited(self) -> None:
        self.dirty = True
        self.state_label.setText(self.tr("Not saved yet"))
        self.preview_timer.start()
        self.save_timer.start()

    def _preview_work(self) -> Any:
        data = self.form.data()

        def work() -> tuple[list[Any], Checked]:
            from eoffice_desktop.desk.drafts import preview_pdf
            from eoffice_desktop.ui.pdf_pages import page_images

            pdf, checked = preview_pdf(self.workspace, self.template, data)
            return page_images(pdf, PREVIEW_DPI), checked

        return work

    def _show_preview(self, result: tuple[list[Any], Checked]) -> None:
        images, checked = result
        self.checked = checked
        self.preview.show_pages(images)
        self.form.show_problems(checked.problems)

    def _preview_failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(user_message(error))

    def _save_work(self) -> Any:
        data = self.form.data()
        self.dirty = False

        def work() -> Any:
            from eoffice_desktop.desk.drafts import save_draft

            return save_draft(self.workspace, self.letter_id, self.template, data)

        return work

    def _saved(self, _record: Any) -> None:
        self.stored = True
        if not self.dirty:
            from datetime import datetime

            self.state_label.setText(self.tr("Saved %1").replace("%1", display_time(datetime.now())))
        self.saved.emit(self.letter_id)

    def _save_failed(self, error: BaseException) -> None:
        self.dirty = True
        self.state_label.setText(self.tr("Not saved: %1").replace("%1", user_message(error)))

    def save_now(self) -> None:
        self.save_timer.stop()
        self.saves.request()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        """Whatever was typed is in the store before the editor goes (a short write, not a render)."""
        self.preview_timer.stop()
        self.save_timer.stop()
        self.tasks.wait()
        if self.dirty or not self.stored:
            from eoffice_desktop.desk.drafts import save_draft

            if self.dirty or self.form.data():
                try:
                    save_draft(self.workspace, self.letter_id, self.template, self.form.data())
                    self.stored = True
                    self.saved.emit(self.letter_id)
                except Exception as exc:  # never close over unsaved work
                    QMessageBox.warning(self, self.tr("Cannot save the draft"), user_message(exc))
                    event.ignore()
                    return
        super().closeEvent(event)

    # numbers

    def take_number(self, field: str) -> None:
        text = self.form.fields[field].read() or ""

        def work() -> str:
            from eoffice_desktop.desk.drafts import take_number

            return take_number(self.workspace, str(text))

        def done(number: str) -> None:
            self.form.set_value(field, number)
            self.form.show_message(field, "")
            self.statusBar().showMessage(self.tr("Number %1 issued").replace("%1", number), 8000)

        def failed(error: BaseException) -> None:
            self.form.show_message(field, user_message(error))
            self.statusBar().showMessage(user_message(error))  # stays when a preview re-marks the field

        self.tasks.run(work, done, failed)

    # enclosures

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        self.add_enclosures([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()

    def _choose_enclosures(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add enclosures"))
        if paths:
            self.add_enclosures([Path(p) for p in paths])

    def add_enclosures(self, paths: list[Path]) -> None:
        """Attach the files to this draft (saving it first), and name them under สิ่งที่ส่งมาด้วย."""
        files = [p for p in paths if p.is_file()]
        if not files:
            return
        if "enclosures" in self.form.fields:
            listed = list(self.form.fields["enclosures"].read() or [])
            listed += [p.stem for p in files if p.stem not in listed]
            self.form.set_value("enclosures", listed)
        self.save_timer.stop()
        data = self.form.data()
        self.dirty = False

        def work() -> None:
            from eoffice_desktop.desk.drafts import save_draft

            save_draft(self.workspace, self.letter_id, self.template, data)
            letters = self.workspace.letters
            for path in files:
                letters.attach(self.letter_id, path.name, path.read_bytes())

        def done(_none: None) -> None:
            self.stored = True
            self.saved.emit(self.letter_id)
            self._load_enclosures()

        def failed(error: BaseException) -> None:
            self.dirty = True
            self._load_enclosures()
            notice(self, self.tr("Cannot attach the file"), user_message(error))

        self.tasks.run(work, done, failed)

    def _load_enclosures(self) -> None:
        def done(records: list[Any]) -> None:
            self.enclosures.clear()
            for record in records:
                self.enclosures.addItem(f"{record.filename} ({max(record.size // 1024, 1)} KB)")

        self.tasks.run(lambda: self.workspace.letters.attachments(self.letter_id), done, self._preview_failed)

    # for signature, mail merge

    def send_for_signature(self) -> None:
        """Check the whole letter; when it is complete, make its PDF and move it to รอลงนาม."""
        self.save_timer.stop()
        data = self.form.data()
        self.dirty = False
        self.submit_action.setEnabled(False)

        def work() -> Any:
            from eoffice_desktop.desk.drafts import send_for_signature

            return send_for_signature(self.workspace, self.letter_id, self.template, data)

        def done(_record: Any) -> None:
            self.stored = True
            self.saved.emit(self.letter_id)
            self.sent_for_signature.emit(self.letter_id)
            self.close()

        def failed(error: BaseException) -> None:
            from eoffice_desktop.desk.drafts import check_partial
            from eoffice_desktop.domain.errors import FieldError

            self.dirty = True
            self.submit_action.setEnabled(True)
            if isinstance(error, FieldError):
                problems = check_partial(self.workspace, self.template, data).problems
                self.form.reveal_all(problems)
                widget = self.form.first_problem_widget(problems)
                if widget is not None:
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
                self.statusBar().showMessage(self.tr("Fill in the marked fields first"))
            else:
                notice(self, self.tr("Cannot send for signature"), user_message(error))

        self.tasks.run(work, done, failed)

    def _choose_merge_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Mail merge: choose the CSV"), "", self.tr("CSV files (*.csv)")
        )
        if path:
            self.mail_merge(Path(path))

    def mail_merge(self, csv_path: Path) -> None:
        """One draft per row, over what the form holds now (headers are field names, e.g. recipient)."""
        data = self.form.data()

        def work() -> Any:
            from eoffice_desktop.desk.drafts import merge_drafts

            return merge_drafts(self.workspace, self.template, data, csv_path)

        def done(records: list[Any]) -> None:
            self.saved.emit(records[0].id if records else self.letter_id)
            self.statusBar().showMessage(
                self.tr("%1 drafts were made, one per row; they are under Drafts.").replace(
                    "%1", str(len(records))
                )
            )

        def failed(error: BaseException) -> None:
            notice(self, self.tr("Mail merge"), user_message(error))

        self.tasks.run(work, done, failed)
