"""Queueing signed letters for delivery: what may be queued, then the outbox (store/outbox.py) takes it.

Only letters whose signatures are intact and unmodified (and trusted, when trust anchors are configured) are
queued. The store writes the letter, its signed version, the send-register entry, one outbox row per
recipient agency and the audit entry in one transaction: after a crash either all of it is there or none.
"""

import datetime as dt
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import x509
from pyhanko.pdf_utils.reader import PdfFileReader

from eoffice_desktop.domain.lifecycle import LetterState
from eoffice_desktop.errors import EOfficeError
from eoffice_desktop.letterdata import read_letter_data
from eoffice_desktop.signing.revocation import RevocationChecker
from eoffice_desktop.signing.verify import FileReport, verify_file
from eoffice_desktop.store.db import Store
from eoffice_desktop.store.outbox import AlreadyQueued, NoLongerSigned, Outbox, SignatureFacts
from eoffice_desktop.store.revocation_cache import RevocationCache
from eoffice_desktop.sync.addressing import Addressed


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


def _addressed(recipients: str | Sequence[str] | Addressed | None) -> Addressed:
    if isinstance(recipients, Addressed):
        return Addressed(_recipients(recipients.recipients), recipients.addressees, recipients.names)
    return Addressed(_recipients(recipients))


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


def _signature_facts(pdf: bytes, report: FileReport) -> list[SignatureFacts]:
    """What the version's signatures are: signer, level, time and the certificate's SHA-256."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    certificates = {str(s.field_name): s.signer_cert.dump() for s in reader.embedded_regular_signatures}
    return [
        SignatureFacts(
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
    recipients: str | Sequence[str] | Addressed | None = None,
    trust: Sequence[x509.Certificate] = (),
) -> Queued:
    """Queue a signed PDF made by `draft` for ``recipients`` (agency codes; none: the letter is kept on the
    server without going to an inbox; a memo's units and people: sync/addressing.py's :func:`address`)."""
    addressed = _addressed(recipients)
    codes = addressed.recipients
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
    try:
        queued = Outbox(store, actor).queue_new(
            template,
            data,
            pdf,
            _signature_facts(pdf, report),
            codes,
            addressed.addressees,
            addressed.names,
        )
    except AlreadyQueued:
        raise QueueRefused(f"{path} is already queued", thai=f"{path.name} อยู่ในรายการรอส่งแล้ว") from None
    return Queued(path, queued.letter_id, queued.idempotency_keys, queued.register_no)


def queue_stored(
    store: Store,
    letter_id: str,
    actor: str,
    recipients: str | Sequence[str] | Addressed | None,
    trust: Sequence[x509.Certificate] = (),
) -> Queued:
    """Queue a letter of the store that was signed in the window for ``recipients`` (agency codes, or a
    memo's units and people as :func:`queue_signed`): its signed version is checked like any PDF (intact,
    unmodified, trusted when anchors are configured), then written to the outbox, one row per recipient, in
    one transaction with its register entry."""
    addressed = _addressed(recipients)
    codes = addressed.recipients
    outbox = Outbox(store, actor)
    latest = outbox.latest(letter_id)
    if latest is None:
        raise QueueRefused(f"no letter {letter_id}", thai="ไม่พบหนังสือ")
    state, digest = latest.state, latest.pdf_sha256
    if state is not LetterState.SIGNED or digest is None:
        raise QueueRefused(
            f"only a signed letter can be sent (this one is {state})",
            thai=f"ส่งได้เฉพาะหนังสือที่ลงนามแล้ว (หนังสือนี้{state.thai})",
        )
    path = store.blob_path(digest)
    report = _check_signed(path, trust, store)
    signatures = [] if latest.has_signatures else _signature_facts(path.read_bytes(), report)
    try:
        queued = outbox.queue_letter(letter_id, codes, signatures, addressed.addressees, addressed.names)
    except NoLongerSigned:  # queued by another window meanwhile
        raise QueueRefused("the letter was already sent", thai="หนังสือนี้ส่งไปแล้ว") from None
    return Queued(path, letter_id, queued.idempotency_keys, queued.register_no)
