"""Cases in the store (docs/incoming.md): the received letters on their way as this workstation knows them,
their history, the outbox of this workstation's actions on them, their minutes and the replies drafted on
them. The only writer of the tables ``cases``, ``case_entries``, ``case_actions``, ``case_minutes`` and
``case_replies``, and of the receive register's การปฏิบัติ column.

A case is kept twice, as a route is: the server's last snapshot (the highest revision seen), and the case as
this workstation shows it: that snapshot with the actions still queued here applied in order (the rules of
``domain.cases``, with the people held here). The server wins: a queued action its case no longer allows stays
queued, and the server answers it (``409 already_done``: a note, ``422``: rejected).
"""

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.domain.case_model import (
    Case,
    CaseAction,
    CaseActionKind,
    CaseTask,
)
from eoffice_desktop.domain.cases import apply
from eoffice_desktop.domain.errors import DomainError
from eoffice_desktop.domain.history_chain import check_chain
from eoffice_desktop.domain.people import Person
from eoffice_desktop.store import audit
from eoffice_desktop.store.case_register import ReceiveRow, receive_register, register_action
from eoffice_desktop.store.chained_history import grow_history
from eoffice_desktop.store.db import Store, StoreError, utc
from eoffice_desktop.store.letters import LetterRepository
from eoffice_desktop.store.models import (
    CaseActionRow,
    CaseEntryRow,
    CaseMinuteRow,
    CaseReplyRow,
    CaseRow,
    PersonRecord,
)
from eoffice_desktop.store.people import _person

log = logging.getLogger(__name__)

T = TypeVar("T")

QUEUED = "queued"
DELIVERED = "delivered"
NOTED = "noted"  # the server was first with another action: kept in the history as a note
REJECTED = "rejected"
ACTION_STATES = (QUEUED, DELIVERED, NOTED, REJECTED)


class CaseStoreError(StoreError):
    """What the server sent about a case cannot be kept (a broken history chain), or a minute that is not
    the one its action names."""


@dataclass(frozen=True)
class CaseRecord:
    case: Case  # as this workstation shows it
    local: bool  # this workstation's actions not yet accepted are applied
    revision: int  # the server snapshot's revision (0: the server has none yet)
    updated_at: dt.datetime


@dataclass(frozen=True)
class CaseActionRecord:
    action: CaseAction
    minute_sha256: str | None
    state: str
    message: str | None
    created_at: dt.datetime
    attempts: int

    def describe(self) -> dict[str, Any]:
        return {
            "action": self.action.to_wire(),
            "state": self.state,
            "message": self.message,
            "created_at": self.created_at.isoformat(),
            "attempts": self.attempts,
        }


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _people(session: Session) -> dict[str, Person] | None:
    """The agency's people held here, for the rules; None when sync has brought none yet (the rules that
    need them are then left to the server)."""
    found = {row.person_id: _person(row) for row in session.scalars(select(PersonRecord))}
    return found or None


