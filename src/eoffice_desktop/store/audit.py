"""The audit trail: who did what to which letter, append-only and hash-chained.

Every entry hashes its content together with the previous entry's hash, so changing, removing or inserting
an entry anywhere breaks the chain from there on. Triggers refuse UPDATE and DELETE; the chain catches what
someone does with the triggers dropped.
"""

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from eoffice_desktop.store.models import AuditEntry

GENESIS = "0" * 64


def _digest(prev: str, at: str, actor: str, action: str, letter_id: str | None, details: str) -> str:
    payload = json.dumps(
        [prev, at, actor, action, letter_id, details], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    session: Session,
    actor: str,
    action: str,
    letter_id: str | None = None,
    details: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """Add an entry in the caller's transaction. The chain cannot fork: prev_hash is unique."""
    return append_many(session, actor, [(action, letter_id, details)])[0]


def append_many(
    session: Session,
    actor: str,
    entries: Sequence[tuple[str, str | None, Mapping[str, Any] | None]],
) -> list[AuditEntry]:
    """Add entries (action, letter id, details), chained in this order, in the caller's transaction: one
    read of the chain's end and one flush however many there are."""
    last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
    prev = last.hash if last else GENESIS
    added = []
    for action, letter_id, details in entries:
        at = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
        details_json = json.dumps(dict(details or {}), ensure_ascii=False, sort_keys=True, default=str)
        entry = AuditEntry(
            at=at,
            actor=actor,
            action=action,
            letter_id=letter_id,
            details_json=details_json,
            prev_hash=prev,
            hash=_digest(prev, at, actor, action, letter_id, details_json),
        )
        session.add(entry)
        added.append(entry)
        prev = entry.hash
    try:
        session.flush()
    except IntegrityError as exc:  # another writer extended the chain first: the caller retries
        raise ConcurrentAppend("the audit log was extended concurrently") from exc
    return added


class ConcurrentAppend(RuntimeError):
    pass


def first_broken(session: Session) -> int | None:
    """The sequence number of the first entry that does not chain up, or None when the whole log is intact."""
    prev = GENESIS
    expected_seq = None
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        if expected_seq is not None and entry.seq != expected_seq:
            return expected_seq  # an entry was removed
        digest = _digest(
            entry.prev_hash, entry.at, entry.actor, entry.action, entry.letter_id, entry.details_json
        )
        if entry.prev_hash != prev or entry.hash != digest:
            return entry.seq
        prev = entry.hash
        expected_seq = entry.seq + 1
    return None
