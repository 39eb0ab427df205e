"""The navigation pane's sections: what each lists, its columns, and how it pages and searches."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.domain.thai import thai_date, thai_digits
from eoffice_desktop.ui.paged_model import Column, Order

if TYPE_CHECKING:  # the store loads SQLAlchemy: not before the window shows
    from eoffice_desktop.workspace import Workspace

# workspace, search text, order, offset, limit -> rows
Fetch = Callable[["Workspace", str, Order, int, int], Sequence[Any]]


translate = QCoreApplication.translate  # lupdate finds translate("Sections", "…") calls


def section_subject_title() -> str:
    """The column that takes the spare width."""
    return translate("Sections", "Subject")


def _date(value: Any) -> str:
    return thai_date(value) if value is not None else ""


# The sort keys are those of the store's lists (store/letters.py, registers.py, inbox.py SORT_KEYS); the
# store sorts (Thai text in dictionary order), the window only names the column.


def _letter_columns() -> list[Column]:
    return [
        Column(translate("Sections", "Number"), lambda r: r.number or "", "number"),
        Column(translate("Sections", "Subject"), lambda r: r.subject, "subject"),
        Column(translate("Sections", "To"), lambda r: r.recipient or "", "recipient"),
        Column(
            translate("Sections", "Updated"),
            lambda r: _date(r.updated_at.astimezone().date()),
            "updated",
            descending_first=True,
        ),
    ]


def _register_columns() -> list[Column]:
    return [
        Column(
            translate("Sections", "Reg. no."),
            lambda r: _reg_no(r.reg_no, r.year),
            "reg",
            descending_first=True,
        ),
        Column(translate("Sections", "Number"), lambda r: r.number, "number"),
        Column(translate("Sections", "Dated"), lambda r: _date(r.letter_date), "date", descending_first=True),
        Column(translate("Sections", "From"), lambda r: r.from_party, "from"),
        Column(translate("Sections", "To"), lambda r: r.to_party, "to"),
        Column(translate("Sections", "Subject"), lambda r: r.subject, "subject"),
    ]


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


def _reg_no(number: int, year: int) -> str:
    """A register number as the register book writes it: ๑๒/๒๕๖๙ (number/BE year), like the dates beside."""
    return thai_digits(f"{number}/{year}")


def _inbox_fields(row: Any) -> tuple[str, str]:
    """Register number and sender of an inbox item, or of the receive-register entry a search found."""
    if hasattr(row, "reg_no"):  # a RegisterRow
        return _reg_no(row.reg_no, row.year), row.from_party
    return _reg_no(row.register_no, row.register_year), row.sender_agency


def _inbox(ws: "Workspace", text: str, order: Order, offset: int, limit: int) -> Sequence[Any]:
    if text.strip():  # the receive register indexes every incoming letter (its sort keys include the inbox's)
        return ws.registers.search(text, "receive", limit=limit, offset=offset, **_sorting(order))
    return ws.inbox.list(limit, offset, **_sorting(order))


@dataclass(frozen=True)
class Section:
    key: str  # also the key of its count in Workspace.counts(), where it has one
    label: str
    columns: Callable[[], list[Column]]
    fetch: Fetch
    counted: bool = True
    default_order: tuple[str, bool] = ("updated", True)  # sort key, descending: newest first


def sections() -> list[Section]:
    return [
        Section("draft", translate("Sections", "Drafts"), _letter_columns, _letters(LetterState.DRAFT)),
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
            "rejected", translate("Sections", "Rejected"), _letter_columns, _letters(LetterState.REJECTED)
        ),
        Section(
            "inbox",
            translate("Sections", "Inbox"),
            lambda: [
                Column(
                    translate("Sections", "Reg. no."),
                    lambda r: _inbox_fields(r)[0],
                    "reg",
                    descending_first=True,
                ),
                Column(translate("Sections", "Number"), lambda r: r.number, "number"),
                Column(translate("Sections", "From"), lambda r: _inbox_fields(r)[1], "from"),
                Column(translate("Sections", "Subject"), lambda r: r.subject, "subject"),
            ],
            _inbox,
            default_order=("reg", True),
        ),
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
            _register_columns,
            _register("receive"),
            counted=False,
            default_order=("reg", True),
        ),
    ]
