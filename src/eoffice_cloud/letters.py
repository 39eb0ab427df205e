"""Letters on the server: idempotent upload, the changes feed, downloads. No HTTP here (see app.py)."""

import datetime as dt
import hashlib
import json
import logging
import uuid
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from eoffice_cloud import addressees as memos
from eoffice_cloud import feed
from eoffice_cloud.bounds import AGENCY_CODE_PATTERN, LETTER_ID_PATTERN, Metadata
from eoffice_cloud.models import Agency, Document, FeedEvent, IdempotencyRecord, Workstation
from eoffice_cloud.storage import CloudStore
from eoffice_cloud.verification import LetterVerifier, Refusal
from eoffice_desktop.domain.addressees import AddresseeError, Addressees

log = logging.getLogger(__name__)

ABANDONED_AFTER = dt.timedelta(seconds=60)
"""A key still 'processing' after this long belongs to a request that died: it may be taken over."""


class LetterUpload(BaseModel):
    """The body of POST /v1/letters; every field bounded by its column (see bounds.py)."""

    model_config = ConfigDict(strict=True)

    letter_id: str = Field(pattern=LETTER_ID_PATTERN, description="the workstation's id of the letter")
    recipient_agency: str | None = Field(
        None, pattern=AGENCY_CODE_PATTERN, description="the agency whose inbox gets it (none: kept only)"
    )
    metadata: Metadata = {}
    pdf: str = Field(
        min_length=4,
        description="the signed PDF, base64",
        json_schema_extra={"format": "byte", "contentEncoding": "base64"},
    )

    @field_validator("metadata")
    @classmethod
    def _addressees(cls, metadata: dict[str, Any]) -> dict[str, Any]:
        """``to_units`` and ``to_people``, when there, are lists of names and ids (domain/addressees.py)."""
        try:
            Addressees.from_metadata(metadata)
        except AddresseeError as exc:
            raise ValueError(str(exc)) from exc
        return metadata


def _record_of(ws: Workstation, key: str) -> ColumnElement[bool]:
    """The idempotency record of ``key`` sent by ``ws``."""
    return and_(IdempotencyRecord.workstation_id == ws.id, IdempotencyRecord.key == key)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def is_secret_letter(document: Document) -> bool:
    """Whether the letter was delivered classed ลับ, ลับมาก or ลับที่สุด (its ``secrecy``)."""
    metadata = json.loads(document.metadata_json or "{}")
    return isinstance(metadata, dict) and feed.is_secret(metadata.get("secrecy"))


def bring(session: Session, document: Document, agency: str, people: set[str]) -> int:
    """A secret letter's item again, for those of ``people`` its letter items were not made for yet (the
    people its case or a reply's route brought onto it); how many they are."""
    newcomers = people - feed.letter_readers(session, document.public_id)
    if newcomers:
        feed.publish(session, "letter", agency, letter_item(document), _now(), newcomers, document.public_id)
    return len(newcomers)


def letter_item(document: Document) -> dict[str, Any]:
    """The payload of the letter's feed item (kind "letter")."""
    return {
        "id": document.public_id,
        "sha256": document.sha256,
        "sender_agency": document.sender_agency,
        "metadata": json.loads(document.metadata_json),
        "received_at": document.received_at.isoformat(),
    }


class _KeyTaken(Exception):
    """Another request with the same new key committed first."""


class _AnsweredMeanwhile(Exception):
    def __init__(self, record_id: int) -> None:
        self.record_id = record_id


