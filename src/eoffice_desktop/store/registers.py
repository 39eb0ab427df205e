"""ทะเบียนหนังสือส่ง / รับ: entries numbered per register and year, found by any Thai substring, offline.

Thai is written without spaces, so word tokenizers fail; the registers have a trigram full-text index
(SQLite FTS5) that matches any substring of three characters or more, and shorter queries fall back to LIKE.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any, TypedDict, Unpack

from sqlalchemy import ColumnElement, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import UnaryExpression

from eoffice_desktop.domain.thai import be_year
from eoffice_desktop.store.db import Store, StoreError, utc
from eoffice_desktop.store.models import RegisterEntry
from eoffice_desktop.store.sorting import order_by, thai

KINDS = ("send", "receive")

_SORTS = {
    "reg": (RegisterEntry.year, RegisterEntry.reg_no),
    "number": (thai(RegisterEntry.number),),
    "date": (RegisterEntry.letter_date,),
    "from": (thai(RegisterEntry.from_party),),
    "to": (thai(RegisterEntry.to_party),),
    "subject": (thai(RegisterEntry.subject),),
    "action": (thai(RegisterEntry.action),),
    "remark": (thai(RegisterEntry.remark),),
    "holder": (thai(RegisterEntry.holder),),
    "due": (RegisterEntry.due,),
}
SORT_KEYS = tuple(_SORTS)
"""The columns :meth:`Registers.page` and :meth:`Registers.search` sort by."""


def _ordering(sort: str | None, descending: bool) -> list[UnaryExpression[Any]]:
    """Newest entry first, or by ``sort`` (Thai text in dictionary order)."""
    if sort is None:
        return [RegisterEntry.recorded_at.desc(), RegisterEntry.id.desc()]
    return order_by(_SORTS, RegisterEntry.id, sort, descending)


@dataclass(frozen=True)
class RegisterRow:
    kind: str
    year: int
    reg_no: int
    number: str
    letter_date: dt.date | None
    from_party: str
    to_party: str
    subject: str
    action: str
    remark: str
    letter_id: str | None
    recorded_at: dt.datetime
    holder: str = ""  # a received letter: who holds it now (its case)
    due: dt.date | None = None  # a received letter: its earliest open assignment's due date

    def overdue(self, today: dt.date) -> bool:
        return self.due is not None and self.due < today

    @classmethod
    def of(cls, entry: RegisterEntry) -> "RegisterRow":
        return cls(
            entry.kind,
            entry.year,
            entry.reg_no,
            entry.number,
            entry.letter_date,
            entry.from_party,
            entry.to_party,
            entry.subject,
            entry.action,
            entry.remark,
            entry.letter_id,
            utc(entry.recorded_at),
            entry.holder or "",
            entry.due,
        )


class EntryFields(TypedDict, total=False):
    """The fields of a register entry (see :func:`record_entry`)."""

    number: str
    letter_date: dt.date | None
    from_party: str
    to_party: str
    subject: str
    action: str
    remark: str
    letter_id: str | None
    when: dt.datetime | None


def record_entry(
    session: Session,
    kind: str,
    *,
    number: str = "",
    letter_date: dt.date | None = None,
    from_party: str = "",
    to_party: str = "",
    subject: str = "",
    action: str = "",
    remark: str = "",
    letter_id: str | None = None,
    when: dt.datetime | None = None,
) -> RegisterRow:
    """Enter a letter in a register within the caller's transaction; it gets the next number of the register's
    (Buddhist Era) year. Of two writers racing for one number, the unique constraint refuses the second."""
    if kind not in KINDS:
        raise StoreError(f"unknown register {kind!r} (send or receive)")
    when = when or dt.datetime.now(dt.UTC)
    year = be_year(when.astimezone().date())
    last = session.scalar(
        select(func.max(RegisterEntry.reg_no)).where(RegisterEntry.kind == kind, RegisterEntry.year == year)
    )
    entry = RegisterEntry(
        kind=kind,
        year=year,
        reg_no=(last or 0) + 1,
        number=number,
        letter_date=letter_date,
        from_party=from_party,
        to_party=to_party,
        subject=subject,
        action=action,
        remark=remark,
        letter_id=letter_id,
        recorded_at=when,
    )
    session.add(entry)
    session.flush()
    return RegisterRow.of(entry)


def matching(query: str) -> ColumnElement[bool] | None:
    """The condition on :class:`RegisterEntry` of the entries whose number, parties, subject or remark hold
    ``query`` (any substring; None for an empty query)."""
    query = " ".join(query.split())
    if not query:
        return None
    if len(query) >= 3:
        phrase = '"' + query.replace('"', '""') + '"'
        ids = (
            select(text("rowid"))
            .select_from(text("register_fts"))
            .where(text("register_fts MATCH :q").bindparams(q=phrase))
        )
        return RegisterEntry.id.in_(ids)
    # '%' and '_' are searched for themselves, not as LIKE's wildcards
    like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return (
        RegisterEntry.number.like(like, escape="\\")
        | RegisterEntry.from_party.like(like, escape="\\")
        | RegisterEntry.to_party.like(like, escape="\\")
        | RegisterEntry.subject.like(like, escape="\\")
        | RegisterEntry.remark.like(like, escape="\\")
    )


class Registers:
    def __init__(self, store: Store) -> None:
        self.store = store

    def record(self, kind: str, **fields: Unpack[EntryFields]) -> RegisterRow:
        """Enter a letter in a register; it gets the next number of that register's (Buddhist Era) year."""
        for _attempt in range(5):
            try:
                with self.store.sessions.begin() as session:
                    return record_entry(session, kind, **fields)
            except IntegrityError:
                continue  # another writer took that number: take the next one
        raise StoreError("the register is too busy: try again")

    def page(
        self,
        kind: str,
        *,
        offset: int = 0,
        limit: int = 50,
        sort: str | None = None,
        descending: bool = False,
    ) -> list[RegisterRow]:
        """One register, newest entry first or sorted by ``sort`` (one of :data:`SORT_KEYS`)."""
        with self.store.sessions() as session:
            statement = (
                select(RegisterEntry)
                .where(RegisterEntry.kind == kind)
                .order_by(*_ordering(sort, descending))
                .offset(offset)
                .limit(limit)
            )
            return [RegisterRow.of(entry) for entry in session.scalars(statement)]

    def search(
        self,
        query: str,
        kind: str | None = None,
        limit: int = 50,
        offset: int = 0,
        *,
        sort: str | None = None,
        descending: bool = False,
    ) -> list[RegisterRow]:
        """Entries whose number, parties, subject or remark hold ``query`` (any substring), newest first or
        sorted by ``sort`` (one of :data:`SORT_KEYS`)."""
        found = matching(query)
        if found is None:
            return []
        with self.store.sessions() as session:
            statement = select(RegisterEntry).where(found)
            if kind is not None:
                statement = statement.where(RegisterEntry.kind == kind)
            statement = statement.order_by(*_ordering(sort, descending)).offset(offset).limit(limit)
            return [RegisterRow.of(entry) for entry in session.scalars(statement)]
