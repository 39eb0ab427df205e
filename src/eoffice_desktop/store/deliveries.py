"""Delivering the outbox: the rows waiting to go, what the server answered for each, and the letter's state
that follows.

A letter sent to several agencies has one outbox row (one upload, one idempotency key) per recipient. Each
row ends delivered or rejected on its own; the letter stays queued while any row of its send is pending and
then becomes delivered when every row was, rejected (naming the refused recipients) when any was refused.
"""

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eoffice_desktop.domain.lifecycle import LetterState, check_transition
from eoffice_desktop.store import audit
from eoffice_desktop.store.db import Store, utc
from eoffice_desktop.store.models import Letter, LetterVersion, OutboxItem, SignatureRecord


@dataclass(frozen=True)
class PendingItem:
    """A pending outbox row with what its upload needs."""

    item_id: int
    letter_id: str
    key: str  # the idempotency key made when it was queued
    recipient: str | None
    digest: str  # the SHA-256 of the PDF to send
    subject: str
    metadata: dict[str, Any]  # the letter's data
    attempts: int
    next_attempt_at: dt.datetime | None  # UTC; the wait an earlier run recorded (backoff, Retry-After)
    levels: tuple[str, ...]  # of the version's signatures as recorded when queued (none: not known)


def _metadata(data_json: str | None, addressees_json: str | None) -> dict[str, Any]:
    """What the upload carries: the letter's data, and a memo's units and people (``to_units``,
    ``to_people``) when the row names them."""
    metadata: dict[str, Any] = json.loads(data_json) if data_json else {}
    if addressees_json:
        metadata |= json.loads(addressees_json)
    return metadata


@dataclass(frozen=True)
class Answered:
    """The server's final answer for an outbox row: delivered (with its id there) or refused (``detail``)."""

    item_id: int
    delivered: bool
    detail: str
    server_id: str | None = None


@dataclass(frozen=True)
class Retrying:
    """An attempt that did not settle a row: why, and when it may be tried again."""

    item_id: int
    detail: str
    wait_s: float


