"""A letter on its way, opened: its current PDF to read, its route with each step's state, its history (who,
position, when, comment, acting for whom, and the verdict on each signature, checked on a worker once the
dialog shows), its routing slip to print, and what the person it waits for can do: initial or sign (with
the token's PIN), return it with a comment (required), forward it to another person.

Every action (ui/route_acting.py) runs on a worker and is applied here at once; the server hears it on the
next sync. After each sync the dialog shows the route and the letter anew (another person may have acted on
it), keeping what the person is typing."""

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

from eoffice_desktop.domain.routes import RouteState, StepKind, TaskKind
from eoffice_desktop.ui.messages import display_digits, user_message
from eoffice_desktop.ui.number_button import NumberAndDate
from eoffice_desktop.ui.page_view import PageView, ZoomBar
from eoffice_desktop.ui.route_acting import RouteActing
from eoffice_desktop.ui.route_slip import FileCopyPrint, SlipPrint
from eoffice_desktop.ui.route_tables import (
    fill,
    history_cells,
    history_table,
    show_verdicts,
    step_cells,
    steps_table,
    verdicts_failed,
)
from eoffice_desktop.ui.screen_fit import fit_to_screen
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_desktop.ui.token_watch import DANGER

if TYPE_CHECKING:
    from eoffice_desktop.desk.route_history import HistoryLine
    from eoffice_desktop.desk.route_view import RouteView
    from eoffice_desktop.ui.sync_bridge import SyncBridge
    from eoffice_desktop.workspace import Workspace


