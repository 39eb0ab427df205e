"""The navigation pane's sections: what each lists, its columns, and how it pages and searches."""

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from eoffice_desktop.desk.agencies import agency_name, named_senders
from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.ui.list_cells import (
    digits,
    kind_titles,
    register_number,
    secrecy_column,
    short_date,
    short_time,
    speed_column,
)
from eoffice_desktop.ui.paged_model import Alert, Column, Order

if TYPE_CHECKING:  # the store loads SQLAlchemy: not before the window shows
    from eoffice_desktop.workspace import Workspace

# workspace, search text, order, offset, limit -> rows
Fetch = Callable[["Workspace", str, Order, int, int], Sequence[Any]]


translate = QCoreApplication.translate  # lupdate finds translate("Sections", "…") calls


def section_subject_title() -> str:
    """The column that takes the spare width."""
    return translate("Sections", "Subject")


# The sort keys are those of the store's lists (store/letters.py, registers.py, inbox.py SORT_KEYS); the
# store sorts (Thai text in dictionary order), the window only names the column.


def _letter_columns(workspace: "Workspace | None") -> list[Column]:
    kinds = kind_titles(workspace)
    return [
        Column(translate("Sections", "Kind"), lambda r: kinds.get(r.template, r.template), "kind"),
        Column(translate("Sections", "Number"), lambda r: digits(r.number), "number"),
        speed_column(lambda r: r.speed),  # before the subject: on a small screen they stay in view
        secrecy_column(lambda r: r.secrecy),
        Column(translate("Sections", "Subject"), lambda r: digits(r.subject), "subject"),
        Column(translate("Sections", "To"), lambda r: digits(r.recipient), "recipient"),
        Column(
            translate("Sections", "Updated"),
            lambda r: short_time(r.updated_at),
            "updated",
            descending_first=True,
        ),
    ]


def _rejected_columns(workspace: "Workspace | None") -> list[Column]:
    """The letter columns and why the server refused each letter (its reason, in Thai and English)."""
    return [
        *_letter_columns(workspace),
        Column(translate("Sections", "Reason"), lambda r: digits(r.reject_reason or ""), "reason", wide=True),
    ]


def _inbox_columns(_workspace: "Workspace | None") -> list[Column]:
    return [
        Column(
            translate("Sections", "Reg. no."),
            lambda r: register_number(r.register_no, r.register_year),
            "reg",
            descending_first=True,
        ),
        Column(translate("Sections", "Number"), lambda r: digits(r.number), "number"),
        Column(
            translate("Sections", "From"),
            lambda r: digits(agency_name(r.sender_agency, r.sender_name)),
            "from",
        ),
        speed_column(lambda r: r.speed),
        secrecy_column(lambda r: r.secrecy),
        Column(translate("Sections", "Subject"), lambda r: digits(r.subject), "subject"),
        Column(
            translate("Sections", "Received"),
            lambda r: short_time(r.received_at),
            "received",
            descending_first=True,
        ),
    ]


def _register_columns(_workspace: "Workspace | None") -> list[Column]:
    return [
        Column(
            translate("Sections", "Reg. no."),
            lambda r: register_number(r.reg_no, r.year),
            "reg",
            descending_first=True,
        ),
        Column(translate("Sections", "Number"), lambda r: digits(r.number), "number"),
        Column(
            translate("Sections", "Dated"), lambda r: short_date(r.letter_date), "date", descending_first=True
        ),
        Column(translate("Sections", "From"), lambda r: digits(r.from_party), "from"),
        Column(translate("Sections", "To"), lambda r: digits(r.to_party), "to"),
        Column(translate("Sections", "Subject"), lambda r: digits(r.subject), "subject"),
        Column(translate("Sections", "Action"), lambda r: digits(r.action), "action"),
        Column(translate("Sections", "Remark"), lambda r: digits(r.remark), "remark"),
    ]