class CaseStore:
    def __init__(self, store: Store, actor: str) -> None:
        self.store = store
        self.actor = actor

    def _write(self, work: Callable[[Session], T]) -> T:
        for _attempt in range(5):
            with self.store.sessions.begin() as session:
                try:
                    return work(session)
                except audit.ConcurrentAppend:
                    session.rollback()
                    continue
        raise StoreError("the store is too busy: try again")

    # reading

    @staticmethod
    def _record(row: CaseRow) -> CaseRecord:
        return CaseRecord(
            case=Case.from_wire(json.loads(row.case_json)),
            local=row.local,
            revision=row.revision,
            updated_at=utc(row.updated_at),
        )

    @staticmethod
    def _action(row: CaseActionRow) -> CaseActionRecord:
        return CaseActionRecord(
            action=CaseAction.from_wire(json.loads(row.action_json)),
            minute_sha256=row.minute_sha256,
            state=row.state,
            message=row.message,
            created_at=utc(row.created_at),
            attempts=row.attempts,
        )

    def get(self, case_id: str) -> CaseRecord | None:
        with self.store.sessions() as session:
            row = session.get(CaseRow, case_id)
            return self._record(row) if row is not None else None

    def all(self) -> list[CaseRecord]:
        with self.store.sessions() as session:
            return [self._record(r) for r in session.scalars(select(CaseRow).order_by(CaseRow.case_id))]

    def history(self, case_id: str) -> list[dict[str, Any]]:
        with self.store.sessions() as session:
            rows = session.scalars(
                select(CaseEntryRow).where(CaseEntryRow.case_id == case_id).order_by(CaseEntryRow.seq)
            ).all()
            return [json.loads(r.entry_json) for r in rows]

    def actions(self, case_id: str | None = None, state: str | None = None) -> list[CaseActionRecord]:
        """This workstation's actions on cases, oldest first."""
        with self.store.sessions() as session:
            query = select(CaseActionRow).order_by(CaseActionRow.created_at, CaseActionRow.action_id)
            if case_id is not None:
                query = query.where(CaseActionRow.case_id == case_id)
            if state is not None:
                query = query.where(CaseActionRow.state == state)
            return [self._action(r) for r in session.scalars(query)]

    def queued(self) -> list[CaseActionRecord]:
        return self.actions(state=QUEUED)

    def missing_minutes(self) -> list[tuple[str, str]]:
        """(case id, SHA-256) of the minutes known here whose PDF is not here yet."""
        with self.store.sessions() as session:
            rows = session.scalars(select(CaseMinuteRow).order_by(CaseMinuteRow.case_id)).all()
            known = [(r.case_id, r.sha256) for r in rows]
        return [(case_id, sha) for case_id, sha in known if not self.store.blob_path(sha).is_file()]

    def minute_pdf(self, sha256: str) -> bytes | None:
        path = self.store.blob_path(sha256)
        return path.read_bytes() if path.is_file() else None

    def reply_of(self, letter_id: str) -> tuple[str, str] | None:
        """(case id, assignment id) of the case a letter drafted here replies on."""
        with self.store.sessions() as session:
            row = session.get(CaseReplyRow, letter_id)
            return (row.case_id, row.assignment_id) if row is not None else None

    def replies(self, case_id: str) -> list[str]:
        with self.store.sessions() as session:
            return list(
                session.scalars(select(CaseReplyRow.letter_id).where(CaseReplyRow.case_id == case_id))
            )

    def tasks(self, person: str, unit: str | None = None) -> list[tuple[CaseRecord, CaseTask]]:
        """What waits for ``person`` (of ``unit``: a unit's assignments too) on the cases held here, as
        shown here (queued actions applied)."""
        found = []
        with self.store.sessions() as session:
            rows = session.scalars(select(CaseRow)).all()
            records = [self._record(r) for r in rows]
        for record in records:
            for task in record.case.tasks_for(person, unit):
                found.append((record, task))
        return found

    def receive_register(
        self, *, limit: int = 100, offset: int = 0, today: dt.date | None = None
    ) -> list[ReceiveRow]:
        """The receive register, newest first, each row with its case: holder, action taken, overdue."""
        return receive_register(self.store, limit=limit, offset=offset, today=today)

    def record(
        self,
        action: CaseAction,
        *,
        minute_pdf: bytes | None = None,
        reply_letter: str | None = None,
        reply_draft: tuple[str, Mapping[str, Any]] | None = None,
        also: Callable[[Session], None] | None = None,
    ) -> Case:
        """Apply this workstation's ``action`` to the case as shown here (the rules, with the people held
        here) and queue it, in one transaction; a minute's signed PDF is kept with it, a reply's letter is
        linked to the case (``reply_draft``: the template and data of that letter, made a draft with it).
        A rule it breaks raises (CaseError, ActionConflict) and nothing is written."""
        if action.kind is CaseActionKind.MINUTE and (
            minute_pdf is None or hashlib.sha256(minute_pdf).hexdigest() != action.minute_sha256
        ):
            raise CaseStoreError(
                "a minute action is queued with the signed PDF it names",
                thai="การเกษียนต้องมีไฟล์บันทึกเกษียนที่ตรงกับที่ระบุ",
            )

        def work(session: Session) -> Case:
            row = session.get(CaseRow, action.case_id)
            current = Case.from_wire(json.loads(row.case_json)) if row is not None else None
            case = apply(current, action, _people(session))
            if minute_pdf is not None:
                self.store.put_blob(minute_pdf)
                _minute_row(session, action.case_id, str(action.minute_sha256))
            if reply_letter is not None and reply_draft is not None:
                LetterRepository(self.store, self.actor).create_in(session, *reply_draft, reply_letter)
            if reply_letter is not None:
                session.merge(
                    CaseReplyRow(
                        letter_id=reply_letter,
                        case_id=action.case_id,
                        assignment_id=action.assignment_id or "",
                    )
                )
            session.add(
                CaseActionRow(
                    action_id=action.action_id,
                    case_id=action.case_id,
                    action_json=_dump(action.to_wire()),
                    minute_sha256=action.minute_sha256 if minute_pdf is not None else None,
                    state=QUEUED,
                    created_at=_now(),
                    attempts=0,
                )
            )
            if row is None:
                row = CaseRow(case_id=action.case_id, server_json=None, revision=0)
                session.add(row)
            _show(session, row, case, local=True)
            if also is not None:
                also(session)
            session.flush()
            audit.append(
                session,
                self.actor,
                f"case:{action.kind}",
                None,
                {"case": action.case_id, "action": action.action_id},
            )
            return case

        return self._write(work)

    def take(
        self, case: Case, history: Sequence[Mapping[str, Any]] = (), entry: Mapping[str, Any] | None = None
    ) -> bool:
        """Keep the server's ``case`` when it is newer than the one held (its history, or one more
        ``entry``, with it), the actions still queued here applied on top when they still apply; True when
        taken. A history whose chain is broken is refused whole."""
        if history and not check_chain(history):
            raise CaseStoreError(
                f"the history of case {case.case_id} from the server does not chain: not kept",
                thai="ประวัติของเรื่องรับที่ได้รับจากเซิร์ฟเวอร์ไม่ต่อเนื่อง จึงไม่บันทึก",
            )

        def work(session: Session) -> bool:
            row = session.get(CaseRow, case.case_id)
            for minute in case.minutes:
                _minute_row(session, case.case_id, minute.sha256)
            if row is not None and row.server_json is not None and row.revision >= case.revision:
                self._entries(session, case.case_id, history, entry)
                return False
            if row is None:
                row = CaseRow(case_id=case.case_id)
                session.add(row)
            row.server_json = _dump(case.to_wire())
            row.revision = case.revision
            _show(session, row, case, local=False)
            self._entries(session, case.case_id, history, entry)
            self._replay(session, row)
            return True

        return self._write(work)

    def settle(
        self,
        action_id: str,
        state: str,
        message: str | None = None,
        case: Case | None = None,
        entry: Mapping[str, Any] | None = None,
    ) -> None:
        """What the server said of an action: delivered or noted (with its case, which then replaces the one
        held), or rejected (the case is shown again without it)."""
        assert state in (DELIVERED, NOTED, REJECTED)

        def work(session: Session) -> None:
            action = session.get(CaseActionRow, action_id)
            if action is None:
                return
            action.state = state
            action.message = message
            row = session.get(CaseRow, action.case_id)
            if row is not None:
                if row.server_json is None and state != DELIVERED:
                    _local_again(session, row)
                else:
                    self._replay(session, row)
            details = {"case": action.case_id, "action": action_id}
            audit.append(
                session,
                self.actor,
                f"case-action:{state}",
                None,
                {**details, "message": message} if message else details,
            )

        self._write(work)
        if case is not None:
            self.take(case, entry=entry)

    def attempted(self, action_id: str) -> None:
        with self.store.sessions.begin() as session:
            action = session.get(CaseActionRow, action_id)
            if action is not None:
                action.attempts += 1

    # inside a transaction

    @staticmethod
    def _entries(
        session: Session,
        case_id: str,
        history: Sequence[Mapping[str, Any]],
        entry: Mapping[str, Any] | None,
    ) -> None:
        rows = session.scalars(
            select(CaseEntryRow).where(CaseEntryRow.case_id == case_id).order_by(CaseEntryRow.seq)
        ).all()
        grow_history(session, rows, history, entry, lambda e: _entry_row(case_id, e), f"case {case_id}")

    @staticmethod
    def _replay(session: Session, row: CaseRow) -> None:
        """Show the server's case with the actions still queued here applied; one it no longer allows is
        left for the server to answer."""
        if row.server_json is None:  # never on the server: the local case stands
            return
        case = Case.from_wire(json.loads(row.server_json))
        people = _people(session)
        applied = False
        for action_row in _queued_rows(session, row.case_id):
            try:
                case = apply(case, CaseAction.from_wire(json.loads(action_row.action_json)), people)
                applied = True
            except DomainError:
                continue
        _show(session, row, case, local=applied)


