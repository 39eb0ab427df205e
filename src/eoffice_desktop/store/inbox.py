"""Received letters: into the inbox and the receive register, once each, with a receive number."""

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import UnaryExpression

from eoffice_desktop.domain.addressees import AddresseeError, Addressees, unit_key
from eoffice_desktop.domain.thai import latin_digits
from eoffice_desktop.store import audit
from eoffice_desktop.store.db import Store, utc
from eoffice_desktop.store.letters import ecms_fields
from eoffice_desktop.store.models import InboxAddressee, InboxItem, RegisterEntry, SyncState
from eoffice_desktop.store.registers import RegisterRow, matching, record_entry
from eoffice_desktop.store.sorting import json_text, order_by, secrecy_rank, speed_rank, thai

CURSOR = "changes_cursor"


def _carried(key: str) -> ColumnElement[Any]:
    """A value of the letter data the sender embedded (as :func:`_metadata_text` reads it in Python)."""
    return json_text(InboxItem.metadata_json, key)


_SORTS = {
    "reg": (InboxItem.register_year, InboxItem.register_no),
    "received": (InboxItem.received_at,),
    "number": (thai(InboxItem.number),),
    # the sender's name as the inbox shows it: the name the letter carries, else the agency code
    "from": (thai(func.coalesce(_carried("agency"), InboxItem.sender_agency)),),
    "subject": (thai(InboxItem.subject),),
    "speed": (speed_rank(_carried("speed")),),
    "secrecy": (secrecy_rank(_carried("secrecy")),),
}
SORT_KEYS = tuple(_SORTS)
"""The columns :meth:`Inbox.list` and :meth:`Inbox.search` sort by."""


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
    sender_name: str | None = None  # the sending agency's name as the letter gives it (ส่วนราชการ)
    speed: str | None = None
    secrecy: str | None = None
    to_units: tuple[str, ...] = ()  # a memo's addressees inside the agency; none: the whole agency
    to_people: tuple[str, ...] = ()

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
            "sender_name": self.sender_name,
            "speed": self.speed,
            "secrecy": self.secrecy,
            "to_units": list(self.to_units),
            "to_people": list(self.to_people),
        }


@dataclass(frozen=True)
class Reader:
    """Who reads the inbox (``inbox list --mine``): a person and their unit."""

    person_id: str
    unit: str = ""


def _metadata_text(metadata: Mapping[str, Any], key: str) -> str | None:
    value = metadata.get(key)
    return (value.strip() or None) if isinstance(value, str) else None


@dataclass(frozen=True)
class ReceivedLetter:
    """One received letter as a reader opens it: the list's fields, its PDF, what the sender's node said of it
    and its entry in the receive register (ตรารับ: receive number, date and time; ที่, ลงวันที่, จาก, เรื่อง)."""

    received: Received
    pdf_sha256: str
    metadata: dict[str, Any]
    entry: RegisterRow | None  # None only if the register entry was removed by hand


def _addressees(metadata: Mapping[str, Any]) -> Addressees:
    """A received letter's addressees (none: for the whole agency, also when the sender's are malformed)."""
    try:
        return Addressees.from_metadata(metadata)
    except AddresseeError:
        return Addressees()


def _received(item: InboxItem) -> Received:
    try:
        loaded = json.loads(item.metadata_json or "{}")
    except ValueError:
        loaded = {}
    metadata: Mapping[str, Any] = loaded if isinstance(loaded, Mapping) else {}
    addressees = _addressees(metadata)
    return Received(
        item.server_id,
        item.sender_agency,
        item.number,
        item.subject,
        item.letter_date,
        utc(item.received_at),
        item.register_year,
        item.register_no,
        _metadata_text(metadata, "agency"),
        _metadata_text(metadata, "speed"),
        _metadata_text(metadata, "secrecy"),
        addressees.units,
        addressees.people,
    )


def _for(reader: Reader | None) -> ColumnElement[bool] | None:
    """Letters for the whole agency (no addressees), or addressed to the reader or the reader's unit."""
    if reader is None:
        return None
    named = [and_(InboxAddressee.kind == "person", InboxAddressee.name == reader.person_id)]
    if reader.unit.strip():
        named.append(and_(InboxAddressee.kind == "unit", InboxAddressee.name == unit_key(reader.unit)))
    addressed = select(InboxAddressee.inbox_id).where(InboxAddressee.inbox_id == InboxItem.id)
    return or_(~exists(addressed), exists(addressed.where(or_(*named))))


def _ordering(sort: str | None, descending: bool) -> list[UnaryExpression[Any]]:
    """Newest first, or by ``sort`` (Thai text in dictionary order)."""
    if sort is None:
        return [InboxItem.received_at.desc(), InboxItem.id.desc()]
    return order_by(_SORTS, InboxItem.id, sort, descending)


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
            addressees = _addressees(metadata)
            keys = dict.fromkeys(("unit", unit_key(u)) for u in addressees.units)
            session.add_all(
                InboxAddressee(inbox_id=item.id, kind=kind, name=name)
                for kind, name in [*keys, *(("person", p) for p in addressees.people)]
            )
            audit.append(
                session, self.actor, "receive", None, {"server_id": server_id, "register": entry.reg_no}
            )
            return _received(item)

    def count(self, *, reader: Reader | None = None) -> int:
        """How many letters there are (for ``reader``: addressed to them, their unit or the agency)."""
        statement = select(func.count()).select_from(InboxItem)
        mine = _for(reader)
        if mine is not None:
            statement = statement.where(mine)
        with self.store.sessions() as session:
            return int(session.scalar(statement) or 0)

    def _page(
        self, statement: Select[Any], limit: int, offset: int, sort: str | None, descending: bool
    ) -> list[Received]:
        ordered = statement.order_by(*_ordering(sort, descending)).offset(offset).limit(limit)
        with self.store.sessions() as session:
            return [_received(item) for item in session.scalars(ordered)]

    def search(
        self,
        query: str,
        limit: int = 100,
        offset: int = 0,
        *,
        sort: str | None = None,
        descending: bool = False,
    ) -> list[Received]:
        """Received letters whose receive-register entry holds ``query`` (any substring of its number,
        parties, subject or remark: the register's index), ordered as :meth:`list` orders."""
        found = matching(query)
        if found is None:
            return []
        entry = and_(
            RegisterEntry.kind == "receive",
            RegisterEntry.year == InboxItem.register_year,
            RegisterEntry.reg_no == InboxItem.register_no,
        )
        return self._page(
            select(InboxItem).join(RegisterEntry, entry).where(found), limit, offset, sort, descending
        )

    def list(
        self,
        limit: int = 100,
        offset: int = 0,
        *,
        sort: str | None = None,
        descending: bool = False,
        reader: Reader | None = None,
    ) -> list[Received]:
        """Newest first, or sorted by ``sort`` (one of :data:`SORT_KEYS`; Thai text in dictionary order);
        with ``reader``, only the letters for them: addressed to them, their unit or the whole agency."""
        statement = select(InboxItem)
        mine = _for(reader)
        if mine is not None:
            statement = statement.where(mine)
        return self._page(statement, limit, offset, sort, descending)

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