def _receive_columns(workspace: "Workspace | None") -> list[Column]:
    """The register's columns, who holds each received letter now and when it is due (red when overdue)."""
    today = dt.date.today()

    def due(row: Any) -> str:
        if row.due is None:
            return ""
        date = short_date(row.due)
        return translate("Sections", "%1 (overdue)").replace("%1", date) if row.overdue(today) else date

    return [
        *_register_columns(workspace),
        Column(translate("Sections", "Held by"), lambda r: digits(r.holder), "holder"),
        Column(
            translate("Sections", "Due"),
            due,
            "due",
            alert=lambda r: Alert.RED if r.overdue(today) else Alert.NONE,
        ),
    ]


def _task_kind(row: Any) -> str:
    """ตรวจ/ลงนามย่อ, เห็นชอบ, ลงนาม (the step waiting), แก้ไขตามที่ส่งคืน, ส่ง."""
    from eoffice_desktop.desk.case_window import CaseTaskRow
    from eoffice_desktop.domain.routes import StepKind, TaskKind

    if isinstance(row, CaseTaskRow):
        kind = (
            translate("Sections", "Minute the received letter")
            if row.kind == "minute"
            else translate("Sections", "Act on the received letter")
        )
        return translate("Sections", "%1 (overdue)").replace("%1", kind) if row.overdue else kind
    task = row.task
    if task.kind is TaskKind.FIX:
        return translate("Sections", "Correct as returned")
    if task.kind is TaskKind.SEND:
        return translate("Sections", "Send")
    step = task.step
    names = {
        StepKind.REVIEW: translate("Sections", "Review and initial"),
        StepKind.APPROVE: translate("Sections", "Approve"),
        StepKind.SIGN: translate("Sections", "Sign"),
    }
    return names[step.kind] if step is not None else ""


def _task_columns(_workspace: "Workspace | None") -> list[Column]:
    """My tasks (sorted in memory: a person's tasks are few)."""
    return [
        Column(translate("Sections", "Task"), _task_kind, "task"),
        speed_column(lambda r: r.task.speed),
        Column(translate("Sections", "Subject"), lambda r: digits(r.task.subject), "subject"),
        Column(translate("Sections", "From"), lambda r: digits(r.drafter), "from"),
        Column(
            translate("Sections", "Since"), lambda r: short_time(r.task.since), "since", descending_first=True
        ),
    ]


def _task_order(order: Order) -> Callable[[Any], Any]:
    from eoffice_desktop.domain.classes import SPEED_CLASSES, rank
    from eoffice_desktop.domain.thai_order import thai_sort_key

    keys: dict[str, Callable[[Any], Any]] = {
        "task": lambda r: thai_sort_key(_task_kind(r)),
        "speed": lambda r: rank(r.task.speed, SPEED_CLASSES),
        "subject": lambda r: thai_sort_key(r.task.subject),
        "from": lambda r: thai_sort_key(r.drafter),
        "since": lambda r: r.task.since,
    }
    key = keys.get(order[0] if order else "", keys["since"])
    return lambda r: (key(r), r.letter_id)


def _tasks(ws: "Workspace", text: str, order: Order, offset: int, limit: int) -> Sequence[Any]:
    from eoffice_desktop.desk.case_window import my_case_tasks
    from eoffice_desktop.desk.route_view import my_tasks
    from eoffice_desktop.domain.classes import SPEED_CLASSES, rank
    from eoffice_desktop.errors import EOfficeError

    try:
        routes, cases = my_tasks(ws, text), my_case_tasks(ws, text)
    except EOfficeError:  # the section's notice says why (see task_notice)
        return []
    # urgent first, then overdue case tasks, then the oldest
    found: list[Any] = sorted(
        [*routes, *cases],
        key=lambda r: (-rank(r.task.speed, SPEED_CLASSES), not getattr(r, "overdue", False), r.task.since),
    )
    if order is not None:
        found = sorted(found, key=_task_order(order), reverse=order[1])
    return found[offset : offset + limit]


