"""A received letter on its way (a case), opened: the letter and its minutes side by side, the summary, the
way (the heads it goes before, the assignments with their state and due date), its history, and what the
person can do: minute it (the head who holds it), acknowledge (ทราบ), mark it done with a note (ปฏิบัติแล้ว),
pass it to someone of the same unit (ส่งต่อ) or reply (a new draft: a memo or an external letter); and
print the letter with its minutes.

Every action (ui/case_acting.py) runs on a worker and is applied here at once (desk/case_window.py). After
each sync the dialog shows the case anew (another person's action may have moved it on), keeping what the
person is typing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from eoffice_desktop.ui.case_acting import CaseActing
from eoffice_desktop.ui.case_tables import fill_history, fill_way, history_table, state_text, way_table
from eoffice_desktop.ui.messages import display_digits, user_message
from eoffice_desktop.ui.page_view import PageView, ZoomBar
from eoffice_desktop.ui.screen_fit import fit_to_screen
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.token_watch import DANGER

if TYPE_CHECKING:
    from eoffice_desktop.desk.case_window import CaseView
    from eoffice_desktop.ui.sync_bridge import SyncBridge
    from eoffice_desktop.workspace import Workspace


class CaseTaskDialog(CaseActing, QDialog):
    acted = Signal(str)  # case id: the case moved on
    replied = Signal(object, object)  # the reply draft (LetterRecord) and its data: open it in the editor

    def __init__(
        self,
        workspace: Workspace,
        case_id: str,
        parent: QWidget | None = None,
        token_service: Any = None,  # given by tests
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workspace, self.case_id, self.token_service = workspace, case_id, token_service
        self.view: CaseView | None = None
        self.tasks = TaskRunner(self, threads=2)
        self.busy = False
        self.printable: bytes | None = None
        self._loads = 0  # the latest reading: an older one that comes back later is not shown
        self.setWindowTitle(self.tr("Received letter on its way"))
        self._build()
        fit_to_screen(self, 1320, 800)
        self.load()

    # layout

    def _pages(self, name: str) -> tuple[QWidget, PageView]:
        pages = PageView()
        pages.setAccessibleName(name)
        pages.failed.connect(lambda text: self._say(text, DANGER))
        box = QGroupBox(name)
        column = QVBoxLayout(box)
        column.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        row.addWidget(ZoomBar(self, pages))
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(pages, 1)
        return box, pages

    def _build(self) -> None:
        letter_box, self.letter_pages = self._pages(self.tr("The letter"))
        minutes_box, self.minute_pages = self._pages(self.tr("Minutes"))
        self.minutes_box = minutes_box
        minutes_box.hide()  # shown with the first minute
        split = QSplitter()
        split.addWidget(letter_box)
        split.addWidget(minutes_box)
        split.addWidget(self._build_side())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 4)
        split.setChildrenCollapsible(False)
        self.split = split
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def _build_side(self) -> QWidget:
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.way = way_table()
        way_box = QGroupBox(self.tr("Heads and assignments"))
        QVBoxLayout(way_box).addWidget(self.way)
        self.history = history_table()
        history_box = QGroupBox(self.tr("History"))
        QVBoxLayout(history_box).addWidget(self.history)

        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Note (required to mark it done: what was done)"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)
        self.note.textChanged.connect(self._update)
        self.act_box = QGroupBox(self.tr("Your action"))
        QVBoxLayout(self.act_box).addWidget(self.note)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.state)
        column.addWidget(self.summary)
        column.addWidget(way_box, 3)
        column.addWidget(history_box, 2)
        column.addWidget(self.act_box)
        column.addWidget(self.message)
        column.addLayout(self._build_buttons())
        return right

    def _build_buttons(self) -> QVBoxLayout:
        self.minute_button = self._button(self.tr("&Minute…"), self.minute)
        self.forward_button = self._button(self.tr("&Forward…"), self.forward)
        self.circulate_button = self._button(self.tr("C&irculate…"), self.circulate)
        self.acknowledge_button = self._button(self.tr("&Noted"), self.acknowledge)
        self.done_button = self._button(self.tr("&Done"), self.mark_done)
        self.pass_button = self._button(self.tr("&Pass on…"), self.pass_on)
        self.reply_button = self._button(self.tr("&Reply…"), self.reply)
        self.reply_kind = QComboBox()  # the kind of letter the reply is drafted as
        self.reply_kind.setAccessibleName(self.tr("Reply as"))
        self.reply_kind_label = QLabel(self.tr("Reply &as"))
        self.reply_kind_label.setBuddy(self.reply_kind)
        self.print_button = self._button(self.tr("Prin&t letter and minutes…"), self.print_all)
        self.print_button.setEnabled(False)
        self.close_button = self._button(self.tr("Close"), self.reject)
        for button in (self.print_button, self.close_button):
            button.show()
        acts = QHBoxLayout()
        for button in (
            self.minute_button,
            self.forward_button,
            self.circulate_button,
            self.acknowledge_button,
            self.done_button,
            self.pass_button,
            self.reply_kind_label,
            self.reply_kind,
            self.reply_button,
        ):
            acts.addWidget(button)
        acts.addStretch(1)
        rest = QHBoxLayout()
        rest.addStretch(1)
        rest.addWidget(self.print_button)
        rest.addWidget(self.close_button)
        both = QVBoxLayout()
        both.addLayout(acts)
        both.addLayout(rest)
        return both

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(True)  # Enter on a focused button presses it; none is the default
        button.clicked.connect(lambda _checked=False: slot())
        button.hide()
        return button

    def _say(self, text: str, style: str = "") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    # loading

    def load(self) -> None:
        """Read the case, its letter and its minutes (on workers)."""
        from eoffice_desktop.desk.case_window import letter_pdf

        workspace, case_id = self.workspace, self.case_id
        self.tasks.run(lambda: letter_pdf(workspace, case_id), self.letter_pages.set_pdf, self._load_failed)
        self.reload()

    def reload(self) -> None:
        """Read the case and its minutes again (the received letter itself does not change)."""
        from eoffice_desktop.desk.case_window import case_view, minutes_pdf, printable

        workspace, case_id = self.workspace, self.case_id
        self._loads += 1
        loads = self._loads

        def latest(show: Any) -> Any:
            return lambda found: show(found) if loads == self._loads else None

        self.tasks.run(lambda: case_view(workspace, case_id), latest(self._show), self._load_failed)
        self.tasks.run(lambda: minutes_pdf(workspace, case_id), latest(self._show_minutes), self._load_failed)
        self.tasks.run(lambda: printable(workspace, case_id), latest(self._printable), self._load_failed)

    def follow(self, sync: SyncBridge) -> None:
        """Show the case anew after each sync: what others did on it may have come in."""
        sync.finished.connect(self._synced)

    def _synced(self, _progress: object) -> None:
        if not self.busy:  # an action under way closes the dialog when it is done
            self.reload()

    def _load_failed(self, error: BaseException) -> None:
        self._say(user_message(error), DANGER)

    def _show_minutes(self, pdf: bytes | None) -> None:
        self.minutes_box.setVisible(pdf is not None)
        if pdf != self.minute_pages.pdf:  # the same minutes keep their place and zoom
            self.minute_pages.set_pdf(pdf)

    def _printable(self, pdf: bytes) -> None:
        self.printable = pdf
        self.print_button.setEnabled(True)

    def _show(self, view: CaseView) -> None:
        import datetime as dt

        before, self.view = self.view, view
        case, letter = view.case, view.case.letter
        self.setWindowTitle(display_digits(view.subject))
        self.heading.setText(display_digits(f"{letter.speed} {letter.subject}".strip()))
        self.state.setText(
            display_digits(
                self.tr("%1 · received no. %2 · from %3")
                .replace("%1", state_text(case.state))
                .replace("%2", letter.receive_number)
                .replace("%3", letter.sender_name or letter.sender)
            )
        )
        self.summary.setText(display_digits(self.tr("Summary: %1").replace("%1", case.summary)))
        fill_way(self.way, view, dt.date.today())
        fill_history(self.history, view)
        if before is None:
            self._offer_replies(view)
        self._show_actions(focus=before is None)  # shown anew: the focus stays where the person is
        if before is not None and before.case.revision != view.case.revision:
            self._say(self._changed(before, view))

    def _offer_replies(self, view: CaseView) -> None:
        """The kinds of reply, the one that fits the letter's sender chosen (a memo inside the agency)."""
        from eoffice_desktop.desk.case_window import reply_templates
        from eoffice_desktop.ui.template_text import template_title

        self.reply_kind.clear()
        for template in reply_templates(self.workspace):
            self.reply_kind.addItem(template_title(template), template.id)
        self.reply_kind.setCurrentIndex(max(self.reply_kind.findData(view.reply_as), 0))

    def _changed(self, before: CaseView, after: CaseView) -> str:
        """What the person is told when a sync brought a change to the case."""
        if before.tasks and not after.tasks and self.note.toPlainText().strip():
            return self.tr("Updated by the last sync: the letter no longer waits for you. Your note is kept.")
        if before.tasks and not after.tasks:
            return self.tr("Updated by the last sync: the letter no longer waits for you.")
        return self.tr("Updated by the last sync.")

    def _show_actions(self, focus: bool = True) -> None:
        view = self.view
        assigned = view is not None and view.assignment_task() is not None
        circulated = view is not None and view.circulated()
        minutes_it = view is not None and view.minutes_it
        self.minute_button.setVisible(minutes_it)
        self.forward_button.setVisible(minutes_it)
        self.circulate_button.setVisible(view is not None and view.circulates)
        self.act_box.setVisible(assigned)
        self.acknowledge_button.setVisible(assigned)
        for button in (
            self.done_button,
            self.pass_button,
            self.reply_kind_label,
            self.reply_kind,
            self.reply_button,
        ):
            button.setVisible(assigned and not circulated)
        self.pass_button.setEnabled(bool(view and view.pass_to))
        focused = self.focusWidget()
        if focus or focused is None or not focused.isVisible():
            first = self.note if assigned else self.minute_button if minutes_it else self.close_button
            first.setFocus()
        self._update()

    def _update(self) -> None:
        has_note = bool(self.note.toPlainText().strip())
        self.done_button.setEnabled(not self.busy and has_note)
        self.done_button.setToolTip("" if has_note else self.tr("Write in the note what was done."))
        for button in (self.acknowledge_button, self.minute_button, self.forward_button, self.reply_button):
            button.setEnabled(not self.busy)
        self.reply_button.setEnabled(not self.busy and self.reply_kind.count() > 0)
        self.pass_button.setEnabled(not self.busy and bool(self.view and self.view.pass_to))

    def print_all(self) -> None:
        from eoffice_desktop.ui.pdf_pages import page_sizes
        from eoffice_desktop.ui.printing import print_with_dialog

        if self.printable is None or self.view is None:
            return
        pdf = self.printable
        print_with_dialog(self, self.tasks, self.view.subject, pdf, self._say, len(page_sizes(pdf)))

    def done(self, result: int) -> None:
        if self.busy:
            return
        self.letter_pages.wait()
        self.minute_pages.wait()
        self.tasks.wait()
        super().done(result)
