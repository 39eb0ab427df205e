"""The two tables of a letter on its way (ui/route_task.py): its route, step by step, and its history, each
line with the verdict on the signature it made in the window's language and the verify dialog's colours.
The history shows at once; the verdicts follow when the worker has checked them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from eoffice_desktop.domain.routes import ActionKind, StepState
from eoffice_desktop.ui.list_cells import short_time
from eoffice_desktop.ui.messages import display_digits, thai_ui
from eoffice_desktop.ui.route_builder import step_kind_name
from eoffice_desktop.ui.signature_summary import COLOURS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from eoffice_desktop.desk.route_history import HistoryLine
    from eoffice_desktop.desk.route_view import RouteView

VERDICT_COLUMN = 4

translate = QCoreApplication.translate  # the strings are the task dialog's: context "TaskDialog"


def route_table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    for column in range(len(columns)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def steps_table() -> QTableWidget:
    return route_table(
        [
            translate("TaskDialog", "Step"),
            translate("TaskDialog", "Person"),
            translate("TaskDialog", "Does"),
            translate("TaskDialog", "State"),
        ],
        translate("TaskDialog", "Route"),
    )


def history_table() -> QTableWidget:
    table = route_table(
        [
            translate("TaskDialog", "When"),
            translate("TaskDialog", "Who"),
            translate("TaskDialog", "Action"),
            translate("TaskDialog", "Comment"),
            translate("TaskDialog", "Signature"),
        ],
        translate("TaskDialog", "History"),
    )
    header = table.horizontalHeader()
    for column, width in ((1, 170), (2, 150), (3, 130)):  # who, action, comment wrap in their widths
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    # the verdict, last, takes what is left
    return table


def fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, column, item)
    table.resizeRowsToContents()


def step_cells(view: RouteView, step: Any) -> list[str]:
    who = view.name(step.person)
    if step.acting:
        who += " " + translate("TaskDialog", "(forwarded to %1)").replace("%1", view.name(step.holder))
    state = {
        StepState.WAITING: translate("TaskDialog", "Waiting"),
        StepState.ACTIVE: translate("TaskDialog", "With them now"),
        StepState.DONE: translate("TaskDialog", "Done %1").replace("%1", short_time(step.acted_at)),
    }[step.state]
    if step.comment:
        state += f" — {step.comment}"
    return [display_digits(str(step.position + 1)), display_digits(who), step_kind_name(step.kind), state]


def history_cells(line: HistoryLine) -> list[str]:
    """When, who, what, the comment, and (until the worker has checked it) "checking…" for a signature."""
    who = line.by_name + (f", {line.position}" if line.position else "")
    if line.acting_for_name:
        who += " " + translate("TaskDialog", "(acting for %1)").replace("%1", line.acting_for_name)
    action = {
        ActionKind.SUBMIT: translate("TaskDialog", "Submitted"),
        ActionKind.APPROVE: translate("TaskDialog", "Approved / initialled"),
        ActionKind.RETURN: translate("TaskDialog", "Returned"),
        ActionKind.FORWARD: translate("TaskDialog", "Forwarded"),
        ActionKind.SIGN: translate("TaskDialog", "Signed"),
    }[line.kind]
    if line.forward_to_name:
        action += " " + translate("TaskDialog", "to %1").replace("%1", line.forward_to_name)
    if line.pending:
        action += " " + translate("TaskDialog", "(goes with the next sync)")
    if line.noted:
        action += " " + translate("TaskDialog", "(too late: kept as a note)")
    verdict = translate("TaskDialog", "Checking…") if line.field is not None else ""
    comment = display_digits(line.comment)
    return [short_time(line.at), display_digits(who), display_digits(action), comment, verdict]


def show_verdicts(table: QTableWidget, lines: Sequence[HistoryLine]) -> None:
    """Each signing line's verdict, coloured by its tone (green, amber, red; grey when it cannot be said)."""
    thai = thai_ui()
    for row, line in enumerate(lines):
        check = line.signature
        if check is None or row >= table.rowCount():
            continue
        text = display_digits(check.text(thai))
        colour, background = COLOURS.get(check.verdict, COLOURS["pending"])
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        item.setForeground(QBrush(QColor(colour)))
        if background != "transparent":
            item.setBackground(QBrush(QColor(background)))
        item.setData(0x0100, check.verdict)  # Qt.UserRole: the tone, for whoever reads the table
        table.setItem(row, VERDICT_COLUMN, item)
    table.resizeRowsToContents()


def verdicts_failed(table: QTableWidget, lines: Sequence[HistoryLine], reason: str) -> None:
    for row, line in enumerate(lines):
        if line.field is not None and row < table.rowCount():
            item = QTableWidgetItem(translate("TaskDialog", "Cannot check"))
            item.setToolTip(reason)
            table.setItem(row, VERDICT_COLUMN, item)