class TaskDialog(RouteActing, QDialog):
    acted = Signal(str, object)  # letter id, ActionKind: the task moved on
    edit_requested = Signal(str)  # a returned letter: open its draft
    send_requested = Signal(str)  # a signed letter: to the send queue
    verdicts_checked = Signal()  # the history's signatures have their verdicts

    def __init__(
        self,
        workspace: Workspace,
        letter_id: str,
        person: str | None,
        parent: QWidget | None = None,
        token_service: Any = None,  # given by tests
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workspace, self.letter_id, self.person = workspace, letter_id, person
        self.token_service = token_service
        self.view: RouteView | None = None
        self.tasks = TaskRunner(self, threads=2)
        self.busy = False
        self._loads = 0  # the latest reading: an older one that comes back later is not shown
        self._missed = False  # a sync finished while an action was under way
        self.lost = False  # the letter is on no route here (any more)
        self.setWindowTitle(self.tr("Letter on its way"))
        self._build()
        fit_to_screen(self, 1240, 760)
        self.load()

    # layout

    def _build(self) -> None:
        self.pages = PageView()
        self.pages.setAccessibleName(self.tr("Pages"))
        self.pages.failed.connect(lambda text: self._say(text, DANGER))
        self.zoom = ZoomBar(self, self.pages)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        zoom_row = QHBoxLayout()
        zoom_row.addWidget(self.zoom)
        zoom_row.addStretch(1)
        left_column.addLayout(zoom_row)
        left_column.addWidget(self.pages, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self._build_side())
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 5)
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
        self.steps = steps_table()
        route_box = QGroupBox(self.tr("Route"))
        QVBoxLayout(route_box).addWidget(self.steps)
        self.history = history_table()
        history_box = QGroupBox(self.tr("History"))
        QVBoxLayout(history_box).addWidget(self.history)

        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(self.tr("Comment"))
        self.comment.setPlaceholderText(self.tr("Comment (required to return the letter)"))
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(80)
        self.comment.textChanged.connect(self._update)
        self.return_to = QComboBox()
        self.return_to.setAccessibleName(self.tr("Return to"))
        self.return_label = QLabel(self.tr("Return &to:"))
        self.return_label.setBuddy(self.return_to)
        return_row = QHBoxLayout()
        return_row.addWidget(self.return_label)
        return_row.addWidget(self.return_to, 1)
        self.act_box = QGroupBox(self.tr("Your action"))
        act_column = QVBoxLayout(self.act_box)
        act_column.addWidget(self.comment)
        act_column.addLayout(return_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.state)
        column.addWidget(route_box, 2)
        column.addWidget(history_box, 3)
        column.addWidget(self.act_box)
        column.addWidget(self.message)
        column.addLayout(self._build_buttons())
        return right

    def _build_buttons(self) -> QHBoxLayout:
        self.approve_button = self._button(self.tr("&Approve / initial"), self.approve)
        self.sign_button = self._button(self.tr("&Sign"), self.sign)
        self.return_button = self._button(self.tr("&Return"), self.send_back)
        self.forward_button = self._button(self.tr("&Forward…"), self.forward)
        self.edit_button = self._button(self.tr("&Edit the draft"), lambda: self._ask(self.edit_requested))
        self.send_button = self._button(self.tr("Se&nd…"), lambda: self._ask(self.send_requested))
        self.numbering = NumberAndDate(self, self.workspace, self.letter_id, self.tasks, self._say)
        self.numbering.awaiting.connect(self._awaiting_number)
        self.numbering.numbered.connect(lambda _number: self.load())
        self.slip = SlipPrint(self, self.workspace, self.letter_id, self.tasks, self._say)
        self.slip_button = self.slip.button
        self.file_copy = FileCopyPrint(self, self.workspace, self.letter_id, self.tasks, self._say)
        self.close_button = self._button(self.tr("Close"), self.reject)
        self.close_button.show()
        buttons = QHBoxLayout()
        for button in (
            self.approve_button,
            self.sign_button,
            self.return_button,
            self.forward_button,
            self.edit_button,
            self.numbering.button,
            self.send_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.slip_button)
        buttons.addWidget(self.file_copy.button)
        buttons.addWidget(self.close_button)
        return buttons

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(True)  # Enter on a focused button presses it; none is the default
        button.clicked.connect(lambda _checked=False: slot())
        button.hide()
        return button

    def _ask(self, signal: Any) -> None:
        signal.emit(self.letter_id)
        self.accept()

    # loading

    def load(self, synced: bool = False) -> None:
        """Read the route and the letter as it stands (on workers); ``synced``: after a sync, which says
        when it changed them."""
        from eoffice_desktop.desk.route_view import route_view
        from eoffice_desktop.desk.routing import current_pdf

        workspace, letter_id = self.workspace, self.letter_id
        self._loads += 1
        loads = self._loads

        def latest(show: Any) -> Any:
            return lambda found: show(found) if loads == self._loads else None

        show = latest(lambda view: self._show(view, synced))
        self.tasks.run(lambda: route_view(workspace, letter_id), show, self._load_failed)
        self.tasks.run(lambda: current_pdf(workspace, letter_id), latest(self._show_pdf), self._pdf_failed)

    def follow(self, sync: SyncBridge) -> None:
        """Show the route and the letter anew after each sync: what others did on it may have come in."""
        sync.finished.connect(self._synced)

    def _synced(self, _progress: object) -> None:
        self._missed = self.acting()  # an action under way closes the dialog when it is done
        if not self._missed:
            self.load(synced=True)

    def catch_up(self) -> None:
        """An action that did not happen: a sync that finished meanwhile shows now."""
        if self._missed and not self.acting():
            self._missed = False
            self.load(synced=True)

    def _show_pdf(self, pdf: bytes) -> None:
        if pdf != self.pages.pdf:  # the same letter keeps its place and zoom
            self.pages.set_pdf(pdf)

    def _load_failed(self, error: BaseException) -> None:
        self._say(user_message(error), DANGER)

    def _pdf_failed(self, error: BaseException) -> None:
        if not self.lost:  # a letter no longer held has no PDF either: that is said once
            self._load_failed(error)

    def task(self) -> TaskKind | None:
        return self._task_in(self.view)

    def _task_in(self, view: RouteView | None) -> TaskKind | None:
        if view is None or not self.person or self.lost:
            return None
        return view.route.task_for(self.person)

    def _show(self, view: RouteView | None, synced: bool = False) -> None:
        if view is None:
            self._lose()
            return
        before, self.view, found = self.view, view, self.lost
        self.lost = False
        route = view.route
        self.setWindowTitle(display_digits(view.subject))
        speed = str(view.letter.get("speed") or "")
        self.heading.setText(display_digits(f"{speed} {view.subject}".strip()))
        state = {
            RouteState.IN_PROGRESS: self.tr("On its way"),
            RouteState.RETURNED: self.tr("Returned for correction"),
            RouteState.SIGNED: self.tr("Signed"),
        }[route.state]
        self.state.setText(
            display_digits(
                self.tr("%1 · round %2 · drafted by %3")
                .replace("%1", state)
                .replace("%2", str(route.round))
                .replace("%3", view.name(route.drafter))
            )
        )
        fill(self.steps, [step_cells(view, step) for step in route.steps])
        if before is None or before.history != view.history:  # the same history keeps its verdicts
            fill(self.history, [history_cells(line) for line in view.history])
            self.history.scrollToBottom()
            self._check_signatures(view)
        self.slip.ready(view.subject)
        self.file_copy.ready(view.subject)
        waited = before is not None and self._task_in(before) is not None
        self._show_actions(focus=before is None)  # shown anew: the focus stays where the person is
        if synced and before is not None and (before != view or found):
            self._say(self._changed(waited and self.task() is None))

    def _lose(self) -> None:
        """The letter is on no route here (any more: a sync took it away): nothing can be done on it."""
        gone, self.lost = self.view is not None, True
        self._show_actions(focus=not gone)
        for button in (self.slip_button, self.file_copy.button, self.numbering.button):
            button.setEnabled(False)
        if gone:
            self._say(self.tr("This letter is no longer held here: nothing more can be done on it."), DANGER)
        else:
            self._say(self.tr("This letter is on no route here."), DANGER)

    def _changed(self, gone: bool) -> str:
        """What the person is told when a sync brought a change (``gone``: the letter waited for them)."""
        if gone and self.comment.toPlainText().strip():
            return self.tr(
                "Updated by the last sync: the letter no longer waits for you. Your comment is kept."
            )
        if gone:
            return self.tr("Updated by the last sync: the letter no longer waits for you.")
        return self.tr("Updated by the last sync.")

    def _check_signatures(self, view: RouteView) -> None:
        """The verdict on each signature of the history, verified on a worker (slow) once the dialog shows."""
        from eoffice_desktop.desk.route_signatures import with_signatures

        if not any(line.field is not None for line in view.history):
            self.verdicts_checked.emit()
            return
        workspace, route, lines = self.workspace, view.route, view.history

        def shown() -> bool:  # the history checked is still the one shown
            return self.view is not None and self.view.history == lines

        def checked(found: list[HistoryLine]) -> None:
            if shown():
                show_verdicts(self.history, found)
                self.verdicts_checked.emit()

        def failed(error: BaseException) -> None:
            if shown():
                verdicts_failed(self.history, lines, user_message(error))
                self.verdicts_checked.emit()

        self.tasks.run(lambda: with_signatures(workspace, route, lines), checked, failed)

    def _show_actions(self, focus: bool = True) -> None:
        task = self.task()
        step = self.view.route.current if self.view is not None else None
        acts = task is TaskKind.ACT and step is not None
        # a comment typed stays in sight when the letter moved on without the person
        self.act_box.setVisible(acts or bool(self.comment.toPlainText().strip()))
        self.return_label.setVisible(acts)
        self.return_to.setVisible(acts)
        self.approve_button.setVisible(acts and step is not None and step.kind is not StepKind.SIGN)
        self.sign_button.setVisible(acts and step is not None and step.kind is StepKind.SIGN)
        self.return_button.setVisible(acts)
        self.forward_button.setVisible(acts)
        self.edit_button.setVisible(task is TaskKind.FIX)
        self.send_button.setVisible(task is TaskKind.SEND)
        if task is TaskKind.SEND:  # numbered meanwhile, the letter no longer waits for its number
            self.numbering.check()
        chosen = self.return_to.currentData()
        self.return_to.clear()
        if acts and step is not None and self.view is not None:
            self.return_to.addItem(
                self.tr("The drafter (%1)").replace("%1", self.view.name(self.view.route.drafter)), None
            )
            for earlier in self.view.route.steps[: step.position]:
                self.return_to.addItem(
                    display_digits(
                        self.tr("Step %1: %2")
                        .replace("%1", str(earlier.position + 1))
                        .replace("%2", self.view.name(earlier.person))
                    ),
                    earlier.position,
                )
            self.return_to.setCurrentIndex(max(self.return_to.findData(chosen), 0))
        focused = self.focusWidget()
        if focus or focused is None or not focused.isVisible():
            (self.comment if acts else self.close_button).setFocus()
        self._update()

    def _awaiting_number(self, waiting: bool) -> None:
        """A letter waiting for its number is not sent before it has one."""
        self.send_button.setEnabled(not waiting)
        self.send_button.setToolTip(self.tr("Number and date the letter first.") if waiting else "")
        focused = self.focusWidget()
        if waiting and (focused is None or focused is self.close_button or not focused.isVisible()):
            self.numbering.button.setFocus()  # unless the person is elsewhere

    def _update(self) -> None:
        has_comment = bool(self.comment.toPlainText().strip())
        self.return_button.setEnabled(not self.busy and has_comment)
        self.return_button.setToolTip(
            "" if has_comment else self.tr("Write a comment saying what to correct.")
        )
        for button in (self.approve_button, self.sign_button, self.forward_button):
            button.setEnabled(not self.busy)

    def _say(self, text: str, style: str = "") -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    def done(self, result: int) -> None:
        if self.busy:
            return
        self.pages.wait()
        self.tasks.wait()
        super().done(result)
