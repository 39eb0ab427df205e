"""Queueing letters for delivery: the transactional outbox.

One transaction writes the letter (or moves a letter signed in the window to queued), its signed version and
what its signatures are, the send-register entry, one outbox row per recipient agency (each with its own
client-made idempotency key, so each agency gets the letter exactly once) and the audit entry: after a crash
either all of it is there or none of it. Whether a PDF may be queued at all (are its signatures valid) is
the caller's question (sync/outbox.py). Callers give and get plain records, never ORM objects.
"""

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.domain.addressees import WHOLE_AGENCY, Addressees
from eoffice_desktop.domain.lifecycle import LetterState, check_transition
from eoffice_desktop.domain.thai import latin_digits
from eoffice_desktop.store import audit
from eoffice_desktop.store.db import Store, StoreError
from eoffice_desktop.store.directory import thai_names_in
from eoffice_desktop.store.letters import ecms_fields
from eoffice_desktop.store.models import Letter, LetterVersion, OutboxItem, SignatureRecord
from eoffice_desktop.store.registers import record_entry


class AlreadyQueued(StoreError):
    """A PDF with the same SHA-256 is in the outbox already."""


class NoLongerSigned(StoreError):
    """The letter left the signed state (queued by another window) between its check and its queueing."""


@dataclass(frozen=True)
class SignatureFacts:
    """What one signature of a signed version is: signer, level (B-B, B-T, …), time, certificate SHA-256."""

    signer: str
    level: str
    signed_at: dt.datetime | None
    certificate_sha256: str


@dataclass(frozen=True)
class Enqueued:
    """A queued letter: one idempotency key per outbox row (per recipient), and its send-register number."""

    letter_id: str
    idempotency_keys: tuple[str, ...]
    register_no: int


@dataclass(frozen=True)
class LatestVersion:
    """A letter's state and its latest version, as queueing it needs."""

    letter_id: str
    state: LetterState
    number: int
    pdf_sha256: str | None
    has_signatures: bool  # what its signatures are was recorded already


