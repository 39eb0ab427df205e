"""Feed items of received letters and of letters' ways (routes and cases), and who may read them.

Every letter delivered, and every route or case change, is a feed item for the workstations of its agency.
A letter classed ลับ, ลับมาก or ลับที่สุด is different (docs/incoming.md): its items are marked secret and
reach only the person tokens of the people on it, listed here per item (table feed_readers) as they were
when the item was made: the people it names, and the people of the agency in a unit it names. The received
letter itself first reaches the agency's saraban officers (they register it: ผู้รับผิดชอบหนังสือลับ), then
whoever its case brings onto it; only these readers may fetch its PDF.
"""

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from eoffice_cloud.models import FeedEvent, FeedReader, Person, Workstation
from eoffice_desktop.domain.case_model import SECRET_CLASSES
from eoffice_desktop.domain.people import Role
from eoffice_desktop.domain.routes import Route

WAY_KINDS = ("letter", "route", "case")
"""Feed kinds delivered to the workstations of an agency."""


def is_secret(secrecy: Any) -> bool:
    """Whether a letter's secrecy class keeps its way to the people on it."""
    return isinstance(secrecy, str) and secrecy.strip() in SECRET_CLASSES


def readers(session: Session, agency: str, people: Iterable[str], units: Iterable[str]) -> set[str]:
    """``people``, and the people of ``agency`` whose unit is one of ``units``."""
    found = {p for p in people if p}
    wanted = {u for u in units if u}
    if wanted:
        found.update(
            session.scalars(
                select(Person.person_id).where(Person.agency_code == agency, Person.unit.in_(wanted))
            )
        )
    return found


def saraban_of(session: Session, agency: str) -> set[str]:
    """The people of ``agency`` with the saraban role: the first readers of a secret letter it receives."""
    rows = session.execute(select(Person.person_id, Person.roles).where(Person.agency_code == agency))
    return {person_id for person_id, roles in rows if Role.SARABAN in _roles(roles)}


def _roles(text: str | None) -> set[str]:
    """The roles of a person's row (``drafter|saraban``, as in the CSV)."""
    return {name.strip().casefold() for name in (text or "").split("|")}


def letter_readers(session: Session, document_id: str) -> set[str]:
    """The people the items of kind "letter" carrying the letter ``document_id`` were made for."""
    return set(
        session.scalars(
            select(FeedReader.person_id)
            .join(FeedEvent, FeedEvent.id == FeedReader.event_id)
            .where(FeedEvent.kind == "letter", FeedEvent.document_id == document_id)
        )
    )


def letter_readable(session: Session, ws: Workstation, document_id: str, secret: bool) -> bool:
    """Whether ``ws`` may fetch the letter ``document_id``'s PDF as far as secrecy goes: a letter not
    delivered secret, or delivered to every workstation of its agency (before secret letters were kept to
    their readers), by anyone; else by a person token of someone a letter item of it was made for."""
    if not secret:
        return True
    items = FeedEvent.kind == "letter", FeedEvent.document_id == document_id
    if session.scalar(select(FeedEvent.id).where(*items, FeedEvent.secret.is_(False)).limit(1)) is not None:
        return True
    return ws.person_id is not None and ws.person_id in letter_readers(session, document_id)


def route_audience(route: Route) -> set[str]:
    """The people on a route: its drafter, its heads and whom they forwarded to, whoever acted."""
    people = {route.drafter, route.send_by, route.last_by}
    for step in route.steps:
        people.update((step.person, step.holder, step.acted_by))
    return {p for p in people if p}


def publish(
    session: Session,
    kind: str,
    agency: str,
    payload: dict[str, Any],
    now: dt.datetime,
    secret_to: set[str] | None = None,
    document_id: str | None = None,
) -> None:
    """A feed item for the workstations of ``agency``; ``secret_to`` given: only for these people's
    tokens. ``document_id``: the letter an item of kind "letter" carries."""
    event = FeedEvent(
        kind=kind,
        agency_code=agency,
        payload_json=json.dumps(payload, ensure_ascii=False),
        created_at=now,
        secret=secret_to is not None,
        document_id=document_id,
    )
    session.add(event)
    if secret_to:
        session.flush()
        session.add_all(FeedReader(event_id=event.id, person_id=p) for p in sorted(secret_to))


def for_agency(ws: Workstation) -> ColumnElement[bool]:
    """The feed items of the ways of ``ws``'s agency it may read: every item not secret, and the secret
    ones its person is a reader of (none for a workstation token)."""
    readable: ColumnElement[bool] = FeedEvent.secret.is_(False)
    if ws.person_id is not None:
        reader = exists().where(FeedReader.event_id == FeedEvent.id, FeedReader.person_id == ws.person_id)
        readable = or_(readable, reader)
    return and_(FeedEvent.kind.in_(WAY_KINDS), FeedEvent.agency_code == ws.agency_code, readable)
