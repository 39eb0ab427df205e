"""What the server answered for each outbox row, and the letter's state that follows.

A letter sent to several agencies has one outbox row (one upload, one idempotency key) per recipient. Each
row ends delivered or rejected on its own; the letter stays queued while any row of its send is pending and
then becomes delivered when every row was, rejected (naming the refused recipients) when any was refused.
"""

import datetime as dt

from sqlalchemy import select

from eoffice_desktop.domain.lifecycle import LetterState, check_transition
from eoffice_desktop.store import audit
from eoffice_desktop.store.db import Store
from eoffice_desktop.store.models import Letter, OutboxItem


class Deliveries:
    def __init__(self, store: Store, actor: str) -> None:
        self.store = store
        self.actor = actor

    def finish(self, item_id: int, delivered: bool, detail: str, server_id: str | None) -> None:
        """Record the server's final answer for an outbox row (``delivered`` or refused with ``detail``), and
        settle its letter once no row of the same send is pending. A row already final is left alone."""
        with self.store.sessions.begin() as session:
            item = session.get(OutboxItem, item_id)
            if item is None or item.state != "pending":
                return
            now = dt.datetime.now(dt.UTC)
            item.attempts += 1
            if delivered:
                item.state, item.server_id, item.acknowledged_at, item.last_error = (
                    "delivered",
                    server_id,
                    now,
                    None,
                )
            else:
                item.state, item.last_error = "rejected", detail
            session.flush()
            audit.append(
                session,
                self.actor,
                "sync:delivered" if delivered else "sync:rejected",
                item.letter_id,
                {
                    "server_id": server_id,
                    "to": item.recipient_agency,
                    "detail": None if delivered else detail,
                },
            )
            letter = session.get(Letter, item.letter_id)
            siblings = list(
                session.scalars(
                    select(OutboxItem).where(
                        OutboxItem.letter_id == item.letter_id, OutboxItem.version == item.version
                    )
                )
            )
            if letter is None or any(s.state == "pending" for s in siblings):
                return
            refused = [s for s in siblings if s.state == "rejected"]
            target = LetterState.REJECTED if refused else LetterState.DELIVERED
            if LetterState(letter.state) is target:
                return
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