def _queued_rows(session: Session, case_id: str) -> Sequence[CaseActionRow]:
    return session.scalars(
        select(CaseActionRow)
        .where(CaseActionRow.case_id == case_id, CaseActionRow.state == QUEUED)
        .order_by(CaseActionRow.created_at, CaseActionRow.action_id)
    ).all()


def _local_again(session: Session, row: CaseRow) -> None:
    """A case the server has not seen yet, shown again from the actions still queued here (one was
    rejected); with none left, the letter has no way yet and the row goes."""
    people = _people(session)
    case: Case | None = None
    for action_row in _queued_rows(session, row.case_id):
        try:
            case = apply(case, CaseAction.from_wire(json.loads(action_row.action_json)), people)
        except DomainError:
            continue
    if case is None:
        register_action(session, row.case_id, None, {})
        session.delete(row)
        return
    _show(session, row, case, local=True)


def _show(session: Session, row: CaseRow, case: Case, *, local: bool) -> None:
    row.case_json = _dump(case.to_wire())
    row.state = case.state.value
    row.local = local
    row.updated_at = _now()
    if row.revision is None:
        row.revision = 0
    names = {r.person_id: r.name for r in session.scalars(select(PersonRecord))}
    register_action(session, case.case_id, case, names)


def _minute_row(session: Session, case_id: str, sha256: str) -> None:
    if session.get(CaseMinuteRow, sha256) is None:
        session.add(CaseMinuteRow(sha256=sha256, case_id=case_id))
        session.flush()


def _entry_row(case_id: str, entry: Mapping[str, Any]) -> CaseEntryRow:
    return CaseEntryRow(
        case_id=case_id, seq=int(entry["seq"]), entry_json=_dump(dict(entry)), hash=str(entry["hash"])
    )
