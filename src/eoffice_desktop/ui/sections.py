"""The navigation pane's sections: what each lists, its columns, and how it pages and searches."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.domain.thai import thai_date
from eoffice_desktop.store.registers import RegisterRow
from eoffice_desktop.ui.paged_model import Column
from eoffice_desktop.workspace import Workspace

Fetch = Callable[[Workspace, str, int, int], Sequence[Any]]  # workspace, search text, offset, limit


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sections", text)


def section_subject_title() -> str:
    """The column that takes the spare width."""
    return _tr("Subject")


def _date(value: Any) -> str:
    return thai_date(value) if value is not None else ""


def _letter_columns() -> list[Column]:
    return [
        (_tr("Number"), lambda r: r.number or ""),
        (_tr("Subject"), lambda r: r.subject),
        (_tr("To"), lambda r: r.recipient or ""),
        (_tr("Updated"), lambda r: _date(r.updated_at.astimezone().date())),
    ]


def _register_columns() -> list[Column]:
    return [
        (_tr("Reg. no."), lambda r: f"{r.reg_no}/{r.year}"),
        (_tr("Number"), lambda r: r.number),
        (_tr("Dated"), lambda r: _date(r.letter_date)),
        (_tr("From"), lambda r: r.from_party),
        (_tr("To"), lambda r: r.to_party),
        (_tr("Subject"), lambda r: r.subject),
    ]


def _letters(state: LetterState) -> Fetch:
    return lambda ws, text, offset, limit: ws.letters.page(state, offset=offset, limit=limit, text=text)


def _register(kind: str) -> Fetch:
    def fetch(ws: Workspace, text: str, offset: int, limit: int) -> Sequence[Any]:
        if text.strip():
            return ws.registers.search(text, kind, limit=limit, offset=offset)
        return ws.registers.page(kind, offset=offset, limit=limit)

    return fetch


def _inbox_fields(row: Any) -> tuple[str, str]:
    """Register number and sender of an inbox item, or of the receive-register entry a search found."""
    if isinstance(row, RegisterRow):
        return f"{row.reg_no}/{row.year}", row.from_party
    return f"{row.register_no}/{row.register_year}", row.sender_agency


def _inbox(ws: Workspace, text: str, offset: int, limit: int) -> Sequence[Any]:
    if text.strip():  # the receive register indexes every incoming letter
        return ws.registers.search(text, "receive", limit=limit, offset=offset)
    return ws.inbox.list(limit, offset)


@dataclass(frozen=True)
class Section:
    key: str  # also the key of its count in Workspace.counts(), where it has one
    label: str
    columns: Callable[[], list[Column]]
    fetch: Fetch
    counted: bool = True


def sections() -> list[Section]:
    return [
        Section("draft", _tr("Drafts"), _letter_columns, _letters(LetterState.DRAFT)),
        Section("ready", _tr("Waiting for signature"), _letter_columns, _letters(LetterState.READY)),
        Section("signed", _tr("Signed"), _letter_columns, _letters(LetterState.SIGNED)),
        Section("queued", _tr("Outbox"), _letter_columns, _letters(LetterState.QUEUED)),
        Section("delivered", _tr("Sent"), _letter_columns, _letters(LetterState.DELIVERED)),
        Section("rejected", _tr("Rejected"), _letter_columns, _letters(LetterState.REJECTED)),
        Section(
            "inbox",
            _tr("Inbox"),
            lambda: [
                (_tr("Reg. no."), lambda r: _inbox_fields(r)[0]),
                (_tr("Number"), lambda r: r.number),
                (_tr("From"), lambda r: _inbox_fields(r)[1]),
                (_tr("Subject"), lambda r: r.subject),
            ],
            _inbox,
        ),
        Section("send-register", _tr("Send register"), _register_columns, _register("send"), counted=False),
        Section(
            "receive-register",
            _tr("Receive register"),
            _register_columns,
            _register("receive"),
            counted=False,
        ),
    ]