class Outbox:
    def __init__(self, store: Store, actor: str) -> None:
        self.store = store
        self.actor = actor

    def latest(self, letter_id: str) -> LatestVersion | None:
        """The letter's state and latest version; None when there is no such letter."""
        with self.store.sessions() as session:
            letter = session.get(Letter, letter_id)
            if letter is None:
                return None
            version = letter.versions[-1]
            return LatestVersion(
                letter.id,
                LetterState(letter.state),
                version.number,
                version.pdf_sha256,
                bool(version.signatures),
            )

    def queue_new(
        self,
        template: str,
        data: Mapping[str, Any],
        pdf: bytes,
        signatures: Sequence[SignatureFacts],
        recipients: Sequence[str],
        addressees: Addressees = WHOLE_AGENCY,
        names: Mapping[str, str] | None = None,
    ) -> Enqueued:
        """A signed PDF made outside the store, queued for ``recipients`` (agency codes; none: kept on the
        server in no inbox) as a new letter with its one signed version. Raises AlreadyQueued for a PDF
        queued before. ``addressees``: a memo's units and people inside the agency (every row carries them;
        ``names`` of the people, for the send register)."""
        digest = hashlib.sha256(pdf).hexdigest()
        with self.store.sessions.begin() as session:
            if session.scalar(select(OutboxItem.id).where(OutboxItem.pdf_sha256 == digest)) is not None:
                raise AlreadyQueued(
                    f"a PDF with SHA-256 {digest} is already queued", thai="หนังสือนี้อยู่ในรายการรอส่งแล้ว"
                )
            self.store.put_blob(pdf)
            now = dt.datetime.now(dt.UTC)
            letter = Letter(
                id=str(uuid.uuid4()),
                template=template,
                state=LetterState.QUEUED,
                created_at=now,
                updated_at=now,
                recipient_agency=recipients[0] if recipients else None,
                send_date=now,
                **ecms_fields(data),
            )
            letter.versions.append(
                LetterVersion(
                    number=1,
                    data_json=json.dumps(data, ensure_ascii=False),
                    pdf_sha256=digest,
                    signed=True,
                    created_at=now,
                )
            )
            letter.versions[-1].signatures.extend(_rows(signatures))
            session.add(letter)
            session.flush()
            return self._enqueue(
                session, letter.id, 1, digest, data, recipients, now, addressees, names or {}
            )

    def queue_letter(
        self,
        letter_id: str,
        recipients: Sequence[str],
        signatures: Sequence[SignatureFacts] = (),
        addressees: Addressees = WHOLE_AGENCY,
        names: Mapping[str, str] | None = None,
    ) -> Enqueued:
        """A letter of the store signed in the window, moved to queued with its latest version written to
        the outbox for ``recipients`` (and ``addressees``, as :meth:`queue_new`); ``signatures`` are
        recorded when the version has none recorded yet. Raises NoLongerSigned when the letter is not (or
        no longer) signed."""
        now = dt.datetime.now(dt.UTC)
        with self.store.sessions.begin() as session:
            letter = session.get(Letter, letter_id)
            if letter is None:
                raise StoreError(f"no letter {letter_id}", thai="ไม่พบหนังสือ")
            if LetterState(letter.state) is not LetterState.SIGNED:
                raise NoLongerSigned(f"letter {letter_id} is {letter.state}", thai="หนังสือนี้ส่งไปแล้ว")
            check_transition(LetterState.SIGNED, LetterState.QUEUED)
            latest = letter.versions[-1]
            if latest.pdf_sha256 is None:  # a signed letter always has its PDF
                raise StoreError(f"letter {letter_id} has no signed PDF", thai="หนังสือนี้ไม่มีฉบับที่ลงนาม")
            if not latest.signatures:
                latest.signatures.extend(_rows(signatures))
            letter.state = LetterState.QUEUED
            letter.recipient_agency = recipients[0] if recipients else None
            letter.send_date = now
            letter.updated_at = now
            session.flush()
            data = json.loads(latest.data_json)
            return self._enqueue(
                session,
                letter_id,
                latest.number,
                latest.pdf_sha256,
                data,
                recipients,
                now,
                addressees,
                names or {},
            )

    def _enqueue(
        self,
        session: Session,
        letter_id: str,
        version: int,
        digest: str,
        data: Mapping[str, Any],
        recipients: Sequence[str],
        now: dt.datetime,
        addressees: Addressees = WHOLE_AGENCY,
        people_names: Mapping[str, str] | None = None,
    ) -> Enqueued:
        """The send-register entry (ถึง: the recipients' Thai names, or a memo's units and people), one
        outbox row per recipient and the audit entry of a letter being queued, in the caller's
        transaction."""
        fields = ecms_fields(data)
        addressee = str(data.get("recipient") or "")
        names = thai_names_in(session, recipients)
        if len(recipients) == 1 and addressee:  # an agency the directory does not know: whom it addresses
            names.setdefault(recipients[0], addressee)
        to_party = ", ".join(names.get(code, code) for code in recipients) or addressee
        if addressees:
            named = [*addressees.units, *((people_names or {}).get(p, p) for p in addressees.people)]
            to_party = ", ".join(named)
        carried = json.dumps(addressees.to_metadata(), ensure_ascii=False) if addressees else None
        entry = record_entry(
            session,
            "send",
            number=latin_digits(fields["number"] or ""),
            letter_date=fields["letter_date"],
            from_party=str(data.get("agency") or ""),
            to_party=to_party,
            subject=fields["subject"],
            letter_id=letter_id,
            when=now,
        )
        keys = []
        routes: list[str | None] = [*recipients] or [None]  # no recipient: kept on the server, in no inbox
        for code in routes:
            key = str(uuid.uuid4())
            keys.append(key)
            session.add(
                OutboxItem(
                    letter_id=letter_id,
                    version=version,
                    idempotency_key=key,
                    recipient_agency=code,
                    pdf_sha256=digest,
                    state="pending",
                    created_at=now,
                    addressees_json=carried,
                )
            )
        audit.append(
            session,
            self.actor,
            "queue",
            letter_id,
            {"sha256": digest, "register": entry.reg_no, "to": list(recipients)} | addressees.to_metadata(),
        )
        return Enqueued(letter_id, tuple(keys), entry.reg_no)


def _rows(signatures: Sequence[SignatureFacts]) -> list[SignatureRecord]:
    return [
        SignatureRecord(
            signer=s.signer, level=s.level, signed_at=s.signed_at, certificate_sha256=s.certificate_sha256
        )
        for s in signatures
    ]
