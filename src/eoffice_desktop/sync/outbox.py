"""Queueing signed letters for delivery: the transactional outbox.

One transaction writes the letter, its signed version, the send-register entry, the outbox row with a
client-made idempotency key, and the audit entries: after a crash either all of it is there or none of it.
Only letters whose signatures are intact and unmodified (and trusted, when trust anchors are configured)
are queued.
"""

import datetime as dt
import hashlib
import io
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import x509
from pyhanko.pdf_utils.reader import PdfFileReader
from sqlalchemy import select

from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.domain.thai import latin_digits
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.letterdata import read_letter_data
from eoffice_desktop.signing.verify import FileReport, verify_file
from eoffice_desktop.store import audit
from eoffice_desktop.store.db import Store
from eoffice_desktop.store.letters import ecms_fields
from eoffice_desktop.store.models import Letter, LetterVersion, OutboxItem, SignatureRecord
from eoffice_desktop.store.registers import record_entry


class QueueRefused(EOfficeError):
    """A PDF cannot be queued (not validly signed, no letter data, already queued)."""


@dataclass(frozen=True)
class Queued:
    path: Path
    letter_id: str
    idempotency_key: str
    register_no: int


def _check_signed(path: Path, trust: Sequence[x509.Certificate]) -> FileReport:
    report = verify_file(path, trust)
    problems = report.problems + [p for s in report.signatures for p in s.problems]
    if trust:
        ok = report.valid
    else:  # no anchors configured: at least intact and unmodified
        ok = (
            bool(report.signatures)
            and not report.problems
            and all(s.intact and not s.modified_after_signing for s in report.signatures)
        )
        problems = [p for p in problems if "trusted root" not in p]
    if not ok:
        raise QueueRefused(
            f"{path} is not validly signed: " + ("; ".join(problems) or "no valid signature"),
            thai=f"{path.name} ไม่ได้ลงนามอย่างถูกต้อง จึงส่งไม่ได้",
        )
    return report


def _signature_records(pdf: bytes, report: FileReport) -> list[SignatureRecord]:
    """What the version's signatures are: signer, level, time and the certificate's SHA-256."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    certificates = {str(s.field_name): s.signer_cert.dump() for s in reader.embedded_regular_signatures}
    return [
        SignatureRecord(
            signer=sig.signer,
            level=sig.level,
            signed_at=dt.datetime.fromisoformat(sig.signing_time) if sig.signing_time else None,
            certificate_sha256=hashlib.sha256(certificates.get(sig.field, b"")).hexdigest(),
        )
        for sig in report.signatures
    ]


def queue_signed(
    store: Store,
    path: Path,
    actor: str,
    recipient_agency: str | None = None,
    trust: Sequence[x509.Certificate] = (),
) -> Queued:
    try:
        pdf = path.read_bytes()
    except OSError as exc:
        raise QueueRefused(f"cannot read {path}: {exc.strerror or exc}") from exc
    report = _check_signed(path, trust)
    carried = read_letter_data(pdf)
    if carried is None:
        raise QueueRefused(
            f"{path} carries no letter data (it was not made by `eoffice-desktop draft`)",
            thai=f"{path.name} ไม่มีข้อมูลหนังสือ (ไม่ได้สร้างด้วยโปรแกรมนี้)",
        )
    template, data = carried
    digest = hashlib.sha256(pdf).hexdigest()
    with store.sessions.begin() as session:
        if session.scalar(select(OutboxItem.id).where(OutboxItem.pdf_sha256 == digest)) is not None:
            raise QueueRefused(f"{path} is already queued", thai=f"{path.name} อยู่ในรายการรอส่งแล้ว")
        store.put_blob(pdf)
        now = dt.datetime.now(dt.UTC)
        fields = ecms_fields(data)
        letter = Letter(
            id=str(uuid.uuid4()),
            template=template,
            state=LetterState.QUEUED,
            created_at=now,
            updated_at=now,
            recipient_agency=recipient_agency,
            send_date=now,
            **fields,
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
        letter.versions[-1].signatures.extend(_signature_records(pdf, report))
        session.add(letter)
        session.flush()
        entry = record_entry(
            session,
            "send",
            number=latin_digits(fields["number"] or ""),
            letter_date=fields["letter_date"],
            from_party=str(data.get("agency") or ""),
            to_party=str(data.get("recipient") or ""),
            subject=fields["subject"],
            letter_id=letter.id,
            when=now,
        )
        key = str(uuid.uuid4())
        session.add(
            OutboxItem(
                letter_id=letter.id,
                version=1,
                idempotency_key=key,
                recipient_agency=recipient_agency,
                pdf_sha256=digest,
                state="pending",
                created_at=now,
            )
        )
        audit.append(
            session,
            actor,
            "queue",
            letter.id,
            {"sha256": digest, "register": entry.reg_no, "to": recipient_agency},
        )
    return Queued(path, letter.id, key, entry.reg_no)
