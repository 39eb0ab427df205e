"""Letters on the server: idempotent upload, the changes feed, downloads. No HTTP here (see app.py)."""

import datetime as dt
import json
import uuid
from typing import Any

from pydantic import BaseModel
from sqlalchemy import and_, delete, or_, select
from sqlalchemy.exc import IntegrityError

from eoffice_cloud.models import Agency, Document, FeedEvent, IdempotencyRecord, Workstation
from eoffice_cloud.storage import CloudStore

ABANDONED_AFTER = dt.timedelta(seconds=60)
"""A key still 'processing' after this long belongs to a request that died: it may be taken over."""


class LetterUpload(BaseModel):
    letter_id: str
    recipient_agency: str | None = None
    metadata: dict[str, Any] = {}
    pdf: str  # base64


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _feed_item(document: Document) -> dict[str, Any]:
    return {
        "id": document.public_id,
        "sha256": document.sha256,
        "sender_agency": document.sender_agency,
        "metadata": json.loads(document.metadata_json),
        "received_at": document.received_at.isoformat(),
    }


class LetterService:
    def __init__(self, store: CloudStore) -> None:
        self.store = store

    def claim(self, ws: Workstation, key: str, fingerprint: str) -> tuple[str, Any]:
        """('new', None) when this request may proceed, else ('answer', (status, body))."""
        try:
            with self.store.sessions.begin() as session:
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
        with self.store.sessions.begin() as session:
            record = session.scalar(
                select(IdempotencyRecord).where(
                    IdempotencyRecord.workstation_id == ws.id, IdempotencyRecord.key == key
                )
            )
            if record is None:  # removed after a failure in between: try again as new
                return "answer", (409, {"error": "in_progress", "detail": "retry"})
            if record.fingerprint != fingerprint:
                return "answer", (
                    422,
                    {
                        "error": "idempotency_key_reused",
                        "detail": "this Idempotency-Key was used with a different payload",
                    },
                )
            if record.state == "done":
                return "answer", (record.status_code, json.loads(record.response_json or "{}"))
            if _now() - _aware(record.created_at) > ABANDONED_AFTER:
                record.created_at = _now()  # take over an abandoned request
                return "new", None
            return "answer", (
                409,
                {"error": "in_progress", "detail": "the first request with this key is running"},
            )

    def process(
        self, ws: Workstation, key: str, upload: LetterUpload, pdf: bytes
    ) -> tuple[int, dict[str, Any]]:
        with self.store.sessions.begin() as session:
            record = session.scalar(
                select(IdempotencyRecord).where(
                    IdempotencyRecord.workstation_id == ws.id, IdempotencyRecord.key == key
                )
            )
            if upload.recipient_agency and session.get(Agency, upload.recipient_agency) is None:
                status, body = (
                    422,
                    {
                        "error": "unknown_recipient",
                        "detail": f"no agency with code {upload.recipient_agency!r}",
                    },
                )
            else:
                digest = self.store.put_blob(pdf, session)
                document = Document(
                    public_id=str(uuid.uuid4()),
                    sha256=digest,
                    size=len(pdf),
                    client_id=upload.letter_id,
                    sender_workstation=ws.id,
                    sender_agency=ws.agency_code,
                    recipient_agency=upload.recipient_agency,
                    metadata_json=json.dumps(upload.metadata, ensure_ascii=False),
                    received_at=_now(),
                )
                session.add(document)
                session.flush()
                if upload.recipient_agency:
                    session.add(
                        FeedEvent(
                            kind="letter",
                            agency_code=upload.recipient_agency,
                            payload_json=json.dumps(_feed_item(document), ensure_ascii=False),
                            created_at=_now(),
                        )
                    )
                status, body = (
                    201,
                    {
                        "id": document.public_id,
                        "sha256": digest,
                        "received_at": document.received_at.isoformat(),
                    },
                )
            if record is not None:
                record.state, record.status_code, record.response_json = "done", status, json.dumps(body)
        return status, body

    def release(self, ws: Workstation, key: str) -> None:
        with self.store.sessions.begin() as session:
            session.execute(
                delete(IdempotencyRecord).where(
                    IdempotencyRecord.workstation_id == ws.id,
                    IdempotencyRecord.key == key,
                    IdempotencyRecord.state == "processing",
                )
            )

    def changes(self, ws: Workstation, cursor: int, limit: int) -> dict[str, Any]:
        """Letters for this workstation's agency, number blocks granted to it, templates: after ``cursor``."""
        mine = or_(
            and_(FeedEvent.kind == "letter", FeedEvent.agency_code == ws.agency_code),
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
        with self.store.sessions() as session:
            document = session.scalar(select(Document).where(Document.public_id == public_id))
        if document is None or ws.agency_code not in (document.recipient_agency, document.sender_agency):
            return None
        return self.store.get_blob(document.sha256)