def task_notice(workspace: "Workspace | None") -> str | None:
    """Why "my tasks" cannot list anything: the workstation does not know whom it acts for."""
    if workspace is None:
        return None
    from eoffice_desktop.desk.route_view import acting_person
    from eoffice_desktop.errors import EOfficeError

    try:
        acting_person(workspace)
    except EOfficeError:
        return translate(
            "Sections",
            "This workstation does not know whom it acts for, so it cannot show your tasks. Sync with the "
            "server using your own person token, or set your person id under Settings ([identity] person).",
        )
    return None


def _sorting(order: Order) -> dict[str, Any]:
    return {} if order is None else {"sort": order[0], "descending": order[1]}


def _letters(state: LetterState) -> Fetch:
    return lambda ws, text, order, offset, limit: ws.letters.page(
        state, offset=offset, limit=limit, text=text, **_sorting(order)
    )


def _register(kind: str) -> Fetch:
    def fetch(ws: "Workspace", text: str, order: Order, offset: int, limit: int) -> Sequence[Any]:
        if text.strip():
            return ws.registers.search(text, kind, limit=limit, offset=offset, **_sorting(order))
        return ws.registers.page(kind, offset=offset, limit=limit, **_sorting(order))

    return fetch


def _inbox(ws: "Workspace", text: str, order: Order, offset: int, limit: int) -> Sequence[Any]:
    if text.strip():  # found through the receive register's index, which holds every incoming letter
        rows = ws.inbox.search(text, limit, offset, **_sorting(order))
    else:
        rows = ws.inbox.list(limit, offset, **_sorting(order))
    unnamed = {r.sender_agency for r in rows if not (r.sender_name or "").strip()}
    return named_senders(rows, ws.agencies.thai_names(unnamed)) if unnamed else rows


@dataclass(frozen=True)
class Section:
    key: str  # also the key of its count in Workspace.counts(), where it has one
    label: str
    columns: Callable[["Workspace | None"], list[Column]]  # the workspace's templates name the kinds
    fetch: Fetch
    counted: bool = True
    default_order: tuple[str, bool] = ("updated", True)  # sort key, descending: newest first
    notice: Callable[["Workspace | None"], str | None] | None = None  # shown instead of an empty list


def sections() -> list[Section]:
    return [
        Section(
            "tasks",
            translate("Sections", "My tasks"),
            _task_columns,
            _tasks,
            default_order=("speed", True),
            notice=task_notice,
        ),
        Section("draft", translate("Sections", "Drafts"), _letter_columns, _letters(LetterState.DRAFT)),
        Section(
            "routing",
            translate("Sections", "On their way"),
            _letter_columns,
            _letters(LetterState.ROUTING),
        ),
        Section(
            "ready",
            translate("Sections", "Waiting for signature"),
            _letter_columns,
            _letters(LetterState.READY),
        ),
        Section("signed", translate("Sections", "Signed"), _letter_columns, _letters(LetterState.SIGNED)),
        Section("queued", translate("Sections", "Outbox"), _letter_columns, _letters(LetterState.QUEUED)),
        Section("delivered", translate("Sections", "Sent"), _letter_columns, _letters(LetterState.DELIVERED)),
        Section(
            "rejected", translate("Sections", "Rejected"), _rejected_columns, _letters(LetterState.REJECTED)
        ),
        Section("inbox", translate("Sections", "Inbox"), _inbox_columns, _inbox, default_order=("reg", True)),
        Section(
            "send-register",
            translate("Sections", "Send register"),
            _register_columns,
            _register("send"),
            counted=False,
            default_order=("reg", True),
        ),
        Section(
            "receive-register",
            translate("Sections", "Receive register"),
            _receive_columns,
            _register("receive"),
            counted=False,
            default_order=("reg", True),
        ),
    ]
