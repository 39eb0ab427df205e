"""Routes in the store: the letters on their way as this workstation knows them, their history, and the
outbox of this workstation's actions on them. The only writer of the tables ``routes``, ``route_entries``
and ``route_actions``.

A route is kept twice: the server's last snapshot (the highest revision seen), and the route as this
workstation shows it: that snapshot with the actions still pending here applied in order (the rules of
``domain.routes``). A pending action the server's route no longer allows stays pending: the server answers
it (``409 already_done``) and it becomes a note.
"""

import datetime as dt
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.domain.errors import DomainError
from eoffice_desktop.domain.history_chain import check_chain
from eoffice_desktop.domain.route_rules import apply
from eoffice_desktop.domain.routes import Action, Route
from eoffice_desktop.store import audit
from eoffice_desktop.store.chained_history import grow_history
from eoffice_desktop.store.db import Store, StoreError, utc
from eoffice_desktop.store.models import RouteActionRow, RouteEntryRow, RouteRow

log = logging.getLogger(__name__)

T = TypeVar("T")

PENDING = "pending"
ACCEPTED = "accepted"
NOTED = "noted"  # the server was first with another action: kept in the history as a note
REFUSED = "refused"
ACTION_STATES = (PENDING, ACCEPTED, NOTED, REFUSED)


class RouteStoreError(StoreError):
    """What the server sent about a route cannot be kept (a broken history chain)."""


@dataclass(frozen=True)
class RouteRecord:
    route: Route  # as this workstation shows it
    letter: dict[str, Any]  # subject, speed, secret, template
    local: bool  # this workstation's actions not yet accepted are applied
    revision: int  # the server snapshot's revision (0: the server has none yet)
    updated_at: dt.datetime


@dataclass(frozen=True)
class ActionRecord:
    action: Action
    letter: dict[str, Any] | None  # submit: what lists show
    pdf_sha256: str | None
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