class LetterService:
    """``verifier`` checks every letter's signatures before it is stored; None stores letters unchecked
    (a development server started with --accept-unverified)."""

    def __init__(self, store: CloudStore, verifier: LetterVerifier | None) -> None:
        self.store = store
        self.verifier = verifier

    def claim(self, ws: Workstation, key: str, fingerprint: str) -> tuple[str, Any]:
        """('new', None) when this request may proceed, else ('answer', (status, body)).

        A key left 'processing' longer than ABANDONED_AFTER is taken over by one conditional UPDATE: of
        several retries arriving together, exactly one changes the row (the database serialises them) and
        proceeds; the others see it running (409)."""
        try:
            with self.store.writing, self.store.sessions.begin() as session:
                session.add(
                    IdempotencyRecord(
                        workstation_id=ws.id,
                        key=key,
                        fingerprint=fingerprint,
                        state="processing",
                        created_at=_now(),
                    )
                )
            return "new", None
        except IntegrityError:
            pass
        with self.store.writing, self.store.sessions.begin() as session:
            now = _now()
            taken = session.execute(
                update(IdempotencyRecord)
                .where(
                    IdempotencyRecord.workstation_id == ws.id,
                    IdempotencyRecord.key == key,
                    IdempotencyRecord.fingerprint == fingerprint,
                    IdempotencyRecord.state == "processing",
                    IdempotencyRecord.created_at < now - ABANDONED_AFTER,
                )
                .values(created_at=now)
                .execution_options(synchronize_session=False)
            )
            if taken.rowcount == 1:  # type: ignore[attr-defined]
                log.info("idempotency key of workstation %s taken over from an abandoned request", ws.id)
                return "new", None
            return "answer", self._existing_answer(session, ws, key, fingerprint)

    @staticmethod
    def _existing_answer(
        session: Session, ws: Workstation, key: str, fingerprint: str
    ) -> tuple[int, dict[str, Any]]:
        """The answer to a request whose key is already recorded: the first answer, or why not."""
        record = session.scalar(select(IdempotencyRecord).where(_record_of(ws, key)))
        if record is None:  # removed after a failure in between: try again as new
            return 409, {"error": "in_progress", "detail": "retry"}
        if record.fingerprint != fingerprint:
            return (
                422,
                {
                    "error": "idempotency_key_reused",
                    "detail": "this Idempotency-Key was used with a different payload",
                },
            )
        if record.state == "done" and record.status_code is not None:
            return record.status_code, json.loads(record.response_json or "{}")
        return 409, {"error": "in_progress", "detail": "the first request with this key is running"}

    def upload(
        self, ws: Workstation, key: str, fingerprint: str, upload: LetterUpload, pdf: bytes
    ) -> tuple[int, dict[str, Any], bool]:
        """One upload, start to end: (status, body, whether it replays an earlier answer).

        A key seen before goes through :meth:`claim` (its answer, 409 while it runs, the takeover of an
        abandoned one). A new key is checked first and then stored in ONE transaction with its answer
        (the idempotency record, already 'done', with the Document, its PDF and the feed event): a crash
        leaves nothing, and of two requests with the same new key that run together, the unique key lets
        one commit; the other rolls back and answers what the first stored."""
        with self.store.sessions() as session:
            seen = session.scalar(select(IdempotencyRecord.id).where(_record_of(ws, key)))
        if seen is not None:
            outcome, answer = self.claim(ws, key, fingerprint)
            if outcome == "answer":
                return answer[0], answer[1], True
            try:
                status, body = self.process(ws, key, upload, pdf)
            except Exception:
                self.release(ws, key)
                raise
            return status, body, False
        refusal = self.verifier.check(pdf) if self.verifier is not None else None
        try:
            status, body = self._store(ws, key, upload, pdf, refusal, fingerprint)
        except _KeyTaken:
            with self.store.sessions() as session:
                status, body = self._existing_answer(session, ws, key, fingerprint)
            return status, body, True
        return status, body, False

    def process(
        self, ws: Workstation, key: str, upload: LetterUpload, pdf: bytes
    ) -> tuple[int, dict[str, Any]]:
        """Check the letter, store it (or the refusal), and record the answer under the idempotency key."""
        refusal = self.verifier.check(pdf) if self.verifier is not None else None
        try:
            return self._store(ws, key, upload, pdf, refusal)
        except _AnsweredMeanwhile as exc:  # rolled back: nothing of this request stays
            return self._stored_answer(exc.record_id)

    def _store(
        self,
        ws: Workstation,
        key: str,
        upload: LetterUpload,
        pdf: bytes,
        refusal: Refusal | None,
        fingerprint: str | None = None,
    ) -> tuple[int, dict[str, Any]]:
        """Store the letter (or the refusal) with the key's answer, in one transaction. ``fingerprint``
        given: the key is new and its record is inserted here, already answered, before anything else
        (_KeyTaken when another request inserted it first); else the record claimed earlier is answered."""
        addressees = Addressees.from_metadata(upload.metadata)
        recipient = memos.recipient_of(upload.recipient_agency, ws.agency_code, addressees)
        with self.store.writing, self.store.sessions.begin() as session:
            addressees, refused = memos.refusal(session, ws.agency_code, recipient, addressees)
            if refusal is not None:
                log.info("letter %s of workstation %s refused: %s", upload.letter_id, ws.id, refusal.error)
                status, body = 422, refusal.body()
                stored = False
            elif recipient and session.get(Agency, recipient) is None:
                status, body = (
                    422,
                    {
                        "error": "unknown_recipient",
                        "detail": f"no agency with code {recipient!r}",
                    },
                )
                stored = False
            elif refused is not None:
                log.info("letter %s of workstation %s refused: %s", upload.letter_id, ws.id, refused["error"])
                status, body, stored = 422, refused, False
            else:
                document = Document(
                    public_id=str(uuid.uuid4()),
                    sha256=hashlib.sha256(pdf).hexdigest(),
                    size=len(pdf),
                    client_id=upload.letter_id,
                    sender_workstation=ws.id,
                    sender_agency=ws.agency_code,
                    recipient_agency=recipient,
                    metadata_json=json.dumps(upload.metadata | addressees.to_metadata(), ensure_ascii=False),
                    received_at=_now(),
                )
                status, body = (
                    201,
                    {
                        "id": document.public_id,
                        "sha256": document.sha256,
                        "received_at": document.received_at.isoformat(),
                    },
                )
                stored = True
            if fingerprint is not None:
                self._insert_answered(session, ws, key, fingerprint, status, body)
            if stored:
                self.store.put_blob(pdf, session)
                session.add(document)
                session.flush()
                if recipient:
                    self._deliver(session, document, recipient)
            if fingerprint is None:
                record_id = session.scalar(select(IdempotencyRecord.id).where(_record_of(ws, key)))
                if record_id is not None and not self._answered(session, record_id, status, body):
                    raise _AnsweredMeanwhile(record_id)
        return status, body

    @staticmethod
    def _deliver(session: Session, document: Document, recipient: str) -> None:
        """The letter's feed item for the recipient agency: its workstations, or for a secret letter only
        the person tokens of its saraban officers (who register it; its case brings it to others)."""
        readers = feed.saraban_of(session, recipient) if is_secret_letter(document) else None
        if readers is not None and not readers:
            log.warning(
                "secret letter %s: agency %s has no saraban officer to receive it",
                document.public_id,
                recipient,
            )
        feed.publish(session, "letter", recipient, letter_item(document), _now(), readers, document.public_id)

    @staticmethod
    def _insert_answered(
        session: Session, ws: Workstation, key: str, fingerprint: str, status: int, body: dict[str, Any]
    ) -> None:
        """Claim the new ``key`` with its answer, first in the storing transaction: a request racing with
        this one fails here (_KeyTaken), before it writes anything."""
        session.add(
            IdempotencyRecord(
                workstation_id=ws.id,
                key=key,
                fingerprint=fingerprint,
                state="done",
                status_code=status,
                response_json=json.dumps(body),
                created_at=_now(),
            )
        )
        try:
            session.flush()
        except IntegrityError as exc:
            raise _KeyTaken from exc

    @staticmethod
    def _answered(session: Session, record_id: int, status: int, body: dict[str, Any]) -> bool:
        """Record the answer, unless the key was answered meanwhile (a request taken over as abandoned
        finished after all): one conditional UPDATE, so only one of them can."""
        done = session.execute(
            update(IdempotencyRecord)
            .where(IdempotencyRecord.id == record_id, IdempotencyRecord.state == "processing")
            .values(state="done", status_code=status, response_json=json.dumps(body))
            .execution_options(synchronize_session=False)
        )
        return bool(done.rowcount == 1)  # type: ignore[attr-defined]

    def _stored_answer(self, record_id: int) -> tuple[int, dict[str, Any]]:
        with self.store.sessions() as session:
            record = session.get(IdempotencyRecord, record_id)
            if record is None or record.state != "done" or record.status_code is None:
                return 409, {"error": "in_progress", "detail": "another request with this key is running"}
            answer: dict[str, Any] = json.loads(record.response_json or "{}")
            return record.status_code, answer

    def release(self, ws: Workstation, key: str) -> None:
        with self.store.writing, self.store.sessions.begin() as session:
            session.execute(
                delete(IdempotencyRecord).where(
                    IdempotencyRecord.workstation_id == ws.id,
                    IdempotencyRecord.key == key,
                    IdempotencyRecord.state == "processing",
                )
            )

    def changes(self, ws: Workstation, cursor: int, limit: int) -> dict[str, Any]:
        """Letters, routes and cases of this workstation's agency (secret ones only to the people on them),
        number blocks granted to it, templates: after ``cursor``."""
        mine = or_(
            feed.for_agency(ws),
            and_(FeedEvent.kind == "number-block", FeedEvent.workstation_id == ws.id),
            FeedEvent.kind == "template",
        )
        with self.store.sessions() as session:
            events = list(
                session.scalars(
                    select(FeedEvent).where(mine, FeedEvent.id > cursor).order_by(FeedEvent.id).limit(limit)
                )
            )
        items = [{"kind": event.kind, **json.loads(event.payload_json)} for event in events]
        return {"cursor": events[-1].id if events else cursor, "items": items, "more": len(items) == limit}

    def pdf(self, ws: Workstation, public_id: str) -> bytes | None:
        """The letter's PDF for its sender's and its recipient's agency; a secret letter's only for the
        person tokens its letter items were made for (None: not found, or not theirs)."""
        with self.store.sessions() as session:
            document = session.scalar(select(Document).where(Document.public_id == public_id))
            if document is None or ws.agency_code not in (document.recipient_agency, document.sender_agency):
                return None
            if not feed.letter_readable(session, ws, public_id, is_secret_letter(document)):
                return None
        return self.store.get_blob(document.sha256)
