"""The tables of a received letter on its way (ui/case_task.py): the heads it goes before and the assignments
(an overdue one in red), and the history, in the window's language."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget

from eoffice_desktop.domain.case_model import AssignmentKind, AssignmentState, CaseActionKind, CaseState
from eoffice_desktop.domain.routes import StepState
from eoffice_desktop.ui.list_cells import short_date, short_time
from eoffice_desktop.ui.messages import display_digits
from eoffice_desktop.ui.route_tables import fill, route_table

if TYPE_CHECKING:
    from eoffice_desktop.desk.case_window import CaseView

OVERDUE = QColor("#b00020")

translate = QCoreApplication.translate  # the strings are the case dialog's: context "CaseTaskDialog"


def way_table() -> QTableWidget:
    return route_table(
        [
            translate("CaseTaskDialog", "Who"),
            translate("CaseTaskDialog", "Does"),
            translate("CaseTaskDialog", "State"),
            translate("CaseTaskDialog", "Due"),
            translate("CaseTaskDialog", "Note"),
        ],
        translate("CaseTaskDialog", "Way"),
    )


def history_table() -> QTableWidget:
    return route_table(
        [
            translate("CaseTaskDialog", "When"),
            translate("CaseTaskDialog", "Who"),
            translate("CaseTaskDialog", "Action"),
            translate("CaseTaskDialog", "Note"),
        ],
        translate("CaseTaskDialog", "History"),
    )


def state_text(state: CaseState) -> str:
    return {
        CaseState.REGISTERED: translate("CaseTaskDialog", "Registered"),
        CaseState.PRESENTED: translate("CaseTaskDialog", "Before a head"),
        CaseState.ASSIGNED: translate("CaseTaskDialog", "Assigned"),
        CaseState.CLOSED: translate("CaseTaskDialog", "Closed"),
    }[state]


def kind_text(kind: CaseActionKind) -> str:
    return {
        CaseActionKind.PRESENT: translate("CaseTaskDialog", "Presented"),
        CaseActionKind.MINUTE: translate("CaseTaskDialog", "Minuted"),
        CaseActionKind.FORWARD: translate("CaseTaskDialog", "Forwarded"),
        CaseActionKind.ACKNOWLEDGE: translate("CaseTaskDialog", "Noted"),
        CaseActionKind.PASS: translate("CaseTaskDialog", "Passed on"),
        CaseActionKind.REPLY: translate("CaseTaskDialog", "Replied"),
        CaseActionKind.DONE: translate("CaseTaskDialog", "Done"),
        CaseActionKind.CIRCULATE: translate("CaseTaskDialog", "Circulated"),
    }[kind]


def assignment_state(state: AssignmentState) -> str:
    return {
        AssignmentState.OPEN: translate("CaseTaskDialog", "Open"),
        AssignmentState.ACKNOWLEDGED: translate("CaseTaskDialog", "Noted"),
        AssignmentState.REPLIED: translate("CaseTaskDialog", "Replied"),
        AssignmentState.DONE: translate("CaseTaskDialog", "Done"),
    }[state]


def fill_way(table: QTableWidget, view: CaseView, today: dt.date) -> None:
    """A row per head (who holds the step, for whom), then per assignment (who holds it, passed on from whom,
    its state, due date and note)."""
    case = view.case
    rows: list[list[str]] = []
    late: list[int] = []
    for step in case.steps:
        who = view.name(step.holder)
        if step.holder != step.person:
            who = (
                translate("CaseTaskDialog", "%1 (for %2)")
                .replace("%1", who)
                .replace("%2", view.name(step.person))
            )
        state = {
            StepState.WAITING: translate("CaseTaskDialog", "Waiting"),
            StepState.ACTIVE: translate("CaseTaskDialog", "Holds it"),
            StepState.DONE: translate("CaseTaskDialog", "Minuted")
            if step.acted_by
            else translate("CaseTaskDialog", "Not needed"),
        }.get(step.state, str(step.state))
        rows.append([display_digits(who), translate("CaseTaskDialog", "Minute"), state, "", ""])
    for a in case.assignments:
        who = view.assignee(a.holder)
        if a.holder != a.assignee:
            who = (
                translate("CaseTaskDialog", "%1 (passed on from %2)")
                .replace("%1", who)
                .replace("%2", view.assignee(a.assignee))
            )
        does = (
            translate("CaseTaskDialog", "Acknowledge")
            if a.kind is AssignmentKind.CIRCULATE
            else translate("CaseTaskDialog", "Act on it")
        )
        state = assignment_state(a.state)
        if a.overdue(today):
            late.append(len(rows))
            state = translate("CaseTaskDialog", "%1, overdue").replace("%1", state)
        rows.append([display_digits(who), does, state, short_date(a.due), display_digits(a.note or "")])
    fill(table, rows)
    for row in late:
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is not None:
                item.setForeground(QBrush(OVERDUE))


def fill_history(table: QTableWidget, view: CaseView) -> None:
    fill(
        table,
        [
            [short_time(line.at), line.who, kind_text(line.kind), display_digits(line.note)]
            for line in view.history
        ],
    )
    table.scrollToBottom()