class RouteStore:
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
    def _record(row: RouteRow) -> RouteRecord:
        return RouteRecord(
            route=Route.from_wire(json.loads(row.route_json)),
            letter=json.loads(row.letter_json),
            local=row.local,
            revision=row.revision,
            updated_at=utc(row.updated_at),
        )

    @staticmethod
    def _action(row: RouteActionRow) -> ActionRecord:
        return ActionRecord(
            action=Action.from_wire(json.loads(row.action_json)),
            letter=json.loads(row.letter_json) if row.letter_json else None,
            pdf_sha256=row.pdf_sha256,
            state=row.state,
            message=row.message,
            created_at=utc(row.created_at),
            attempts=row.attempts,
        )

    def get(self, letter_id: str) -> RouteRecord | None:
        with self.store.sessions() as session:
            row = session.get(RouteRow, letter_id)
            return self._record(row) if row is not None else None

    def held_by(self, person: str) -> list[RouteRecord]:
        """The routes waiting for ``person`` (as shown here: pending actions applied)."""
        with self.store.sessions() as session:
            rows = session.scalars(select(RouteRow).where(RouteRow.holder == person)).all()
            return [self._record(r) for r in rows]

    def history(self, letter_id: str) -> list[dict[str, Any]]:
        with self.store.sessions() as session:
            rows = session.scalars(
                select(RouteEntryRow).where(RouteEntryRow.letter_id == letter_id).order_by(RouteEntryRow.seq)
            ).all()
            return [json.loads(r.entry_json) for r in rows]

    def actions(self, letter_id: str | None = None, state: str | None = None) -> list[ActionRecord]:
        """This workstation's actions, oldest first."""
        with self.store.sessions() as session:
            query = select(RouteActionRow).order_by(RouteActionRow.created_at, RouteActionRow.action_id)
            if letter_id is not None:
                query = query.where(RouteActionRow.letter_id == letter_id)
            if state is not None:
                query = query.where(RouteActionRow.state == state)
            return [self._action(r) for r in session.scalars(query)]

    def pending(self) -> list[ActionRecord]:
        return self.actions(state=PENDING)

    # writing

    def record(
        self,
        action: Action,
        *,
        letter: Mapping[str, Any] | None = None,
        also: Callable[[Session], None] | None = None,
    ) -> Route:
        """Apply this workstation's ``action`` to the route as shown here and queue it, in one transaction
        (``also``: more of the same change, e.g. the letter's state). A rule it breaks raises (RouteError,
        ActionConflict) and nothing is written."""

        def work(session: Session) -> Route:
            row = session.get(RouteRow, action.letter_id)
            current = Route.from_wire(json.loads(row.route_json)) if row is not None else None
            route = apply(current, action)
            info = dict(letter) if letter is not None else (json.loads(row.letter_json) if row else {})
            session.add(
                RouteActionRow(
                    action_id=action.action_id,
                    letter_id=action.letter_id,
                    action_json=_dump(action.to_wire()),
                    letter_json=_dump(dict(letter)) if letter is not None else None,
                    pdf_sha256=action.pdf_sha256,
                    state=PENDING,
                    created_at=_now(),
                    attempts=0,
                )
            )
            if row is None:
                row = RouteRow(letter_id=action.letter_id, server_json=None, revision=0)
                session.add(row)
            _show(row, route, info, local=True)
            if also is not None:
                also(session)
            session.flush()
            audit.append(
                session, self.actor, f"route:{action.kind}", action.letter_id, {"action": action.action_id}
            )
            return route

        return self._write(work)

    def take(
        self,
        route: Route,
        letter: Mapping[str, Any] | None,
        history: Sequence[Mapping[str, Any]] = (),
        entry: Mapping[str, Any] | None = None,
    ) -> bool:
        """Keep the server's ``route`` when it is newer than the one held (its history, or one more
        ``entry``, with it); True when taken. A history whose chain is broken is refused whole."""
        if history and not check_chain(history):
            raise RouteStoreError(
                f"the history of letter {route.letter_id} from the server does not chain: not kept",
                thai="ประวัติการเสนอหนังสือที่ได้รับจากเซิร์ฟเวอร์ไม่ต่อเนื่อง จึงไม่บันทึก",
            )

        def work(session: Session) -> bool:
            row = session.get(RouteRow, route.letter_id)
            if row is not None and row.server_json is not None and row.revision >= route.revision:
                self._entries(session, route.letter_id, history, entry)
                return False
            info = dict(letter) if letter else (json.loads(row.letter_json) if row is not None else {})
            if row is None:
                row = RouteRow(letter_id=route.letter_id)
                session.add(row)
            row.server_json = _dump(route.to_wire())
            row.revision = route.revision
            _show(row, route, info, local=False)
            self._entries(session, route.letter_id, history, entry)
            self._replay(session, row)
            return True

        return self._write(work)

    def settle(
        self,
        action_id: str,
        state: str,
        message: str | None = None,
        route: Route | None = None,
        entry: Mapping[str, Any] | None = None,
    ) -> None:
        """What the server said of an action: accepted or noted (with its route, which then replaces the one
        held), or refused (the route is shown again without it)."""
        assert state in (ACCEPTED, NOTED, REFUSED)

        def work(session: Session) -> None:
            action = session.get(RouteActionRow, action_id)
            if action is None:
                return
            action.state = state
            action.message = message
            row = session.get(RouteRow, action.letter_id)
            if row is not None:
                self._replay(session, row)
            audit.append(
                session,
                self.actor,
                f"route-action:{state}",
                action.letter_id,
                {"action": action_id, "message": message} if message else {"action": action_id},
            )

        self._write(work)
        if route is not None:
            self.take(route, None, entry=entry)

    def attempted(self, action_id: str) -> None:
        with self.store.sessions.begin() as session:
            action = session.get(RouteActionRow, action_id)
            if action is not None:
                action.attempts += 1

    # inside a transaction

    @staticmethod
    def _entries(
        session: Session,
        letter_id: str,
        history: Sequence[Mapping[str, Any]],
        entry: Mapping[str, Any] | None,
    ) -> None:
        rows = session.scalars(
            select(RouteEntryRow).where(RouteEntryRow.letter_id == letter_id).order_by(RouteEntryRow.seq)
        ).all()
        grow_history(session, rows, history, entry, lambda e: _entry_row(letter_id, e), letter_id)

    def _replay(self, session: Session, row: RouteRow) -> None:
        """Show the server's route with the actions still pending here applied; one it no longer allows is
        left for the server to answer."""
        if row.server_json is None:  # never on the server: the local route stands
            return
        route = Route.from_wire(json.loads(row.server_json))
        pending = session.scalars(
            select(RouteActionRow)
            .where(RouteActionRow.letter_id == row.letter_id, RouteActionRow.state == PENDING)
            .order_by(RouteActionRow.created_at, RouteActionRow.action_id)
        ).all()
        applied = False
        for action_row in pending:
            try:
                route = apply(route, Action.from_wire(json.loads(action_row.action_json)))
                applied = True
            except DomainError:
                continue
        _show(row, route, json.loads(row.letter_json), local=applied)


def _show(row: RouteRow, route: Route, letter: Mapping[str, Any], *, local: bool) -> None:
    row.route_json = _dump(route.to_wire())
    row.letter_json = _dump(dict(letter))
    row.state = route.state.value
    row.holder = route.holder
    row.local = local
    row.updated_at = _now()
    if row.revision is None:
        row.revision = 0


def _entry_row(letter_id: str, entry: Mapping[str, Any]) -> RouteEntryRow:
    return RouteEntryRow(
        letter_id=letter_id, seq=int(entry["seq"]), entry_json=_dump(dict(entry)), hash=str(entry["hash"])
    )
