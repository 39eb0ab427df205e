"""Queueing signed letters for delivery: the transactional outbox.

One transaction writes the letter, its signed version, the send-register entry, one outbox row per recipient
agency (each with its own client-made idempotency key, so each agency gets the letter exactly once), and the
audit entries: after a crash either all of it is there or none of it. Only letters whose signatures are
intact and unmodified (and trusted, when trust anchors are configured) are queued.
"""

import datetime as dt
import hashlib
import io
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asn1crypto import x509
from pyhanko.pdf_utils.reader import PdfFileReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from eoffice_desktop.domain.lifecycle import LetterState, check_transition
from eoffice_desktop.domain.thai import latin_digits
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.letterdata import read_letter_data
from eoffice_desktop.signing.revocation import RevocationChecker
from eoffice_desktop.signing.verify import FileReport, verify_file
from eoffice_desktop.store import audit
from eoffice_desktop.store.db import Store
from eoffice_desktop.store.directory import thai_names_in
from eoffice_desktop.store.letters import ecms_fields
from eoffice_desktop.store.models import Letter, LetterVersion, OutboxItem, SignatureRecord
from eoffice_desktop.store.registers import record_entry
from eoffice_desktop.store.revocation_cache import RevocationCache


class QueueRefused(EOfficeError):
    """A PDF cannot be queued (not validly signed, no letter data, already queued)."""


@dataclass(frozen=True)
class Queued:
    path: Path
    letter_id: str
    idempotency_keys: tuple[str, ...]  # one per recipient
    register_no: int


def _recipients(recipients: str | Sequence[str] | None) -> list[str]:
    """The recipient agency codes, each once, in the order given (a lone code is one recipient)."""
    if recipients is None:
        return []
    if isinstance(recipients, str):
        recipients = [recipients]
    return [c for c in dict.fromkeys(r.strip() for r in recipients) if c]


def _check_signed(path: Path, trust: Sequence[x509.Certificate], store: Store) -> FileReport:
    """Queueing never waits on the network: revocation is asked of the letter's own data and of the answers
    the store keeps (a certificate known to be revoked is refused; an unknown one is sent)."""
    checker = RevocationChecker(online=False, cache=RevocationCache(store))
    report = verify_file(path, trust, checker)
    problems = report.problems + [p for s in report.signatures for p in s.problems]
    if trust:  # the sender's own letter: one whose revocation cannot be checked offline is still sent
        ok = report.status != "invalid"
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
    recipients: str | Sequence[str] | None = None,
    trust: Sequence[x509.Certificate] = (),
) -> Queued:
    """Queue a signed PDF made by `draft` for ``recipients`` (agency codes; none: the letter is kept on the
    server without going to an inbox)."""
    codes = _recipients(recipients)
    try:
        pdf = path.read_bytes()
    except OSError as exc:
        raise QueueRefused(f"cannot read {path}: {exc.strerror or exc}") from exc
    report = _check_signed(path, trust, store)
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
            recipient_agency=codes[0] if codes else None,
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
        keys, reg_no = _enqueue(session, letter, 1, digest, data, codes, actor, now)
    return Queued(path, letter.id, keys, reg_no)


def _enqueue(
    session: Session,
    letter: Letter,
    version: int,
    digest: str,
    data: dict[str, Any],
    recipients: Sequence[str],
    actor: str,
    now: dt.datetime,
) -> tuple[tuple[str, ...], int]:
    """The send-register entry (ถึง: the recipients' Thai names), one outbox row per recipient and the audit
    entry of a letter being queued (in the caller's transaction). Returns the idempotency keys and the
    register number."""
    fields = ecms_fields(data)
    addressee = str(data.get("recipient") or "")
    names = thai_names_in(session, recipients)
    if len(recipients) == 1 and addressee:  # an agency the directory held does not know: whom it addresses
        names.setdefault(recipients[0], addressee)
    to_party = ", ".join(names.get(code, code) for code in recipients) or addressee
    entry = record_entry(
        session,
        "send",
        number=latin_digits(fields["number"] or ""),
        letter_date=fields["letter_date"],
        from_party=str(data.get("agency") or ""),
        to_party=to_party,
        subject=fields["subject"],
        letter_id=letter.id,
        when=now,
    )
    keys = []
    routes: list[str | None] = [*recipients] or [None]  # no recipient: kept on the server, in no inbox
    for code in routes:
        key = str(uuid.uuid4())
        keys.append(key)
        session.add(
            OutboxItem(
                letter_id=letter.id,
                version=version,
                idempotency_key=key,
                recipient_agency=code,
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
        {"sha256": digest, "register": entry.reg_no, "to": list(recipients)},
    )
    return tuple(keys), entry.reg_no


def queue_stored(
    store: Store,
    letter_id: str,
    actor: str,
    recipients: str | Sequence[str] | None,
    trust: Sequence[x509.Certificate] = (),
) -> Queued:
    """Queue a letter of the store that was signed in the window for ``recipients`` (agency codes): its
    signed version is checked like any PDF (intact, unmodified, trusted when anchors are configured), then
    written to the outbox, one row per recipient, in one transaction with its register entry."""
    codes = _recipients(recipients)
    with store.sessions() as session:
        letter = session.get(Letter, letter_id)
        if letter is None:
            raise QueueRefused(f"no letter {letter_id}", thai="ไม่พบหนังสือ")
        latest = letter.versions[-1]
        state, digest = LetterState(letter.state), latest.pdf_sha256
    if state is not LetterState.SIGNED or digest is None:
        raise QueueRefused(
            f"only a signed letter can be sent (this one is {state})",
            thai=f"ส่งได้เฉพาะหนังสือที่ลงนามแล้ว (หนังสือนี้{state.thai})",
        )
    path = store.blob_path(digest)
    report = _check_signed(path, trust, store)
    pdf = path.read_bytes()
    now = dt.datetime.now(dt.UTC)
    with store.sessions.begin() as session:
        letter = session.get(Letter, letter_id)
        assert letter is not None
        if LetterState(letter.state) is not LetterState.SIGNED:  # queued by another window meanwhile
            raise QueueRefused("the letter was already sent", thai="หนังสือนี้ส่งไปแล้ว")
        check_transition(LetterState.SIGNED, LetterState.QUEUED)
        latest = letter.versions[-1]
        if not latest.signatures:
            latest.signatures.extend(_signature_records(pdf, report))
        letter.state = LetterState.QUEUED
        letter.recipient_agency = codes[0] if codes else None
        letter.send_date = now
        letter.updated_at = now
        session.flush()
        keys, reg_no = _enqueue(
            session, letter, latest.number, digest, json.loads(latest.data_json), codes, actor, now
        )
    return Queued(path, letter_id, keys, reg_no)
