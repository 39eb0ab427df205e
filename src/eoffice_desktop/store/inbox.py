"""Received letters: into the inbox and the receive register, once each, with a receive number."""

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import UnaryExpression

from eoffice_desktop.domain.thai import latin_digits
from eoffice_desktop.store import audit
from eoffice_desktop.store.db import Store
from eoffice_desktop.store.letters import ecms_fields
from eoffice_desktop.store.models import InboxItem, RegisterEntry, SyncState
from eoffice_desktop.store.registers import RegisterRow, record_entry
from eoffice_desktop.store.sorting import order_by, thai

CURSOR = "changes_cursor"

_SORTS = {
    "reg": (InboxItem.register_year, InboxItem.register_no),
    "number": (thai(InboxItem.number),),
    "from": (thai(InboxItem.sender_agency),),
    "subject": (thai(InboxItem.subject),),
}
SORT_KEYS = tuple(_SORTS)
"""The columns :meth:`Inbox.list` sorts by."""


@dataclass(frozen=True)
class Received:
    server_id: str
    sender_agency: str
    number: str
    subject: str
    letter_date: dt.date | None
    received_at: dt.datetime
    register_year: int
    register_no: int

    def describe(self) -> dict[str, Any]:
        return {
            "server_id": self.server_id,
            "sender_agency": self.sender_agency,
            "number": self.number,
            "subject": self.subject,
            "letter_date": self.letter_date.isoformat() if self.letter_date else None,
            "received_at": self.received_at.isoformat(),
            "register_year": self.register_year,
            "register_no": self.register_no,
        }


@dataclass(frozen=True)
class ReceivedLetter:
    """One received letter as a reader opens it: the list's fields, its PDF, what the sender's node said of it
    and its entry in the receive register (ตรารับ: receive number, date and time; ที่, ลงวันที่, จาก, เรื่อง)."""

    received: Received
    pdf_sha256: str
    metadata: dict[str, Any]
    entry: RegisterRow | None  # None only if the register entry was removed by hand


def _received(item: InboxItem) -> Received:
    return Received(
        item.server_id,
        item.sender_agency,
        item.number,
        item.subject,
        item.letter_date,
        item.received_at,
        item.register_year,
        item.register_no,
    )


class Inbox:
    def __init__(self, store: Store, actor: str) -> None:
        self.store = store
        self.actor = actor

    def cursor(self) -> int:
        with self.store.sessions() as session:
            state = session.get(SyncState, CURSOR)
            return int(state.value) if state else 0

    def set_cursor(self, cursor: int) -> None:
        with self.store.sessions.begin() as session:
            state = session.get(SyncState, CURSOR)
            if state is None:
                session.add(SyncState(key=CURSOR, value=str(cursor)))
            elif int(state.value) < cursor:
                state.value = str(cursor)

    def has(self, server_id: str) -> bool:
        with self.store.sessions() as session:
            return session.scalar(select(InboxItem.id).where(InboxItem.server_id == server_id)) is not None

    def receive(
        self, server_id: str, sender_agency: str, metadata: Mapping[str, Any], pdf: bytes
    ) -> Received:
        """Enter a received letter (once: a repeat returns the first entry)."""
        digest = self.store.put_blob(pdf)
        fields = ecms_fields(metadata)
        with self.store.sessions.begin() as session:
            existing = session.scalar(select(InboxItem).where(InboxItem.server_id == server_id))
            if existing is not None:
                return _received(existing)
            now = dt.datetime.now(dt.UTC)
            entry = record_entry(
                session,
                "receive",
                number=latin_digits(fields["number"] or ""),
                letter_date=fields["letter_date"],
                from_party=str(metadata.get("agency") or sender_agency),
                to_party=str(metadata.get("recipient") or ""),
                subject=fields["subject"],
                when=now,
            )
            item = InboxItem(
                server_id=server_id,
                sender_agency=sender_agency,
                number=fields["number"] or "",
                subject=fields["subject"],
                letter_date=fields["letter_date"],
                metadata_json=json.dumps(dict(metadata), ensure_ascii=False),
                pdf_sha256=digest,
                received_at=now,
                register_year=entry.year,
                register_no=entry.reg_no,
            )
            session.add(item)
            session.flush()
            audit.append(
                session, self.actor, "receive", None, {"server_id": server_id, "register": entry.reg_no}
            )
            return _received(item)

    def count(self) -> int:
        with self.store.sessions() as session:
            return int(session.scalar(select(func.count()).select_from(InboxItem)) or 0)

    def list(
        self, limit: int = 100, offset: int = 0, *, sort: str | None = None, descending: bool = False
    ) -> list[Received]:
        """Newest first, or sorted by ``sort`` (one of :data:`SORT_KEYS`; Thai text in dictionary order)."""
        if sort is None:
            ordering: list[UnaryExpression[Any]] = [InboxItem.received_at.desc(), InboxItem.id.desc()]
        else:
            ordering = order_by(_SORTS, InboxItem.id, sort, descending)
        with self.store.sessions() as session:
            items = session.scalars(select(InboxItem).order_by(*ordering).offset(offset).limit(limit))
            return [_received(item) for item in items]

    def get(self, server_id: str) -> ReceivedLetter | None:
        """The received letter the server knows as ``server_id``, with its register entry."""
        with self.store.sessions() as session:
            item = session.scalar(select(InboxItem).where(InboxItem.server_id == server_id))
            return None if item is None else _letter(session, item)

    def registered(self, year: int, reg_no: int) -> ReceivedLetter | None:
        """The received letter entered under receive number ``reg_no``/``year`` (a receive-register row)."""
        with self.store.sessions() as session:
            item = session.scalar(
                select(InboxItem).where(InboxItem.register_year == year, InboxItem.register_no == reg_no)
            )
            return None if item is None else _letter(session, item)


def _letter(session: Session, item: InboxItem) -> ReceivedLetter:
    entry = session.scalar(
        select(RegisterEntry).where(
            RegisterEntry.kind == "receive",
            RegisterEntry.year == item.register_year,
            RegisterEntry.reg_no == item.register_no,
        )
    )
    try:
        metadata = json.loads(item.metadata_json or "{}")
    except ValueError:
        metadata = {}
    return ReceivedLetter(
        _received(item),
        item.pdf_sha256,
        metadata if isinstance(metadata, dict) else {},
        None if entry is None else RegisterRow.of(entry),
    )