class Deliveries:
    def __init__(self, store: Store, actor: str = "") -> None:
        self.store = store
        self.actor = actor

    def waiting(self) -> int:
        """How many outbox rows are pending."""
        with self.store.sessions() as session:
            query = select(func.count(OutboxItem.id)).where(OutboxItem.state == "pending")
            return session.scalar(query) or 0

    def pending(self) -> list[PendingItem]:
        """The pending rows in queue order, read at once."""
        with self.store.sessions() as session:
            rows = session.execute(
                select(OutboxItem, LetterVersion.id, LetterVersion.data_json, Letter.subject)
                .join(Letter, Letter.id == OutboxItem.letter_id)
                .outerjoin(
                    LetterVersion,
                    (LetterVersion.letter_id == OutboxItem.letter_id)
                    & (LetterVersion.number == OutboxItem.version),
                )
                .where(OutboxItem.state == "pending")
                .order_by(OutboxItem.id)
            ).all()
            version_ids = [version_id for _item, version_id, _data, _subj in rows if version_id is not None]
            levels: dict[int, list[str]] = {}
            for version_id, level in session.execute(
                select(SignatureRecord.version_id, SignatureRecord.level).where(
                    SignatureRecord.version_id.in_(version_ids)
                )
            ):
                levels.setdefault(version_id, []).append(level)
        return [
            PendingItem(
                item_id=item.id,
                letter_id=item.letter_id,
                key=item.idempotency_key,
                recipient=item.recipient_agency,
                digest=item.pdf_sha256,
                subject=subject or "",
                metadata=_metadata(data_json, item.addressees_json),
                attempts=item.attempts,
                next_attempt_at=utc(item.next_attempt_at) if item.next_attempt_at is not None else None,
                levels=tuple(levels.get(version_id or -1, ())),
            )
            for item, version_id, data_json, subject in rows
        ]

    def replace_pdf(self, item_id: int, digest: str, details: Mapping[str, Any]) -> bool:
        """Before a row's first upload: the PDF with SHA-256 ``digest`` (in the blob store already; the
        letter with a trusted time added) becomes what the row and its letter version carry, with an
        ``augment`` audit entry giving ``details``. False, and nothing changes, when the row is gone or was
        tried already: the payload of an idempotency key never changes after an attempt."""
        with self.store.sessions.begin() as session:
            item = session.get(OutboxItem, item_id)
            if item is None or item.attempts:
                return False
            item.pdf_sha256 = digest
            version = session.scalar(
                select(LetterVersion).where(
                    LetterVersion.letter_id == item.letter_id, LetterVersion.number == item.version
                )
            )
            if version is not None:
                version.pdf_sha256 = digest
            audit.append(session, self.actor, "augment", item.letter_id, details)
        return True

    def record(self, answered: Sequence[Answered], retrying: Sequence[Retrying] = ()) -> None:
        """Several answers in one transaction (one disk flush for a batch of uploads); a row already final
        is left alone. Losing a batch to a crash loses no letter and makes no duplicate: its rows stay
        pending and their next upload, under the same idempotency keys, gets the server's first answers."""
        if not answered and not retrying:
            return
        now = dt.datetime.now(dt.UTC)
        with self.store.sessions.begin() as session:
            wanted = {a.item_id for a in answered} | {r.item_id for r in retrying}
            items = {i.id: i for i in session.scalars(select(OutboxItem).where(OutboxItem.id.in_(wanted)))}
            entries: list[tuple[str, str | None, dict[str, Any]]] = []
            settled: set[tuple[str, int]] = set()  # (letter id, version): sends that may now be complete
            for answer in answered:
                item = items.get(answer.item_id)
                if item is None or item.state != "pending":
                    continue
                item.attempts += 1
                if answer.delivered:
                    item.state, item.server_id, item.acknowledged_at, item.last_error = (
                        "delivered",
                        answer.server_id,
                        now,
                        None,
                    )
                else:
                    item.state, item.last_error = "rejected", answer.detail
                entries.append(
                    (
                        "sync:delivered" if answer.delivered else "sync:rejected",
                        item.letter_id,
                        {
                            "server_id": answer.server_id,
                            "to": item.recipient_agency,
                            "detail": None if answer.delivered else answer.detail,
                        },
                    )
                )
                settled.add((item.letter_id, item.version))
            for retry in retrying:
                item = items.get(retry.item_id)
                if item is not None and item.state == "pending":
                    item.attempts += 1
                    item.last_error = retry.detail
                    item.next_attempt_at = now + dt.timedelta(seconds=retry.wait_s)
            session.flush()
            audit.append_many(session, self.actor, entries)
            self._settle_letters(session, settled, now)

    @staticmethod
    def _settle_letters(session: Session, sends: set[tuple[str, int]], now: dt.datetime) -> None:
        """Each letter whose send (``sends``: letter id and version) has no row pending any more becomes
        delivered, or rejected when a recipient refused it."""
        if not sends:
            return
        ids = {letter_id for letter_id, _version in sends}
        rows: dict[tuple[str, int], list[OutboxItem]] = {}
        for row in session.scalars(select(OutboxItem).where(OutboxItem.letter_id.in_(ids))):
            rows.setdefault((row.letter_id, row.version), []).append(row)
        letters = {x.id: x for x in session.scalars(select(Letter).where(Letter.id.in_(ids)))}
        for letter_id, version in sorted(sends):
            letter, siblings = letters.get(letter_id), rows.get((letter_id, version), [])
            if letter is None or any(s.state == "pending" for s in siblings):
                continue
            refused = [s for s in siblings if s.state == "rejected"]
            target = LetterState.REJECTED if refused else LetterState.DELIVERED
            if LetterState(letter.state) is target:
                continue
            check_transition(LetterState(letter.state), target)
            letter.state = target
            letter.reject_reason = _refusals(refused, len(siblings)) if refused else None
            letter.updated_at = now


def _refusals(refused: list[OutboxItem], sent_to: int) -> str:
    """Why a letter was rejected: the server's reason, per recipient when it went to several."""
    if sent_to == 1:
        return refused[0].last_error or ""
    reasons = "; ".join(f"{s.recipient_agency}: {s.last_error}" for s in refused)
    delivered = sent_to - len(refused)
    return f"{reasons} (delivered to the other {delivered})" if delivered else reasons
