"""How the server keeps cases (docs/incoming.md): the lock on a case, its rows, its history chained by hash
exactly as a route's, the stored answer of each action for replays, and the feed item of each change (a
secret letter's only for the people on it). No rules here (domain/cases.py), no HTTP (case_api.py)."""

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from eoffice_cloud import feed
from eoffice_cloud.models import CaseEntry, CaseRow, Document, Person, Workstation
from eoffice_desktop.domain.case_model import Case, CaseAction
from eoffice_desktop.domain.history_chain import GENESIS, chain_hash

Answer = tuple[int, dict[str, Any]]

ADVISORY_CLASS = 0x43415345
"""pg_advisory_xact_lock's first key for cases ("CASE"); the second is from the case id."""


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def iso(at: dt.datetime | None) -> str | None:
    return at.astimezone(dt.UTC).isoformat() if at else None


def error(code: str, detail: str, reason_th: str) -> dict[str, Any]:
    return {"error": code, "detail": detail, "reason_th": reason_th}


NOT_FOUND: Answer = (404, error("not_found", "no such case", "ไม่พบหนังสือรับนี้"))


def delivered(session: Session, ws: Workstation, case_id: str) -> Document | None:
    """The letter ``case_id`` names (its server id) when it was delivered to ``ws``'s agency."""
    return session.scalar(
        select(Document).where(Document.public_id == case_id, Document.recipient_agency == ws.agency_code)
    )


def lock(session: Session, case_id: str) -> CaseRow | None:
    """Take the case's lock for the rest of the transaction (it covers a case not yet stored); its row."""
    if session.get_bind().dialect.name == "postgresql":
        key = int.from_bytes(hashlib.sha256(case_id.encode()).digest()[:4], "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:c, :k)"), {"c": ADVISORY_CLASS, "k": key})
    else:  # a write as the first statement: SQLite's write lock, before anything is read
        session.execute(
            update(CaseRow)
            .where(CaseRow.case_id == case_id)
            .values(revision=CaseRow.revision)
            .execution_options(synchronize_session=False)
        )
    return session.scalar(
        select(CaseRow)
        .where(CaseRow.case_id == case_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )


def case_of(row: CaseRow | None) -> Case | None:
    return Case.from_wire(json.loads(row.case_json)) if row is not None else None


def stored_answer(session: Session, ws: Workstation, action: CaseAction) -> Answer | None:
    """The first answer to ``action`` (by its id), or None when it was never recorded."""
    entry = session.scalar(select(CaseEntry).where(CaseEntry.action_id == action.action_id))
    if entry is None:
        return None
    first = json.loads(entry.entry_json)["action"]
    if entry.case_id != action.case_id or first.get("person") != ws.person_id:
        return 422, error(
            "action_id_reused",
            "this action id was used for another action",
            "รหัสการดำเนินการนี้ถูกใช้กับการดำเนินการอื่นแล้ว",
        )
    answer: dict[str, Any] = json.loads(entry.answer_json)
    return entry.status_code, answer


def store_case(session: Session, row: CaseRow | None, agency: str, case: Case, secret: bool) -> CaseRow:
    """The case's row with ``case`` as its snapshot (a new row for a case not stored yet)."""
    if row is None:
        row = CaseRow(case_id=case.case_id, agency_code=agency, secret=False)
        session.add(row)
    row.case_json = json.dumps(case.to_wire(), ensure_ascii=False)
    row.revision = case.revision
    row.state = case.state.value
    row.secret = bool(row.secret) or secret  # once secret, always
    row.updated_at = now()
    session.flush()
    return row


def audience(session: Session, row: CaseRow) -> set[str]:
    """The people a secret case may reach: those on it, and the people of the units it is assigned to."""
    case = case_of(row)
    assert case is not None
    people, units = case.audience()
    return feed.readers(session, row.agency_code, people, units)


def readable(session: Session, ws: Workstation, row: CaseRow | None) -> bool:
    """Whether ``ws`` may see the case: one of its agency's, and when secret, a person on it."""
    if row is None or row.agency_code != ws.agency_code:
        return False
    if not row.secret:
        return True
    return ws.person_id is not None and ws.person_id in audience(session, row)


def append(
    session: Session,
    row: CaseRow,
    action: CaseAction,
    outcome: str,
    acting_for: str | None,
    status: int,
    answer: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Chain a history entry to the case's last, with the answer a replay gets (``answer`` and the entry;
    default: accepted with the case); the case's feed item. Returns the entry (wire form)."""
    mine = CaseEntry.case_id == row.case_id
    last = session.scalar(select(CaseEntry).where(mine).order_by(CaseEntry.seq.desc()).limit(1))
    seq = (last.seq + 1) if last else 1
    previous = last.hash if last else GENESIS
    person = session.get(Person, action.person)
    at = now()
    body = {
        "seq": seq,
        "action": action.to_wire(),
        "outcome": outcome,
        "by_name": person.name if person else action.person,
        "position": person.position if person else "",
        "acting_for": acting_for,
        "recorded_at": iso(at),
    }
    digest = chain_hash(previous, body)
    entry = {**body, "prev_hash": previous, "hash": digest}
    full = {**(answer or {"outcome": outcome, "case": json.loads(row.case_json)}), "entry": entry}
    session.add(
        CaseEntry(
            case_id=row.case_id,
            seq=seq,
            action_id=action.action_id,
            entry_json=json.dumps(entry, ensure_ascii=False),
            outcome=outcome,
            prev_hash=previous,
            hash=digest,
            status_code=status,
            answer_json=json.dumps(full, ensure_ascii=False),
            recorded_at=at,
        )
    )
    session.flush()
    payload = {"case_id": row.case_id, **snapshot(session, row)}
    readers = audience(session, row) if row.secret else None
    feed.publish(session, "case", row.agency_code, payload, at, readers)
    return entry


def snapshot(session: Session, row: CaseRow) -> dict[str, Any]:
    """``{"case", "history"}``."""
    mine = CaseEntry.case_id == row.case_id
    entries = session.scalars(select(CaseEntry.entry_json).where(mine).order_by(CaseEntry.seq))
    return {"case": json.loads(row.case_json), "history": [json.loads(e) for e in entries]}
